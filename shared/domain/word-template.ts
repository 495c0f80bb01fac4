// The office's own Word templates kept in the database: what a clerk adds (a name and the .docx), what the list shows
// (the placeholders it takes and whether it needs a Bimtek stage) and what filling one asks for.
import { z } from 'zod';
import { id, text } from './common';

/** A Word template with letterhead images and tables stays well under this; larger files are refused. */
export const MAX_WORD_TEMPLATE_BYTES = 10 * 1024 * 1024;

export const addWordTemplateSchema = z.object({
  name: text(120),
  fileName: z
    .string()
    .trim()
    .min(1, 'wajib diisi')
    .max(255, 'nama berkas terlalu panjang')
    .regex(/\.docx$/i, 'pilih berkas Word .docx (bukan .doc lama; simpan ulang dari Word sebagai .docx)'),
  base64: z
    .base64('isi berkas tidak terbaca')
    .max(Math.ceil((MAX_WORD_TEMPLATE_BYTES * 4) / 3) + 4, 'berkas terlalu besar (maksimal 10 MB)'),
});
export type AddWordTemplate = z.output<typeof addWordTemplateSchema>;

export const fillWordTemplateSchema = z.object({
  id,
  /** The Bimtek stage whose facts and lists fill the stage placeholders; required when the template uses them. */
  stage: z.int().min(1).max(4).nullable().default(null),
});
export type FillWordTemplate = z.output<typeof fillWordTemplateSchema>;

/** One stored template as the list shows it (without its bytes). */
export interface WordTemplateView {
  id: number;
  name: string;
  fileName: string;
  sizeBytes: number;
  /** Every placeholder and loop it uses, in the order docxtemplater reports them. */
  placeholders: string[];
  /** Whether it takes a Bimtek stage's data (peserta, narasumber, tahap_…). */
  needsStage: boolean;
  createdAt: string | null;
}
