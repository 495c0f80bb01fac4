// The Ringkasan Eksekutif, generated from the stored data alone (visi, misi, sasaran, the programme and budget recap,
// the quick wins), and the Profil Quick Win, one sheet per quick win with its selection criteria.
import type { Block, TableRow } from '../../document/model';
import { QUICK_WIN_CRITERIA, QUICK_WIN_CRITERIA_LABELS } from '../../domain/masterplan-analysis';
import { BUDGET_SOURCES, type Horizon } from '../../domain/masterplan-programme';
import { formatRupiah } from '../../format/rupiah';
import type { MasterplanData, MasterplanProgrammeRow } from '../context';
import { missionBlocks, visionBlocks } from '../masterplan-facts';
import { millions } from './budget-roadmap';
import { codeOf, dimensionGroups, goalsTable, quickWinTable } from './plan-tables';
import { books, details, type QuickWinRow } from './records';
import { captioned, cell, dash, missing, ruledTable, span } from './table-kit';

const heading = (text: string): Block => ({ type: 'heading', level: 2, text, toc: true });

/** The amount a programme costs: its yearly budget lines, else its funding estimates. */
function cost(p: MasterplanProgrammeRow): number {
  const lines = details(p).budgets;
  if (lines.length) return lines.reduce((a, b) => a + b.amount, 0);
  return p.fundings.reduce((a, f) => a + (f.amount ?? 0), 0);
}

export function programmeRecap(data: MasterplanData): Block[] {
  if (data.programmes.length === 0) return [missing('Program smart city belum diisi.')];
  const count = (list: MasterplanProgrammeRow[], h?: Horizon) => String(list.filter((p) => !h || p.horizon === h).length);
  const row = (name: string, list: MasterplanProgrammeRow[], bold = false): TableRow => ({
    cells: [
      cell(name, { bold }),
      ...[
        count(list),
        count(list, 'pendek'),
        count(list, 'menengah'),
        count(list, 'panjang'),
        String(list.filter((p) => p.isQuickWin).length),
      ].map((t) => cell(t, { align: 'center', bold })),
      cell(millions(list.reduce((a, p) => a + cost(p), 0)), { align: 'right', bold }),
    ],
  });
  const rows = dimensionGroups(data)
    .map((g) => ({ g, list: data.programmes.filter((p) => p.dimensionCode === g.code) }))
    .filter((x) => x.list.length > 0)
    .map((x) => row(x.g.name, x.list));
  rows.push({
    ...row('Jumlah', data.programmes, true),
    cells: row('Jumlah', data.programmes, true).cells.map((c) => ({ ...c, shading: 'D9D9D9' })),
  });
  return captioned(
    'Rekapitulasi Program dan Anggaran per Dimensi',
    ruledTable(
      [3.6, 1.6, 1.6, 1.9, 1.7, 1.7, 2.8],
      ['Dimensi', 'Jumlah Program', 'Pendek', 'Menengah', 'Panjang', 'Quick Win', 'Anggaran (juta Rp)'],
      rows,
    ),
  );
}

export function sourceRecap(data: MasterplanData): Block[] {
  const lines = data.programmes.flatMap((p) => details(p).budgets);
  if (lines.length === 0) return [];
  const total = lines.reduce((a, l) => a + l.amount, 0);
  const rows: TableRow[] = BUDGET_SOURCES.filter((s) => lines.some((l) => l.source === s)).map((s) => {
    const amount = lines.filter((l) => l.source === s).reduce((a, l) => a + l.amount, 0);
    const share = total ? `${((amount / total) * 100).toFixed(1).replace('.', ',')}%` : '-';
    return { cells: [cell(s), cell(millions(amount), { align: 'right' }), cell(share, { align: 'right' })] };
  });
  rows.push({
    cells: [
      cell('Jumlah', { bold: true }),
      cell(millions(total), { align: 'right', bold: true }),
      cell('100%', { align: 'right', bold: true }),
    ],
  });
  return captioned(
    'Rekapitulasi Anggaran per Sumber Dana',
    ruledTable([5, 3, 2], ['Sumber Dana', 'Anggaran (juta Rp)', 'Porsi'], rows),
  );
}

export function executiveSummary(data: MasterplanData): Block[] {
  const vm = [...visionBlocks(data), ...missionBlocks(data)];
  return [
    heading('Visi dan Misi'),
    ...(vm.length ? vm : [missing('Visi dan misi smart city belum diisi.')]),
    heading('Sasaran'),
    ...goalsTable(data),
    heading('Rekapitulasi Program dan Anggaran'),
    ...programmeRecap(data),
    ...sourceRecap(data),
    heading('Program Quick Win'),
    ...quickWinTable(data),
  ];
}

const yes = (v: boolean) => cell(v ? 'Ya' : 'Tidak', { align: 'center', shading: v ? 'C6EFCE' : 'FFC7CE' });

/** The profile record of a quick-win programme, matched by code and name. */
function profileOf(data: MasterplanData, p: MasterplanProgrammeRow): QuickWinRow | null {
  return books(data).quickWins.find((q) => q.programme.code === p.code && q.programme.name === p.name) ?? null;
}

/** One quick win on a page of its own: its facts, then the selection criteria met or not. */
export function quickWinSheet(data: MasterplanData, p: MasterplanProgrammeRow, index: number): Block[] {
  const q = profileOf(data, p);
  const fields: [string, string][] = [
    ['Kode dan nama program', `${codeOf(p)} ${p.name}`],
    ['Dimensi', p.dimensionName],
    ['OPD penanggung jawab', dash(p.unitName)],
    ['Permasalahan', q?.problem ?? '[belum diisi]'],
    ['Layanan yang dipertajam', dash(q?.existingService) === '-' ? '[belum diisi]' : q!.existingService!],
    ['Penerima manfaat', q?.beneficiaries ?? '[belum diisi]'],
    ['Indikator keberhasilan', q?.indicator ?? details(p).indicator ?? '[belum diisi]'],
    ['Jadwal', q?.schedule ?? span(p.startYear, p.endYear)],
    ['Anggaran', q?.budget != null ? formatRupiah(q.budget) : cost(p) ? formatRupiah(cost(p)) : '[belum diisi]'],
  ];
  const rows: TableRow[] = fields.map(([k, v]) => ({ cells: [cell(k, { bold: true, shading: 'F2F2F2' }), cell(v)] }));
  const criteria: TableRow[] = QUICK_WIN_CRITERIA.map((c) => ({
    cells: [cell(QUICK_WIN_CRITERIA_LABELS[c]), yes(q?.criteria[c] ?? false)],
  }));
  return [
    { type: 'heading', level: 2, text: `Quick Win ${index + 1}: ${p.name}`, toc: true, pageBreakBefore: index > 0 },
    ...captioned(`Profil Quick Win ${codeOf(p)}`, ruledTable([4, 9], [] as TableRow[], rows)),
    ...captioned(`Kriteria Quick Win ${codeOf(p)}`, ruledTable([9, 3], ['Kriteria', 'Terpenuhi'], criteria)),
    ...(q
      ? []
      : [
          missing(
            'Profil quick win ini belum diisi: permasalahan, layanan yang dipertajam, penerima manfaat, indikator dan kriteria.',
          ),
        ]),
  ];
}

export function quickWinSheets(data: MasterplanData): Block[] {
  const wins = data.programmes.filter((p) => p.isQuickWin);
  if (wins.length === 0) return [missing('Belum ada program yang ditandai sebagai quick win.')];
  return wins.flatMap((p, i) => quickWinSheet(data, p, i));
}
