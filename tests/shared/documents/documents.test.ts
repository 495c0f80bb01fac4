// The formal documents built from the real demo programme, checked on the model itself (no bytes).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Block, DocumentModel, SignatureGridBlock, TableBlock } from '../../../shared/document/model';
import { modelText } from '../../../shared/document/model-text';
import { buildBeritaAcara } from '../../../shared/documents/berita-acara';
import { buildDaftarHadir } from '../../../shared/documents/daftar-hadir';
import { buildKomitmen } from '../../../shared/documents/komitmen';
import { demoContexts, signatory, type Contexts } from '../../helpers/document-contexts';

let contexts: Contexts;
let close: () => void;
beforeAll(async () => ({ contexts, close } = await demoContexts()));
afterAll(() => close());

function all(model: DocumentModel): Block[] {
  const visit = (blocks: Block[]): Block[] => blocks.flatMap((b) => (b.type === 'keepTogether' ? visit(b.blocks) : [b]));
  return visit(model.blocks);
}
const tables = (m: DocumentModel) => all(m).filter((b): b is TableBlock => b.type === 'table');
const grids = (m: DocumentModel) => all(m).filter((b): b is SignatureGridBlock => b.type === 'signatureGrid');
const text = (m: DocumentModel) => modelText(m).join('\n');

describe('berita acara', () => {
  it('opens with the spelled-out date and the venue, as in the closing ceremony', () => {
    const model = buildBeritaAcara(contexts.beritaAcara(undefined, '000.1.5/1/107.1/2021'));
    expect(text(model)).toContain(
      'Pada hari ini Jumat tanggal sembilan belas bulan November tahun dua ribu dua puluh satu, bertempat di Balei Harungguan Djabanten Damanik',
    );
    expect(text(model)).toContain('NOMOR: 000.1.5/1/107.1/2021');
    expect(text(model)).toContain('Demikian Berita Acara ini dibuat dengan sebenarnya untuk dipergunakan sebagaimana mestinya.');
  });

  it('lists the four stages with their dates and what they produced', () => {
    const model = buildBeritaAcara(contexts.beritaAcara(undefined, null));
    const stages = tables(model)[0]!;
    expect(stages.rows).toHaveLength(4);
    for (const range of ['6–7 September 2021', '23–24 September 2021', '21–22 Oktober 2021', '18–19 November 2021'])
      expect(text(model)).toContain(range);
    expect(text(model)).toMatch(/63 \(enam puluh tiga\) pejabat/);
  });

  it('is signed by the presiding official, with the Bupati and the ministry under "Mengetahui"', () => {
    const model = buildBeritaAcara(contexts.beritaAcara(undefined, null));
    const [signer, mengetahui] = grids(model);
    expect(signer!.placeDate).toBe('Pematang Raya, 19 November 2021');
    expect(signer!.cells[1]!.name).toBe('WASIN SINAGA');
    expect(mengetahui!.cells.map((c) => c?.name)).toEqual(['RADIAPOH HASIHOLAN SINAGA, S.H.', 'FAZRUL ROZI']);
    expect(mengetahui!.cells[0]!.headingLines).toEqual(['Mengetahui,', 'BUPATI SIMALUNGUN,']);
  });

  it('title-cases the number words when the office wants it', () => {
    const data = contexts.beritaAcara(undefined, null);
    data.regency.tataNaskah.dateWordsCase = 'title';
    expect(text(buildBeritaAcara(data))).toContain(
      'Pada Hari ini Jumat Tanggal Sembilan Belas Bulan November Tahun Dua Ribu Dua Puluh Satu',
    );
  });

  it('names what is missing instead of printing "undefined"', () => {
    const data = contexts.beritaAcara(undefined, null);
    expect(() => buildBeritaAcara({ ...data, closure: { ...data.closure, date: null } })).toThrow(
      /Tanggal penutupan Bimtek belum diisi/,
    );
    expect(() => buildBeritaAcara({ ...data, closure: { ...data.closure, venue: null } })).toThrow(
      /Tempat penutupan Bimtek belum diisi/,
    );
    expect(text(buildBeritaAcara(data))).not.toMatch(/undefined|null|NaN/);
  });
});

describe('lembar komitmen', () => {
  it('puts every signatory in one table, staggered, with rows tall enough for a wet signature', () => {
    const data = contexts.komitmen(undefined, null, 'table');
    const model = buildKomitmen(data);
    const table = tables(model)[0]!;
    expect(table.header[0]!.cells.map((c) => c.lines[0]![0]!.text)).toEqual(['No', 'Nama / NIP', 'Jabatan', 'Tanda Tangan']);
    expect(table.rows).toHaveLength(data.signatories.length);
    expect(data.signatories.length).toBeGreaterThanOrEqual(40);
    expect(table.minRowHeightMm).toBeGreaterThanOrEqual(12);
    table.rows.forEach((row, i) =>
      expect(row.cells[3]!.signature).toEqual({ label: `${i + 1}.`, side: i % 2 === 0 ? 'left' : 'right' }),
    );
    expect(text(model)).toContain('KOMITMEN BERSAMA DEWAN SMART CITY DAN TIM PELAKSANA SMART CITY MENUJU SIMALUNGUN SMART CITY');
    expect(text(model)).toContain('Pematang Raya, 19 November 2021');
    expect(
      grids(model)
        .at(-1)!
        .cells.map((c) => c?.headingLines[0]),
    ).toEqual(['Mengetahui,', 'Mengetahui,']);
  });

  it('works for 1 and for 150 signatories, and as a grid of signature blocks', () => {
    const data = contexts.komitmen(undefined, null, 'table');
    const one = buildKomitmen({ ...data, signatories: [signatory()] });
    expect(tables(one)[0]!.rows).toHaveLength(1);
    const many = Array.from({ length: 150 }, (_, i) =>
      signatory({ name: `Penandatangan ${i + 1} dengan Nama yang Cukup Panjang` }),
    );
    expect(tables(buildKomitmen({ ...data, signatories: many }))[0]!.rows).toHaveLength(150);
    const grid = buildKomitmen({ ...data, layout: 'grid' });
    expect(grids(grid)[0]!.cells).toHaveLength(data.signatories.length);
    expect(grids(grid)[0]!.columns).toBe(3);
  });

  it('refuses an empty list of signatories with a message saying where to add them', () => {
    const data = contexts.komitmen(undefined, null, 'table');
    expect(() => buildKomitmen({ ...data, signatories: [] })).toThrow(/belum punya penandatangan/);
  });
});

describe('daftar hadir', () => {
  it('has the activity lines and a staggered row per participant', () => {
    const data = contexts.daftarHadir(undefined, null, 4, 2);
    const model = buildDaftarHadir(data);
    expect(text(model)).toContain('Hari, tanggal: Jumat, 19 November 2021');
    expect(text(model)).toMatch(/Kegiatan: Bimbingan Teknis Penyusunan Masterplan Smart City Kabupaten Simalungun Tahap IV/);
    const table = tables(model)[0]!;
    expect(table.header[0]!.cells).toHaveLength(6);
    expect(table.rows).toHaveLength(data.participants.length);
    expect(table.rows[1]!.cells[5]!.signature!.side).toBe('right');
  });

  it('prints numbered empty rows when nobody is registered yet', () => {
    const data = contexts.daftarHadir(undefined, null, 1, 1);
    const table = tables(buildDaftarHadir({ ...data, participants: [] }))[0]!;
    expect(table.rows).toHaveLength(20);
    expect(table.rows[19]!.cells[0]!.lines[0]![0]!.text).toBe('20.');
  });

  it('says which day is missing', () => {
    expect(() => contexts.daftarHadir(undefined, null, 4, 9)).toThrow(/hanya 2 hari; hari ke-9 tidak ada/);
  });
});
