// Personal names with gelar ("Drs. Wasin Sinaga, M.Si.") and jabatan lines in capitals for signature blocks.
export interface NameParts {
  name: string;
  frontTitle?: string | null;
  backTitle?: string | null;
}

/** Full name with gelar; Pasal 44(1) documents (pengaturan/penetapan) pass withTitles = false. */
export function formatPersonName(person: NameParts, withTitles = true): string {
  const name = person.name.trim();
  if (!withTitles) return name;
  const front = person.frontTitle?.trim();
  const back = person.backTitle?.trim();
  return `${front ? `${front} ` : ''}${name}${back ? `, ${back}` : ''}`;
}

/** The name in capitals as printed under a signature; gelar keep their own spelling (M.Si., S.Kom.). */
export function signatureName(person: NameParts, withTitles = true): string {
  return formatPersonName({ ...person, name: person.name.toLocaleUpperCase('id-ID') }, withTitles);
}

/** Jabatan in capitals; the abbreviations a.n., u.b., Plt., Plh. and Pj. keep their lower-case letters. */
export function upperJabatan(jabatan: string): string {
  return jabatan
    .split(/(\s+)/)
    .map((word) => (/^(a\.n\.|u\.b\.|Plt\.|Plh\.|Pj\.|Pjs\.)$/.test(word) ? word : word.toLocaleUpperCase('id-ID')))
    .join('');
}
