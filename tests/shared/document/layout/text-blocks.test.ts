// The text blocks' slices on their own (fixed metrics: a character 5 pt, a space 2.5 pt at 10 pt, lines 11.5 pt):
// indents, alignment, spacing, widow and orphan control, headings kept with what follows, captions and titles,
// list labels and hanging indents, key-value columns.
import { describe, expect, it } from 'vitest';
import { type LayoutEnv, mm } from '../../../../shared/document/layout/env';
import { paginate, type Slice } from '../../../../shared/document/layout/paginator';
import { TextMeasure } from '../../../../shared/document/layout/text';
import {
  captionSlices,
  headingSlices,
  keyValueSlices,
  listSlices,
  paragraphSlices,
  titleSlices,
} from '../../../../shared/document/layout/text-blocks';
import type { TextItem } from '../../../../shared/document/layout/types';
import type { ListBlock } from '../../../../shared/document/model';
import { fixedMetrics } from './fixed-metrics';

const measure = new TextMeasure(fixedMetrics);
const LH = 11.5;

const env = (width = 100): LayoutEnv => ({
  measure,
  size: 10,
  left: 50,
  width,
  pageHeight: 10_000,
  tableColumns: [],
  tableTallRows: [],
});

/** The slices drawn one after another on one tall page: their text items, headings and captions. */
function draw(slices: Slice[]) {
  const result = paginate(slices, { top: 0, bottom: 10_000 });
  const items = result.pages[0]!.items;
  return { items, texts: items.filter((i): i is TextItem => i.kind === 'text'), ...result };
}

const keeps = (slices: Slice[]) => slices.map((s) => s.keepWithNext ?? false);

describe('paragraphSlices', () => {
  // Words of 20 pt: four fit a line of 100 pt (87.5), three fit 71.65 (65).
  const words = (n: number) => Array.from({ length: n }, (_, i) => String.fromCharCode(97 + i).repeat(4)).join(' ');

  it('gives one slice per line, the space after the paragraph in the last one', () => {
    const slices = paragraphSlices(env(), { type: 'paragraph', runs: [{ text: words(8) }] });
    expect(slices.map((s) => s.height)).toEqual([LH, LH + 5]);
    expect(slices[0]!.spaceBefore).toBe(0);
    const spaced = paragraphSlices(env(), { type: 'paragraph', runs: [{ text: 'a' }], spaceBeforePt: 4, spaceAfterPt: 2 });
    expect(spaced.map((s) => [s.height, s.spaceBefore])).toEqual([[LH + 2, 4]]);
  });

  it('uses its own size for lines and the space after', () => {
    const slices = paragraphSlices(env(), { type: 'paragraph', runs: [{ text: 'ab' }], sizePt: 20 });
    expect(slices[0]!.height).toBeCloseTo(23 + 10, 9);
    expect(draw(slices).texts[0]!.size).toBe(20);
  });

  it('keeps the first two and the last two lines of a paragraph together', () => {
    const para = (n: number) => paragraphSlices(env(), { type: 'paragraph', runs: [{ text: words(4 * n) }] });
    expect(keeps(para(1))).toEqual([false]);
    expect(keeps(para(2))).toEqual([true, false]);
    expect(keeps(para(3))).toEqual([true, true, false]);
    expect(keeps(para(5))).toEqual([true, false, false, true, false]);
  });

  it('keeps its last line with the next block when asked', () => {
    const slices = paragraphSlices(env(), { type: 'paragraph', runs: [{ text: words(12) }], keepWithNext: true });
    expect(keeps(slices)).toEqual([true, true, true]);
  });

  it('indents all lines, and the first line further, within a box from the indent to the right edge', () => {
    const indent = mm(10); // 28.35 pt: lines of 71.65 pt hold three words
    const slices = paragraphSlices(env(), {
      type: 'paragraph',
      runs: [{ text: words(7) }],
      indentMm: 10,
      firstLineIndentMm: 5,
    });
    const { texts } = draw(slices);
    // The first line is 71.65 - 14.17 = 57.5 pt wide: two words (42.5) only.
    expect(texts.map((t) => t.text)).toEqual(['aaaa bbbb', 'cccc dddd eeee', 'ffff gggg']);
    expect(texts[0]!.x).toBeCloseTo(50 + indent + mm(5), 9);
    expect(texts[1]!.x).toBeCloseTo(50 + indent, 9);
    for (const t of texts) expect(t.box).toEqual({ left: 50 + indent, right: 150 });
  });

  it("justifies against the indented first line's own width", () => {
    const slices = paragraphSlices(env(), {
      type: 'paragraph',
      runs: [{ text: words(11) }],
      align: 'justify',
      firstLineIndentMm: 10,
    });
    const { texts } = draw(slices);
    // First line: 71.65 pt, "aaaa bbbb cccc" is 65; the two spaces share the rest.
    expect(texts[0]!.text).toBe('aaaa bbbb cccc');
    expect(texts[0]!.justifyGap).toBeCloseTo((100 - mm(10) - 65) / 2, 9);
    expect(texts[1]!.justifyGap).toBeCloseTo((100 - 87.5) / 3, 9);
    expect(texts[1]!.x).toBe(50);
  });

  it('aligns as asked, left when not said', () => {
    const x = (align?: 'right' | 'center') =>
      draw(paragraphSlices(env(), { type: 'paragraph', runs: [{ text: 'abcd' }], ...(align ? { align } : {}) })).texts[0]!.x;
    expect(x()).toBe(50);
    expect(x('right')).toBeCloseTo(130, 9);
    expect(x('center')).toBeCloseTo(90, 9);
  });
});

describe('headingSlices', () => {
  it('sets level 1 larger, bold and centred, the label on a line of its own, kept with what follows', () => {
    const slices = headingSlices(env(200), { type: 'heading', level: 1, label: 'BAB I', text: 'PENDAHULUAN', toc: true });
    expect(slices).toHaveLength(2);
    expect(keeps(slices)).toEqual([true, true]);
    const size = 12;
    expect(slices[0]!.spaceBefore).toBe(0);
    expect(slices[1]!.height).toBeCloseTo(size * 1.15 + size * 1.5, 9);
    const { texts, headings, headingPages } = draw(slices);
    expect(texts.map((t) => [t.text, t.style, t.size])).toEqual([
      ['BAB I', 'bold', 12],
      ['PENDAHULUAN', 'bold', 12],
    ]);
    expect(texts[0]!.x).toBeCloseTo(50 + (200 - (4 * 6 + 3)) / 2, 9);
    // Recorded once for the contents, with its label.
    expect(headings).toEqual([{ level: 1, label: 'BAB I', text: 'PENDAHULUAN' }]);
    expect(headingPages).toEqual([1]);
  });

  it('puts the label before the text at level 2, italic at level 3, with the space above and under by level', () => {
    const two = headingSlices(env(200), { type: 'heading', level: 2, label: '1.1', text: 'Latar' });
    expect(two.map((s) => [s.spaceBefore, s.height])).toEqual([[10, LH + 5]]);
    const drawn = draw(two);
    expect(drawn.texts.map((t) => [t.text, t.style, t.x])).toEqual([['1.1 Latar', 'bold', 50]]);
    // Not marked for the contents: not recorded.
    expect(drawn.headings).toEqual([]);
    const three = draw(headingSlices(env(200), { type: 'heading', level: 3, text: 'Tujuan', toc: true }));
    expect(three.texts.map((t) => [t.text, t.style])).toEqual([['Tujuan', 'boldItalic']]);
    expect(three.headings).toEqual([{ level: 3, label: null, text: 'Tujuan' }]);
    // A level-1 heading without a label is one line.
    expect(headingSlices(env(200), { type: 'heading', level: 1, text: 'PENUTUP' })).toHaveLength(1);
  });

  it('records a heading that wraps once, and can be aligned and start a new page', () => {
    const slices = headingSlices(env(60), {
      type: 'heading',
      level: 2,
      text: 'Satu dua tiga empat',
      toc: true,
      align: 'right',
      pageBreakBefore: true,
    });
    expect(slices.length).toBeGreaterThan(1);
    expect(slices.map((s) => s.pageBreakBefore ?? false)).toEqual([true, ...slices.slice(1).map(() => false)]);
    const { texts, headings } = draw(slices);
    expect(headings).toHaveLength(1);
    for (const t of texts) expect(t.x + t.width).toBeCloseTo(110, 9);
  });
});

describe('captionSlices', () => {
  it('centres the caption in bold, records it once for the list of tables and keeps it with the table', () => {
    const slices = captionSlices(env(60), { type: 'caption', label: 'Tabel', number: '2.1', text: 'Data' });
    expect(slices.map((s) => s.keepWithNext)).toEqual([true, true]);
    expect(slices[0]!.spaceBefore).toBe(5);
    expect(slices[1]!.height).toBeCloseTo(LH + 2.5, 9);
    const { texts, captions } = draw(slices);
    expect(texts.map((t) => [t.text, t.style])).toEqual([
      ['Tabel 2.1', 'bold'],
      ['Data', 'bold'],
    ]);
    expect(texts[1]!.x).toBeCloseTo(50 + (60 - 20) / 2, 9);
    expect(texts[1]!.box).toEqual({ left: 50, right: 110 });
    expect(captions).toEqual([{ level: 1, label: null, text: 'Tabel 2.1 Data' }]);
    const big = captionSlices(env(), { type: 'caption', label: 'Tabel', number: '1', text: 'A', sizePt: 20 });
    expect(big[0]!.spaceBefore).toBe(10);
  });
});

describe('titleSlices', () => {
  it('sets the title lines larger and bold, then the number and the subtitles at the base size, all kept together', () => {
    const slices = titleSlices(env(200), {
      type: 'title',
      lines: ['BERITA ACARA'],
      underline: true,
      number: '005/12',
      subtitle: ['Sub judul'],
    });
    expect(keeps(slices)).toEqual([true, true, true]);
    expect(slices[0]!.spaceBefore).toBe(5);
    expect(slices.map((s) => s.height)).toEqual([11 * 1.15, LH, LH + 10]);
    const { texts } = draw(slices);
    expect(texts.map((t) => [t.text, t.style, t.size, t.underline ?? false])).toEqual([
      ['BERITA ACARA', 'bold', 11, true],
      ['NOMOR: 005/12', 'regular', 10, false],
      ['Sub judul', 'bold', 10, false],
    ]);
    expect(texts[1]!.x).toBeCloseTo(50 + (200 - 62.5) / 2, 9);
  });

  it('leaves the title plain when not underlined, and without number or subtitles only its lines', () => {
    const { texts } = draw(titleSlices(env(200), { type: 'title', lines: ['A', 'B'] }));
    expect(texts.map((t) => [t.text, t.underline ?? false])).toEqual([
      ['A', false],
      ['B', false],
    ]);
  });
});

describe('listSlices', () => {
  const item = (text: string) => ({ runs: [{ text }] });

  it('labels bullets, numbers and letters, from the start asked', () => {
    const labels = (list: ListBlock) =>
      draw(listSlices(env(300), list))
        .texts.filter((t) => t.x === 50)
        .map((t) => t.text);
    expect(labels({ type: 'list', ordered: false, items: [item('a'), item('b')] })).toEqual(['•', '•']);
    expect(labels({ type: 'list', ordered: true, items: [item('a'), item('b')] })).toEqual(['1.', '2.']);
    expect(labels({ type: 'list', ordered: true, start: 4, items: [item('a')] })).toEqual(['4.']);
    expect(labels({ type: 'list', ordered: true, style: 'lower-alpha', items: [item('a'), item('b')] })).toEqual(['a.', 'b.']);
    expect(labels({ type: 'list', ordered: true, style: 'lower-alpha', start: 26, items: [item('a'), item('b')] })).toEqual([
      'z.',
      '27.',
    ]);
  });

  it('gives a list without items no slices', () => {
    expect(listSlices(env(), { type: 'list', ordered: true, items: [] })).toEqual([]);
  });

  it('hangs the text 7 mm from the label, 8.5 mm once the numbers reach two digits', () => {
    const textX = (list: ListBlock) => draw(listSlices(env(300), list)).texts.find((t) => t.text === 'isi')!.x;
    expect(textX({ type: 'list', ordered: true, items: [item('isi')] })).toBeCloseTo(50 + mm(7), 9);
    expect(textX({ type: 'list', ordered: true, start: 9, items: [item('isi')] })).toBeCloseTo(50 + mm(7), 9);
    expect(textX({ type: 'list', ordered: true, start: 10, items: [item('isi')] })).toBeCloseTo(50 + mm(8.5), 9);
    // Bullets never need the wider hang.
    const many = Array.from({ length: 12 }, () => item('isi'));
    expect(textX({ type: 'list', ordered: false, items: many })).toBeCloseTo(50 + mm(7), 9);
    expect(textX({ type: 'list', ordered: false, indentMm: 5, items: [item('isi')] })).toBeCloseTo(50 + mm(12), 9);
  });

  it('justifies item text in the width after the hang, keeps item lines together and spaces items and the list', () => {
    const e = env(100);
    const width = 100 - mm(7); // 80.16 pt: three words of 20 pt per line
    const list: ListBlock = {
      type: 'list',
      ordered: true,
      items: [item('aaaa bbbb cccc dddd eeee'), item('ffff')],
    };
    const slices = listSlices(e, list);
    expect(keeps(slices)).toEqual([true, false, false]);
    expect(slices.map((s) => s.height)).toEqual([LH, LH + 2.5, LH + 2.5 + 2.5]);
    const { texts } = draw(slices);
    const first = texts.find((t) => t.text === 'aaaa bbbb cccc')!;
    expect(first.justifyGap).toBeCloseTo((width - 65) / 2, 9);
    expect(first.box).toEqual({ left: 50, right: 150 });
    // The label stands on the item's first line only.
    expect(texts.filter((t) => t.text === '1.').map((t) => t.y)).toEqual([first.y]);
  });

  it('narrows an indented list by its indent and boxes it from the indent', () => {
    // 100 pt less 5 mm and the 7 mm hang: 66 pt, room for three words of 20 pt (65), not four.
    const slices = listSlices(env(100), {
      type: 'list',
      ordered: false,
      indentMm: 5,
      items: [item('aaaa bbbb cccc dddd')],
    });
    const { texts } = draw(slices);
    expect(texts.filter((t) => t.text !== '•').map((t) => t.text)).toEqual(['aaaa bbbb cccc', 'dddd']);
    for (const t of texts) expect(t.box).toEqual({ left: 50 + mm(5), right: 150 });
  });

  it('indents nested lists under their parent item text and spaces only the outer list as a whole', () => {
    const list: ListBlock = {
      type: 'list',
      ordered: true,
      items: [{ runs: [{ text: 'induk' }], children: { type: 'list', ordered: false, items: [item('anak')] } }, item('dua')],
    };
    const slices = listSlices(env(300), list);
    expect(slices.map((s) => s.height)).toEqual([LH + 2.5, LH + 2.5, LH + 2.5 + 2.5]);
    const { texts } = draw(slices);
    const bullet = texts.find((t) => t.text === '•')!;
    expect(bullet.x).toBeCloseTo(50 + mm(7), 9);
    expect(texts.find((t) => t.text === 'anak')!.x).toBeCloseTo(50 + mm(14), 9);
    expect(texts.find((t) => t.text === 'dua')!.x).toBeCloseTo(50 + mm(7), 9);
  });
});

describe('keyValueSlices', () => {
  it('sets the key, the colon at the end of the key column and the value after it, each row kept together', () => {
    const slices = keyValueSlices(env(400), {
      type: 'keyValue',
      rows: [
        { key: 'Hari', value: [{ text: 'Jumat' }] },
        { key: 'Tempat', value: [{ text: 'Aula' }] },
      ],
    });
    expect(slices.map((s) => s.height)).toEqual([LH, LH + 5]);
    expect(slices[0]!.spaceBefore).toBe(0);
    const { texts } = draw(slices);
    const round = (n: number) => Math.round(n * 1e6) / 1e6;
    expect(texts.map((t) => [t.text, round(t.x), t.y])).toEqual([
      ['Hari', 50, 9.25],
      [':', round(50 + mm(40)), 9.25],
      ['Jumat', round(50 + mm(44)), 9.25],
      ['Tempat', 50, 9.25 + LH],
      [':', round(50 + mm(40)), 9.25 + LH],
      ['Aula', round(50 + mm(44)), 9.25 + LH],
    ]);
    for (const t of texts) expect(t.box).toEqual({ left: 50, right: 450 });
  });

  it('wraps the key 1 mm short of its column and leaves a key line blank where the value runs longer', () => {
    // Key column 20 mm (56.7 pt) less 1 mm: 53.9 pt, so "aaaa aaaa aa" (55 pt) wraps.
    const slices = keyValueSlices(env(200), {
      type: 'keyValue',
      keyWidthMm: 20,
      rows: [
        { key: 'aaaa aaaa aa', value: [{ text: 'x' }] },
        { key: 'Hari', value: [{ text: 'aaaa bbbb cccc dddd eeee ffff gggg' }] },
      ],
    });
    const { texts } = draw(slices);
    expect(texts.filter((t) => t.x === 50).map((t) => t.text)).toEqual(['aaaa aaaa', 'aa', 'Hari']);
    // The second row's value takes two lines, its key one.
    expect(slices).toHaveLength(4);
  });

  it('wraps a long key and a long value in their columns, the colon on the first line only', () => {
    // Key column 20 mm less 1 mm: 53.9 pt, one word per line ("mulai bekerja" would be 62.5).
    const slices = keyValueSlices(env(200), {
      type: 'keyValue',
      keyWidthMm: 20,
      indentMm: 5,
      rows: [{ key: 'Tanggal mulai bekerja', value: [{ text: 'aaaa bbbb cccc dddd eeee ffff' }] }],
    });
    const valueWidth = 200 - mm(5) - mm(20) - mm(4); // 118.9 pt: five words of 20 pt
    expect(valueWidth).toBeGreaterThan(110);
    expect(slices).toHaveLength(3);
    expect(keeps(slices)).toEqual([true, true, false]);
    const { texts } = draw(slices);
    expect(texts.filter((t) => Math.abs(t.x - 50 - mm(5)) < 1e-6).map((t) => t.text)).toEqual(['Tanggal', 'mulai', 'bekerja']);
    const colons = texts.filter((t) => t.text === ':');
    expect(colons).toHaveLength(1);
    expect(colons[0]!.x).toBeCloseTo(50 + mm(25), 9);
    for (const t of texts) expect(t.box.left).toBeCloseTo(50 + mm(5), 9);
    expect(texts.filter((t) => Math.abs(t.x - 50 - mm(29)) < 1e-6).map((t) => t.text)).toEqual([
      'aaaa bbbb cccc dddd eeee',
      'ffff',
    ]);
  });
});
