// Buku II's tables over the years of the plan period: the budget by dimension × year × source (in millions of rupiah,
// so that ten years fit the page) with totals, and the roadmap, a Gantt-style table of programmes by year.
import type { Block, TableRow } from '../../document/model';
import { BUDGET_SOURCES } from '../../domain/masterplan-programme';
import type { MasterplanData } from '../context';
import { details } from './records';
import { byHorizon, codeOf, dimensionGroups, groupRow } from './plan-tables';
import { captioned, cell, missing, ruledTable } from './table-kit';

const SMALL = 8;

/** The plan's ten years: from its start (to its end, else start + 9); without a start, the programmes' span. */
export function planYears(data: MasterplanData): number[] {
  const { periodStart, periodEnd } = data.plan;
  let first = periodStart;
  let last = periodEnd ?? (periodStart !== null ? periodStart + 9 : null);
  if (first === null) {
    if (data.programmes.length === 0) return [data.programme.year];
    first = Math.min(...data.programmes.map((p) => p.startYear));
    last = Math.max(...data.programmes.map((p) => p.endYear));
  }
  const end = Math.max(first, Math.min(last ?? first, first + 14));
  return Array.from({ length: end - first + 1 }, (_, i) => first! + i);
}

/** "1.250" or "0,5": Indonesian separators, written by hand (toLocaleString costs a millisecond a call). */
function grouped(value: number, decimals: number): string {
  const [whole, fraction] = value.toFixed(decimals).split('.');
  const digits = whole!.replace(/\B(?=(\d{3})+(?!\d))/g, '.');
  const trimmed = fraction?.replace(/0+$/, '');
  return trimmed ? `${digits},${trimmed}` : digits;
}

/** Rupiah in millions with the Indonesian separators: 1.250 for Rp 1.250.000.000, 0,5 for Rp 500.000; "-" for none. */
export function millions(amount: number): string {
  if (amount === 0) return '-';
  const m = amount / 1_000_000;
  return grouped(m, m >= 10 || Number.isInteger(m) ? 0 : m >= 1 ? 1 : 2);
}

export function budgetTable(data: MasterplanData): Block[] {
  const years = planYears(data);
  const lines = data.programmes.flatMap((p) => details(p).budgets.map((b) => ({ ...b, dimensionCode: p.dimensionCode })));
  if (lines.length === 0) return [missing('Anggaran per tahun dan per sumber dana belum diisi pada program.')];
  const sum = (filter: (l: (typeof lines)[number]) => boolean) => lines.filter(filter).reduce((a, l) => a + l.amount, 0);
  const amounts = (filter: (l: (typeof lines)[number]) => boolean, bold = false, shading?: string) => [
    ...years.map((y) => cell(millions(sum((l) => filter(l) && l.year === y)), { align: 'right', bold, shading })),
    cell(millions(sum(filter)), { align: 'right', bold: true, shading }),
  ];
  const outside = lines.filter((l) => !years.includes(l.year));
  const rows: TableRow[] = dimensionGroups(data).flatMap((g): TableRow[] => {
    const mine = (l: (typeof lines)[number]) => l.dimensionCode === g.code;
    if (!lines.some(mine)) return [];
    const sources = BUDGET_SOURCES.filter((s) => lines.some((l) => mine(l) && l.source === s));
    return [
      { cells: [cell(g.name, { bold: true, shading: 'F2F2F2' }), ...amounts(mine, true, 'F2F2F2')] },
      ...sources.map((s) => ({ cells: [cell(`\u2003${s}`), ...amounts((l) => mine(l) && l.source === s)] })),
    ];
  });
  rows.push({ cells: [cell('Jumlah', { bold: true, shading: 'D9D9D9' }), ...amounts(() => true, true, 'D9D9D9')] });
  const table = ruledTable([3.4, ...years.map(() => 1.25), 1.6], ['Dimensi/Sumber Dana', ...years.map(String), 'Jumlah'], rows);
  return [
    ...captioned('Rencana Anggaran per Dimensi, Tahun dan Sumber Dana (juta rupiah)', { ...table, sizePt: SMALL }),
    ...(outside.length
      ? [
          missing(
            `${outside.length} baris anggaran berada di luar periode ${years[0]}–${years[years.length - 1]} dan tidak dijumlahkan.`,
          ),
        ]
      : []),
  ];
}

/** The roadmap: per dimension, each programme's years shaded and marked. */
export function roadmapTable(data: MasterplanData): Block[] {
  if (data.programmes.length === 0) return [missing('Program untuk peta jalan belum diisi.')];
  const years = planYears(data);
  const rows: TableRow[] = dimensionGroups(data).flatMap((g): TableRow[] => {
    const list = data.programmes.filter((p) => p.dimensionCode === g.code).sort(byHorizon);
    if (list.length === 0) return [];
    return [
      groupRow(g.name, years.length + 1),
      ...list.map((p) => ({
        cells: [
          cell(p.code ? `${codeOf(p)} ${p.name}` : p.name),
          ...years.map((y) =>
            p.startYear <= y && p.endYear >= y
              ? cell('●', { align: 'center', shading: '9DC3E6' })
              : cell('', { align: 'center' }),
          ),
        ],
      })),
    ];
  });
  const table = ruledTable([5.6, ...years.map(() => 1)], ['Program', ...years.map(String)], rows);
  return captioned(`Peta Jalan Program ${years[0]}–${years[years.length - 1]}`, { ...table, sizePt: SMALL });
}
