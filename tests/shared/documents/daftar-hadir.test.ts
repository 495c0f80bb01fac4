// The daftar hadir of one Bimtek day: activity lines, a staggered table, and numbered empty rows when nobody is listed.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { KeyValueBlock } from '../../../shared/document/model';
import type { DaftarHadirData } from '../../../shared/documents/context';
import {
  activityText,
  ATTENDANCE_ROW_HEIGHT_MM,
  buildDaftarHadir,
  jabatanInstansiCell,
  jabatanNamesInstansi,
  EMPTY_ATTENDANCE_ROWS,
  timeText,
} from '../../../shared/documents/daftar-hadir';
import { demoContexts, type Contexts } from '../../helpers/document-contexts';
import { flatBlocks, grids, tables, textOf } from './model-queries';

let contexts: Contexts;
let close: () => void;
beforeAll(async () => ({ contexts, close } = await demoContexts()));
afterAll(() => close());

const demo = (stage = 4, day = 2): DaftarHadirData => contexts.daftarHadir(undefined, null, stage, day);
const keyValues = (data: DaftarHadirData) =>
  (flatBlocks(buildDaftarHadir(data)).find((b) => b.type === 'keyValue') as KeyValueBlock).rows.map((r) => [
    r.key,
    r.value.map((v) => v.text).join(''),
  ]);

describe('daftar hadir', () => {
  it('has the kop, the title and the Kegiatan / Hari, tanggal / Waktu / Tempat lines', () => {
    const model = buildDaftarHadir(demo());
    expect(model.blocks[0]!.type).toBe('letterhead');
    expect(model.blocks[1]).toMatchObject({ type: 'title', lines: ['DAFTAR HADIR'] });
    expect(keyValues(demo())).toEqual([
      ['Kegiatan', 'Bimbingan Teknis Penyusunan Masterplan Smart City Kabupaten Simalungun Tahap IV'],
      ['Hari, tanggal', 'Jumat, 19 November 2021'],
      ['Waktu', '08.00 – 11.30 WIB'],
      ['Tempat', 'Balei Harungguan Djabanten Damanik, Kantor Bupati Simalungun, Jalan Asahan Km. 3, Pematang Raya'],
    ]);
  });

  it("prints every time with the regency's zone and a daring or hybrid venue with its link", () => {
    const data = demo();
    data.regency.tataNaskah.timeZone = 'WITA';
    const rows = keyValues({
      ...data,
      day: { ...data.day, venue: 'Aula Kantor Bupati, dan secara daring melalui https://zoom.us/j/1' },
    });
    expect(rows[2]).toEqual(['Waktu', '08.00 – 11.30 WITA']);
    expect(rows[3]).toEqual(['Tempat', 'Aula Kantor Bupati, dan secara daring melalui https://zoom.us/j/1']);
  });

  it('prints the jabatan string of the commitment sheet, Plt. and both positions of a dual role included', () => {
    const data = demo();
    const komitmen = contexts.komitmen(undefined, null, 'table');
    const wasin = komitmen.signatories.find((s) => s.positions.length > 1)!;
    const row = data.participants.find((p) => p.name === wasin.name)!;
    expect(row.jabatan).toBe(wasin.jabatan);
    expect(row.jabatan).toMatch(/ dan Plt\. Kepala Dinas Komunikasi dan Informatika/);
    const cells = tables(buildDaftarHadir(data))[0]!.rows[data.participants.indexOf(row)]!.cells;
    expect(cells[3]!.lines[0]).toEqual([{ text: wasin.jabatan }]);
  });

  it('has a staggered row per participant under a five-column header', () => {
    const data = demo();
    const table = tables(buildDaftarHadir(data))[0]!;
    expect(table.header[0]!.cells.map((c) => c.lines[0]![0]!.text)).toEqual([
      'No',
      'Nama',
      'NIP',
      'Jabatan / Instansi',
      'Tanda Tangan',
    ]);
    expect(table.rows).toHaveLength(data.participants.length);
    expect(table.minRowHeightMm).toBeGreaterThanOrEqual(ATTENDANCE_ROW_HEIGHT_MM);
    table.rows.forEach((row, i) =>
      expect(row.cells[4]!.signature).toEqual({ label: `${i + 1}.`, side: i % 2 === 0 ? 'left' : 'right' }),
    );
  });

  it('prints the instansi under the jabatan only when the jabatan does not already name it', () => {
    const text = (c: ReturnType<typeof jabatanInstansiCell>) => c.lines.map((l) => l[0]!.text);
    expect(text(jabatanInstansiCell('Sekretaris Dinas Sosial Kabupaten Simalungun', 'Dinas  sosial'))).toEqual([
      'Sekretaris Dinas Sosial Kabupaten Simalungun',
    ]);
    expect(text(jabatanInstansiCell('Camat Raya', 'Kecamatan Tanah Jawa'))).toEqual(['Camat Raya', 'Kecamatan Tanah Jawa']);
    expect(text(jabatanInstansiCell('Camat Raya', 'Kecamatan Raya'))).toEqual(['Camat Raya']);
    expect(
      text(
        jabatanInstansiCell(
          'Kepala Bidang Statistik Dinas Komunikasi dan Informatika',
          'Dinas Komunikasi dan Informatika Kabupaten Simalungun',
        ),
      ),
    ).toEqual(['Kepala Bidang Statistik Dinas Komunikasi dan Informatika']);
    expect(text(jabatanInstansiCell('Dosen', 'Universitas Simalungun'))).toEqual(['Dosen', 'Universitas Simalungun']);
    // A head names the unit they head, also as the second position of a dual role.
    expect(text(jabatanInstansiCell('Sekretaris Daerah', 'Sekretariat Daerah Kota Tidore Kepulauan'))).toEqual([
      'Sekretaris Daerah',
    ]);
    expect(text(jabatanInstansiCell('Inspektur', 'Inspektorat Kabupaten Alor'))).toEqual(['Inspektur']);
    expect(
      text(jabatanInstansiCell('Kepala Dinas Komunikasi dan Informatika dan Plt. Sekretaris Daerah', 'Sekretariat Daerah')),
    ).toEqual(['Kepala Dinas Komunikasi dan Informatika dan Plt. Sekretaris Daerah']);
    expect(text(jabatanInstansiCell('Staf Ahli Bupati', 'Sekretariat Daerah'))).toEqual([
      'Staf Ahli Bupati',
      'Sekretariat Daerah',
    ]);
    expect(text(jabatanInstansiCell('Kepala Sekretaris Daerah Bagian', 'Inspektorat'))).toEqual([
      'Kepala Sekretaris Daerah Bagian',
      'Inspektorat',
    ]);
    expect(text(jabatanInstansiCell(null, 'UMKM Kopi'))).toEqual(['UMKM Kopi']);
    expect(text(jabatanInstansiCell('Dosen', null))).toEqual(['Dosen']);
    expect(text(jabatanInstansiCell(' ', ''))).toEqual(['-']);
    // The demo's secretaries of a dinas name their dinas: not one row says it twice.
    const data = demo();
    const rows = tables(buildDaftarHadir(data))[0]!.rows;
    const repeated = rows.filter((r) => {
      const [jabatan, instansi] = r.cells[3]!.lines.map((l) => l[0]!.text);
      return instansi !== undefined && jabatanNamesInstansi(jabatan!, instansi);
    });
    expect(repeated).toEqual([]);
    expect(rows.some((r) => r.cells[3]!.lines.length === 1)).toBe(true);
  });

  it('shows the bare NIP, the NI PPPK under its label, and a dash for what is unknown or not to be printed', () => {
    const data = demo();
    const person = {
      name: 'A',
      frontTitle: null,
      backTitle: null,
      pangkat: null,
      asn: true,
      jabatan: null,
      instansi: null,
      positions: [],
    };
    const nip = '197001011995031001';
    data.participants = [
      { ...person, nip, niPppk: null },
      { ...person, nip: null, niPppk: '198501012022212001' },
      { ...person, nip: null, niPppk: null, instansi: '  ' },
      { ...person, nip, niPppk: null, positions: [{ role: 'sekda', status: 'definitif' }], jabatan: 'Sekretaris Daerah' },
      { ...person, nip, niPppk: null, asn: false, instansi: 'UMKM Kopi' },
    ];
    const rows = tables(buildDaftarHadir(data))[0]!.rows.map((r) =>
      r.cells.slice(2, 4).map((c) => c.lines.map((l) => l[0]!.text).join(' | ')),
    );
    expect(rows).toEqual([
      ['19700101\u00a0199503\u00a01\u00a0001', '-'],
      ['NI\u00a0PPPK. | 19850101\u00a0202221\u00a02\u00a0001', '-'],
      ['-', '-'],
      ['-', 'Sekretaris Daerah'],
      ['-', 'UMKM Kopi'],
    ]);
  });

  it('prints numbered, staggered empty rows when nobody is registered yet', () => {
    const model = buildDaftarHadir({ ...demo(1, 1), participants: [] });
    const table = tables(model)[0]!;
    expect(table.rows).toHaveLength(EMPTY_ATTENDANCE_ROWS);
    expect(EMPTY_ATTENDANCE_ROWS).toBe(20);
    expect(table.rows[19]!.cells[0]!.lines[0]![0]!.text).toBe('20.');
    expect(table.rows[19]!.cells[4]!.signature).toEqual({ label: '20.', side: 'right' });
    expect(table.rows.every((r) => r.cells.slice(1, 4).every((c) => c.lines.length === 0))).toBe(true);
  });

  it('is acknowledged by the ketua Tim Pelaksana under "Mengetahui", with his Plt. prefix', () => {
    const grid = grids(buildDaftarHadir(demo()))[0]!;
    expect(grid.placeDate).toBe('Pematang Raya, 19 November 2021');
    expect(grid.cells[0]).toBeNull();
    expect(grid.cells[1]).toMatchObject({ headingLines: expect.arrayContaining(['Mengetahui,']), name: 'Wasin Sinaga' });
    expect(grid.cells[1]!.headingLines.slice(1).join(' ')).toBe(
      'STAF AHLI BUPATI BIDANG ADMINISTRASI UMUM DAN Plt. KEPALA DINAS KOMUNIKASI DAN INFORMATIKA KABUPATEN SIMALUNGUN,',
    );
    expect(grids(buildDaftarHadir({ ...demo(), mengetahui: null }))).toHaveLength(0);
  });

  it('reads well with no times and no venue', () => {
    const data = demo();
    const text = textOf(buildDaftarHadir({ ...data, day: { ...data.day, startTime: null, endTime: null, venue: null } }));
    expect(text).toContain('Waktu: -');
    expect(text).toContain('Tempat: -');
    expect(text).not.toMatch(/undefined|null|NaN/);
  });

  it('names the activity however the stage is titled', () => {
    const regency = demo().regency;
    expect(activityText({ number: 2, title: 'Bimbingan Teknis Penyusunan Masterplan Smart City Tahap II' }, regency)).toBe(
      'Bimbingan Teknis Penyusunan Masterplan Smart City Kabupaten Simalungun Tahap II',
    );
    expect(activityText({ number: 3, title: 'Penyusunan Buku II' }, regency)).toBe(
      'Bimbingan Teknis Penyusunan Masterplan Smart City Kabupaten Simalungun Tahap III: Penyusunan Buku II',
    );
    expect(activityText({ number: 1, title: 'Bimtek Smart City Simalungun' }, regency)).toBe('Bimtek Smart City Simalungun');
    expect(activityText({ number: 4, title: 'Bimtek IV: Quick Win' }, regency)).toBe('Bimtek IV Kabupaten Simalungun: Quick Win');
  });

  it('writes clock times the Indonesian way', () => {
    expect(timeText('08:00', '16:00', 'WIB')).toBe('08.00 – 16.00 WIB');
    expect(timeText('08.00', null, 'WIT')).toBe('08.00 WIT – selesai');
    expect(timeText(null, null, 'WITA')).toBe('-');
  });

  it('says which day is missing', () => {
    expect(() => contexts.daftarHadir(undefined, null, 4, 9)).toThrow(/hanya 2 hari; hari ke-9 tidak ada/);
  });
});
