// People search: every word must match, jabatan as printed (with Plt.), NIPs with or without spaces, one pass.
import { describe, expect, it } from 'vitest';
import { buildPeopleIndex, searchPeople } from '../../../shared/search/people-index';

const people = [
  { id: 1, name: 'Wasin Sinaga', nip: null, institution: null },
  { id: 2, name: 'Ramli Sipayung', frontTitle: null, backTitle: 'S.Sos.', nip: '196805172003121004', institution: null },
  { id: 3, name: 'Rosnida Saragih', frontTitle: 'Dr.', nip: null, institution: 'Universitas Simalungun' },
];
const positions = [
  { personId: 1, title: 'Staf Ahli Bupati Bidang Administrasi Umum', printed: 'Staf Ahli Bupati Bidang Administrasi Umum' },
  { personId: 1, title: 'Kepala Dinas Komunikasi dan Informatika', printed: 'Plt. Kepala Dinas Komunikasi dan Informatika' },
  { personId: 2, title: 'Sekretaris DPRD', printed: 'Sekretaris DPRD Kabupaten Simalungun' },
];
const index = buildPeopleIndex(people, positions, (p) => p.printed);
const names = (query: string) => searchPeople(index, query).map((r) => r.person.name);

describe('people search', () => {
  it('groups positions by person', () => {
    expect(index.map((r) => r.positions.length)).toEqual([2, 1, 0]);
  });

  it('finds by the printed jabatan, "plt" included, and needs every word', () => {
    expect(names('plt')).toEqual(['Wasin Sinaga']);
    expect(names('plt komunikasi')).toEqual(['Wasin Sinaga']);
    expect(names('plt sekretaris')).toEqual([]);
    expect(names('kabupaten simalungun')).toEqual(['Ramli Sipayung']);
  });

  it('finds by name, gelar, instansi and NIP typed with or without spaces', () => {
    expect(names('SIPAYUNG')).toEqual(['Ramli Sipayung']);
    expect(names('dr. rosnida')).toEqual(['Rosnida Saragih']);
    expect(names('universitas')).toEqual(['Rosnida Saragih']);
    expect(names('19680517 200312 1 004')).toEqual(['Ramli Sipayung']);
    expect(names('196805172003121004')).toEqual(['Ramli Sipayung']);
  });

  it('returns everyone for an empty query, narrowed by keep', () => {
    expect(names('  ')).toHaveLength(3);
    expect(searchPeople(index, '', (r) => r.positions.length > 0).map((r) => r.person.id)).toEqual([1, 2]);
  });
});
