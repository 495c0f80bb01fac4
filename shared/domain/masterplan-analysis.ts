// The masterplan books' analysis records (issue 13): baseline statistics, regulations, existing applications,
// readiness scores and element gaps (Buku I); sasaran, TOWS strategies, M&E indicators and quick-win profiles (Buku II).
import { z } from 'zod';
import { id, LIMITS, opt, optText, recordMeta, sortOrder, text, year } from './common';

/** Defined here (not in masterplan.ts) so the programme and analysis modules need no import cycle. */
export const READINESS_ASPECTS = ['struktur', 'infrastruktur', 'suprastruktur'] as const;
export type ReadinessAspect = (typeof READINESS_ASPECTS)[number];
export const READINESS_ASPECT_LABELS: Record<ReadinessAspect, string> = {
  struktur: 'Struktur',
  infrastruktur: 'Infrastruktur',
  suprastruktur: 'Suprastruktur',
};

/** A baseline figure of the gambaran umum daerah: population, PDRB, IPM, SPBE index, blank spots … */
export const regionStatisticSchema = z.object({
  id,
  label: text(LIMITS.line),
  /** As printed, with its unit: "412.530 jiwa", "Rp 9,8 triliun". */
  value: text(120),
  year: opt(year),
  /** "BPS 2023". */
  source: optText(LIMITS.short),
  sortOrder,
  ...recordMeta,
});
export type RegionStatistic = z.output<typeof regionStatisticSchema>;

export const REGULATION_KINDS = [
  'RPJPD',
  'RPJMD',
  'Renstra OPD',
  'RTRW',
  'SPBE',
  'Peraturan Daerah',
  'Peraturan Kepala Daerah',
  'Lainnya',
] as const;
export type RegulationKind = (typeof REGULATION_KINDS)[number];
export const REGULATION_STATUSES = ['ada', 'perlu_disusun', 'perlu_direvisi'] as const;
export type RegulationStatus = (typeof REGULATION_STATUSES)[number];
export const REGULATION_STATUS_LABELS: Record<RegulationStatus, string> = {
  ada: 'Ada',
  perlu_disusun: 'Perlu disusun',
  perlu_direvisi: 'Perlu direvisi',
};

/** A policy or regulation reviewed in Buku I: what exists and what is still needed. */
export const regulationSchema = z.object({
  id,
  kind: z.enum(REGULATION_KINDS),
  title: text(LIMITS.line),
  number: optText(120),
  status: z.enum(REGULATION_STATUSES),
  note: optText(LIMITS.paragraph),
  sortOrder,
  ...recordMeta,
});
export type Regulation = z.output<typeof regulationSchema>;

export const APPLICATION_STATUSES = ['berjalan', 'pengembangan', 'tidak_aktif'] as const;
export type ApplicationStatus = (typeof APPLICATION_STATUSES)[number];
export const APPLICATION_STATUS_LABELS: Record<ApplicationStatus, string> = {
  berjalan: 'Berjalan',
  pengembangan: 'Pengembangan',
  tidak_aktif: 'Tidak aktif',
};

/** An application or digital service the regency already runs (the inventory of Buku I). */
export const existingApplicationSchema = z.object({
  id,
  name: text(LIMITS.short),
  /** The owning OPD. */
  unitId: opt(id),
  dimensionId: opt(id),
  description: optText(LIMITS.paragraph),
  status: z.enum(APPLICATION_STATUSES),
  sortOrder,
  ...recordMeta,
});
export type ExistingApplication = z.output<typeof existingApplicationSchema>;

/** A 1–5 readiness score of a dimension on one aspect (subAspect null) or one of its sub-aspects, with evidence. */
export const readinessScoreSchema = z.object({
  id,
  dimensionId: id,
  aspect: z.enum(READINESS_ASPECTS),
  /** Null: the aspect as a whole. Unique with dimension and aspect. */
  subAspect: optText(120),
  score: z.int('nilai harus bilangan bulat 1–5').min(1, 'nilai paling kecil 1').max(5, 'nilai paling besar 5'),
  /** Data dukung. */
  evidence: optText(LIMITS.paragraph),
  ...recordMeta,
});
export type ReadinessScore = z.output<typeof readinessScoreSchema>;

/** The gap table's row of one element: current and expected condition (one record per element). */
export const elementGapSchema = z.object({
  id,
  elementId: id,
  /** Kondisi saat ini. */
  current: text(LIMITS.paragraph),
  /** Kondisi yang diharapkan. */
  target: text(LIMITS.paragraph),
  /** Kesenjangan. */
  gap: optText(LIMITS.paragraph),
  ...recordMeta,
});
export type ElementGap = z.output<typeof elementGapSchema>;

/** A sasaran with a measurable indicator: baseline and target, each with its year. */
export const goalSchema = z.object({
  id,
  dimensionId: opt(id),
  text: text(LIMITS.paragraph),
  indicator: text(LIMITS.line),
  /** "%", "aplikasi", "indeks". */
  unit: optText(60),
  baseline: optText(120),
  baselineYear: opt(year),
  target: text(120),
  targetYear: opt(year),
  sortOrder,
  ...recordMeta,
});
export type Goal = z.output<typeof goalSchema>;

export const TOWS_KINDS = ['SO', 'WO', 'ST', 'WT'] as const;
export type TowsKind = (typeof TOWS_KINDS)[number];
export const TOWS_LABELS: Record<TowsKind, string> = { SO: 'S-O', WO: 'W-O', ST: 'S-T', WT: 'W-T' };
/** The SWOT kinds a strategy of a TOWS kind may answer: S-O answers strengths and opportunities. */
export function towsSwotKinds(kind: TowsKind): readonly ['S' | 'W', 'O' | 'T'] {
  return [kind[0] as 'S' | 'W', kind[1] as 'O' | 'T'];
}

/** A strategy of one dimension, tied to the SWOT items it answers and the programmes that carry it out. */
export const strategyFields = z.object({
  id,
  dimensionId: id,
  kind: z.enum(TOWS_KINDS),
  text: text(LIMITS.paragraph),
  /** SWOT items of the same dimension, of the kinds the strategy's letters name. */
  swotIds: z.array(id).max(50).default([]),
  programmeIds: z.array(id).max(100).default([]),
  sortOrder,
  ...recordMeta,
});
export const strategyRules = (s: { swotIds: number[]; programmeIds: number[] }, ctx: z.RefinementCtx) => {
  for (const key of ['swotIds', 'programmeIds'] as const) {
    const seen = new Set<number>();
    s[key].forEach((ref, i) => {
      if (seen.has(ref)) {
        ctx.addIssue({
          code: 'custom',
          path: [key, i],
          message: `${key === 'swotIds' ? 'butir SWOT' : 'program'} ${ref} disebut dua kali`,
        });
      }
      seen.add(ref);
    });
  }
};
export const strategySchema = strategyFields.superRefine(strategyRules);
export type Strategy = z.output<typeof strategySchema>;

/** The ministry's five evaluation dimensions of monitoring and evaluation. */
export const ME_KINDS = ['baseline', 'output', 'outcome', 'impact', 'quick_win'] as const;
export type MeKind = (typeof ME_KINDS)[number];
export const ME_KIND_LABELS: Record<MeKind, string> = {
  baseline: 'Baseline',
  output: 'Output',
  outcome: 'Outcome',
  impact: 'Dampak',
  quick_win: 'Quick Win',
};

export const monitoringIndicatorSchema = z.object({
  id,
  kind: z.enum(ME_KINDS),
  dimensionId: opt(id),
  programmeId: opt(id),
  indicator: text(LIMITS.line),
  target: optText(LIMITS.short),
  dataSource: optText(LIMITS.short),
  /** "Triwulanan", "Tahunan". */
  frequency: optText(60),
  /** Penanggung jawab. */
  unitId: opt(id),
  sortOrder,
  ...recordMeta,
});
export type MonitoringIndicator = z.output<typeof monitoringIndicatorSchema>;

/** A quick win sharpens an existing service quickly and cheaply; it does not build new infrastructure. */
export const QUICK_WIN_CRITERIA = [
  'sharpensExisting',
  'withinOneYear',
  'lowCost',
  'noNewInfrastructure',
  'visibleBenefit',
] as const;
export type QuickWinCriterion = (typeof QUICK_WIN_CRITERIA)[number];
export const QUICK_WIN_CRITERIA_LABELS: Record<QuickWinCriterion, string> = {
  sharpensExisting: 'Mempertajam layanan yang sudah ada',
  withinOneYear: 'Selesai dalam satu tahun',
  lowCost: 'Biaya rendah',
  noNewInfrastructure: 'Tanpa membangun infrastruktur baru',
  visibleBenefit: 'Manfaat langsung dirasakan masyarakat',
};

export const quickWinCriteriaSchema = z.object({
  sharpensExisting: z.boolean().default(false),
  withinOneYear: z.boolean().default(false),
  lowCost: z.boolean().default(false),
  noNewInfrastructure: z.boolean().default(false),
  visibleBenefit: z.boolean().default(false),
});
export type QuickWinCriteria = z.output<typeof quickWinCriteriaSchema>;

/** The profile sheet of a quick-win programme (one per programme marked isQuickWin). */
export const quickWinProfileSchema = z.object({
  id,
  programmeId: id,
  problem: text(LIMITS.paragraph),
  /** The existing service it sharpens; null while not yet named (the readiness view reports it). */
  existingService: optText(LIMITS.line),
  beneficiaries: text(LIMITS.line),
  indicator: text(LIMITS.line),
  /** "Januari–Juni 2024". */
  schedule: text(120),
  /** Whole rupiah. */
  budget: opt(z.int().min(0).max(Number.MAX_SAFE_INTEGER)),
  criteria: quickWinCriteriaSchema.default(quickWinCriteriaSchema.parse({})),
  ...recordMeta,
});
export type QuickWinProfile = z.output<typeof quickWinProfileSchema>;
