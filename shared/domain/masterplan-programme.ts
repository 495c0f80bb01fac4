// A masterplan programme: horizon, years, funding, and the matrix columns an evaluator reads (indicator, baseline,
// yearly targets, yearly budget per source, RPJMD and Renstra links, enabler, partners, risk, status).
import { z } from 'zod';
import { id, LIMITS, opt, optText, recordMeta, sortOrder, text, year } from './common';
import { READINESS_ASPECTS } from './masterplan-analysis';

export const HORIZONS = ['pendek', 'menengah', 'panjang'] as const;
export type Horizon = (typeof HORIZONS)[number];
export const HORIZON_LABELS: Record<Horizon, string> = {
  pendek: 'Jangka Pendek',
  menengah: 'Jangka Menengah',
  panjang: 'Jangka Panjang',
};

export const BUDGET_SOURCES = ['APBD', 'APBN', 'DAK', 'APBD Provinsi', 'CSR', 'KPBU', 'Lainnya'] as const;
export type BudgetSource = (typeof BUDGET_SOURCES)[number];

export const PROGRAMME_STATUSES = ['usulan', 'direncanakan', 'berjalan', 'selesai', 'ditunda'] as const;
export type ProgrammeStatus = (typeof PROGRAMME_STATUSES)[number];
export const PROGRAMME_STATUS_LABELS: Record<ProgrammeStatus, string> = {
  usulan: 'Usulan',
  direncanakan: 'Direncanakan',
  berjalan: 'Berjalan',
  selesai: 'Selesai',
  ditunda: 'Ditunda',
};

const rupiah = z.int('jumlah harus rupiah bulat').min(0, 'jumlah tidak boleh negatif').max(Number.MAX_SAFE_INTEGER);

export const fundingSchema = z.object({
  source: z.enum(BUDGET_SOURCES),
  /** Whole rupiah. */
  amount: opt(rupiah),
});
export type Funding = z.output<typeof fundingSchema>;

/** A yearly target of the programme's indicator ("2025: 60%"). */
export const programmeTargetSchema = z.object({ year, value: text(120) });
export type ProgrammeTarget = z.output<typeof programmeTargetSchema>;

/** The budget of one year from one source, whole rupiah. */
export const programmeBudgetLineSchema = z.object({ year, source: z.enum(BUDGET_SOURCES), amount: rupiah });
export type ProgrammeBudgetLine = z.output<typeof programmeBudgetLineSchema>;

/** "GOV-01", "ECO-3a": letters, digits, dots and dashes. */
export const programmeCode = z
  .string()
  .trim()
  .regex(/^[A-Za-z0-9][A-Za-z0-9.\-/]{0,19}$/, 'kode program: huruf, angka, titik, garis miring atau tanda -, paling panjang 20');

export const programmeItemFields = z.object({
  id,
  /** The office's programme code, unique in the masterplan. */
  code: opt(programmeCode),
  name: text(LIMITS.line),
  description: optText(LIMITS.paragraph),
  dimensionId: id,
  elementId: opt(id),
  /** The responsible OPD. */
  unitId: opt(id),
  horizon: z.enum(HORIZONS),
  startYear: year,
  endYear: year,
  /** Every funding source with its estimate in whole rupiah (null when not yet costed), in order. */
  fundings: z.array(fundingSchema).max(10).default([]),
  isQuickWin: z.boolean().default(false),
  /** Indikator kinerja of the programme. */
  indicator: optText(LIMITS.line),
  /** Kondisi awal of the indicator. */
  baseline: optText(LIMITS.line),
  targets: z.array(programmeTargetSchema).max(20).default([]),
  /** The yearly budget per source (a child table); when present it is the programme's budget. */
  budgets: z.array(programmeBudgetLineSchema).max(200).default([]),
  /** The RPJMD programme or sasaran it serves. */
  rpjmdRef: optText(LIMITS.line),
  /** The Renstra OPD programme or kegiatan it serves. */
  renstraRef: optText(LIMITS.line),
  /** Which readiness aspect the programme builds (enabler class). */
  enabler: opt(z.enum(READINESS_ASPECTS)),
  partners: optText(LIMITS.line),
  risk: optText(LIMITS.paragraph),
  status: z.enum(PROGRAMME_STATUSES).default('direncanakan'),
  sortOrder,
  ...recordMeta,
});
export const programmeItemRules = (
  p: {
    startYear: number;
    endYear: number;
    fundings: { source: string }[];
    targets?: { year: number }[];
    budgets?: { year: number; source: string }[];
  },
  ctx: z.RefinementCtx,
) => {
  if (p.endYear < p.startYear) {
    ctx.addIssue({ code: 'custom', path: ['endYear'], message: 'tahun selesai tidak boleh sebelum tahun mulai' });
  }
  const seen = new Set<string>();
  p.fundings.forEach((f, i) => {
    if (seen.has(f.source)) {
      ctx.addIssue({ code: 'custom', path: ['fundings', i, 'source'], message: `sumber dana ${f.source} disebut dua kali` });
    }
    seen.add(f.source);
  });
  const years = new Set<number>();
  (p.targets ?? []).forEach((t, i) => {
    if (years.has(t.year)) {
      ctx.addIssue({ code: 'custom', path: ['targets', i, 'year'], message: `target tahun ${t.year} disebut dua kali` });
    }
    years.add(t.year);
  });
  const lines = new Set<string>();
  (p.budgets ?? []).forEach((b, i) => {
    const key = `${b.year}/${b.source}`;
    if (lines.has(key)) {
      ctx.addIssue({
        code: 'custom',
        path: ['budgets', i, 'source'],
        message: `anggaran tahun ${b.year} dari ${b.source} disebut dua kali`,
      });
    }
    lines.add(key);
  });
};

/**
 * The programme's budget in whole rupiah: the sum of its yearly budget lines when it has any, else the sum of its
 * costed funding lines; null when neither gives an amount.
 */
export function programmeBudget(p: { fundings: { amount: number | null }[]; budgets?: { amount: number }[] }): number | null {
  if (p.budgets && p.budgets.length > 0) return p.budgets.reduce((sum, b) => sum + b.amount, 0);
  const costed = p.fundings.filter((f) => f.amount !== null);
  return costed.length === 0 ? null : costed.reduce((sum, f) => sum + f.amount!, 0);
}
export const programmeItemSchema = programmeItemFields.superRefine(programmeItemRules);
export type ProgrammeItem = z.output<typeof programmeItemSchema>;
