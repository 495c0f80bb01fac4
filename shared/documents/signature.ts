// Signature blocks under Permendagri 1/2023 Pasal 44: jabatan in capitals with Plt./Plh./Pj. and the a.n./u.b.
// chain; gelar in korespondensi, none in pengaturan; pangkat and NIP except for the regional heads and the Sekda.
// The rules here are the only ones: tables, grids, the berita acara's isi and the attendance list all ask them.
import type { SignatureBlock } from '../document/model';
import { signsWithoutNip, type PositionRole, type PositionStatus } from '../domain/organisation';
import type { NameCase } from '../domain/regency';
import { formatNip } from '../format/nip';
import { formatPangkat } from '../format/pangkat';
import { printedName, upperJabatan } from '../format/names';
import type { Official, PersonIdentity, Signatory } from './context';

export interface SignatureOptions {
  /** "Mengetahui," above the block; defaults to true for a signatory of a "mengetahui" kind. */
  mengetahui?: boolean;
  /** Pasal 44(1): naskah pengaturan and penetapan print the name without gelar. Default true (korespondensi). */
  withTitles?: boolean;
  /** How names are written (the regency's signerNameCase); as recorded by default. */
  nameCase?: NameCase;
  signatureSpaceMm?: number;
  /** Characters per jabatan line, from the column width (see signatureLineChars); default fits half an A4 page. */
  lineChars?: number;
  /** Lines above the jabatan, e.g. "PIHAK PERTAMA". */
  caption?: string[];
}

/** Keeps the words of a NIP together on one line (both renderers honour U+00A0). */
export function noBreak(text: string): string {
  return text.replace(/ /g, '\u00a0');
}

/** About what fits in half the text width of A4 at 12 pt; longer office names are balanced over more lines. */
const JABATAN_LINE_CHARS = 29;
/** More lines than this and the column is simply too narrow: the layout wraps what is left. */
const MAX_OFFICE_LINES = 8;

/**
 * Splits words into `count` lines (fewer when there are fewer words) as evenly as possible: the smallest sum of
 * squared line lengths, which also keeps the longest line short and never leaves a short word alone on a line.
 */
function balance(words: string[], count: number): string[] {
  const n = words.length;
  const lines = Math.max(1, Math.min(count, n));
  if (lines <= 1) return [words.join(' ')];
  const width = (from: number, to: number) => words.slice(from, to).join(' ').length;
  // best[k][i]: the cost of words i.. over k lines, and where its first line ends.
  const best: { cost: number; cut: number }[][] = [];
  best[1] = words.map((_, i) => ({ cost: width(i, n) ** 2, cut: n }));
  best[1]![n] = { cost: Infinity, cut: n };
  for (let k = 2; k <= lines; k++) {
    best[k] = [];
    for (let i = 0; i <= n; i++) {
      let choice = { cost: Infinity, cut: n };
      for (let j = i + 1; j <= n - k + 1; j++) {
        const cost = width(i, j) ** 2 + best[k - 1]![j]!.cost;
        if (cost < choice.cost) choice = { cost, cut: j };
      }
      best[k]![i] = choice;
    }
  }
  const out: string[] = [];
  for (let k = lines, i = 0; k >= 1; k--) {
    const cut = best[k]![i]!.cut;
    out.push(words.slice(i, cut).join(' '));
    i = cut;
  }
  return out;
}

/**
 * "Kepala Dinas … Kabupaten Simalungun" → the office in capitals over as many balanced lines as the column needs
 * (none wider than `lineChars` when the words allow), the region on a line of its own, a comma at the end: the way a
 * jabatan stands above a signature. A jabatan naming several positions ("… dan Plt. …") is balanced the same way.
 */
export function jabatanLines(jabatan: string, lineChars: number = JABATAN_LINE_CHARS): string[] {
  const upper = upperJabatan(jabatan.replace(/\s+/g, ' ').trim().replace(/,$/, ''));
  // The last "KABUPATEN …"/"KOTA …" (up to four words: Penukal Abab Lematang Ilir) ends the jabatan, not an earlier "Kota".
  const split = /^(.+)\s+((?:KABUPATEN|KOTA)(?:\s+(?!DAN\b)[^\s,]+){1,4})$/.exec(upper);
  const [office, region] = split ? [split[1]!, split[2]!] : [upper, null];
  const words = office.split(' ').filter(Boolean);
  let count = Math.max(1, Math.ceil(office.length / lineChars));
  let lines = balance(words, count);
  while (Math.max(...lines.map((l) => l.length)) > lineChars && count < Math.min(words.length, MAX_OFFICE_LINES)) {
    lines = balance(words, ++count);
  }
  const all = [...lines, ...(region ? [region] : [])].filter((l) => l !== '');
  if (all.length === 0) return [];
  all[all.length - 1] += ',';
  return all;
}

type Positions = { positions: readonly { role: PositionRole; status: PositionStatus }[] };

/**
 * Pasal 44(3)–(5): no NIP and no pangkat for the Bupati, the Wakil Bupati and the Sekda, nor for their Pj., Plt. or
 * Plh. For someone signing in several positions, one such position is enough.
 */
export function withoutNip(official: Positions): boolean {
  return official.positions.some((p) => signsWithoutNip(p.role));
}

/** Pasal 44(4)–(5): Pj., Plt. and Plh. of the regional heads and of the Sekda sign with neither gelar, NIP nor pangkat. */
export function isActingHead(official: Positions): boolean {
  return official.positions.some((p) => signsWithoutNip(p.role) && p.status !== 'definitif');
}

/** "NIP. 19700101 199503 1 001" or "NI PPPK. …", kept on one line; empty when the person has neither. */
export function identifierLine(person: Pick<PersonIdentity, 'nip' | 'niPppk'> & { asn?: boolean }): string {
  if (person.asn === false) return '';
  const nip = person.nip?.trim();
  if (nip) return `NIP.\u00a0${noBreak(formatNip(nip))}`;
  const ni = person.niPppk?.trim();
  if (ni) return `NI\u00a0PPPK.\u00a0${noBreak(formatNip(ni))}`;
  return '';
}

/** The NIP line a document prints under this person's name: empty for Pasal 44 officials and for non-ASN. */
export function printedIdentifier(person: Pick<PersonIdentity, 'nip' | 'niPppk' | 'asn'> & Positions): string {
  return withoutNip(person) ? '' : identifierLine(person);
}

/** "Pembina Tingkat I (IV/b)", or null for Pasal 44 officials, for non-ASN and when unknown. */
export function printedPangkat(person: Pick<PersonIdentity, 'pangkat' | 'asn'> & Positions): string | null {
  return person.asn && person.pangkat && !withoutNip(person) ? formatPangkat(person.pangkat) : null;
}

/** Pangkat and NIP under the name, as Pasal 44 allows. */
export function identityLines(official: PersonIdentity & Positions): string[] {
  const pangkat = printedPangkat(official);
  const id = printedIdentifier(official);
  return [...(pangkat ? [pangkat] : []), ...(id ? [id] : [])];
}

/**
 * THE name of an official wherever a document prints it: as the regency writes names, with gelar unless the document
 * is a naskah pengaturan or the official is an acting regional head or Sekda (Pasal 44(4)–(5)).
 */
export function officialName(
  official: PersonIdentity & Partial<Positions>,
  nameCase: NameCase = 'as_recorded',
  withTitles = true,
): string {
  const acting = official.positions ? isActingHead({ positions: official.positions }) : false;
  return printedName(official, nameCase, withTitles && !acting);
}

/** "a.n. Bupati Simalungun" typed with its own "a.n." is printed once. */
const withoutMark = (office: string, mark: RegExp) => office.trim().replace(mark, '').trim();

export function signatureBlockFor(official: Signatory | Official, options: SignatureOptions = {}): SignatureBlock {
  const s: Partial<Signatory> = official;
  const heading: string[] = [...(options.caption ?? [])];
  const mengetahuiKind = s.kind === 'mengetahui' || s.kind === 'mengetahui_berita_acara';
  if (options.mengetahui ?? mengetahuiKind) heading.push('Mengetahui,');
  const onBehalfOf = s.onBehalfOf ? withoutMark(s.onBehalfOf, /^a\.\s?n\.\s*/i) : '';
  const byOrderOf = s.byOrderOf ? withoutMark(s.byOrderOf, /^u\.\s?b\.\s*/i) : '';
  if (onBehalfOf) heading.push(`a.n. ${upperJabatan(onBehalfOf)}`);
  // The middle jabatan of an a.n./u.b. chain ends with a comma, as the one that signs does.
  if (byOrderOf) heading.push(upperJabatan(byOrderOf).replace(/,?$/, ','), 'u.b.');
  heading.push(...jabatanLines(official.jabatan, options.lineChars));
  return {
    headingLines: heading,
    name: officialName(official, options.nameCase, options.withTitles ?? true),
    nameBold: true,
    nameUnderline: true,
    detailLines: identityLines(official),
    ...(options.signatureSpaceMm ? { signatureSpaceMm: options.signatureSpaceMm } : {}),
  };
}
