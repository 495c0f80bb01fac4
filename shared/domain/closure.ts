// The closing of Bimtek IV: date, venue, presiding official, commitment points and ordered signatories.
import { z } from 'zod';
import { draftOf, id, isoDate, LIMITS, opt, optText, sortOrder, text } from './common';

export const SIGNATORY_KINDS = ['penandatangan', 'mengetahui'] as const;
export type SignatoryKind = (typeof SIGNATORY_KINDS)[number];

export const closureSignatorySchema = z.object({
  id,
  positionId: id,
  kind: z.enum(SIGNATORY_KINDS).default('penandatangan'),
  /** a.n.: the office signed for, e.g. "Bupati Simalungun". */
  onBehalfOf: optText(LIMITS.short),
  /** u.b.: the intermediate office, e.g. "Sekretaris Daerah", when signing two levels down. */
  byOrderOf: optText(LIMITS.short),
  sortOrder,
});
export type ClosureSignatory = z.output<typeof closureSignatorySchema>;

export const closureSchema = z.object({
  date: opt(isoDate),
  venue: optText(LIMITS.line),
  /** Where the document is signed ("Pematang Raya"); defaults to the capital. */
  place: optText(120),
  presidingPositionId: opt(id),
  commitmentTitle: text(LIMITS.line).default('Komitmen Bersama'),
  preamble: optText(LIMITS.paragraph),
  points: z.array(text(LIMITS.paragraph)).max(50).default([]),
  closingText: optText(LIMITS.paragraph),
  signatories: z.array(closureSignatorySchema).max(1000).default([]),
});
export type Closure = z.output<typeof closureSchema>;
export type ClosureInput = z.input<typeof closureSchema>;

/** What an edit of the closure sends: signatories may be new (id null); list order is signing order. */
export const closureDraftSchema = closureSchema.extend({
  signatories: z.array(draftOf(closureSignatorySchema)).max(1000).default([]),
});
