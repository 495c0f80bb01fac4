// Signature blocks under Permendagri 1/2023 Pasal 44: jabatan in capitals with Plt./Plh./Pj. and the a.n./u.b.
// chain; gelar in korespondensi, none in pengaturan; pangkat and NIP except for the regional heads and the Sekda.
import type { SignatureBlock } from '../document/model';
import { STATUS_PREFIX, signsWithoutNip } from '../domain/organisation';
import { formatNip } from '../format/nip';
import { formatPangkat } from '../format/pangkat';
import { formatPersonName, signatureName, upperJabatan } from '../format/names';
import type { Official, Signatory } from './context';

export interface SignatureOptions {
  /** "Mengetahui," above the block; defaults to true for a signatory of kind 'mengetahui'. */
  mengetahui?: boolean;
  /** Pasal 44(1): naskah pengaturan and penetapan print the name without gelar. Default true (korespondensi). */
  withTitles?: boolean;
  signatureSpaceMm?: number;
  /** Characters per jabatan line, from the column width (see signatureLineChars); default fits half an A4 page. */
  lineChars?: number;
}

/** Keeps the words of a NIP together on one line (both renderers honour U+00A0). */
export function noBreak(text: string): string {
  return text.replace(/ /g, '\u00a0');
}

/** About what fits in half the text width of A4 at 12 pt; longer office names are balanced over two or three lines. */
const JABATAN_LINE_CHARS = 29;
const MAX_OFFICE_LINES = 3;

/** Splits words into `count` lines whose longest line is as short as possible. */
function balance(words: string[], count: number): string[] {
  if (count <= 1 || words.length <= 1) return [words.join(' ')];
  let best: string[] = [words.join(' ')];
  let bestWidth = Infinity;
  for (let cut = 1; cut < words.length; cut++) {
    const head = words.slice(0, cut).join(' ');
    if (head.length >= bestWidth) break;
    const rest = balance(words.slice(cut), count - 1);
    const width = Math.max(head.length, ...rest.map((l) => l.length));
    if (width < bestWidth) {
      best = [head, ...rest];
      bestWidth = width;
    }
  }
  return best;
}

/**
 * "Kepala Dinas … Kabupaten Simalungun" → the office in capitals over one to three balanced lines, the region on
 * a line of its own, a comma at the end: the way a jabatan stands above a signature.
 */
export function jabatanLines(jabatan: string, lineChars: number = JABATAN_LINE_CHARS): string[] {
  const upper = upperJabatan(jabatan.replace(/\s+/g, ' ').trim().replace(/,$/, ''));
  // The last "KABUPATEN …"/"KOTA …" ends the jabatan; an earlier "Kota" may be part of the office's name.
  const split = /^(.+)\s+((?:KABUPATEN|KOTA)(?:\s+(?!DAN\b)[^\s,]+){1,3})$/.exec(upper);
  const [office, region] = split ? [split[1]!, split[2]!] : [upper, null];
  const words = office.split(' ').filter(Boolean);
  const count = Math.min(MAX_OFFICE_LINES, Math.max(1, Math.ceil(office.length / lineChars)));
  const lines = [...balance(words, count), ...(region ? [region] : [])].filter((l) => l !== '');
  if (lines.length === 0) return [];
  lines[lines.length - 1] += ',';
  return lines;
}

/** The jabatan with its status prefix ("Plt. Kepala Dinas …"), without doubling a prefix typed into the title. */
export function jabatanText(official: Pick<Official, 'status' | 'title'>): string {
  const prefix = STATUS_PREFIX[official.status];
  const title = official.title.trim();
  if (!prefix || title.toLowerCase().startsWith(prefix.toLowerCase())) return title;
  return `${prefix} ${title}`;
}

/** Pasal 44(4)–(5): Pj., Plt. and Plh. of the regional heads and of the Sekda sign with neither gelar, NIP nor pangkat. */
export function isActingHead(official: Pick<Official, 'role' | 'status'>): boolean {
  return signsWithoutNip(official.role) && official.status !== 'definitif';
}

/** "NIP. 19700101 199503 1 001" or "NI PPPK. …", kept on one line; empty when the person has neither. */
export function identifierLine(official: Pick<Official, 'nip' | 'niPppk'>): string {
  const nip = official.nip?.trim();
  if (nip) return `NIP.\u00a0${noBreak(formatNip(nip))}`;
  const ni = official.niPppk?.trim();
  if (ni) return `NI\u00a0PPPK.\u00a0${noBreak(formatNip(ni))}`;
  return '';
}

/** Pasal 44(3): pangkat and NIP under the name, except for the Bupati, Wakil Bupati and Sekda (and their Pj./Plt./Plh.). */
export function identityLines(official: Official): string[] {
  if (signsWithoutNip(official.role)) return [];
  const id = identifierLine(official);
  return [...(official.pangkat ? [formatPangkat(official.pangkat)] : []), ...(id ? [id] : [])];
}

/** "a.n. Bupati Simalungun" typed with its own "a.n." is printed once. */
const withoutMark = (office: string, mark: RegExp) => office.trim().replace(mark, '').trim();

export function signatureBlockFor(official: Signatory | Official, options: SignatureOptions = {}): SignatureBlock {
  const s: Partial<Signatory> = official;
  const heading: string[] = [];
  if (options.mengetahui ?? s.kind === 'mengetahui') heading.push('Mengetahui,');
  const onBehalfOf = s.onBehalfOf ? withoutMark(s.onBehalfOf, /^a\.\s?n\.\s*/i) : '';
  const byOrderOf = s.byOrderOf ? withoutMark(s.byOrderOf, /^u\.\s?b\.\s*/i) : '';
  if (onBehalfOf) heading.push(`a.n. ${upperJabatan(onBehalfOf)}`);
  if (byOrderOf) heading.push(upperJabatan(byOrderOf), 'u.b.');
  heading.push(...jabatanLines(jabatanText(official), options.lineChars));
  const withTitles = (options.withTitles ?? true) && !isActingHead(official);
  return {
    headingLines: heading,
    name: signatureName(official, withTitles),
    nameBold: true,
    nameUnderline: true,
    detailLines: identityLines(official),
    ...(options.signatureSpaceMm ? { signatureSpaceMm: options.signatureSpaceMm } : {}),
  };
}

/** The name line of a table row: the name with gelar, as written ("Drs. Wasin Sinaga, M.Si."). */
export function displayName(official: Pick<Official, 'name' | 'frontTitle' | 'backTitle'>): string {
  return formatPersonName(official, true);
}
