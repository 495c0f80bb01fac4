// The berita acara of the Bimtek closing, built from the real demo programme and checked on the model itself.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { KeyValueBlock, TitleBlock } from '../../../shared/document/model';
import { modelText } from '../../../shared/document/model-text';
import { buildBeritaAcara } from '../../../shared/documents/berita-acara';
import type { BeritaAcaraData } from '../../../shared/documents/context';
import { UserError } from '../../../shared/errors';
import { demoContexts, externalOfficial, official, pltKadis, signatory, type Contexts } from '../../helpers/document-contexts';
import { flatBlocks, grids, tables, textOf } from './model-queries';

let contexts: Contexts;
let close: () => void;
beforeAll(async () => ({ contexts, close } = await demoContexts()));
afterAll(() => close());

const demo = (): BeritaAcaraData => contexts.beritaAcara(undefined, '000.1.5/1/107.1/2021');
/** Recorded before the berita acara had parties, pokok paragraphs, a closing time or copies. */
const older = (): BeritaAcaraData => {
  const data = demo();
  return {
    ...data,
    firstParty: null,
    secondParty: null,
    closure: { ...data.closure, closingTime: null, copies: null, beritaAcaraTitle: null, beritaAcaraPoints: [] },
  };
};
const identities = (data: BeritaAcaraData) =>
  flatBlocks(buildBeritaAcara(data))
    .filter((b): b is KeyValueBlock => b.type === 'keyValue')
    .map((b) => b.rows.map((r) => [r.key, r.value.map((v) => v.text).join('')]));

describe('berita acara', () => {
  it('opens with the spelled-out date and the venue, names the presiding official apart, and closes with time and copies', () => {
    const text = textOf(buildBeritaAcara(demo()));
    expect(text).toContain(
      'Pada hari ini Jumat tanggal sembilan belas bulan November tahun dua ribu dua puluh satu, bertempat di Balei Harungguan Djabanten Damanik, Kantor Bupati Simalungun, kami yang bertanda tangan di bawah ini:',
    );
    expect(text).toContain('dipimpin oleh Wasin Sinaga selaku Staf Ahli Bupati Bidang Administrasi Umum');
    expect(text).toContain('Acara penutupan berakhir pada pukul 16.00 WIB.');
    expect(text).toContain(
      'Demikian Berita Acara ini dibuat dengan sebenarnya dalam 2 (dua) rangkap, masing-masing mempunyai kekuatan hukum yang sama, untuk dipergunakan sebagaimana mestinya.',
    );
  });

  it('identifies both parties: nama, NIP, pangkat and jabatan of an ASN; nama, jabatan and instansi of anyone else', () => {
    const data = { ...demo(), firstParty: official({ name: 'Erni Sumbayak', frontTitle: null, backTitle: 'S.Kom.' }) };
    expect(identities(data)).toEqual([
      [
        ['Nama', 'Erni Sumbayak, S.Kom.'],
        ['NIP', '19700101\u00a0199503\u00a01\u00a0001'],
        ['Pangkat/Golongan', 'Pembina Tingkat I (IV/b)'],
        ['Jabatan', 'Kepala Dinas Komunikasi dan Informatika Kabupaten Simalungun'],
      ],
      [
        ['Nama', 'Fazrul Rozi'],
        ['Jabatan', 'Perwakilan Kementerian Komunikasi dan Informatika Republik Indonesia'],
        ['Instansi', 'Kementerian Komunikasi dan Informatika Republik Indonesia'],
      ],
    ]);
    const text = textOf(buildBeritaAcara(data));
    expect(text).toContain('yang selanjutnya disebut PIHAK PERTAMA.');
    expect(text).toContain('yang selanjutnya disebut PIHAK KEDUA.');
    expect(text).toContain('Kedua belah pihak menyatakan bahwa telah dilaksanakan penutupan Bimbingan Teknis');
  });

  it('gives a Pasal 44 party neither NIP nor pangkat, and a non-ASN none whatever was recorded', () => {
    const sekda = official({ name: 'Mangasi Tua Purba', role: 'sekda', title: 'Sekretaris Daerah Kabupaten Simalungun' });
    const data = { ...demo(), firstParty: sekda, secondParty: externalOfficial({ nip: '197001011995031001' }) };
    const [first, second] = identities(data);
    expect(first!.map(([key]) => key)).toEqual(['Nama', 'Jabatan']);
    expect(second!.map(([key]) => key)).toEqual(['Nama', 'Jabatan', 'Instansi']);
    expect(textOf(buildBeritaAcara(data))).not.toMatch(/19700101|NIP/);
  });

  it('prints its own title and its own pokok paragraphs in order instead of the standard account', () => {
    const data = demo();
    const points = ['Pokok pertama berita acara.', 'Pokok kedua berita acara.', 'Pokok ketiga berita acara.'];
    const model = buildBeritaAcara({
      ...data,
      closure: { ...data.closure, beritaAcaraTitle: 'Serah Terima Draf Masterplan Smart City', beritaAcaraPoints: points },
    });
    expect(model.blocks[1]).toMatchObject({ lines: ['BERITA ACARA', 'SERAH TERIMA DRAF MASTERPLAN SMART CITY'] });
    expect(model.meta.title).toBe('Serah Terima Draf Masterplan Smart City');
    const list = flatBlocks(model).find((b) => b.type === 'list');
    expect(list?.type === 'list' && list.items.map((i) => i.runs[0]!.text)).toEqual(points);
    expect(textOf(model)).toContain('dengan pokok-pokok sebagai berikut:');
    expect(tables(model)).toHaveLength(0);
    expect(textOf(model)).not.toContain('Pada penutupan tersebut');
  });

  it('has the kop, then the underlined "judul" title with its NOMOR', () => {
    const model = buildBeritaAcara(demo());
    expect(model.blocks[0]!.type).toBe('letterhead');
    const title = model.blocks[1] as TitleBlock;
    expect(title).toMatchObject({
      type: 'title',
      underline: true,
      number: '000.1.5/1/107.1/2021',
      lines: [
        'BERITA ACARA',
        'PENUTUPAN BIMBINGAN TEKNIS',
        'PENYUSUNAN MASTERPLAN SMART CITY',
        'KABUPATEN SIMALUNGUN TAHUN 2021',
      ],
    });
    expect(textOf(model)).toContain('NOMOR: 000.1.5/1/107.1/2021');
    expect(buildBeritaAcara({ ...demo(), number: null }).blocks[1]).not.toHaveProperty('number');
  });

  it('lists the four stages with their dates, venues, narasumber and outputs', () => {
    const data = demo();
    const model = buildBeritaAcara(data);
    const stages = tables(model)[0]!;
    expect(stages.header[0]!.cells.map((c) => c.lines[0]![0]!.text)).toEqual([
      'Tahap',
      'Kegiatan, Waktu dan Tempat',
      'Narasumber',
      'Hasil',
    ]);
    expect(stages.rows.map((r) => r.cells[0]!.lines[0]![0]!.text)).toEqual(['I', 'II', 'III', 'IV']);
    const text = textOf(model);
    for (const range of ['6–7 September 2021', '23–24 September 2021', '21–22 Oktober 2021', '18–19 November 2021'])
      expect(text).toContain(range);
    for (const stage of data.stages) for (const output of stage.outputs) expect(text).toContain(`• ${output}`);
    expect(text).toContain('Fazrul Rozi (Kementerian Komunikasi dan Informatika Republik Indonesia)');
    expect(text).toContain('Bimbingan teknis dilaksanakan dalam 4 (empat) tahap berdasarkan Nota Kesepakatan Nomor');
  });

  it('reports the commitment: how many signed, its title and its points', () => {
    const data = demo();
    const text = textOf(buildBeritaAcara(data));
    expect(text).toContain(
      `Pada penutupan tersebut 64 (enam puluh empat) pejabat menandatangani ${data.closure.commitmentTitle}, yang memuat komitmen untuk:`,
    );
    for (const point of data.closure.points) expect(text).toContain(point);
  });

  it('is signed by PIHAK PERTAMA and PIHAK KEDUA, with its own "Mengetahui" (not the commitment sheet\'s)', () => {
    const [signer, mengetahui] = grids(buildBeritaAcara(demo()));
    expect(signer!.placeDate).toBe('Pematang Raya, 19 November 2021');
    expect(signer!.cells.map((c) => c?.headingLines[0])).toEqual(['PIHAK PERTAMA', 'PIHAK KEDUA']);
    expect(signer!.cells.map((c) => c?.name)).toEqual(['Wasin Sinaga', 'Fazrul Rozi']);
    expect(signer!.cells[0]!.headingLines.slice(1)).toEqual([
      'Plt. KEPALA DINAS',
      'KOMUNIKASI DAN INFORMATIKA',
      'KABUPATEN SIMALUNGUN,',
    ]);
    expect(signer!.cells[1]!.detailLines).toEqual([]);
    expect(signer!.cells.every((c) => c?.signatureSpaceMm === 25)).toBe(true);
    expect(mengetahui!.cells.map((c) => c?.name ?? null)).toEqual([null, 'Radiapoh Hasiholan Sinaga, S.H.']);
    expect(mengetahui!.cells[1]!.headingLines).toEqual(['Mengetahui,', 'BUPATI SIMALUNGUN,']);
    expect(mengetahui!.cells[1]!.detailLines).toEqual([]);
    // Both rows stay whole on one page.
    const groups = buildBeritaAcara(demo()).blocks.filter((b) => b.type === 'keepTogether');
    expect(groups).toHaveLength(2);
    // The closing sentence travels with the signer, so the signature never opens a page on its own.
    const first = groups[0]!.type === 'keepTogether' ? groups[0]!.blocks : [];
    expect(first.map((b) => b.type)).toEqual(['paragraph', 'signatureGrid']);
    expect(first[0]!.type === 'paragraph' && first[0]!.runs[0]!.text).toMatch(/^Demikian Berita Acara/);
  });

  it('still reads as before when no parties are recorded: the presiding official signs, standard text', () => {
    const model = buildBeritaAcara(older());
    const [signer] = grids(model);
    expect(signer!.cells[0]).toBeNull();
    expect(signer!.cells[1]).toMatchObject({
      name: 'Wasin Sinaga',
      headingLines: ['STAF AHLI BUPATI BIDANG', 'ADMINISTRASI UMUM,'],
    });
    const text = textOf(model);
    expect(text).toContain(
      'bertempat di Balei Harungguan Djabanten Damanik, Kantor Bupati Simalungun, telah dilaksanakan penutupan Bimbingan Teknis',
    );
    expect(text).toContain('Demikian Berita Acara ini dibuat dengan sebenarnya untuk dipergunakan sebagaimana mestinya.');
    expect(text).not.toMatch(/PIHAK|rangkap|berakhir pada pukul/);
  });

  it('places several signers side by side, with their Plt. prefix and NIP', () => {
    const data = {
      ...older(),
      signatories: [signatory(pltKadis()), signatory({ name: 'Kedua' }), signatory({ name: 'Ketiga' })],
    };
    const [signer] = grids(buildBeritaAcara(data));
    expect(signer!.columns).toBe(3);
    expect(signer!.cells).toHaveLength(3);
    expect(signer!.cells[0]!.headingLines[0]).toMatch(/^Plt\. /);
    expect(signer!.cells[0]!.detailLines[1]).toBe('NIP.\u00a019700101\u00a0199503\u00a01\u00a0001');
  });

  it('title-cases the number words when the office wants it', () => {
    const data = demo();
    data.regency.tataNaskah.dateWordsCase = 'title';
    expect(textOf(buildBeritaAcara(data))).toContain(
      'Pada Hari ini Jumat Tanggal Sembilan Belas Bulan November Tahun Dua Ribu Dua Puluh Satu',
    );
  });

  it('names what is missing, in Indonesian, instead of printing "undefined"', () => {
    const data = demo();
    const missing = (patch: Partial<BeritaAcaraData['closure']>) => () =>
      buildBeritaAcara({ ...data, closure: { ...data.closure, ...patch } });
    expect(missing({ date: null })).toThrow(UserError);
    expect(missing({ date: null })).toThrow('Tanggal penutupan Bimtek belum diisi (menu Penutupan & Komitmen).');
    expect(missing({ venue: null })).toThrow('Tempat penutupan Bimtek belum diisi (menu Penutupan & Komitmen).');
    expect(missing({ venue: '   ' })).toThrow(/Tempat penutupan Bimtek belum diisi/);
    expect(() => buildBeritaAcara({ ...older(), signatories: [] })).toThrow(/belum punya penandatangan/);
    expect(() => buildBeritaAcara({ ...data, signatories: [] })).not.toThrow();
  });

  it('reads well with the optional parts missing: no MoU, no stages, no points, no presiding official', () => {
    const data = older();
    const bare: BeritaAcaraData = {
      ...data,
      programme: { ...data.programme, mouNumber: null, mouDate: null, mouPartner: null },
      closure: { ...data.closure, points: [], place: null },
      presiding: null,
      stages: [],
      commitmentSigners: 0,
      mengetahui: [],
    };
    const model = buildBeritaAcara(bare);
    const text = textOf(model);
    expect(text).not.toMatch(/undefined|null|NaN|Nota Kesepakatan|dipimpin oleh/);
    expect(tables(model)).toHaveLength(0);
    expect(text).toContain(`Pada penutupan tersebut disepakati ${data.closure.commitmentTitle}.`);
    expect(grids(model)[0]!.placeDate).toBe('Pematang Raya, 19 November 2021');
    expect(flatBlocks(model).some((b) => b.type === 'list')).toBe(false);
  });

  it('marks a stage without dates instead of leaving a hole', () => {
    const data = demo();
    data.stages[1] = { ...data.stages[1]!, dates: [], venue: null, facilitators: [], outputs: [] };
    const row = tables(buildBeritaAcara(data))[0]!.rows[1]!;
    expect(row.cells[1]!.lines.map((l) => l[0]!.text)).toContain('(tanggal belum diisi)');
    expect(row.cells[2]!.lines).toEqual([[{ text: '-' }]]);
  });

  it('uses the korespondensi font and the profile paper', () => {
    const model = buildBeritaAcara(contexts.beritaAcara('F4-215', null));
    expect(model.page.paper).toBe('F4-215');
    expect(model.font).toEqual({ family: 'Arial', sizePt: 12 });
    expect(modelText(model).length).toBeGreaterThan(20);
  });
});
