// Regency profile: identity, contact lines of the kop, logo, and the Tata Naskah profile (paper, margins, fonts).
import { z } from 'zod';
import { checkBase64Image } from '../format/image-check';
import { LIMITS, opt, optText, recordMeta, text } from './common';

export const PAPER_SIZES = ['A4', 'F4-215', 'F4-210'] as const;
export const FONT_FAMILIES = ['Arial', 'Times New Roman'] as const;
export const REGION_KINDS = ['kabupaten', 'kota'] as const;
/** Indonesia's three time zones; every time printed carries the regency's. */
export const TIME_ZONES = ['WIB', 'WITA', 'WIT'] as const;
export type TimeZone = (typeof TIME_ZONES)[number];
/** How a signer's name is printed: as recorded, or in capitals with the gelar kept as written ("dr." ≠ "Dr."). */
export const NAME_CASES = ['as_recorded', 'upper'] as const;
export type NameCase = (typeof NAME_CASES)[number];

/**
 * How a class of documents numbers its pages: 'top-centre' leaves page 1 unnumbered and centres "- 2 -" at the top
 * of the others (Tata Naskah's letters); 'bottom-of-total' prints "Halaman n dari N" at the bottom of every page.
 */
export const PAGE_NUMBER_STYLES = ['top-centre', 'bottom-of-total'] as const;
export type PageNumberStyle = (typeof PAGE_NUMBER_STYLES)[number];
/** The document classes that choose their page numbers: letters, minutes, decrees, sheets and lists, reports. */
export const PAGE_NUMBER_CLASSES = ['surat', 'beritaAcara', 'keputusan', 'lembar', 'laporan'] as const;
export type PageNumberClass = (typeof PAGE_NUMBER_CLASSES)[number];
const pageStyle = (fallback: PageNumberStyle) => z.enum(PAGE_NUMBER_STYLES).default(fallback);
export const DEFAULT_PAGE_NUMBERS: Record<PageNumberClass, PageNumberStyle> = {
  surat: 'top-centre',
  beritaAcara: 'top-centre',
  keputusan: 'top-centre',
  lembar: 'bottom-of-total',
  laporan: 'bottom-of-total',
};
export const pageNumbersSchema = z.object({
  surat: pageStyle(DEFAULT_PAGE_NUMBERS.surat),
  beritaAcara: pageStyle(DEFAULT_PAGE_NUMBERS.beritaAcara),
  keputusan: pageStyle(DEFAULT_PAGE_NUMBERS.keputusan),
  lembar: pageStyle(DEFAULT_PAGE_NUMBERS.lembar),
  laporan: pageStyle(DEFAULT_PAGE_NUMBERS.laporan),
});

/** Logos are kept small: a kop logo needs no more than a few hundred kilobytes. */
export const MAX_LOGO_BYTES = 2 * 1024 * 1024;

export const logoSchema = z
  .object({
    mime: z.enum(['image/png', 'image/jpeg']),
    base64: z.base64().max(Math.ceil((MAX_LOGO_BYTES * 4) / 3) + 4, 'logo terlalu besar (maksimal 2 MB)'),
  })
  .superRefine((logo, ctx) => {
    const head = logo.base64.slice(0, 12);
    const png = head.startsWith('iVBORw0KGgo');
    const jpeg = head.startsWith('/9j/');
    if (logo.mime === 'image/png' && !png)
      ctx.addIssue({ code: 'custom', path: ['base64'], message: 'isi logo bukan gambar PNG' });
    else if (logo.mime === 'image/jpeg' && !jpeg)
      ctx.addIssue({ code: 'custom', path: ['base64'], message: 'isi logo bukan gambar JPEG' });
    else {
      // Decoded whole, so that no document can later fail on a logo the app accepted.
      const checked = checkBase64Image(logo.base64, logo.mime);
      if (!checked.ok) {
        ctx.addIssue({ code: 'custom', path: ['base64'], message: `logo tidak dapat dipakai: ${checked.message}` });
      }
    }
  });
export type Logo = z.output<typeof logoSchema>;

export const marginsSchema = z.object({
  topMm: z.number().min(5).max(60),
  rightMm: z.number().min(5).max(60),
  bottomMm: z.number().min(5).max(60),
  leftMm: z.number().min(5).max(60),
});

export const letterheadLineSchema = z.object({
  text: text(LIMITS.line),
  sizePt: z.number().min(6).max(28),
  bold: z.boolean().default(false),
});
export type LetterheadLine = z.output<typeof letterheadLineSchema>;

export const tataNaskahSchema = z.object({
  paper: z.enum(PAPER_SIZES).default('A4'),
  margins: marginsSchema.default({ topMm: 20, rightMm: 20, bottomMm: 25, leftMm: 30 }),
  /** Font for naskah korespondensi and khusus (letters, minutes, sheets): Arial under Pasal 32(2). */
  fontKorespondensi: z.enum(FONT_FAMILIES).default('Arial'),
  /** Font for naskah pengaturan and penetapan (Perbup, Keputusan) and long reports such as the masterplan. */
  fontPengaturan: z.enum(FONT_FAMILIES).default('Arial'),
  fontSizePt: z.number().min(9).max(14).default(12),
  /** When empty, the kop is composed from the profile fields. */
  letterheadLines: z.array(letterheadLineSchema).max(8).default([]),
  /** Some offices title-case number words in berita acara. */
  dateWordsCase: z.enum(['lower', 'title']).default('lower'),
  timeZone: z.enum(TIME_ZONES).default('WIB'),
  signerNameCase: z.enum(NAME_CASES).default('as_recorded'),
  /** Height left blank for a wet signature and stamp. */
  signatureSpaceMm: z.number().min(15, 'minimal 15 mm').max(60, 'paling tinggi 60 mm').default(25),
  /** Page numbers per class of document; profiles and bundles from before the choice get the defaults. */
  pageNumbers: pageNumbersSchema.default({ ...DEFAULT_PAGE_NUMBERS }),
});
export type TataNaskah = z.output<typeof tataNaskahSchema>;

export const regencySchema = z.object({
  kind: z.enum(REGION_KINDS),
  name: text(100),
  /** Kode wilayah Kemendagri: "12.08" for a kabupaten or kota (province.regency). */
  regionCode: opt(
    z
      .string()
      .trim()
      .regex(/^\d{2}\.\d{2}$/, 'kode wilayah harus berformat PP.KK (misalnya 12.08)'),
  ),
  province: text(100),
  capital: text(100),
  officeName: text(200).default('Dinas Komunikasi dan Informatika'),
  address: text(LIMITS.line),
  phone: optText(50),
  fax: optText(50),
  website: optText(200),
  email: opt(z.email().max(200)),
  postalCode: opt(z.string().regex(/^\d{5}$/, 'kode pos harus 5 digit')),
  logo: opt(logoSchema),
  tataNaskah: tataNaskahSchema.default(tataNaskahSchema.parse({})),
  ...recordMeta,
});
export type Regency = z.output<typeof regencySchema>;
export type RegencyInput = z.input<typeof regencySchema>;

/** "Kabupaten Simalungun" / "Kota Medan". */
export function regionTitle(regency: Pick<Regency, 'kind' | 'name'>): string {
  return `${regency.kind === 'kota' ? 'Kota' : 'Kabupaten'} ${regency.name}`;
}
