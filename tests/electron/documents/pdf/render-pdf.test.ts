// The PDF as a reader gets it: embedded subset fonts, searchable text, exact paper, metadata, size, and every
// text item read back with pdf.js inside the page margins, also for random long inputs.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { layoutForPdf, renderPdf } from '../../../../electron/documents/pdf/render-pdf';
import type { Block, DocumentModel, TableRow } from '../../../../shared/document/model';
import { pdffonts, pdftotext, readPdf } from '../../../helpers/pdf-reader';
import { TINY_PNG_BASE64 } from '../../../helpers/bundle-factory';

const NIP = 'NIP.\u00a019700101\u00a0199503\u00a01\u00a0001';

function commitmentModel(
  count: number,
  name = (i: number) => `Drs. Penandatangan Nomor ${i}, M.Si.`,
  paper: DocumentModel['page']['paper'] = 'A4',
): DocumentModel {
  const rows: TableRow[] = Array.from({ length: count }, (_, i) => ({
    cells: [
      { lines: [[{ text: `${i + 1}.` }]], align: 'center' },
      { lines: [[{ text: name(i + 1), bold: true }], [{ text: NIP }]] },
      { lines: [[{ text: 'Plt. Kepala Dinas Komunikasi dan Informatika Kabupaten Simalungun' }]] },
      { lines: [], signature: { label: `${i + 1}.`, side: i % 2 === 0 ? 'left' : 'right' } },
    ],
  }));
  const blocks: Block[] = [
    {
      type: 'letterhead',
      logo: { data: Buffer.from(TINY_PNG_BASE64, 'base64'), mime: 'image/png' },
      lines: [
        { text: 'PEMERINTAH KABUPATEN SIMALUNGUN', sizePt: 14 },
        { text: 'DINAS KOMUNIKASI DAN INFORMATIKA', sizePt: 16, bold: true },
        { text: 'Jalan Sudirman No. 1, Pematang Raya 21162', sizePt: 10 },
      ],
    },
    { type: 'title', lines: ['KOMITMEN BERSAMA'], underline: true },
    {
      type: 'paragraph',
      align: 'justify',
      runs: [
        {
          text: 'Kami yang bertanda tangan di bawah ini berkomitmen untuk mewujudkan Simalungun smart city melalui pelaksanaan masterplan. ',
        },
      ],
    },
    {
      type: 'table',
      columns: [{ weight: 1 }, { weight: 5 }, { weight: 5 }, { weight: 4 }],
      header: [
        {
          cells: ['No', 'Nama / NIP', 'Jabatan', 'Tanda Tangan'].map((t) => ({
            lines: [[{ text: t, bold: true }]],
            align: 'center' as const,
          })),
        },
      ],
      rows,
      minRowHeightMm: 12,
      sizePt: 10,
    },
  ];
  return {
    meta: {
      title: 'Lembar Komitmen Bersama',
      author: 'Dinas Komunikasi dan Informatika Kabupaten Simalungun',
      createdAt: '2021-11-19T08:00:00+07:00',
    },
    page: { paper, margins: { topMm: 20, rightMm: 20, bottomMm: 25, leftMm: 30 } },
    font: { family: 'Arial', sizePt: 12 },
    footer: { pageNumbers: true },
    blocks,
  };
}

const mmPt = (mm: number) => (mm * 72) / 25.4;

describe('renderPdf', () => {
  it('embeds only subset fonts with Unicode maps, and the text can be searched', async () => {
    const bytes = await renderPdf(commitmentModel(60));
    const fonts = pdffonts(bytes);
    expect(fonts.length).toBeGreaterThanOrEqual(2);
    for (const font of fonts) expect(font).toMatchObject({ embedded: true, subset: true, unicode: true });
    expect(fonts.map((f) => f.name).join(' ')).toMatch(/\+Arimo-Regular.*\+Arimo-Bold|\+Arimo-Bold.*\+Arimo-Regular/);
    const text = pdftotext(bytes);
    expect(text).toContain('KOMITMEN BERSAMA');
    expect(text.replace(/\s+/g, ' ')).toContain('Drs. Penandatangan Nomor 60, M.Si.');
    expect(text).toContain('NIP. 19700101 199503 1 001');
    expect(text).toMatch(/Halaman 1 dari \d/);
  });

  it('keeps the 60-signatory commitment sheet under 45 KB', async () => {
    const bytes = await renderPdf(commitmentModel(60));
    expect(bytes.length).toBeLessThan(45 * 1024);
  });

  it('writes title, author and creation date', async () => {
    const { info } = await readPdf(await renderPdf(commitmentModel(1)));
    expect(info.Title).toBe('Lembar Komitmen Bersama');
    expect(info.Author).toBe('Dinas Komunikasi dan Informatika Kabupaten Simalungun');
    expect(String(info.CreationDate)).toMatch(/^D:20211119010000/);
  });

  it.each([
    ['A4', 595.28, 841.89],
    ['F4-215', mmPt(215), mmPt(330)],
    ['F4-210', mmPt(210), mmPt(330)],
  ] as const)('uses the exact %s page size', async (paper, width, height) => {
    const { pages } = await readPdf(await renderPdf(commitmentModel(3, undefined, paper)));
    expect(pages[0]!.width).toBeCloseTo(width, 1);
    expect(pages[0]!.height).toBeCloseTo(height, 1);
  });

  it('draws the same pages the layout planned', async () => {
    const model = commitmentModel(60);
    const { pages } = await readPdf(await renderPdf(model));
    expect(pages).toHaveLength(layoutForPdf(model).pages.length);
  });

  it('keeps every text item inside the margins, for random names from 1 to 150 signatories', async () => {
    const name = fc.string({ minLength: 1, maxLength: 120, unit: fc.constantFrom(..."AaBbÉéŠš .,-'\u00a0WMmw".split('')) });
    await fc.assert(
      fc.asyncProperty(
        fc.array(name, { minLength: 1, maxLength: 150 }),
        fc.constantFrom('A4' as const, 'F4-215' as const),
        async (names, paper) => {
          const model = commitmentModel(names.length, (i) => names[i - 1]!, paper);
          const { pages } = await readPdf(await renderPdf(model));
          const m = model.page.margins;
          for (const page of pages) {
            for (const item of page.items) {
              const isFooter = item.text.startsWith('Halaman');
              expect(item.x, item.text).toBeGreaterThanOrEqual(mmPt(m.leftMm) - 0.5);
              expect(item.x + item.width, item.text).toBeLessThanOrEqual(page.width - mmPt(m.rightMm) + 0.5);
              if (!isFooter) {
                expect(item.y, item.text).toBeGreaterThanOrEqual(mmPt(m.bottomMm) - 0.5);
                expect(item.y + item.height * 0.9, item.text).toBeLessThanOrEqual(page.height - mmPt(m.topMm) + 0.5);
              }
            }
          }
        },
      ),
      { numRuns: 12 },
    );
  });

  it('refuses a character the fonts lack, quoting the text', async () => {
    await expect(renderPdf(commitmentModel(2, (i) => (i === 2 ? 'Camat 🙂 Raya' : 'Camat')))).rejects.toThrow(
      /U\+1F642.*Camat 🙂 Raya/,
    );
  });
});
