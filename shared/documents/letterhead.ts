// The kop and what every document shares: page setup and font from the Tata Naskah profile, and metadata.
import type { DocumentModel, FontFamily, LetterheadBlock } from '../document/model';
import { regionTitle, type Regency } from '../domain/regency';
import type { DocumentBase } from './context';

function decodeBase64(base64: string): Uint8Array {
  const binary = atob(base64);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

const decoded = new Map<string, Uint8Array>();

/** The logo's bytes, decoded once per logo so that both renderers and repeated renders share them. */
export function logoImage(regency: Regency): LetterheadBlock['logo'] {
  if (!regency.logo) return undefined;
  let data = decoded.get(regency.logo.base64);
  if (!data) {
    data = decodeBase64(regency.logo.base64);
    decoded.clear();
    decoded.set(regency.logo.base64, data);
  }
  return { data, mime: regency.logo.mime };
}

export function letterheadBlock(regency: Regency): LetterheadBlock {
  const logo = logoImage(regency);
  if (regency.tataNaskah.letterheadLines.length > 0) {
    return { type: 'letterhead', ...(logo ? { logo } : {}), lines: regency.tataNaskah.letterheadLines.map((l) => ({ ...l })) };
  }
  const contact = [regency.address, regency.phone && `Telepon ${regency.phone}`, regency.fax && `Faksimile ${regency.fax}`]
    .filter(Boolean)
    .join(', ');
  const online = [regency.website && `Laman ${regency.website}`, regency.email && `Pos-el ${regency.email}`]
    .filter(Boolean)
    .join(', ');
  const city = [regency.capital.toLocaleUpperCase('id-ID'), regency.postalCode].filter(Boolean).join(' ');
  const lines: LetterheadBlock['lines'] = [
    { text: `PEMERINTAH ${regionTitle(regency).toLocaleUpperCase('id-ID')}`, sizePt: 14, bold: true },
    { text: regency.officeName.toLocaleUpperCase('id-ID'), sizePt: 16, bold: true },
    { text: contact, sizePt: 10 },
    ...(online ? [{ text: online, sizePt: 10 }] : []),
    { text: city, sizePt: 10, bold: true },
  ];
  return { type: 'letterhead', ...(logo ? { logo } : {}), lines };
}

/** Naskah korespondensi/khusus (letters, minutes, sheets) or pengaturan (Perbup, long reports such as the masterplan). */
export type DocumentClass = 'korespondensi' | 'pengaturan';

export function documentShell(
  base: DocumentBase,
  documentClass: DocumentClass,
  meta: { title: string; subject?: string },
): Omit<DocumentModel, 'blocks'> {
  const t = base.regency.tataNaskah;
  const family: FontFamily = documentClass === 'pengaturan' ? t.fontPengaturan : t.fontKorespondensi;
  return {
    meta: {
      title: meta.title,
      author: `${base.regency.officeName} ${regionTitle(base.regency)}`,
      ...(meta.subject ? { subject: meta.subject } : {}),
      keywords: ['Smart City', regionTitle(base.regency), String(base.programme.year)],
      createdAt: base.createdAt,
    },
    page: { paper: base.paper, margins: { ...t.margins } },
    font: { family, sizePt: t.fontSizePt },
    footer: { pageNumbers: true },
  };
}
