// Importing people and positions from .xlsx and .csv: every problem listed by row, nothing written unless all
// rows are sound, and then everything in one transaction.
import { describe, expect, it } from 'vitest';
import { validNip } from '../../helpers/bundle-factory';
import { csvBase64, xlsxBase64 } from '../../helpers/spreadsheet';
import { tempDatabasePerTest } from '../../helpers/temp-db';

const openDb = tempDatabasePerTest();
async function db() {
  const t = await openDb();
  t.services.units.save({ kind: 'dinas', name: 'Dinas Komunikasi dan Informatika', shortName: 'Diskominfo' });
  t.services.units.save({ kind: 'kecamatan', name: 'Kecamatan Raya' });
  return t.services;
}

const HEAD = ['Nama', 'Gelar Depan', 'Gelar Belakang', 'NIP', 'Pangkat/Golongan', 'Jabatan', 'Unit', 'Status'];

describe('people import', () => {
  it('previews and imports an .xlsx with people and their positions', async () => {
    const s = await db();
    const file = {
      fileName: 'pejabat.xlsx',
      base64: await xlsxBase64([
        HEAD,
        ['Wasin Sinaga', 'Drs.', 'M.Si.', validNip(1), 'IV/b', 'Kepala Dinas Komunikasi dan Informatika', 'Diskominfo', 'Plt.'],
        [
          'Rina Purba',
          null,
          'S.STP',
          `${validNip(2).slice(0, 8)} ${validNip(2).slice(8, 14)} ${validNip(2).slice(14, 15)} ${validNip(2).slice(15)}`,
          'Penata Tingkat I',
          'Camat Raya',
          'Kecamatan Raya',
          null,
        ],
      ]),
    };
    const preview = await s.peopleImport.preview(file);
    expect(preview).toMatchObject({ valid: 2, invalid: 0 });
    expect(preview.columns).toEqual(HEAD);
    expect(preview.rows.map((r) => [r.row, r.name, r.unit])).toEqual([
      [2, 'Wasin Sinaga', 'Dinas Komunikasi dan Informatika'],
      [3, 'Rina Purba', 'Kecamatan Raya'],
    ]);
    expect(await s.peopleImport.commit(file)).toEqual({ people: 2, positions: 2 });
    const positions = s.positions.list();
    expect(positions.map((p) => [p.title, p.role, p.status])).toEqual([
      ['Kepala Dinas Komunikasi dan Informatika', 'kepala_opd', 'plt'],
      ['Camat Raya', 'camat', 'definitif'],
    ]);
    const byName = (name: string) => s.people.list().find((p) => p.name === name)!;
    expect([byName('Wasin Sinaga').nip, byName('Wasin Sinaga').pangkat]).toEqual([validNip(1), 'IV/b']);
    expect([byName('Rina Purba').nip, byName('Rina Purba').pangkat]).toEqual([validNip(2), 'III/d']);
  });

  it('lists every problem by row and writes nothing', async () => {
    const s = await db();
    s.people.save({ name: 'Sudah Ada', nip: validNip(9) });
    const file = {
      fileName: 'pejabat.csv',
      base64: csvBase64(
        [
          'Nama;NIP;Jabatan;Unit',
          `Baik;${validNip(3)};Camat Raya;Kecamatan Raya`,
          'Salah NIP;1970;Camat;Kecamatan Raya',
          `Kembar;${validNip(9)};Staf;Dinas Entah`,
          ';;;',
        ].join('\n'),
      ),
    };
    const preview = await s.peopleImport.preview(file);
    expect(preview).toMatchObject({ valid: 1, invalid: 2 });
    expect(preview.rows[1]!.problems).toEqual(['nip: NIP harus 18 digit']);
    expect(preview.rows[2]!.problems).toEqual([
      'nip: NIP sudah dipakai orang lain di basis data',
      'unit: "Dinas Entah" tidak ada di daftar OPD & Kecamatan',
    ]);
    await expect(s.peopleImport.commit(file)).rejects.toThrow(/baris 3: nip: NIP harus 18 digit/);
    expect(s.people.list().map((p) => p.name)).toEqual(['Sudah Ada']);
  });

  it('refuses files it cannot read, naming what is wrong', async () => {
    const s = await db();
    await expect(s.peopleImport.preview({ fileName: 'a.pdf', base64: csvBase64('x') })).rejects.toThrow(
      /fileName: berkas harus .xlsx atau .csv/,
    );
    await expect(s.peopleImport.preview({ fileName: 'a.xlsx', base64: csvBase64('bukan excel') })).rejects.toThrow(
      /bukan lembar kerja Excel/,
    );
    await expect(s.peopleImport.preview({ fileName: 'a.csv', base64: csvBase64('Jabatan,Unit\nCamat,Raya') })).rejects.toThrow(
      /Kolom "Nama" tidak ditemukan/,
    );
  });
});
