// The office's own wording of a document's prose (see shared/documents/text-templates.ts): one record per kind and
// part, stored per regency; a part without a record prints the default.
import { z } from 'zod';
import { parseTextTemplate, TEXT_TEMPLATE_KINDS, textTemplateDef, type TextTemplateKind } from '../documents/text-templates';
import { id, LIMITS, recordMeta, text } from './common';

export const textTemplateFields = z.object({
  id,
  kind: z.enum(TEXT_TEMPLATE_KINDS),
  part: text(40),
  text: text(LIMITS.paragraph),
  ...recordMeta,
});

/** The part must exist for the kind, and the text must parse with that part's placeholders. */
export const textTemplateRules = (t: { kind: string; part: string; text: string }, ctx: z.RefinementCtx) => {
  const def = textTemplateDef(t.kind, t.part);
  if (!def) {
    ctx.addIssue({ code: 'custom', path: ['part'], message: `bagian "${t.part}" tidak ada pada templat ${t.kind}` });
    return;
  }
  const parsed = parseTextTemplate(t.text, def.placeholders);
  if (!parsed.ok) for (const p of parsed.problems) ctx.addIssue({ code: 'custom', path: ['text'], message: p.message });
};

export const textTemplateSchema = textTemplateFields.superRefine(textTemplateRules);
export type TextTemplate = z.output<typeof textTemplateSchema>;

/** What the screen saves: kind, part and text (the record is found by kind and part). */
export const saveTextTemplateSchema = textTemplateFields
  .pick({ kind: true, part: true, text: true })
  .superRefine(textTemplateRules);
export const textTemplateKeySchema = textTemplateFields.pick({ kind: true, part: true });

/** Which data the placeholders are shown on: the stage (invitation, report, attendance list) and the day. */
export const templateValuesRequestSchema = z.object({
  kind: z.enum(TEXT_TEMPLATE_KINDS),
  stage: z.int().min(1).max(4).default(1),
  day: z.int().min(1).max(10).default(1),
});

/** What each placeholder becomes on the current data, or why it cannot be said yet ("Tanggal penutupan … belum diisi"). */
export interface TemplateValues {
  values: Record<string, string>;
  problem: string | null;
}

/** A template as the screen lists it: the default, the office's own text (or null) and the placeholders. */
export interface TextTemplateView {
  kind: TextTemplateKind;
  part: string;
  label: string;
  placeholders: { name: string; label: string }[];
  default: string;
  text: string | null;
}
