// The berita acara of the Bimtek closing, built from the real demo programme and checked on the model itself.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TitleBlock } from '../../../shared/document/model';
import { modelText } from '../../../shared/document/model-text';
import { buildBeritaAcara } from '../../../shared/documents/berita-acara';
import type { BeritaAcaraData } from '../../../shared/documents/context';
import { UserError } from '../../../shared/errors';
import { demoContexts, pltKadis, signatory, type Contexts } from '../../helpers/document-contexts';
import { flatBlocks, grids, tables, textOf } from './model-queries';

let contexts: Contexts;
let close: () => void;
beforeAll(async () => ({ contexts, close } = await demoContexts()));
afterAll(() => close());

const demo = (): BeritaAcaraData => contexts.beritaAcara(undefined, '000.1.5/1/107.1/2021');

describe('berita acara', () => {
  it('opens with the spelled-out date and the venue, as at the closing ceremony', () => {
    const text = textOf(buildBeritaAcara(demo()));
    expect(text).toContain(
      'Pada hari ini Jumat tanggal sembilan belas bulan November tahun dua ribu dua puluh satu, bertempat di Balei Harungguan Djabanten Damanik',
    );
    expect(text).toContain('dipimpin oleh Wasin Sinaga selaku Staf Ahli Bupati Bidang Administrasi Umum');
    expect(text).toContain('Demikian Berita Acara ini dibuat dengan sebenarnya untuk dipergunakan sebagaimana mestinya.');
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
    expect(text).toContain('Fazrul Rozi (Kementerian Komunikasi dan Informatika RI)');
    expect(text).toContain('Bimbingan teknis dilaksanakan dalam 4 (empat) tahap berdasarkan Nota Kesepakatan Nomor');
  });

  it('reports the commitment: how many signed, its title and its points', () => {
    const data = demo();
    const text = textOf(buildBeritaAcara(data));
    expect(text).toContain(
      `Pada penutupan tersebut 63 (enam puluh tiga) pejabat menandatangani ${data.closure.commitmentTitle}, yang memuat komitmen untuk:`,
    );
    for (const point of data.closure.points) expect(text).toContain(point);
  });

  it('is signed by the presiding official, with the Bupati and the ministry under "Mengetahui"', () => {
    const [signer, mengetahui] = grids(buildBeritaAcara(demo()));
    expect(signer!.placeDate).toBe('Pematang Raya, 19 November 2021');
    expect(signer!.cells[0]).toBeNull();
    expect(signer!.cells[1]!).toMatchObject({
      name: 'WASIN SINAGA',
      headingLines: ['STAF AHLI BUPATI BIDANG', 'ADMINISTRASI UMUM,'],
    });
    expect(mengetahui!.cells.map((c) => c?.name)).toEqual(['RADIAPOH HASIHOLAN SINAGA, S.H.', 'FAZRUL ROZI']);
    expect(mengetahui!.cells[0]!.headingLines).toEqual(['Mengetahui,', 'BUPATI SIMALUNGUN,']);
    expect(mengetahui!.cells[0]!.detailLines).toEqual([]);
    // Both rows stay whole on one page.
    const groups = buildBeritaAcara(demo()).blocks.filter((b) => b.type === 'keepTogether');
    expect(groups).toHaveLength(2);
    // The closing sentence travels with the signer, so the signature never opens a page on its own.
    const first = groups[0]!.type === 'keepTogether' ? groups[0]!.blocks : [];
    expect(first.map((b) => b.type)).toEqual(['paragraph', 'signatureGrid']);
    expect(first[0]!.type === 'paragraph' && first[0]!.runs[0]!.text).toMatch(/^Demikian Berita Acara/);
  });

  it('places several signers side by side, with their Plt. prefix and NIP', () => {
    const data = { ...demo(), signatories: [signatory(pltKadis()), signatory({ name: 'Kedua' }), signatory({ name: 'Ketiga' })] };
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
    expect(() => buildBeritaAcara({ ...data, signatories: [] })).toThrow(/belum punya penandatangan/);
  });

  it('reads well with the optional parts missing: no MoU, no stages, no points, no presiding official', () => {
    const data = demo();
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
