// The document-level steps of layoutDocument (fixed metrics): keepTogether groups, page-break markers and the end of
// the front matter, printed page labels, the running header, both page-number styles, and the contents' numbers.
import { describe, expect, it } from 'vitest';
import { layoutDocument, pageLabel } from '../../../../shared/document/layout/layout-document';
import type { LaidOutPage, LayoutResult, TextItem } from '../../../../shared/document/layout/types';
import type { Block, DocumentModel } from '../../../../shared/document/model';
import { fixedMetrics } from './fixed-metrics';

// A4 with margins of 20/20/25/30 mm: a text area of 453.5 × 714.3 pt, lines of 12 pt text 13.8 pt apart.
const TOP = (20 * 72) / 25.4;
const LEFT = (30 * 72) / 25.4;
const RIGHT = 595.28 - (20 * 72) / 25.4;
const BOTTOM_MARGIN = (25 * 72) / 25.4;

function model(blocks: Block[], extra: Partial<DocumentModel> = {}): DocumentModel {
  return {
    meta: { title: 'Judul Dokumen', author: 'Dinas', createdAt: '2021-11-19T08:00:00+07:00' },
    page: { paper: 'A4', margins: { topMm: 20, rightMm: 20, bottomMm: 25, leftMm: 30 } },
    font: { family: 'Arial', sizePt: 12 },
    blocks,
    ...extra,
  };
}

const texts = (page: LaidOutPage) => page.items.filter((i): i is TextItem => i.kind === 'text');
const para = (text: string, extra: Partial<Extract<Block, { type: 'paragraph' }>> = {}): Block => ({
  type: 'paragraph',
  runs: [{ text }],
  ...extra,
});
/** `n` one-line paragraphs: 13.8 + 6 pt each. */
const filler = (n: number, prefix = 'isi'): Block[] => Array.from({ length: n }, (_, i) => para(`${prefix} ${i + 1}`));
const pageOf = (layout: LayoutResult, text: string) => layout.pages.findIndex((p) => texts(p).some((t) => t.text === text));

describe('pageLabel', () => {
  it('numbers the front matter in lower-case roman and the body from 1', () => {
    expect([0, 1, 2, 3].map((i) => pageLabel(i, 3))).toEqual(['i', 'ii', 'iii', '1']);
    expect(pageLabel(5, 3)).toBe('3');
    expect(pageLabel(0, 0)).toBe('1');
  });
});

describe('layoutDocument', () => {
  it('reports the paper, the margins in points and the table shares', () => {
    const layout = layoutDocument(
      model([
        { type: 'table', columns: [{ weight: 1 }, { weight: 1 }], header: [], rows: [{ cells: [{ lines: [] }, { lines: [] }] }] },
      ]),
      fixedMetrics,
    );
    expect(layout.margins.top).toBeCloseTo(TOP, 9);
    expect(layout.margins.left).toBeCloseTo(LEFT, 9);
    expect(layout.margins.right).toBeCloseTo((20 * 72) / 25.4, 9);
    expect(layout.margins.bottom).toBeCloseTo(BOTTOM_MARGIN, 9);
    expect(layout.tableColumns).toEqual([[0.5, 0.5]]);
    expect(layout.tableTallRows).toEqual([[]]);
    expect(layout.bodyStart).toBe(0);
    const first = texts(layoutDocument(model([para('a')]), fixedMetrics).pages[0]!)[0]!;
    expect(first.x).toBeCloseTo(LEFT, 9);
    expect(first.y).toBeCloseTo(TOP + (13.8 - 13.2) / 2 + 10.8, 9);
    expect(first.box.right).toBeCloseTo(RIGHT, 9);
  });

  it('lays out every kind of block, each in document order down the page', () => {
    const image = new Uint8Array(24);
    new DataView(image.buffer).setUint32(16, 10);
    new DataView(image.buffer).setUint32(20, 10);
    const layout = layoutDocument(
      model([
        { type: 'letterhead', lines: [{ text: 'KOP', sizePt: 12 }] },
        { type: 'title', lines: ['JUDUL'] },
        { type: 'heading', level: 2, text: 'Bagian' },
        para('paragraf'),
        { type: 'list', ordered: false, items: [{ runs: [{ text: 'butir' }] }] },
        { type: 'keyValue', rows: [{ key: 'Hari', value: [{ text: 'Senin' }] }] },
        { type: 'caption', label: 'Tabel', number: '1', text: 'Data' },
        { type: 'table', columns: [{ weight: 1 }], header: [], rows: [{ cells: [{ lines: [[{ text: 'sel' }]] }] }] },
        { type: 'image', image: { data: image, mime: 'image/png' }, widthMm: 10 },
        { type: 'spacer', heightMm: 50 },
        para('sesudah jarak'),
        {
          type: 'signatureGrid',
          columns: 1,
          cells: [{ headingLines: ['CAMAT,'], name: 'Nama Camat', detailLines: [] }],
        },
      ]),
      fixedMetrics,
    );
    expect(layout.pages).toHaveLength(1);
    const items = texts(layout.pages[0]!);
    const order = ['KOP', 'JUDUL', 'Bagian', 'paragraf', 'butir', 'Senin', 'Tabel 1 Data', 'sel', 'sesudah jarak', 'Nama Camat'];
    const ys = order.map((t) => items.find((i) => i.text === t)?.y ?? Number.NaN);
    for (let i = 1; i < ys.length; i++) expect(ys[i]!, order[i]).toBeGreaterThan(ys[i - 1]!);
    const picture = layout.pages[0]!.items.find((i) => i.kind === 'image')!;
    expect(picture.kind === 'image' && picture.y).toBeGreaterThan(ys[7]!);
    // The spacer's 50 mm lie between the image (and the 6 pt under it) and the next paragraph.
    const imageBottom = picture.kind === 'image' ? picture.y + picture.h : 0;
    expect(ys[8]! - imageBottom).toBeCloseTo(6 + (50 * 72) / 25.4 + (13.8 - 13.2) / 2 + 10.8, 6);
  });

  it('starts the block after a page break on a new page, once for breaks in a row', () => {
    const layout = layoutDocument(
      model([para('satu'), { type: 'pageBreak' }, para('dua'), { type: 'pageBreak' }, { type: 'pageBreak' }, para('tiga')]),
      fixedMetrics,
    );
    expect(layout.pages.map((p) => texts(p).map((t) => t.text))).toEqual([['satu'], ['dua'], ['tiga']]);
    expect(layout.bodyStart).toBe(0);
    // The block after the break starts at the top of its page.
    expect(texts(layout.pages[1]!)[0]!.y).toBeCloseTo(texts(layout.pages[0]!)[0]!.y, 9);
  });

  it('does not carry a page break past the block it applies to', () => {
    const layout = layoutDocument(model([{ type: 'pageBreak' }, para('a'), para('b')]), fixedMetrics);
    expect(layout.pages.map((p) => texts(p).map((t) => t.text))).toEqual([['a', 'b']]);
  });

  it('marks where the body starts after the front matter and numbers pages by it', () => {
    const layout = layoutDocument(
      model(
        [
          { type: 'toc', title: 'DAFTAR ISI', maxLevel: 2 },
          { type: 'pageBreak' },
          para('kata pengantar'),
          { type: 'pageBreak', endsFrontMatter: true },
          { type: 'heading', level: 1, label: 'BAB I', text: 'Satu', toc: true },
          para('isi bab satu'),
          { type: 'heading', level: 1, label: 'BAB II', text: 'Dua', toc: true, pageBreakBefore: true },
          { type: 'heading', level: 2, label: '2.1', text: 'Sub', toc: true },
        ],
        { footer: { pageNumbers: true } },
      ),
      fixedMetrics,
    );
    expect(layout.bodyStart).toBe(2);
    expect(layout.pages).toHaveLength(4);
    expect(layout.tocEntries.map((e) => [e.text, e.page, e.pageLabel])).toEqual([
      ['Satu', 3, '1'],
      ['Dua', 4, '2'],
      ['Sub', 4, '2'],
    ]);
    const footers = layout.pages.map((p) => texts(p).find((t) => t.size === 9 && t.y > 700)!);
    expect(footers.map((f) => f.text)).toEqual(['i', 'ii', 'Halaman 1 dari 2', 'Halaman 2 dari 2']);
    // Roman numbers centred, "Halaman" against the right margin, both half way down the bottom margin.
    expect(footers[0]!.x + footers[0]!.width / 2).toBeCloseTo((LEFT + RIGHT) / 2, 9);
    expect(footers[2]!.x + footers[2]!.width).toBeCloseTo(RIGHT, 9);
    for (const f of footers) {
      expect(f.y).toBeCloseTo(841.89 - BOTTOM_MARGIN / 2, 9);
      expect(f.style).toBe('regular');
      expect(f.box).toEqual({ left: LEFT, right: RIGHT });
    }
    // The running header: the title, italic, centred in the top margin, on body pages only.
    const headers = layout.pages.map((p) => texts(p).filter((t) => t.text === 'Judul Dokumen'));
    expect(headers.map((h) => h.length)).toEqual([0, 0, 1, 1]);
    const header = headers[2]![0]!;
    expect([header.style, header.size, header.y]).toEqual(['italic', 9, TOP / 2]);
    expect(header.x + header.width / 2).toBeCloseTo((LEFT + RIGHT) / 2, 9);
    expect(header.width).toBeCloseTo(12 * 4.5 + 4.5 / 2, 9);
    // The contents print the body's page labels, right-aligned.
    const contents = texts(layout.pages[0]!);
    const numbers = contents.filter((t) => /^\d+$/.test(t.text));
    expect(numbers.map((t) => t.text)).toEqual(['1', '2', '2']);
    for (const n of numbers) {
      expect(n.x + n.width).toBeCloseTo(RIGHT, 9);
      expect(n.width).toBeCloseTo(6, 9);
    }
  });

  it('measures the running header in italic and the page numbers in regular', () => {
    // Italic 0.6 em, regular 0.5 em, anything else 0.7 em: the widths tell which face was measured.
    const styled = { ...fixedMetrics, advance: (style: string) => (style === 'italic' ? 600 : style === 'regular' ? 500 : 700) };
    const front = layoutDocument(
      model([para('depan'), { type: 'pageBreak', endsFrontMatter: true }, para('isi')], { footer: { pageNumbers: true } }),
      styled,
    );
    const header = texts(front.pages[1]!).find((t) => t.text === 'Judul Dokumen')!;
    expect(header.width).toBeCloseTo(13 * 0.6 * 9, 9);
    const footer = texts(front.pages[1]!).find((t) => t.text === 'Halaman 1 dari 1')!;
    expect(footer.width).toBeCloseTo(16 * 0.5 * 9, 9);
    const letter = layoutDocument(model(filler(80), { footer: { pageNumbers: true, style: 'top-centre' } }), styled);
    const two = texts(letter.pages[1]!).find((t) => t.text === '- 2 -')!;
    expect(two.width).toBeCloseTo(5 * 0.5 * 12, 9);
  });

  it('leaves out the running header when the title is wider than the text area', () => {
    const layout = layoutDocument(
      model([para('depan'), { type: 'pageBreak', endsFrontMatter: true }, para('isi')], {
        // 110 characters of 4.5 pt: 495 pt, just over the 453.5 pt between the margins.
        meta: { title: 'x'.repeat(110), author: 'Dinas', createdAt: '2021-11-19T08:00:00+07:00' },
      }),
      fixedMetrics,
    );
    expect(layout.bodyStart).toBe(1);
    expect(texts(layout.pages[1]!).map((t) => t.text)).toEqual(['isi']);
  });

  it('gives the body no header and no page labels when nothing ends the front matter', () => {
    const layout = layoutDocument(model([para('a'), { type: 'pageBreak' }, para('b')]), fixedMetrics);
    expect(layout.pages.flatMap((p) => texts(p).map((t) => t.text))).toEqual(['a', 'b']);
  });

  it('numbers a letter "- 2 -" from its second page, centred in the top margin at the body size', () => {
    const layout = layoutDocument(model(filler(80), { footer: { pageNumbers: true, style: 'top-centre' } }), fixedMetrics);
    expect(layout.pages.length).toBe(3);
    const numbers = layout.pages.map((p) => texts(p).filter((t) => /^- \d -$/.test(t.text)));
    expect(numbers.map((n) => n.map((t) => t.text))).toEqual([[], ['- 2 -'], ['- 3 -']]);
    const two = numbers[1]![0]!;
    expect([two.y, two.size, two.style]).toEqual([TOP / 2, 12, 'regular']);
    expect(two.width).toBeCloseTo(3 * 6 + 2 * 3, 9);
    expect(two.x + two.width / 2).toBeCloseTo((LEFT + RIGHT) / 2, 9);
    expect(two.box).toEqual({ left: LEFT, right: RIGHT });
    // No "Halaman" footer with this style.
    expect(layout.pages.flatMap((p) => texts(p)).some((t) => t.text.startsWith('Halaman'))).toBe(false);
  });

  it('numbers at the foot when a top-centre document has front matter, and not at all without page numbers', () => {
    const withFront = layoutDocument(
      model([para('depan'), { type: 'pageBreak', endsFrontMatter: true }, para('isi')], {
        footer: { pageNumbers: true, style: 'top-centre' },
      }),
      fixedMetrics,
    );
    expect(texts(withFront.pages[1]!).map((t) => t.text)).toContain('Halaman 1 dari 1');
    const none = layoutDocument(model(filler(80), { footer: { pageNumbers: false, style: 'top-centre' } }), fixedMetrics);
    expect(none.pages.flatMap((p) => texts(p)).filter((t) => t.size === 9 || /^- /.test(t.text))).toEqual([]);
  });

  it('skips the footer of the first page only when asked', () => {
    const layout = layoutDocument(model(filler(80), { footer: { pageNumbers: true, skipFirstPage: true } }), fixedMetrics);
    expect(
      layout.pages.map((p) =>
        texts(p)
          .filter((t) => t.text.startsWith('Halaman'))
          .map((t) => t.text),
      ),
    ).toEqual([[], ['Halaman 2 dari 3'], ['Halaman 3 dari 3']]);
  });

  it('joins a keepTogether group into one slice that moves to the next page whole', () => {
    // 34 one-line paragraphs fill the page to 34 × 19.8 = 673.2 pt; a group of three (59.4 pt) cannot follow.
    const group: Block = { type: 'keepTogether', blocks: [para('g1'), para('g2'), para('g3')] };
    const layout = layoutDocument(model([...filler(34), group]), fixedMetrics);
    expect(['g1', 'g2', 'g3'].map((t) => pageOf(layout, t))).toEqual([1, 1, 1]);
    // Inside the group the lines keep their spacing: 13.8 + 6 pt apart, the first at the page top.
    const ys = ['g1', 'g2', 'g3'].map((t) => texts(layout.pages[1]!).find((i) => i.text === t)!.y);
    expect(ys[0]).toBeCloseTo(texts(layout.pages[0]!)[0]!.y, 9);
    expect(ys[1]! - ys[0]!).toBeCloseTo(19.8, 9);
    expect(ys[2]! - ys[1]!).toBeCloseTo(19.8, 9);
    // Without the group the same paragraphs split over the pages: g1 and g2 still fit (712.8 pt).
    const loose = layoutDocument(model([...filler(34), para('g1'), para('g2'), para('g3')]), fixedMetrics);
    expect(['g1', 'g2', 'g3'].map((t) => pageOf(loose, t))).toEqual([0, 0, 1]);
  });

  it('counts the spaces inside a group but not the one above it', () => {
    // Two blocks 13.8 + 10 (space after) and 13.8 + 6, with 20 pt above the second: 63.6 pt; 20 pt above the group.
    const group: Block = {
      type: 'keepTogether',
      blocks: [para('g1', { spaceBeforePt: 20, spaceAfterPt: 10 }), para('g2', { spaceBeforePt: 20 })],
    };
    // 32 paragraphs end at 633.6; 633.6 + 20 + 63.6 = 717.2 > 714.3 moves; with 31 (613.8 + 83.6 = 697.4) it stays.
    expect(pageOf(layoutDocument(model([...filler(32), group]), fixedMetrics), 'g1')).toBe(1);
    const stays = layoutDocument(model([...filler(31), group]), fixedMetrics);
    expect(pageOf(stays, 'g2')).toBe(0);
    const y = (t: string) => texts(stays.pages[0]!).find((i) => i.text === t)!.y;
    expect(y('g1') - y('isi 31')).toBeCloseTo(19.8 + 20, 9);
    expect(y('g2') - y('g1')).toBeCloseTo(23.8 + 20, 9);
  });

  it("keeps a group's page break and its keep-with-next", () => {
    const broken = layoutDocument(
      model([
        para('awal'),
        { type: 'keepTogether', blocks: [{ type: 'heading', level: 2, text: 'Judul', pageBreakBefore: true }, para('isi')] },
      ]),
      fixedMetrics,
    );
    expect([pageOf(broken, 'Judul'), pageOf(broken, 'isi')]).toEqual([1, 1]);
    // The group (39.6 pt) fits under 34 paragraphs (712.8 of 714.3 pt), but its last block is kept with the next
    // paragraph, and the two together do not: the group goes over with it.
    const kept = layoutDocument(
      model([...filler(34), { type: 'keepTogether', blocks: [para('g1'), para('g2', { keepWithNext: true })] }, para('sesudah')]),
      fixedMetrics,
    );
    expect(['g1', 'g2', 'sesudah'].map((t) => pageOf(kept, t))).toEqual([1, 1, 1]);
    const free = layoutDocument(
      model([...filler(34), { type: 'keepTogether', blocks: [para('g1'), para('g2')] }, para('sesudah')]),
      fixedMetrics,
    );
    expect(['g1', 'g2', 'sesudah'].map((t) => pageOf(free, t))).toEqual([0, 0, 1]);
  });

  it('lets a group taller than a page flow', () => {
    const group: Block = { type: 'keepTogether', blocks: filler(40, 'g') };
    const layout = layoutDocument(model([para('awal'), group]), fixedMetrics);
    expect(pageOf(layout, 'awal')).toBe(0);
    expect(pageOf(layout, 'g 1')).toBe(0);
    expect(pageOf(layout, 'g 40')).toBe(1);
    expect(layoutDocument(model([{ type: 'keepTogether', blocks: [] }, para('a')]), fixedMetrics).pages).toHaveLength(1);
  });

  it('fills the contents only with the levels it lists, whatever else is marked for it', () => {
    const layout = layoutDocument(
      model([
        { type: 'toc', title: 'DAFTAR ISI', maxLevel: 1 },
        { type: 'heading', level: 1, text: 'Satu', toc: true, pageBreakBefore: true },
        { type: 'heading', level: 2, text: 'Sub', toc: true },
        { type: 'heading', level: 1, text: 'Dua', toc: true, pageBreakBefore: true },
      ]),
      fixedMetrics,
    );
    expect(layout.tocEntries.map((e) => [e.text, e.page])).toEqual([
      ['Satu', 2],
      ['Sub', 2],
      ['Dua', 3],
    ]);
    const numbers = texts(layout.pages[0]!).filter((t) => /^\d+$/.test(t.text));
    expect(numbers.map((t) => t.text)).toEqual(['2', '3']);
  });

  it("fills the list of tables with the captions' pages", () => {
    const caption = (n: string): Block => ({ type: 'caption', label: 'Tabel', number: n, text: 'Data' });
    const layout = layoutDocument(
      model([
        { type: 'toc', title: 'DAFTAR TABEL', maxLevel: 1, of: 'tables' },
        { type: 'pageBreak' },
        caption('1'),
        ...filler(40),
        caption('2'),
      ]),
      fixedMetrics,
    );
    expect(layout.tableEntries.map((e) => [e.text, e.page, e.pageLabel])).toEqual([
      ['Tabel 1 Data', 2, '2'],
      ['Tabel 2 Data', 3, '3'],
    ]);
    const contents = texts(layout.pages[0]!);
    expect(contents.filter((t) => /^\d+$/.test(t.text)).map((t) => t.text)).toEqual(['2', '3']);
  });
});
