// Signature blocks under Permendagri 1/2023 Pasal 44: jabatan in capitals with Plt./Plh./Pj. and the a.n./u.b.
// chain; gelar in korespondensi, none in pengaturan; pangkat and NIP except for the regional heads and the Sekda.
import type { SignatureBlock } from '../document/model';
import { STATUS_PREFIX, signsWithoutNip } from '../domain/organisation';
import { formatNip } from '../format/nip';
import { formatPangkat } from '../format/pangkat';
import { signatureName, upperJabatan } from '../format/names';
import type { Official, Signatory } from './context';

export interface SignatureOptions {
  /** "Mengetahui," above the block. */
  mengetahui?: boolean;
  /** Pasal 44(1): naskah pengaturan and penetapan print the name without gelar. */
  withTitles?: boolean;
  signatureSpaceMm?: number;
}

/** Keeps the words of a NIP together on one line. */
export function noBreak(text: string): string {
  return text.replace(/ /g, '\u00a0');
}

/** "Kepala Dinas … Kabupaten Simalungun" → two lines, the region on the second, as printed in signature blocks. */
export function jabatanLines(jabatan: string): string[] {
  const upper = upperJabatan(jabatan.trim());
  const split = /^(.+?)\s+((?:KABUPATEN|KOTA)\s+\S.*)$/.exec(upper);
  const lines = split ? [split[1]!, split[2]!] : [upper];
  lines[lines.length - 1] += ',';
  return lines;
}

/** Pasal 44(4)–(5): Pj., Plt. and Plh. of the regional heads and the Sekda sign with neither gelar, NIP nor pangkat. */
function actingHead(official: Official): boolean {
  return signsWithoutNip(official.role) && official.status !== 'definitif';
}

export function identityLines(official: Official): string[] {
  if (signsWithoutNip(official.role)) return [];
  const lines: string[] = [];
  if (official.pangkat) lines.push(formatPangkat(official.pangkat));
  if (official.nip) lines.push(`NIP.\u00a0${noBreak(formatNip(official.nip))}`);
  else if (official.niPppk) lines.push(`NI\u00a0PPPK.\u00a0${noBreak(formatNip(official.niPppk))}`);
  return lines;
}

export function signatureBlockFor(
  official: Official & Partial<Pick<Signatory, 'onBehalfOf' | 'byOrderOf'>>,
  options: SignatureOptions = {},
): SignatureBlock {
  const heading: string[] = [];
  if (options.mengetahui) heading.push('Mengetahui,');
  if (official.onBehalfOf) heading.push(`a.n. ${upperJabatan(official.onBehalfOf)}`);
  if (official.byOrderOf) heading.push(upperJabatan(official.byOrderOf), 'u.b.');
  const prefix = STATUS_PREFIX[official.status];
  heading.push(...jabatanLines(prefix ? `${prefix} ${official.title}` : official.title));
  const withTitles = (options.withTitles ?? true) && !actingHead(official);
  return {
    headingLines: heading,
    name: signatureName(official, withTitles),
    nameBold: true,
    nameUnderline: true,
    detailLines: identityLines(official),
    ...(options.signatureSpaceMm ? { signatureSpaceMm: options.signatureSpaceMm } : {}),
  };
}

/** The name line of a table row: name with gelar. */
export function displayName(official: Pick<Official, 'name' | 'frontTitle' | 'backTitle'>): string {
  const front = official.frontTitle?.trim();
  const back = official.backTitle?.trim();
  return `${front ? `${front} ` : ''}${official.name}${back ? `, ${back}` : ''}`;
}

/** The identifier line of a table row: "NIP. 19700101 199503 1 001", kept on one line; empty when none. */
export function identifierLine(official: Pick<Official, 'nip' | 'niPppk'>): string {
  if (official.nip) return `NIP.\u00a0${noBreak(formatNip(official.nip))}`;
  if (official.niPppk) return `NI\u00a0PPPK.\u00a0${noBreak(formatNip(official.niPppk))}`;
  return '';
}

/** The jabatan as printed in a table: "Plt. Kepala Dinas …". */
export function jabatanText(official: Pick<Official, 'status' | 'title'>): string {
  const prefix = STATUS_PREFIX[official.status];
  return prefix ? `${prefix} ${official.title}` : official.title;
}
