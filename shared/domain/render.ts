// What a caller asks to render: the kind of document, the format, and what that kind needs (stage, chapter).
import { z } from 'zod';
import { id, LIMITS, opt, optText } from './common';
import { parseTextTemplate, textTemplateDef } from '../documents/text-templates';
import { PAPER_SIZES } from './regency';
import { DOCUMENT_KINDS } from './register';

export const DOCUMENT_FORMATS = ['pdf', 'docx'] as const;
export type DocumentFormat = (typeof DOCUMENT_FORMATS)[number];

export const renderRequestSchema = z
  .object({
    kind: z.enum(DOCUMENT_KINDS),
    format: z.enum(DOCUMENT_FORMATS).default('pdf'),
    /** Overrides the paper of the Tata Naskah profile for this render. */
    paper: opt(z.enum(PAPER_SIZES)),
    stage: opt(z.int().min(1, 'tahap Bimtek harus 1 sampai 4').max(4, 'tahap Bimtek harus 1 sampai 4')),
    /** Day of the stage, counted from 1. */
    day: z.int().min(1).max(10).default(1),
    chapterId: opt(id),
    /** A number issued elsewhere (SRIKANDI) for this document. */
    manualNumber: optText(200),
    /**
     * Preview only: the office's unsaved wording of text templates by "kind.part" (text-templates.ts), printed
     * instead of the stored one so that the Templat Naskah screen shows the real PDF while typing. Saving and
     * printing a document ignore it.
     */
    texts: z.record(z.string().max(80), z.string().max(LIMITS.paragraph)).optional(),
  })
  .superRefine((r, ctx) => {
    for (const [key, text] of Object.entries(r.texts ?? {})) {
      const [kind = '', part = ''] = key.split('.');
      const def = textTemplateDef(kind, part);
      if (!def) ctx.addIssue({ code: 'custom', path: ['texts', key], message: `templat teks ${key} tidak ada` });
      else {
        const parsed = parseTextTemplate(text, def.placeholders);
        if (!parsed.ok)
          for (const p of parsed.problems) ctx.addIssue({ code: 'custom', path: ['texts', key], message: p.message });
      }
    }
    if (r.kind === 'daftar-hadir' && r.stage === null) {
      ctx.addIssue({ code: 'custom', path: ['stage'], message: 'daftar hadir memerlukan tahap Bimtek (1–4)' });
    }
    if ((r.kind === 'undangan-bimtek' || r.kind === 'laporan-bimtek') && r.stage === null) {
      ctx.addIssue({ code: 'custom', path: ['stage'], message: 'undangan dan laporan Bimtek memerlukan tahap (1–4)' });
    }
    if ((r.kind === 'masterplan-bab' || r.kind === 'templat-bab') && r.chapterId === null) {
      ctx.addIssue({ code: 'custom', path: ['chapterId'], message: 'pilih bab masterplan yang dirender' });
    }
  });
export type RenderRequest = z.output<typeof renderRequestSchema>;
export type RenderRequestInput = z.input<typeof renderRequestSchema>;
