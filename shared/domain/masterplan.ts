// The masterplan: volumes, chapters and sections of text; six dimensions with their elements; readiness,
// SWOT and the programmes (masterplan-programme.ts); the books' analysis records are in masterplan-analysis.ts.
import { z } from 'zod';
import { id, isoDate, LIMITS, opt, optText, printable, recordMeta, sortOrder, text, year } from './common';
import {
  elementGapSchema,
  existingApplicationSchema,
  goalSchema,
  monitoringIndicatorSchema,
  quickWinProfileSchema,
  READINESS_ASPECTS,
  readinessScoreSchema,
  regionStatisticSchema,
  regulationSchema,
  strategySchema,
} from './masterplan-analysis';
import { programmeItemSchema } from './masterplan-programme';

// Split modules, re-exported so that imports of './masterplan' keep working.
export * from './masterplan-analysis';
export * from './masterplan-programme';

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
    /** The Kata Pengantar's full date (day, month, year). */
    prefaceDate: opt(isoDate),
    /** Where the Kata Pengantar is signed; documents print the regency's capital when empty. */
    prefacePlace: optText(120),
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
  statistics: z.array(regionStatisticSchema).max(200).default([]),
  regulations: z.array(regulationSchema).max(500).default([]),
  applications: z.array(existingApplicationSchema).max(LIMITS.list).default([]),
  readinessScores: z.array(readinessScoreSchema).max(LIMITS.list).default([]),
  elementGaps: z.array(elementGapSchema).max(60).default([]),
  goals: z.array(goalSchema).max(500).default([]),
  strategies: z.array(strategySchema).max(LIMITS.list).default([]),
  monitoring: z.array(monitoringIndicatorSchema).max(LIMITS.list).default([]),
  quickWins: z.array(quickWinProfileSchema).max(500).default([]),
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
