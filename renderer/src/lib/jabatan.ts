// How the screens show a position: the printed jabatan (formatJabatan, the same function the documents use, so
// "Plt." and the region read the same on screen and on paper), with the holder's name where a list needs it.
import type { Person, Position } from '../../../shared/domain/organisation';
import { formatJabatan, joinJabatan } from '../../../shared/format/jabatan';
import type { Region } from './draft';

export function jabatanOf(position: Pick<Position, 'title' | 'status' | 'withRegion'>, region: Region): string {
  return formatJabatan(position, region && region.name ? region : null);
}

/** "Gelar Nama, Gelar" as recorded. */
export function fullName(person: Pick<Person, 'name' | 'frontTitle' | 'backTitle'> | undefined): string {
  if (!person) return '?';
  return `${[person.frontTitle, person.name].filter(Boolean).join(' ')}${person.backTitle ? `, ${person.backTitle}` : ''}`;
}

/** "Nama — Plt. Kepala Dinas …", for pickers of positions. */
export function holderAndJabatan(position: Position, people: readonly Person[], region: Region): string {
  return `${people.find((p) => p.id === position.personId)?.name ?? '?'} — ${jabatanOf(position, region)}`;
}

/** Several positions of one signature, joined as printed. */
export function jabatanList(positionIds: readonly number[], positions: readonly Position[], region: Region): string {
  return joinJabatan(
    positionIds.map((id) => {
      const position = positions.find((p) => p.id === id);
      return position ? jabatanOf(position, region) : '';
    }),
  );
}
