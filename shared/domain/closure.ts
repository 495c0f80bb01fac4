// The closing of Bimtek IV: date, venue, presiding official, the two parties of the berita acara, commitment
// points, and the ordered signatories of each document.
import { z } from 'zod';
import { clockTime, draftOf, id, isoDate, LIMITS, opt, optText, printable, recordMeta, sortOrder, text } from './common';

/**
 * Who signs what: the commitment sheet's signers, its "Mengetahui" block, and the berita acara's own "Mengetahui"
 * block (which need not be the commitment sheet's).
 */
export const SIGNATORY_KINDS = ['penandatangan', 'mengetahui', 'mengetahui_berita_acara'] as const;
export type SignatoryKind = (typeof SIGNATORY_KINDS)[number];
export const SIGNATORY_KIND_LABELS: Record<SignatoryKind, string> = {
  penandatangan: 'Penandatangan komitmen',
  mengetahui: 'Mengetahui (lembar komitmen)',
  mengetahui_berita_acara: 'Mengetahui (berita acara)',
};

/** The most positions one signature can name ("Kepala Dinas A dan Plt. Kepala Dinas B"). */
export const MAX_SIGNATORY_POSITIONS = 4;

export const closureSignatoryFields = z.object({
  id,
  personId: id,
  /** The positions the person signs in, in the order printed; each must be the person's own. */
  positionIds: z
    .array(id)
    .min(1, 'pilih minimal satu jabatan')
    .max(MAX_SIGNATORY_POSITIONS, `paling banyak ${MAX_SIGNATORY_POSITIONS} jabatan dalam satu tanda tangan`),
  kind: z.enum(SIGNATORY_KINDS).default('penandatangan'),
  /** a.n.: the office signed for, e.g. "Bupati Simalungun". */
  onBehalfOf: optText(LIMITS.short),
  /** u.b.: the intermediate office, e.g. "Sekretaris Daerah", when signing two levels down. */
  byOrderOf: optText(LIMITS.short),
  sortOrder,
  ...recordMeta,
});
export const closureSignatoryRules = (s: { positionIds: number[] }, ctx: z.RefinementCtx) => {
  const seen = new Set<number>();
  s.positionIds.forEach((positionId, i) => {
    if (seen.has(positionId)) {
      ctx.addIssue({ code: 'custom', path: ['positionIds', i], message: 'jabatan yang sama dipilih dua kali' });
    }
    seen.add(positionId);
  });
};
export const closureSignatorySchema = closureSignatoryFields.superRefine(closureSignatoryRules);
export type ClosureSignatory = z.output<typeof closureSignatorySchema>;

export const closureFields = z.object({
  date: opt(isoDate),
  venue: optText(LIMITS.line),
  /** Where the documents are signed ("Pematang Raya"), apart from the venue; defaults to the capital. */
  place: optText(120),
  /** The official who presided over the closure (recorded apart from the signers). */
  presidingPositionId: opt(id),
  /** Pihak Pertama and Pihak Kedua of the berita acara, each a person acting in a position. */
  firstPartyPositionId: opt(id),
  secondPartyPositionId: opt(id),
  /** One line per line break: offices often set the title over two or three lines. */
  commitmentTitle: printable(z.string().trim().min(1, 'wajib diisi').max(LIMITS.line)).default('Komitmen Bersama'),
  preamble: optText(LIMITS.paragraph),
  points: z.array(text(LIMITS.paragraph)).max(50).default([]),
  closingText: optText(LIMITS.paragraph),
  /** The berita acara's own title; the standard one when empty. */
  beritaAcaraTitle: optText(LIMITS.line),
  /** Pokok paragraphs of the berita acara, in order; the standard account of the four stages when empty. */
  beritaAcaraPoints: z.array(text(LIMITS.paragraph)).max(50).default([]),
  /** When the closure ended, printed with the regency's time zone. */
  closingTime: opt(clockTime),
  /** How many copies (rangkap) the berita acara is made in. */
  copies: opt(z.int().min(1, 'minimal 1 rangkap').max(20, 'paling banyak 20 rangkap')),
  ...recordMeta,
});
export const closureSchema = closureFields.extend({
  signatories: z.array(closureSignatorySchema).max(1000).default([]),
});
export type Closure = z.output<typeof closureSchema>;
export type ClosureInput = z.input<typeof closureSchema>;

/** What an edit of the closure sends: signatories may be new (id null); list order is signing order per kind. */
export const closureDraftSchema = closureFields.extend({
  signatories: z.array(draftOf(closureSignatoryFields, closureSignatoryRules)).max(1000).default([]),
});

/** The commitment sheet's title lines, as typed (one per line break). */
export function commitmentTitleLines(title: string): string[] {
  return title
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line !== '');
}
