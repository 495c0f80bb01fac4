// The kop composed from the regency profile (or its own lines), the logo, and the page, font and metadata shell.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_PAGE_NUMBERS, regencySchema } from '../../../shared/domain/regency';
import type { DocumentBase } from '../../../shared/documents/context';
import { documentShell, letterheadBlock, logoImage } from '../../../shared/documents/letterhead';
import { bareRegency, demoContexts, type Contexts } from '../../helpers/document-contexts';
import { FIXED_NOW } from '../../helpers/temp-db';

let contexts: Contexts;
let close: () => void;
let base: DocumentBase;
beforeAll(async () => {
  ({ contexts, close } = await demoContexts());
  base = contexts.komitmen(undefined, null, 'table');
});
afterAll(() => close());

/** A 1 × 1 px PNG. */
const PNG_1PX = 'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==';

describe('letterhead', () => {
  it('composes the kop from the profile: pemda, office bold and larger, address, laman, city and postcode', () => {
    const kop = letterheadBlock(base.regency);
    expect(kop.lines).toEqual([
      { text: 'PEMERINTAH KABUPATEN SIMALUNGUN', sizePt: 14, bold: true },
      { text: 'DINAS KOMUNIKASI DAN INFORMATIKA', sizePt: 16, bold: true },
      { text: 'Jalan Asahan Km. 3, Pematang Raya, Telepon (0622) 7551234', sizePt: 10 },
      { text: 'Laman simalungunkab.go.id, Pos-el diskominfo@simalungunkab.go.id', sizePt: 10 },
      { text: 'PEMATANG RAYA 21162', sizePt: 10, bold: true },
    ]);
    expect(kop).not.toHaveProperty('logo');
  });

  it('skips the parts a profile lacks', () => {
    const kop = letterheadBlock(bareRegency(base.regency));
    expect(kop.lines.map((l) => l.text)).toEqual([
      'PEMERINTAH KABUPATEN SIMALUNGUN',
      'DINAS KOMUNIKASI DAN INFORMATIKA',
      'Jalan Asahan Km. 3, Pematang Raya',
      'PEMATANG RAYA',
    ]);
    const kota = letterheadBlock({ ...bareRegency(base.regency), kind: 'kota', name: 'Pematangsiantar' });
    expect(kota.lines[0]!.text).toBe('PEMERINTAH KOTA PEMATANGSIANTAR');
  });

  it("uses the office's own kop lines when the profile has them", () => {
    const lines = [
      { text: 'PEMERINTAH KABUPATEN SIMALUNGUN', sizePt: 13, bold: false },
      { text: 'DINAS KOMUNIKASI DAN INFORMATIKA', sizePt: 17, bold: true },
    ];
    const regency = { ...base.regency, tataNaskah: { ...base.regency.tataNaskah, letterheadLines: lines } };
    expect(letterheadBlock(regency).lines).toEqual([
      { text: 'PEMERINTAH KABUPATEN SIMALUNGUN', sizePt: 13 },
      { text: 'DINAS KOMUNIKASI DAN INFORMATIKA', sizePt: 17, bold: true },
    ]);
  });

  it('decodes the logo to bytes without Node APIs, and prints no logo rather than fail on a broken one', () => {
    const logo = logoImage({ logo: { mime: 'image/png', base64: PNG_1PX } })!;
    expect(logo.mime).toBe('image/png');
    expect(logo.data).toBeInstanceOf(Uint8Array);
    expect([...logo.data.slice(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    expect(logo.data).toHaveLength(70);
    expect(letterheadBlock({ ...base.regency, logo: { mime: 'image/png', base64: PNG_1PX } }).logo).toEqual(logo);
    expect(logoImage({ logo: { mime: 'image/png', base64: '%%%' } })).toBeUndefined();
  });
});

describe('documentShell', () => {
  it('takes paper, margins, font and metadata from the profile and the render', () => {
    const korespondensi = documentShell(base, 'korespondensi', { title: 'Judul' }, 'lembar');
    expect(korespondensi).toEqual({
      meta: {
        title: 'Judul',
        author: 'Dinas Komunikasi dan Informatika Kabupaten Simalungun',
        keywords: ['Smart City', 'Kabupaten Simalungun', '2021'],
        createdAt: FIXED_NOW,
      },
      page: { paper: base.paper, margins: base.regency.tataNaskah.margins },
      font: { family: base.regency.tataNaskah.fontKorespondensi, sizePt: base.regency.tataNaskah.fontSizePt },
      footer: { pageNumbers: true, style: 'bottom-of-total' },
    });
  });

  it('numbers letters, minutes and decrees "- 2 -" at the top and sheets and reports "Halaman n dari N" by default', () => {
    const style = (c: 'surat' | 'beritaAcara' | 'keputusan' | 'lembar' | 'laporan') =>
      documentShell(base, 'korespondensi', { title: 'T' }, c).footer?.style;
    expect(['surat', 'beritaAcara', 'keputusan'].map((c) => style(c as 'surat'))).toEqual(['top-centre', 'top-centre', 'top-centre']);
    expect([style('lembar'), style('laporan')]).toEqual(['bottom-of-total', 'bottom-of-total']);
    // A profile saved before the choice existed parses to the defaults; an office may choose otherwise per class.
    const old = regencySchema.parse({ ...base.regency, tataNaskah: { ...base.regency.tataNaskah, pageNumbers: undefined } });
    expect(old.tataNaskah.pageNumbers).toEqual(DEFAULT_PAGE_NUMBERS);
    const regency = {
      ...base.regency,
      tataNaskah: { ...base.regency.tataNaskah, pageNumbers: { ...DEFAULT_PAGE_NUMBERS, beritaAcara: 'bottom-of-total' as const } },
    };
    expect(documentShell({ ...base, regency }, 'korespondensi', { title: 'T' }, 'beritaAcara').footer?.style).toBe('bottom-of-total');
    expect(documentShell({ ...base, regency }, 'korespondensi', { title: 'T' }, 'surat').footer?.style).toBe('top-centre');
  });

  it('uses the pengaturan font for naskah pengaturan and copies the margins', () => {
    const regency = {
      ...base.regency,
      tataNaskah: { ...base.regency.tataNaskah, fontPengaturan: 'Times New Roman' as const },
    };
    const shell = documentShell({ ...base, regency, paper: 'F4-210' }, 'pengaturan', { title: 'T', subject: 'S' }, 'keputusan');
    expect(shell.font.family).toBe('Times New Roman');
    expect(shell.page.paper).toBe('F4-210');
    expect(shell.meta.subject).toBe('S');
    expect(shell.page.margins).not.toBe(regency.tataNaskah.margins);
  });
});
