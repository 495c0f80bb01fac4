// Building blocks shared by the domain schemas: bounded texts, ids, ISO dates, optional-with-null fields.
import { z } from 'zod';
import '../validation/messages';
import { describeCharacter, firstUnprintable } from '../format/charset';
import { isValidIsoDate } from '../format/dates';

/** Every stored text is bounded so that a malicious or broken bundle cannot fill the disk. */
export const LIMITS = {
  short: 200,
  line: 500,
  paragraph: 5_000,
  body: 200_000,
  list: 2_000,
} as const;

export const id = z.int({ error: 'harus berupa bilangan bulat' }).positive('harus bilangan bulat positif');

/** Refuses characters the document fonts cannot print (emoji, CJK …), naming the character. */
export function printable<T extends z.ZodType<string | null>>(schema: T) {
  return schema.superRefine((value, ctx) => {
    const bad = value === null ? null : firstUnprintable(value);
    if (bad) ctx.addIssue({ code: 'custom', message: `karakter ${describeCharacter(bad)} tidak dapat dicetak pada dokumen` });
  });
}

export function text(max: number = LIMITS.short) {
  return printable(z.string().trim().min(1, 'wajib diisi').max(max));
}

/** An optional field: missing or null both become null, so exports are stable. */
export function opt<T extends z.ZodType>(schema: T) {
  return schema.nullable().default(null);
}

export function optText(max: number = LIMITS.short) {
  return opt(
    printable(
      z
        .string()
        .trim()
        .max(max)
        .transform((s) => (s === '' ? null : s)),
    ),
  );
}

export const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'tanggal harus berformat TTTT-BB-HH (misalnya 2021-11-19)')
  .refine(isValidIsoDate, 'tanggal tidak ada di kalender');

export const clockTime = z.string().regex(/^([01]\d|2[0-3])[.:][0-5]\d$/, 'jam harus berformat JJ.MM (misalnya 08.00)');

export const sortOrder = z.int().min(0).max(1_000_000).default(0);

export const isoDateTime = z.iso.datetime({ offset: true, error: 'waktu harus berformat ISO 8601 (misalnya 2021-11-19T09:00:00Z)' });

/**
 * Identity and times every stored record carries, so that records keep who they are when they travel between
 * databases (bundles now, several PCs and an office server later). Null on a new record: the repository fills them.
 */
export const recordMeta = {
  /** Stable UUIDv7, unique per table. */
  uid: opt(z.uuid({ error: 'uid harus berupa UUID' })),
  createdAt: opt(isoDateTime),
  updatedAt: opt(isoDateTime),
};

export const year = z.int().min(2000, 'tahun tidak wajar').max(2100, 'tahun tidak wajar');

/**
 * The schema of a record being created or edited: the same fields and rules, with id null (or absent) for a new
 * record. Forms and IPC save calls use it.
 */
export function draftOf<Shape extends z.ZodRawShape & { id: typeof id }>(
  fields: z.ZodObject<Shape>,
  rules?: (value: z.output<z.ZodObject<Shape>>, ctx: z.RefinementCtx) => void,
) {
  const draft = fields.extend({ id: opt(id) });
  return rules ? draft.superRefine((v, ctx) => rules(v as z.output<z.ZodObject<Shape>>, ctx)) : draft;
}
