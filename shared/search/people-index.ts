// People search for the Pejabat screen: positions grouped by person and each row's text lower-cased once per data
// load, so that a keystroke is one pass of substring tests (about a millisecond over 20,000 people).

export interface IndexedPerson<P, Q> {
  person: P;
  positions: Q[];
  /** Name, NIP, instansi and every printed jabatan, lower-cased, one per line. */
  text: string;
}

interface PersonLike {
  id: number | null;
  name: string;
  frontTitle?: string | null;
  backTitle?: string | null;
  nip?: string | null;
  niPppk?: string | null;
  institution?: string | null;
}

interface PositionLike {
  personId: number;
}

export function buildPeopleIndex<P extends PersonLike, Q extends PositionLike>(
  people: readonly P[],
  positions: readonly Q[],
  jabatanOf: (position: Q) => string,
): IndexedPerson<P, Q>[] {
  const byPerson = new Map<number, Q[]>();
  for (const position of positions) {
    const list = byPerson.get(position.personId);
    if (list) list.push(position);
    else byPerson.set(position.personId, [position]);
  }
  return people.map((person) => {
    const held = person.id === null ? [] : (byPerson.get(person.id) ?? []);
    const text = [
      person.frontTitle,
      person.name,
      person.backTitle,
      person.nip,
      person.niPppk,
      person.institution,
      ...held.map(jabatanOf),
    ]
      .filter((part): part is string => !!part)
      .join('\n')
      .toLocaleLowerCase('id-ID');
    return { person, positions: held, text };
  });
}

/**
 * Rows whose text holds every word of the query ("plt kominfo" finds "Plt. Kepala Dinas Komunikasi …" only when
 * both words are there); a NIP typed with its spaces still matches. keep narrows further (e.g. a status filter).
 */
export function searchPeople<P, Q>(
  index: readonly IndexedPerson<P, Q>[],
  query: string,
  keep?: (row: IndexedPerson<P, Q>) => boolean,
): IndexedPerson<P, Q>[] {
  const words = query.toLocaleLowerCase('id-ID').split(/\s+/).filter(Boolean);
  const digits = /^[\d\s.]+$/.test(query.trim()) ? query.replace(/[\s.]/g, '') : null;
  return index.filter(
    (row) =>
      (!keep || keep(row)) &&
      (digits ? row.text.includes(digits) || words.every((w) => row.text.includes(w)) : words.every((w) => row.text.includes(w))),
  );
}
