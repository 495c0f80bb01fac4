// The kop and what every document shares: page setup and font from the Tata Naskah profile, and metadata.
import type { DocumentMeta, DocumentModel, FontFamily, ImageData, LetterheadBlock, PageSetup } from '../document/model';
import { DEFAULT_PAGE_NUMBERS, regionTitle, type PageNumberClass, type Regency } from '../domain/regency';
import type { DocumentBase } from './context';

/** Browser-safe (atob exists in browsers and in Node ≥ 16); no Buffer, so the builders also run in the renderer. */
function decodeBase64(base64: string): Uint8Array {
  const binary = atob(base64.replace(/\s+/g, ''));
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

// One entry: the same logo decoded again for every render of a long list would be wasted work.
let cached: { base64: string; data: Uint8Array } | null = null;

/** The logo's bytes, or undefined without a logo (or with one that does not decode: the kop is printed without it). */
export function logoImage(regency: Pick<Regency, 'logo'>): ImageData | undefined {
  const logo = regency.logo;
  if (!logo) return undefined;
  if (cached?.base64 !== logo.base64) {
    try {
      cached = { base64: logo.base64, data: decodeBase64(logo.base64) };
    } catch {
      return undefined;
    }
  }
  return cached.data.length > 0 ? { data: cached.data, mime: logo.mime } : undefined;
}

/** Joins the parts that are present: "Jalan …, Telepon …, Faksimile …". */
const joinPresent = (parts: (string | null | undefined | false)[]) =>
  parts
    .map((p) => (p ? p.trim() : ''))
    .filter((p) => p !== '')
    .join(', ');

/** The kop lines composed from the profile: pemda, office (bold, larger), address, laman and pos-el, city and postcode. */
export function letterheadLines(regency: Regency): LetterheadBlock['lines'] {
  const custom = regency.tataNaskah.letterheadLines.filter((l) => l.text.trim() !== '');
  if (custom.length > 0) return custom.map((l) => ({ text: l.text, sizePt: l.sizePt, ...(l.bold ? { bold: true } : {}) }));
  const contact = joinPresent([
    regency.address,
    regency.phone && `Telepon ${regency.phone}`,
    regency.fax && `Faksimile ${regency.fax}`,
  ]);
  const online = joinPresent([regency.website && `Laman ${regency.website}`, regency.email && `Pos-el ${regency.email}`]);
  const city = [regency.capital.trim().toLocaleUpperCase('id-ID'), regency.postalCode].filter(Boolean).join(' ');
  return [
    { text: `PEMERINTAH ${regionTitle(regency).toLocaleUpperCase('id-ID')}`, sizePt: 14, bold: true },
    { text: regency.officeName.trim().toLocaleUpperCase('id-ID'), sizePt: 16, bold: true },
    ...(contact ? [{ text: contact, sizePt: 10 }] : []),
    ...(online ? [{ text: online, sizePt: 10 }] : []),
    ...(city ? [{ text: city, sizePt: 10, bold: true }] : []),
  ];
}

export function letterheadBlock(regency: Regency): LetterheadBlock {
  const logo = logoImage(regency);
  return { type: 'letterhead', ...(logo ? { logo } : {}), lines: letterheadLines(regency) };
}

/** Naskah korespondensi/khusus (letters, minutes, sheets) or pengaturan (Perbup, long reports such as the masterplan). */
export type DocumentClass = 'korespondensi' | 'pengaturan';

/** Pasal 32(2) and the produk-hukum convention: each class has its own font in the profile. */
export function fontFamilyFor(regency: Regency, documentClass: DocumentClass): FontFamily {
  const t = regency.tataNaskah;
  return documentClass === 'pengaturan' ? t.fontPengaturan : t.fontKorespondensi;
}

export function pageSetup(base: Pick<DocumentBase, 'paper' | 'regency'>): PageSetup {
  return { paper: base.paper, margins: { ...base.regency.tataNaskah.margins } };
}

/** Title, author (office and region) and the render time passed in, so that output is reproducible. */
export function documentMeta(base: DocumentBase, meta: { title: string; subject?: string }): DocumentMeta {
  const region = regionTitle(base.regency);
  return {
    title: meta.title,
    author: `${base.regency.officeName} ${region}`,
    ...(meta.subject ? { subject: meta.subject } : {}),
    keywords: ['Smart City', region, String(base.programme.year)],
    createdAt: base.createdAt,
  };
}

/** Everything of a DocumentModel but its blocks; page numbers as the profile has them for `numbering`'s class. */
export function documentShell(
  base: DocumentBase,
  documentClass: DocumentClass,
  meta: { title: string; subject?: string },
  numbering: PageNumberClass,
): Omit<DocumentModel, 'blocks'> {
  const style = (base.regency.tataNaskah.pageNumbers ?? DEFAULT_PAGE_NUMBERS)[numbering];
  return {
    meta: documentMeta(base, meta),
    page: pageSetup(base),
    font: { family: fontFamilyFor(base.regency, documentClass), sizePt: base.regency.tataNaskah.fontSizePt },
    footer: { pageNumbers: true, style },
  };
}
