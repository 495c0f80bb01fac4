// Personal names with gelar ("Drs. Wasin Sinaga, M.Si.") and jabatan lines in capitals for signature blocks.
import type { NameCase } from '../domain/regency';

export interface NameParts {
  name: string;
  frontTitle?: string | null;
  backTitle?: string | null;
}

/** Full name with gelar; Pasal 44(1) documents (pengaturan/penetapan) pass withTitles = false. */
export function formatPersonName(person: NameParts, withTitles = true): string {
  const name = person.name.replace(/\s+/g, ' ').trim();
  if (!withTitles) return name;
  const front = person.frontTitle?.trim();
  const back = person.backTitle?.trim();
  return `${front ? `${front} ` : ''}${name}${back ? `, ${back}` : ''}`;
}

/**
 * THE name of a person as every document prints it, following the regency's choice: exactly as recorded (the
 * default), or the name in capitals with the gelar kept as written, so that "dr." and "Dr." stay distinct.
 */
export function printedName(person: NameParts, nameCase: NameCase = 'as_recorded', withTitles = true): string {
  const name = nameCase === 'upper' ? person.name.toLocaleUpperCase('id-ID') : person.name;
  return formatPersonName({ ...person, name }, withTitles);
}

/** Jabatan in capitals; the abbreviations a.n., u.b., Plt., Plh. and Pj. keep their lower-case letters. */
export function upperJabatan(jabatan: string): string {
  return jabatan
    .split(/(\s+)/)
    .map((word) => (/^(a\.n\.|u\.b\.|Plt\.|Plh\.|Pj\.|Pjs\.)$/.test(word) ? word : word.toLocaleUpperCase('id-ID')))
    .join('');
}
