// The document register: numbering template and counters, numbers issued per document, and every render.
import { z } from 'zod';
import { id, LIMITS, opt, optText, recordMeta, text, year } from './common';

export const DOCUMENT_KINDS = [
  'berita-acara',
  'komitmen',
  'komitmen-grid',
  'daftar-hadir',
  'masterplan-bab',
  'masterplan',
  'masterplan-buku1',
  'masterplan-buku2',
  'ringkasan-eksekutif',
  'profil-quick-win',
  'templat-bab',
  'undangan-bimtek',
  'keputusan-tim',
  'laporan-bimtek',
] as const;
export type DocumentKind = (typeof DOCUMENT_KINDS)[number];

/**
 * Defaults from Permendagri 83/2022: 000.1.5 rapat/notula, 500.12 Komunikasi dan Informatika (the invitation, the
 * decree and the report of the programme too; the legal section usually gives the decree its own number).
 */
export const DEFAULT_KKA: Record<DocumentKind, string> = {
  'berita-acara': '000.1.5',
  komitmen: '500.12',
  'komitmen-grid': '500.12',
  'daftar-hadir': '000.1.5',
  'masterplan-bab': '500.12',
  masterplan: '500.12',
  'masterplan-buku1': '500.12',
  'masterplan-buku2': '500.12',
  'ringkasan-eksekutif': '500.12',
  'profil-quick-win': '500.12',
  'templat-bab': '500.12',
  'undangan-bimtek': '500.12',
  'keputusan-tim': '500.12',
  'laporan-bimtek': '500.12',
};

export const NUMBER_TOKENS = ['{kka}', '{urut}', '{unit}', '{bulan_romawi}', '{tahun}'] as const;

export const numberingSchema = z
  .object({
    template: text(200).default('{kka}/{urut}/{unit}/{tahun}'),
    /** Kode unit of the office in the regency's numbering (e.g. "107.1"). */
    unitCode: text(60).default('Kominfo'),
    /** Kode klasifikasi arsip per document kind (Permendagri 83/2022). */
    kka: z.partialRecord(z.enum(DOCUMENT_KINDS), text(60)).default({}),
    /** Counters per year; the sequence restarts each year. */
    counters: z
      .array(z.object({ year, last: z.int().min(0).max(1_000_000) }))
      .max(200)
      .default([]),
  })
  .superRefine((n, ctx) => {
    if (!n.template.includes('{urut}')) {
      ctx.addIssue({ code: 'custom', path: ['template'], message: 'templat nomor harus memuat {urut}' });
    }
    const unknown = n.template.match(/\{[^}]*\}/g)?.filter((t) => !(NUMBER_TOKENS as readonly string[]).includes(t));
    if (unknown && unknown.length > 0) {
      ctx.addIssue({
        code: 'custom',
        path: ['template'],
        message: `token tidak dikenal: ${unknown.join(', ')}; gunakan ${NUMBER_TOKENS.join(' ')}`,
      });
    }
  });
export type Numbering = z.output<typeof numberingSchema>;

export const NUMBER_STATUSES = ['aktif', 'batal'] as const;
export type NumberStatus = (typeof NUMBER_STATUSES)[number];

export const documentNumberSchema = z.object({
  id,
  kind: z.enum(DOCUMENT_KINDS),
  /** What the number belongs to, e.g. "closure" or "stage-2-day-5". */
  subjectKey: text(120),
  year,
  /** Null for numbers issued elsewhere (SRIKANDI) and entered by hand. */
  seq: opt(z.int().positive()),
  number: text(200),
  manual: z.boolean().default(false),
  issuedAt: z.iso.datetime({ offset: true }),
  /** Issued numbers are never deleted: a withdrawn one is marked batal and keeps its place in the sequence. */
  status: z.enum(NUMBER_STATUSES).default('aktif'),
  ...recordMeta,
});
export type DocumentNumber = z.output<typeof documentNumberSchema>;

export const documentRenderSchema = z.object({
  id,
  numberId: opt(id),
  kind: z.enum(DOCUMENT_KINDS),
  subjectKey: text(120),
  format: z.enum(['pdf', 'docx']),
  paper: z.enum(['A4', 'F4-215', 'F4-210']),
  sha256: z.string().regex(/^[0-9a-f]{64}$/, 'hash SHA-256 harus 64 karakter heksadesimal'),
  sizeBytes: z.int().min(0),
  fileName: optText(LIMITS.line),
  ...recordMeta,
  createdAt: z.iso.datetime({ offset: true }),
});
export type DocumentRender = z.output<typeof documentRenderSchema>;

/** Fills a numbering template; the result is what goes after "NOMOR:". */
export function formatDocumentNumber(
  template: string,
  values: { kka: string; urut: number; unit: string; bulanRomawi: string; tahun: number },
): string {
  return template
    .replaceAll('{kka}', values.kka)
    .replaceAll('{urut}', String(values.urut))
    .replaceAll('{unit}', values.unit)
    .replaceAll('{bulan_romawi}', values.bulanRomawi)
    .replaceAll('{tahun}', String(values.tahun));
}
