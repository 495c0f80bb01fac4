// The tables the masterplan generates from its data: readiness, SWOT, strategy per dimension, programmes per
// dimension, quick wins and the roadmap by horizon and year.
import type { Block, TableBlock, TableCell, TableRow } from '../document/model';
import { programmeBudget, READINESS_ASPECTS, type Horizon } from '../domain/masterplan';
import { formatRupiah } from '../format/rupiah';
import type { MasterplanData, MasterplanProgrammeRow } from './context';

export const HORIZON_LABEL: Record<Horizon, string> = { pendek: 'Pendek', menengah: 'Menengah', panjang: 'Panjang' };
const HORIZON_ORDER: readonly Horizon[] = ['pendek', 'menengah', 'panjang'];
const ASPECT_LABEL = { struktur: 'Struktur', infrastruktur: 'Infrastruktur', suprastruktur: 'Suprastruktur' } as const;
const SIZE = 9;

/** A cell with one paragraph per line of `text`; an empty text gives an empty cell, not an empty run. */
const cell = (text: string, bold = false): TableCell => ({
  lines: text === '' ? [] : text.split('\n').map((line) => [{ text: line, ...(bold ? { bold: true } : {}) }]),
});
const header = (labels: string[]): TableRow[] => [
  { cells: labels.map((l) => ({ ...cell(l, true), align: 'center' as const, vAlign: 'middle' as const })) },
];

function table(columns: number[], labels: string[], rows: TableRow[]): TableBlock {
  return { type: 'table', columns: columns.map((weight) => ({ weight })), header: header(labels), rows, sizePt: SIZE };
}

/** What stands in for a table without data: a visible note, never an empty table. */
const note = (text: string): Block => ({ type: 'paragraph', runs: [{ text, italic: true }] });

export function readinessTable(data: MasterplanData): Block[] {
  if (data.readiness.length === 0) return [note('Belum ada catatan kesiapan daerah.')];
  // Struktur, infrastruktur, suprastruktur in that order; notes keep their own order within an aspect.
  const sorted = [...data.readiness].sort((a, b) => READINESS_ASPECTS.indexOf(a.aspect) - READINESS_ASPECTS.indexOf(b.aspect));
  const rows = sorted.map((r, i) => ({
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
  if (data.dimensions.length === 0) return [note('Belum ada dimensi smart city.')];
  const rows = data.dimensions.flatMap((d) =>
    (d.elements.length ? d.elements : [{ name: '-', description: null }]).map((e, i) => ({
      cells: [cell(i === 0 ? d.name : '', i === 0), cell(e.name), cell(e.description ?? d.description ?? '-')],
    })),
  );
  return [table([3, 4, 9], ['Dimensi', 'Elemen', 'Arah Pembangunan'], rows)];
}

/** formatRupiah without "Rp" (the column header carries it) and without ",00": "200.000.000"; "-" when unknown. */
export function amountText(amount: number | null): string {
  if (amount === null || !Number.isFinite(amount)) return '-';
  return formatRupiah(amount)
    .replace(/^(-?)Rp/, '$1')
    .replace(/,00$/, '');
}

/** The sum of the costed funding lines, as printed ("-" when none is costed). */
export function budgetText(p: Pick<MasterplanProgrammeRow, 'fundings'>): string {
  return amountText(programmeBudget(p));
}

/** One line per funding source with its amount ("APBD: 200.000.000"), and the total when several are costed. */
export function fundingLines(p: Pick<MasterplanProgrammeRow, 'fundings'>): string[] {
  if (p.fundings.length === 0) return ['-'];
  const lines = p.fundings.map((f) => `${f.source}:\u00a0${amountText(f.amount)}`);
  const costed = p.fundings.filter((f) => f.amount !== null).length;
  return costed > 1 ? [...lines, `Jumlah:\u00a0${budgetText(p)}`] : lines;
}

/** The programme code ("GOV-01") or a dash. */
const codeText = (p: Pick<MasterplanProgrammeRow, 'code'>) => p.code?.trim() || '-';

function years(p: MasterplanProgrammeRow): string {
  return p.startYear === p.endYear ? String(p.startYear) : `${p.startYear}–${p.endYear}`;
}

/** Programmes of a dimension ordered by horizon, then start year; dimensions without a known code come last. */
function byHorizon(a: MasterplanProgrammeRow, b: MasterplanProgrammeRow): number {
  return HORIZON_ORDER.indexOf(a.horizon) - HORIZON_ORDER.indexOf(b.horizon) || a.startYear - b.startYear;
}

export function programmeTables(data: MasterplanData): Block[] {
  if (data.programmes.length === 0) return [note('Belum ada program smart city.')];
  const groups = data.dimensions.map((d) => ({ name: d.name, code: d.code }));
  // A programme whose dimension is not listed still appears, under its own dimension name.
  for (const p of data.programmes) {
    if (!groups.some((g) => g.code === p.dimensionCode)) groups.push({ name: p.dimensionName, code: p.dimensionCode });
  }
  return groups.flatMap((d): Block[] => {
    const list = data.programmes.filter((p) => p.dimensionCode === d.code).sort(byHorizon);
    if (list.length === 0) return [];
    const rows = list.map((p, i) => ({
      cells: [
        cell(`${i + 1}.`),
        cell(codeText(p)),
        {
          lines: [[{ text: p.name }], ...(p.isQuickWin ? [[{ text: '(quick win)', italic: true }]] : [])],
        },
        cell(p.elementName ?? '-'),
        cell(p.unitName ?? '-'),
        cell(HORIZON_LABEL[p.horizon]),
        cell(years(p)),
        cell(fundingLines(p).join('\n')),
      ],
    }));
    return [
      { type: 'paragraph', runs: [{ text: `Dimensi ${d.name}`, bold: true }], keepWithNext: true, spaceBeforePt: 6 },
      table(
        [0.8, 1.7, 3.9, 2.4, 2.8, 2, 1.9, 4.5],
        ['No', 'Kode', 'Program', 'Elemen', 'OPD Penanggung Jawab', 'Jangka', 'Tahun', 'Sumber Dana dan Perkiraan Anggaran (Rp)'],
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
      cell(codeText(p)),
      cell(p.name),
      cell(p.dimensionName),
      cell(p.unitName ?? '-'),
      cell(years(p)),
      cell(fundingLines(p).join('\n')),
    ],
  }));
  return [
    table(
      [0.9, 1.8, 4.2, 2.5, 2.9, 1.9, 4.5],
      ['No', 'Kode', 'Program Quick Win', 'Dimensi', 'OPD Penanggung Jawab', 'Tahun', 'Sumber Dana dan Perkiraan Anggaran (Rp)'],
      rows,
    ),
  ];
}

/** "Pendek (2022–2023)": the horizon with the years the plan gives it. */
export function horizonText(data: Pick<MasterplanData, 'plan'>, horizon: Horizon): string {
  const span = data.plan.horizons[horizon];
  if (!span) return HORIZON_LABEL[horizon];
  const years = span.startYear === span.endYear ? String(span.startYear) : `${span.startYear}–${span.endYear}`;
  return `${HORIZON_LABEL[horizon]} (${years})`;
}

/** Year columns that fit the page; later years share the last column ("2031 dst."). */
const MAX_YEAR_COLUMNS = 10;

export function roadmapTable(data: MasterplanData): Block[] {
  if (data.programmes.length === 0) return [note('Belum ada program untuk peta jalan.')];
  const first = Math.min(...data.programmes.map((p) => p.startYear));
  const last = Math.max(...data.programmes.map((p) => p.endYear));
  const count = Math.min(MAX_YEAR_COLUMNS, Math.max(1, last - first + 1));
  const open = last - first + 1 > MAX_YEAR_COLUMNS;
  const columns = Array.from({ length: count }, (_, i) => {
    const from = first + i;
    const until = open && i === count - 1 ? last : from;
    return { from, until, label: until > from ? `${from} dst.` : String(from) };
  });
  const sorted = [...data.programmes].sort(byHorizon);
  const rows = sorted.map((p, i) => ({
    cells: [
      // The horizon is written once, on the first programme of its group.
      cell(i === 0 || sorted[i - 1]!.horizon !== p.horizon ? horizonText(data, p.horizon) : '', true),
      cell(p.code ? `${p.code} ${p.name}` : p.name),
      ...columns.map((c) => ({
        ...cell(p.startYear <= c.until && p.endYear >= c.from ? '●' : ''),
        align: 'center' as const,
      })),
    ],
  }));
  return [
    table(
      [2.2, 5.5, ...columns.map((c) => (c.until > c.from ? 1.8 : 1.3))],
      ['Jangka', 'Program', ...columns.map((c) => c.label)],
      rows,
    ),
  ];
}
