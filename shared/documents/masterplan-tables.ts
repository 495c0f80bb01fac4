// The tables the masterplan generates from its data: readiness, SWOT, strategy per dimension, programmes per
// dimension, quick wins and the roadmap by horizon and year.
import type { Block, TableBlock, TableCell, TableRow } from '../document/model';
import type { Horizon } from '../domain/masterplan';
import { formatRupiah } from '../format/rupiah';
import type { MasterplanData, MasterplanProgrammeRow } from './context';

export const HORIZON_LABEL: Record<Horizon, string> = { pendek: 'Pendek', menengah: 'Menengah', panjang: 'Panjang' };
const ASPECT_LABEL = { struktur: 'Struktur', infrastruktur: 'Infrastruktur', suprastruktur: 'Suprastruktur' } as const;
const SIZE = 9;

const cell = (text: string, bold = false): TableCell => ({
  lines: text.split('\n').map((line) => [{ text: line, ...(bold ? { bold: true } : {}) }]),
});
const header = (labels: string[]): TableRow[] => [
  { cells: labels.map((l) => ({ ...cell(l, true), align: 'center' as const, vAlign: 'middle' as const })) },
];

function table(columns: number[], labels: string[], rows: TableRow[]): TableBlock {
  return { type: 'table', columns: columns.map((weight) => ({ weight })), header: header(labels), rows, sizePt: SIZE };
}

const note = (text: string): Block => ({ type: 'paragraph', runs: [{ text, italic: true }] });

export function readinessTable(data: MasterplanData): Block[] {
  if (data.readiness.length === 0) return [note('Belum ada catatan kesiapan daerah.')];
  const rows = data.readiness.map((r, i) => ({
    cells: [cell(`${i + 1}.`), cell(ASPECT_LABEL[r.aspect]), cell(r.dimensionName ?? 'Semua dimensi'), cell(r.text)],
  }));
  return [table([0.9, 2.6, 3, 9], ['No', 'Aspek', 'Dimensi', 'Catatan Kesiapan'], rows)];
}

export function swotTable(data: MasterplanData): Block[] {
  if (data.swot.length === 0) return [note('Belum ada butir SWOT.')];
  const rows = data.dimensions
    .map((d) => {
      const of = (kind: 'S' | 'W' | 'O' | 'T') =>
        data.swot
          .filter((s) => s.dimensionCode === d.code && s.kind === kind)
          .map((s) => `• ${s.text}`)
          .join('\n') || '-';
      return { cells: [cell(d.name, true), cell(of('S')), cell(of('W')), cell(of('O')), cell(of('T'))] };
    })
    .filter((row) => row.cells.slice(1).some((c) => c.lines[0]?.[0]?.text !== '-'));
  return [table([2.4, 3.4, 3.4, 3.4, 3.4], ['Dimensi', 'Kekuatan', 'Kelemahan', 'Peluang', 'Ancaman'], rows)];
}

export function strategyTable(data: MasterplanData): Block[] {
  if (data.dimensions.length === 0) return [];
  const rows = data.dimensions.flatMap((d) =>
    (d.elements.length ? d.elements : [{ name: '-', description: null }]).map((e, i) => ({
      cells: [cell(i === 0 ? d.name : '', i === 0), cell(e.name), cell(e.description ?? d.description ?? '-')],
    })),
  );
  return [table([3, 4, 9], ['Dimensi', 'Elemen', 'Arah Pembangunan'], rows)];
}

/** Whole rupiah without the "Rp" (the column header says it): "200.000.000". */
function budget(p: MasterplanProgrammeRow): string {
  return p.budgetEstimate === null ? '-' : formatRupiah(p.budgetEstimate).replace(/^Rp/, '').replace(/,00$/, '');
}

function years(p: MasterplanProgrammeRow): string {
  return p.startYear === p.endYear ? String(p.startYear) : `${p.startYear}–${p.endYear}`;
}

export function programmeTables(data: MasterplanData): Block[] {
  if (data.programmes.length === 0) return [note('Belum ada program smart city.')];
  return data.dimensions.flatMap((d): Block[] => {
    const list = data.programmes.filter((p) => p.dimensionCode === d.code);
    if (list.length === 0) return [];
    const rows = list.map((p, i) => ({
      cells: [
        cell(`${i + 1}.`),
        {
          lines: [
            [{ text: p.isQuickWin ? `${p.name} (quick win)` : p.name }],
            ...(p.elementName ? [[{ text: `Elemen: ${p.elementName}`, italic: true }]] : []),
          ],
        },
        cell(p.unitName ?? '-'),
        cell(HORIZON_LABEL[p.horizon]),
        cell(years(p)),
        { ...cell(budget(p)), align: 'right' as const },
        cell(p.budgetSource ?? '-'),
      ],
    }));
    return [
      { type: 'paragraph', runs: [{ text: `Dimensi ${d.name}`, bold: true }], keepWithNext: true, spaceBeforePt: 6 },
      table(
        [0.9, 5, 3.2, 2.1, 2.3, 3, 1.9],
        ['No', 'Program dan Elemen', 'OPD Penanggung Jawab', 'Jangka', 'Tahun', 'Perkiraan Anggaran (Rp)', 'Sumber Dana'],
        rows,
      ),
    ];
  });
}

export function quickWinTable(data: MasterplanData): Block[] {
  const wins = data.programmes.filter((p) => p.isQuickWin);
  if (wins.length === 0) return [note('Belum ada program quick win.')];
  const rows = wins.map((p, i) => ({
    cells: [
      cell(`${i + 1}.`),
      cell(p.name),
      cell(p.dimensionName),
      cell(p.unitName ?? '-'),
      cell(years(p)),
      { ...cell(budget(p)), align: 'right' as const },
    ],
  }));
  return [
    table(
      [0.9, 5, 2.8, 3.4, 2.3, 3],
      ['No', 'Program Quick Win', 'Dimensi', 'OPD Penanggung Jawab', 'Tahun', 'Perkiraan Anggaran (Rp)'],
      rows,
    ),
  ];
}

const MAX_YEARS = 10;

export function roadmapTable(data: MasterplanData): Block[] {
  if (data.programmes.length === 0) return [note('Belum ada program untuk peta jalan.')];
  const first = Math.min(...data.programmes.map((p) => p.startYear));
  const last = Math.min(first + MAX_YEARS - 1, Math.max(...data.programmes.map((p) => p.endYear)));
  const span = Array.from({ length: last - first + 1 }, (_, i) => first + i);
  const order: Horizon[] = ['pendek', 'menengah', 'panjang'];
  const sorted = [...data.programmes].sort(
    (a, b) => order.indexOf(a.horizon) - order.indexOf(b.horizon) || a.startYear - b.startYear,
  );
  const rows = sorted.map((p) => ({
    cells: [
      cell(p.name),
      cell(HORIZON_LABEL[p.horizon]),
      ...span.map((y) => ({ ...cell(y >= p.startYear && y <= p.endYear ? '●' : ''), align: 'center' as const })),
    ],
  }));
  return [table([5.5, 2.2, ...span.map(() => 1.3)], ['Program', 'Jangka', ...span.map(String)], rows)];
}
