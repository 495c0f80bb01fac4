// The contents and the list of tables on their own (fixed metrics: a character 5 pt, a space 2.5 pt at 10 pt):
// which headings and captions are listed, indents by level, dot leaders up to the number column, and the slots that
// receive the page numbers after pagination.
import { describe, expect, it } from 'vitest';
import { type LayoutEnv, mm } from '../../../../shared/document/layout/env';
import { paginate } from '../../../../shared/document/layout/paginator';
import { TextMeasure } from '../../../../shared/document/layout/text';
import { captionItems, tableCaptions, tocHeadings, tocSlices, type TocSlots } from '../../../../shared/document/layout/toc';
import type { TextItem } from '../../../../shared/document/layout/types';
import type { Block } from '../../../../shared/document/model';
import { fixedMetrics } from './fixed-metrics';

const LH = 11.5;
const env = (): LayoutEnv => ({
  measure: new TextMeasure(fixedMetrics),
  size: 10,
  left: 50,
  width: 300,
  pageHeight: 10_000,
  tableColumns: [],
  tableTallRows: [],
});

const blocks: Block[] = [
  { type: 'heading', level: 1, label: 'BAB I', text: 'Satu', toc: true },
  { type: 'heading', level: 2, label: '1.1', text: 'Dua', toc: true },
  { type: 'heading', level: 2, text: 'Tanpa daftar' },
  { type: 'caption', label: 'Tabel', number: '1.1', text: 'Data' },
  {
    type: 'keepTogether',
    blocks: [
      { type: 'heading', level: 3, text: 'Tiga', toc: true },
      { type: 'caption', label: 'Tabel', number: '1.2', text: 'Lagi' },
    ],
  },
  { type: 'paragraph', runs: [{ text: 'isi' }] },
];

describe('tocHeadings and tableCaptions', () => {
  it('lists the headings marked for the contents up to the level asked, inside kept groups too', () => {
    expect(tocHeadings(blocks).map((h) => h.text)).toEqual(['Satu', 'Dua', 'Tiga']);
    expect(tocHeadings(blocks, 2).map((h) => h.text)).toEqual(['Satu', 'Dua']);
    expect(tocHeadings(blocks, 1).map((h) => h.text)).toEqual(['Satu']);
  });

  it('lists every caption, inside kept groups too, as plain level-1 entries', () => {
    expect(tableCaptions(blocks).map((c) => c.number)).toEqual(['1.1', '1.2']);
    expect(captionItems(blocks)).toEqual([
      { level: 1, text: 'Tabel 1.1 Data', plain: true },
      { level: 1, text: 'Tabel 1.2 Lagi', plain: true },
    ]);
  });
});

describe('tocSlices', () => {
  const slots = (): TocSlots => ({ items: [], right: 0, maxLevel: 3 });

  it('sets the title centred, bold and larger, kept with the entries, with a line of space under it', () => {
    const s = slots();
    const slices = tocSlices(env(), { type: 'toc', title: 'DAFTAR ISI', maxLevel: 2 }, [], s);
    expect(slices).toHaveLength(1);
    expect(slices[0]!.keepWithNext).toBe(true);
    expect(slices[0]!.height).toBeCloseTo(12 * 1.15 + 10, 9);
    const items = paginate(slices, { top: 0, bottom: 1000 }).pages[0]!.items as TextItem[];
    expect(items.map((t) => [t.text, t.style, t.size])).toEqual([['DAFTAR ISI', 'bold', 12]]);
    expect(items[0]!.x).toBeCloseTo(50 + (300 - (9 * 6 + 3)) / 2, 9);
    expect(s.right).toBe(350);
    expect(s.maxLevel).toBe(2);
  });

  it('indents entries by level, bolds chapters and puts space above them, and leads dots to the number column', () => {
    const s = slots();
    const e = env();
    const slices = tocSlices(
      e,
      { type: 'toc', title: 'DAFTAR ISI', maxLevel: 3 },
      [
        { level: 1, label: 'BAB I', text: 'Satu' },
        { level: 2, label: '1.1', text: 'Dua' },
        { level: 3, text: 'Tiga' },
      ],
      s,
    );
    expect(slices.map((x) => x.spaceBefore ?? 0)).toEqual([0, 4, 0, 0]);
    expect(slices.slice(1).map((x) => x.height)).toEqual([LH, LH, LH]);
    const items = paginate(slices, { top: 0, bottom: 1000 }).pages[0]!.items as TextItem[];
    const entry = (text: string) => items.find((t) => t.text === text)!;
    expect([entry('BAB I Satu').x, entry('BAB I Satu').style]).toEqual([50, 'bold']);
    expect([entry('1.1 Dua').x, entry('1.1 Dua').style]).toEqual([50 + mm(6), 'regular']);
    expect(entry('Tiga').x).toBeCloseTo(50 + mm(12), 9);
    const dots = items.filter((t) => /^\.+$/.test(t.text));
    expect(dots).toHaveLength(3);
    const dotsTo = 350 - mm(10);
    for (const [i, d] of dots.entries()) {
      // The dots end at the number column and start at least 1 mm after the entry's text.
      expect(d.x + d.width).toBeCloseTo(dotsTo, 9);
      expect(d.width).toBe(d.text.length * 5);
      const text = [entry('BAB I Satu'), entry('1.1 Dua'), entry('Tiga')][i]!;
      expect(d.x).toBeGreaterThanOrEqual(text.x + text.width + mm(1));
      expect(d.x - 5).toBeLessThan(text.x + text.width + mm(1));
      expect(d.y).toBe(text.y);
      expect(d.style).toBe('regular');
    }
    // One empty number item per entry, at the right edge, on the entry's line, for the pages to be filled in.
    expect(s.items).toHaveLength(3);
    expect(s.items.map((t) => [t!.text, t!.x, t!.y])).toEqual([
      ['', 350, entry('BAB I Satu').y],
      ['', 350, entry('1.1 Dua').y],
      ['', 350, entry('Tiga').y],
    ]);
    expect(items.filter((t) => t.text === '')).toEqual(s.items);
  });

  it('sets plain entries (the list of tables) without bold or space above', () => {
    const slices = tocSlices(
      env(),
      { type: 'toc', title: 'DAFTAR TABEL', maxLevel: 1, of: 'tables' },
      captionItems(blocks),
      slots(),
    );
    expect(slices.map((x) => x.spaceBefore ?? 0)).toEqual([0, 0, 0]);
    const items = paginate(slices, { top: 0, bottom: 1000 }).pages[0]!.items as TextItem[];
    expect(items.find((t) => t.text === 'Tabel 1.1 Data')!.style).toBe('regular');
  });

  it('wraps a long entry before the number column and leads dots from its last line only', () => {
    const s = slots();
    const long = 'kata '.repeat(20).trim(); // 20 words of 22.5 pt with their spaces
    const slices = tocSlices(env(), { type: 'toc', title: 'ISI', maxLevel: 2 }, [{ level: 2, label: '1.1', text: long }], s);
    const width = 300 - mm(6) - mm(10) - mm(2);
    const items = paginate(slices, { top: 0, bottom: 1000 }).pages[0]!.items as TextItem[];
    const entryLines = items.filter((t) => t.text.includes('kata'));
    expect(entryLines.length).toBe(slices.length - 1);
    expect(entryLines.length).toBeGreaterThan(1);
    for (const l of entryLines) expect(l.width).toBeLessThanOrEqual(width + 1e-6);
    // Space above only for chapters, never for the continuation lines.
    expect(slices.slice(1).every((x) => (x.spaceBefore ?? 0) === 0)).toBe(true);
    const dots = items.filter((t) => /^\.+$/.test(t.text));
    expect(dots).toHaveLength(1);
    expect(dots[0]!.y).toBe(entryLines[entryLines.length - 1]!.y);
    expect(s.items).toHaveLength(1);
    expect(s.items[0]!.y).toBe(dots[0]!.y);
  });

  it('leaves out the dots when the entry reaches the number column', () => {
    // A line 247 pt wide (the whole entry width less one character): not a single dot fits before the column.
    const width = 300 - mm(10) - mm(2);
    const chars = Math.floor(width / 5);
    const slices = tocSlices(env(), { type: 'toc', title: 'ISI', maxLevel: 1 }, [{ level: 1, text: 'x'.repeat(chars) }], slots());
    const items = paginate(slices, { top: 0, bottom: 1000 }).pages[0]!.items as TextItem[];
    expect(items.filter((t) => /^\.+$/.test(t.text))).toEqual([]);
    // …and writes one dot when there is just room for it.
    const roomFor = (350 - mm(10) - (50 + mm(1)) - 5) / 5; // characters that leave one dot's room
    const one = tocSlices(
      env(),
      { type: 'toc', title: 'ISI', maxLevel: 1 },
      [{ level: 1, text: 'x'.repeat(Math.floor(roomFor)) }],
      slots(),
    );
    const oneItems = paginate(one, { top: 0, bottom: 1000 }).pages[0]!.items as TextItem[];
    expect(oneItems.filter((t) => /^\.+$/.test(t.text)).map((t) => t.text.length)).toEqual([1]);
  });
});
