// The masterplan: volumes, chapters and sections of text; six dimensions with their elements; readiness,
// SWOT and the programmes with horizon, budget and quick-win flag.
import { z } from 'zod';
import { id, LIMITS, opt, optText, printable, recordMeta, sortOrder, text, year } from './common';

export const VOLUME_CODES = ['ringkasan', 'buku1', 'buku2', 'lampiran'] as const;
export type VolumeCode = (typeof VOLUME_CODES)[number];

export const volumeSchema = z.object({
  id,
  code: z.enum(VOLUME_CODES),
  title: text(LIMITS.line),
  sortOrder,
  ...recordMeta,
});
export type Volume = z.output<typeof volumeSchema>;

export const chapterSchema = z.object({
  id,
  volumeId: id,
  title: text(LIMITS.line),
  sortOrder,
  ...recordMeta,
});
export type Chapter = z.output<typeof chapterSchema>;

export const sectionSchema = z.object({
  id,
  chapterId: id,
  title: text(LIMITS.line),
  /** The office's text, a small Markdown subset (paragraphs, **bold**, *italic*, lists, ### subheadings). */
  body: printable(z.string().max(LIMITS.body)).default(''),
  /** Guidance prompt for the drafter, shown while the body is empty. */
  guidance: optText(LIMITS.paragraph),
  sortOrder,
  ...recordMeta,
});
export type Section = z.output<typeof sectionSchema>;

/** A chapter's sections in their new order: every section of the chapter, each once. */
export const sectionOrderSchema = z.object({
  chapterId: id,
  sectionIds: z.array(id).min(1).max(500),
});

export const DIMENSION_CODES = ['governance', 'branding', 'economy', 'living', 'society', 'environment'] as const;
export type DimensionCode = (typeof DIMENSION_CODES)[number];

export const dimensionSchema = z.object({
  id,
  code: z.enum(DIMENSION_CODES),
  name: text(100),
  description: optText(LIMITS.paragraph),
  sortOrder,
  ...recordMeta,
});
export type Dimension = z.output<typeof dimensionSchema>;

export const elementSchema = z.object({
  id,
  dimensionId: id,
  name: text(LIMITS.short),
  description: optText(LIMITS.paragraph),
  sortOrder,
  ...recordMeta,
});
export type Element = z.output<typeof elementSchema>;

export const READINESS_ASPECTS = ['struktur', 'infrastruktur', 'suprastruktur'] as const;
export type ReadinessAspect = (typeof READINESS_ASPECTS)[number];

export const readinessNoteSchema = z.object({
  id,
  aspect: z.enum(READINESS_ASPECTS),
  dimensionId: opt(id),
  text: text(LIMITS.paragraph),
  sortOrder,
  ...recordMeta,
});
export type ReadinessNote = z.output<typeof readinessNoteSchema>;

export const SWOT_KINDS = ['S', 'W', 'O', 'T'] as const;
export const SWOT_LABELS = { S: 'Kekuatan', W: 'Kelemahan', O: 'Peluang', T: 'Ancaman' } as const;

export const swotItemSchema = z.object({
  id,
  dimensionId: id,
  kind: z.enum(SWOT_KINDS),
  text: text(LIMITS.paragraph),
  sortOrder,
  ...recordMeta,
});
export type SwotItem = z.output<typeof swotItemSchema>;

export const HORIZONS = ['pendek', 'menengah', 'panjang'] as const;
export type Horizon = (typeof HORIZONS)[number];
export const HORIZON_LABELS: Record<Horizon, string> = {
  pendek: 'Jangka Pendek',
  menengah: 'Jangka Menengah',
  panjang: 'Jangka Panjang',
};

export const BUDGET_SOURCES = ['APBD', 'APBN', 'DAK', 'APBD Provinsi', 'CSR', 'KPBU', 'Lainnya'] as const;
export type BudgetSource = (typeof BUDGET_SOURCES)[number];

export const fundingSchema = z.object({
  source: z.enum(BUDGET_SOURCES),
  /** Whole rupiah. */
  amount: opt(z.int().min(0).max(Number.MAX_SAFE_INTEGER)),
});
export type Funding = z.output<typeof fundingSchema>;

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
  /** Whole rupiah. */
  /** Every funding source with its estimate in whole rupiah (null when not yet costed), in order. */
  fundings: z.array(fundingSchema).max(10).default([]),
  isQuickWin: z.boolean().default(false),
  sortOrder,
  ...recordMeta,
});
export const programmeItemRules = (
  p: { startYear: number; endYear: number; fundings: { source: string }[] },
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
};

/** The sum of the costed funding lines, or null when none is costed. */
export function programmeBudget(p: { fundings: { amount: number | null }[] }): number | null {
  const costed = p.fundings.filter((f) => f.amount !== null);
  return costed.length === 0 ? null : costed.reduce((sum, f) => sum + f.amount!, 0);
}
export const programmeItemSchema = programmeItemFields.superRefine(programmeItemRules);
export type ProgrammeItem = z.output<typeof programmeItemSchema>;

/** The year span of one horizon ("jangka pendek 2022–2023"). */
export const yearSpanSchema = z
  .object({ startYear: year, endYear: year })
  .refine((span) => span.endYear >= span.startYear, { message: 'tahun akhir tidak boleh sebelum tahun awal', path: ['endYear'] });
export type YearSpan = z.output<typeof yearSpanSchema>;

/** The masterplan as a document: title, period, visi and misi, dasar hukum, horizons and lampiran. */
export const masterplanPlanSchema = z
  .object({
    /** "Masterplan Smart City Kabupaten X" when empty. */
    title: optText(LIMITS.line),
    periodStart: opt(year),
    periodEnd: opt(year),
    vision: optText(LIMITS.paragraph),
    missions: z.array(text(LIMITS.paragraph)).max(30).default([]),
    legalBases: z.array(text(LIMITS.line)).max(100).default([]),
    horizons: z
      .object({ pendek: opt(yearSpanSchema), menengah: opt(yearSpanSchema), panjang: opt(yearSpanSchema) })
      .default({ pendek: null, menengah: null, panjang: null }),
    attachments: z.array(text(LIMITS.line)).max(50).default([]),
    ...recordMeta,
  })
  .superRefine((plan, ctx) => {
    if (plan.periodStart !== null && plan.periodEnd !== null && plan.periodEnd < plan.periodStart) {
      ctx.addIssue({ code: 'custom', path: ['periodEnd'], message: 'tahun akhir periode tidak boleh sebelum tahun awal' });
    }
  });
export type MasterplanPlan = z.output<typeof masterplanPlanSchema>;

export const masterplanSchema = z.object({
  plan: masterplanPlanSchema.default(masterplanPlanSchema.parse({})),
  volumes: z.array(volumeSchema).max(20).default([]),
  chapters: z.array(chapterSchema).max(200).default([]),
  sections: z.array(sectionSchema).max(2000).default([]),
  dimensions: z.array(dimensionSchema).max(6).default([]),
  elements: z.array(elementSchema).max(60).default([]),
  readiness: z.array(readinessNoteSchema).max(LIMITS.list).default([]),
  swot: z.array(swotItemSchema).max(LIMITS.list).default([]),
  programmes: z.array(programmeItemSchema).max(LIMITS.list).default([]),
});
export type Masterplan = z.output<typeof masterplanSchema>;

/** A masterplan skeleton without text: volumes, chapters, section titles and guidance. Offices save their own. */
export const skeletonSchema = z.object({
  volumes: z
    .array(
      z.object({
        code: z.enum(VOLUME_CODES),
        title: text(LIMITS.line),
        chapters: z
          .array(
            z.object({
              title: text(LIMITS.line),
              sections: z.array(z.object({ title: text(LIMITS.line), guidance: optText(LIMITS.paragraph) })).max(100),
            }),
          )
          .max(50),
      }),
    )
    .max(10),
});
export type Skeleton = z.output<typeof skeletonSchema>;

export const masterplanTemplateSchema = z.object({
  id,
  name: text(120),
  skeleton: skeletonSchema,
  ...recordMeta,
  createdAt: z.iso.datetime({ offset: true }),
});
export type MasterplanTemplate = z.output<typeof masterplanTemplateSchema>;
