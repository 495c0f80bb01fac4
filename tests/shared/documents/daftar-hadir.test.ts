// The daftar hadir of one Bimtek day: activity lines, a staggered table, and numbered empty rows when nobody is listed.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { KeyValueBlock } from '../../../shared/document/model';
import type { DaftarHadirData } from '../../../shared/documents/context';
import {
  activityText,
  ATTENDANCE_ROW_HEIGHT_MM,
  buildDaftarHadir,
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
      ['Tempat', 'Balei Harungguan Djabanten Damanik, Kantor Bupati Simalungun, Pematang Raya'],
    ]);
  });

  it('has a staggered row per participant under a six-column header', () => {
    const data = demo();
    const table = tables(buildDaftarHadir(data))[0]!;
    expect(table.header[0]!.cells.map((c) => c.lines[0]![0]!.text)).toEqual([
      'No',
      'Nama',
      'NIP',
      'Jabatan',
      'Instansi',
      'Tanda Tangan',
    ]);
    expect(table.rows).toHaveLength(data.participants.length);
    expect(table.minRowHeightMm).toBeGreaterThanOrEqual(ATTENDANCE_ROW_HEIGHT_MM);
    table.rows.forEach((row, i) =>
      expect(row.cells[5]!.signature).toEqual({ label: `${i + 1}.`, side: i % 2 === 0 ? 'left' : 'right' }),
    );
  });

  it('shows the bare NIP, keeps the NI PPPK label, and a dash for what is unknown', () => {
    const data = demo();
    const person = { name: 'A', frontTitle: null, backTitle: null, jabatan: null, instansi: null };
    data.participants = [
      { ...person, nip: '197001011995031001', niPppk: null },
      { ...person, nip: null, niPppk: '198501012022212001' },
      { ...person, nip: null, niPppk: null, instansi: '  ' },
    ];
    const rows = tables(buildDaftarHadir(data))[0]!.rows.map((r) => r.cells.slice(2, 5).map((c) => c.lines[0]![0]!.text));
    expect(rows).toEqual([
      ['19700101\u00a0199503\u00a01\u00a0001', '-', '-'],
      ['NI\u00a0PPPK.\u00a019850101\u00a0202221\u00a02\u00a0001', '-', '-'],
      ['-', '-', '-'],
    ]);
  });

  it('prints numbered, staggered empty rows when nobody is registered yet', () => {
    const model = buildDaftarHadir({ ...demo(1, 1), participants: [] });
    const table = tables(model)[0]!;
    expect(table.rows).toHaveLength(EMPTY_ATTENDANCE_ROWS);
    expect(EMPTY_ATTENDANCE_ROWS).toBe(20);
    expect(table.rows[19]!.cells[0]!.lines[0]![0]!.text).toBe('20.');
    expect(table.rows[19]!.cells[5]!.signature).toEqual({ label: '20.', side: 'right' });
    expect(table.rows.every((r) => r.cells.slice(1, 5).every((c) => c.lines.length === 0))).toBe(true);
  });

  it('is acknowledged by the ketua Tim Pelaksana under "Mengetahui", with his Plt. prefix', () => {
    const grid = grids(buildDaftarHadir(demo()))[0]!;
    expect(grid.placeDate).toBe('Pematang Raya, 19 November 2021');
    expect(grid.cells[0]).toBeNull();
    expect(grid.cells[1]).toMatchObject({
      headingLines: ['Mengetahui,', 'Plt. KEPALA DINAS', 'KOMUNIKASI DAN INFORMATIKA', 'KABUPATEN SIMALUNGUN,'],
      name: 'WASIN SINAGA',
    });
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
  });

  it('writes clock times the Indonesian way', () => {
    expect(timeText('08:00', '16:00')).toBe('08.00 – 16.00 WIB');
    expect(timeText('08.00', null)).toBe('08.00 WIB – selesai');
    expect(timeText(null, null)).toBe('-');
  });

  it('says which day is missing', () => {
    expect(() => contexts.daftarHadir(undefined, null, 4, 9)).toThrow(/hanya 2 hari; hari ke-9 tidak ada/);
  });
});
