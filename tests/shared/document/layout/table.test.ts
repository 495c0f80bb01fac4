// Ruled tables on their own (fixed metrics: a character 5 pt, a space 2.5 pt at 10 pt, lines 11.5 pt): column
// widths from weights and widest words, cell padding and alignment, borders, shading, signature slots, header rows
// repeated, tall rows recorded and split, and the space around the table.
import { describe, expect, it } from 'vitest';
import { type LayoutEnv, mm } from '../../../../shared/document/layout/env';
import { paginate, type Slice } from '../../../../shared/document/layout/paginator';
import { columnWidths, tableSlices } from '../../../../shared/document/layout/table';
import { TextMeasure } from '../../../../shared/document/layout/text';
import type { LineItem, Measurer, PageItem, RectItem, TextItem } from '../../../../shared/document/layout/types';
import type { TableBlock, TableCell } from '../../../../shared/document/model';
import { fixedMetrics } from './fixed-metrics';

const LH = 11.5;
const PAD_X = mm(1.5);
const PAD_Y = mm(1);

const env = (pageHeight = 10_000, metrics: Measurer = fixedMetrics): LayoutEnv => ({
  measure: new TextMeasure(metrics),
  size: 10,
  left: 50,
  width: 200,
  pageHeight,
  tableColumns: [],
  tableTallRows: [],
});

const cell = (text: string, extra: Partial<TableCell> = {}): TableCell => ({ lines: [[{ text }]], ...extra });

const table = (rows: TableCell[][], extra: Partial<TableBlock> = {}): TableBlock => ({
  type: 'table',
  columns: [{ weight: 1 }, { weight: 3 }],
  header: [],
  rows: rows.map((cells) => ({ cells })),
  ...extra,
});

/** Draws slices as the paginator does on pages of `height` (frame from 0) and returns the pages' items. */
function draw(slices: Slice[], height = 10_000): PageItem[][] {
  return paginate(slices, { top: 0, bottom: height }).pages.map((p) => p.items);
}
const texts = (items: PageItem[]) => items.filter((i): i is TextItem => i.kind === 'text');
const lines = (items: PageItem[]) => items.filter((i): i is LineItem => i.kind === 'line');
const close = (a: number, b: number) => Math.abs(a - b) < 1e-6;

describe('columnWidths', () => {
  it('shares the width by weight when every column has room for its words', () => {
    expect(columnWidths(400, [1, 3], [0, 0])).toEqual([100, 300]);
    expect(columnWidths(400, [1, 3], [100, 300])).toEqual([100, 300]);
  });

  it('shares the width equally when no column has weight', () => {
    expect(columnWidths(300, [0, 0, 0], [0, 0, 0])).toEqual([100, 100, 100]);
  });

  it('widens a column to its minimum, taking the room from the others by weight', () => {
    const widths = columnWidths(400, [2, 1, 1], [0, 150, 0]);
    expect(widths[1]).toBeCloseTo(150, 9);
    // The 250 pt left go 2:1 to the others.
    expect(widths[0]).toBeCloseTo(250 * (2 / 3), 9);
    expect(widths[2]).toBeCloseTo(250 / 3, 9);
  });

  it('fixes a column that falls short only after another was widened, in a further round', () => {
    // Round 1: column 0 (weight share 100) is short of 200 and is fixed; the other two share 200 by 1:2, which puts
    // column 1 at 66.7, short of 90: round 2 fixes it, and column 2 keeps the 110 left.
    const widths = columnWidths(400, [1, 1, 2], [200, 90, 0]);
    expect(widths.map((w) => Math.round(w * 1000) / 1000)).toEqual([200, 90, 110]);
  });

  it('shares what is left equally among the weightless columns that have room', () => {
    const widths = columnWidths(300, [0, 0, 0], [150, 0, 0]);
    expect(widths).toEqual([150, 75, 75]);
  });

  it('keeps the weights when the minimums together do not fit', () => {
    expect(columnWidths(400, [1, 3], [300, 200])).toEqual([100, 300]);
  });

  it('honours minimums that fill the width exactly', () => {
    expect(columnWidths(400, [1, 3], [200, 200])).toEqual([200, 200]);
  });
});

describe('tableSlices', () => {
  it("records each table's column shares, widened for its widest word plus padding and slack", () => {
    const e = env();
    // "Anggaran" is 40 pt: with 2 × 1.5 mm padding and 2 pt slack the first column needs 50.5 pt, not 50.
    tableSlices(e, table([[cell('Anggaran'), cell('isi')]]));
    expect(e.tableColumns[0]![0]! * 200).toBeCloseTo(40 + 2 * PAD_X + 2, 9);
    expect(e.tableColumns[0]![0]! + e.tableColumns[0]![1]!).toBeCloseTo(1, 9);
    // Short words leave the weights as they are: words end at spaces and at line breaks ("aaaa bbbb" or
    // "bbbb\ncccc" taken for one word would need more than the column's 50 pt).
    tableSlices(e, table([[cell('aaaa bbbb\ncccc  dddd'), cell('isi')]]));
    expect(e.tableColumns[1]).toEqual([0.25, 0.75]);
  });

  it('measures the widest word in the style it is set in', () => {
    const wideBold: Measurer = { ...fixedMetrics, advance: (s, cp) => (cp === 32 ? 250 : s === 'bold' ? 1000 : 500) };
    const e = env(10_000, wideBold);
    tableSlices(e, table([[{ lines: [[{ text: 'Nomor', bold: true }]] }, cell('isi')]]));
    expect(e.tableColumns[0]![0]! * 200).toBeCloseTo(50 + 2 * PAD_X + 2, 9);
  });

  it('does not widen a column for the words of a cell spanning several columns', () => {
    const e = env();
    tableSlices(
      e,
      table([[cell('Pemberdayaanmasyarakat', { colSpan: 2 })], [cell('1'), cell('x')]], {
        columns: [{ weight: 1 }, { weight: 3 }],
      }),
    );
    expect(e.tableColumns[0]).toEqual([0.25, 0.75]);
  });

  it('pads the cell text, aligns it by cell, then by column, and keeps it in its cell', () => {
    const t = table(
      [
        [cell('ab', { align: 'right' }), cell('cd')],
        [cell('ef'), cell('gh')],
      ],
      {
        columns: [{ weight: 1 }, { weight: 1, align: 'center' }],
      },
    );
    const [items] = draw(tableSlices(env(), t));
    const at = (text: string) => texts(items!).find((i) => i.text === text)!;
    expect(at('ef').x).toBeCloseTo(50 + PAD_X, 9);
    expect(at('ab').x).toBeCloseTo(150 - PAD_X - 10, 9);
    expect(at('cd').x).toBeCloseTo(150 + PAD_X + (100 - 2 * PAD_X - 10) / 2, 9);
    expect(at('gh').box).toEqual({ left: 150 + PAD_X, right: 250 - PAD_X });
    // The first line's box starts PAD_Y under the row's top; the table has 5 pt of space above it, dropped here.
    expect(at('ab').y).toBeCloseTo(PAD_Y + 9.25, 9);
    expect(at('ef').y).toBeCloseTo(LH + 2 * PAD_Y + PAD_Y + 9.25, 9);
  });

  it('wraps cell text within the column less the padding on both sides', () => {
    // The first column is 50 pt: 41.5 pt inside, so "aaaa bbbb" (42.5) takes two lines.
    const [items] = draw(tableSlices(env(), table([[cell('aaaa bbbb'), cell('isi')]])));
    expect(texts(items!).map((t) => t.text)).toEqual(['aaaa', 'bbbb', 'isi']);
  });

  it('makes a row as tall as its tallest cell plus padding, or its minimum height', () => {
    const slices = tableSlices(
      env(),
      table([
        [cell('a'), { lines: [[{ text: 'b' }], [{ text: 'c' }]] }],
        [cell('d'), cell('e')],
      ]),
    );
    expect(slices[0]!.height).toBeCloseTo(2 * LH + 2 * PAD_Y, 9);
    const drawn = texts(draw(slices)[0]!);
    expect(drawn.find((t) => t.text === 'c')!.y - drawn.find((t) => t.text === 'b')!.y).toBeCloseTo(LH, 9);
    // The last row carries the space under the table.
    expect(slices[1]!.height).toBeCloseTo(LH + 2 * PAD_Y + 7.5, 9);
    expect(slices[0]!.spaceBefore).toBe(5);
    const tall = tableSlices(env(), table([[cell('a'), cell('b')]], { minRowHeightMm: 12 }));
    expect(tall[0]!.height).toBeCloseTo(mm(12) + 7.5, 9);
    const own = tableSlices(env(), {
      ...table([]),
      rows: [{ cells: [cell('a'), cell('b')], minHeightMm: 20 }],
      minRowHeightMm: 12,
    });
    expect(own[0]!.height).toBeCloseTo(mm(20) + 7.5, 9);
    // An empty cell still has a line's height.
    const empty = tableSlices(env(), table([[{ lines: [] }, { lines: [] }]]));
    expect(empty[0]!.height).toBeCloseTo(LH + 2 * PAD_Y + 7.5, 9);
  });

  it('sets cells at the top, the middle or the bottom of a taller row', () => {
    const t = table(
      [
        [cell('t'), cell('m', { vAlign: 'middle' })],
        [cell('b', { vAlign: 'bottom' }), cell('x')],
      ],
      { minRowHeightMm: 20 },
    );
    const [items] = draw(tableSlices(env(), t));
    const y = (text: string) => texts(items!).find((i) => i.text === text)!.y;
    const row = mm(20);
    const free = row - 2 * PAD_Y - LH;
    expect(y('t')).toBeCloseTo(PAD_Y + 9.25, 9);
    expect(y('m')).toBeCloseTo(PAD_Y + free / 2 + 9.25, 9);
    expect(y('b')).toBeCloseTo(row + PAD_Y + free + 9.25, 9);
  });

  it('draws the row borders: top and bottom, and a rule at every cell edge', () => {
    const [items] = draw(tableSlices(env(), table([[cell('a'), cell('b')]])));
    const h = LH + 2 * PAD_Y;
    const ls = lines(items!).map((l) => [l.x1, l.y1, l.x2, l.y2, l.width]);
    expect(ls).toHaveLength(5);
    expect(ls).toContainEqual([50, 0, 250, 0, 0.5]);
    expect(ls).toContainEqual([50, h, 250, h, 0.5]);
    expect(ls).toContainEqual([50, 0, 50, h, 0.5]);
    expect(ls).toContainEqual([100, 0, 100, h, 0.5]);
    expect(ls).toContainEqual([250, 0, 250, h, 0.5]);
  });

  it('spans a cell over several columns', () => {
    const t = table([[cell('wide', { colSpan: 2, align: 'right' })], [cell('a'), cell('b')]]);
    const [items] = draw(tableSlices(env(), t));
    const wide = texts(items!).find((i) => i.text === 'wide')!;
    expect(wide.x).toBeCloseTo(250 - PAD_X - 20, 9);
    expect(wide.box).toEqual({ left: 50 + PAD_X, right: 250 - PAD_X });
    // The spanning row has no rule between the columns.
    const first = lines(items!).filter((l) => l.y1 === 0 && l.y2 > 0);
    expect(first.map((l) => l.x1)).toEqual([50, 250]);
  });

  it("ends a cell spanning past the last column at the table's right edge", () => {
    const [items] = draw(tableSlices(env(), table([[cell('wide', { colSpan: 5, align: 'right' })]])));
    const wide = texts(items!).find((i) => i.text === 'wide')!;
    expect(wide.box.right).toBeCloseTo(250 - PAD_X, 9);
    expect(
      lines(items!)
        .filter((l) => l.y1 === 0 && l.y2 > 0)
        .map((l) => l.x1),
    ).toEqual([50, 250]);
  });

  it('shades a cell behind its borders over the whole row height', () => {
    const [items] = draw(tableSlices(env(), table([[cell('a', { shading: 'FFEEDD' }), cell('b')]], { minRowHeightMm: 10 })));
    const rects = items!.filter((i): i is RectItem => i.kind === 'rect');
    expect(rects).toEqual([{ kind: 'rect', x: 50, y: 0, w: 50, h: mm(10), fill: { rgb: 'FFEEDD' } }]);
    expect(items!.indexOf(rects[0]!)).toBe(0);
  });

  it("puts a signature slot's number at the left or from the middle of its cell, under the padding", () => {
    const t = table([
      [cell('1.'), { lines: [], signature: { label: '1.', side: 'left' } }],
      [cell('2.'), { lines: [], signature: { label: '2.', side: 'right' } }],
    ]);
    const [items] = draw(tableSlices(env(), t));
    const slots = texts(items!).filter((i) => i.x > 100);
    const rowH = LH + 2 * PAD_Y;
    expect(slots.map((s) => [s.text, s.x, s.y])).toEqual([
      ['1.', 100 + PAD_X, PAD_Y + 9.25],
      ['2.', 100 + 75, rowH + PAD_Y + 9.25],
    ]);
    expect(slots[0]!.box).toEqual({ left: 100 + PAD_X, right: 250 - PAD_X });
  });

  it('keeps header rows with the first row and repeats them on every page of the body', () => {
    const t = table(
      Array.from({ length: 10 }, (_, i) => [cell(`${i + 1}.`), cell('isi')]),
      { header: [{ cells: [cell('No'), cell('Isi')] }] },
    );
    const slices = tableSlices(env(100), t);
    expect(slices[0]!.keepWithNext).toBe(true);
    expect(slices.slice(1).every((s) => s.header?.length === 1 && s.header[0] === slices[0])).toBe(true);
    const pages = draw(slices, 100);
    expect(pages.length).toBeGreaterThan(2);
    for (const page of pages) expect(texts(page)[0]!.text).toBe('No');
  });

  it('gives body rows no header when the table has none', () => {
    const slices = tableSlices(env(), table([[cell('a'), cell('b')]]));
    expect(slices[0]!.header).toBeUndefined();
  });

  it('records the body rows taller than a sixth of a page', () => {
    const e = env(600);
    tableSlices(
      e,
      table([[cell('a'), cell('b')]], {
        rows: [
          { cells: [cell('a'), cell('b')] },
          { cells: [cell('a'), cell('b')], minHeightMm: 40 }, // 113 pt > 100
          { cells: [cell('a'), cell('b')], minHeightMm: 35 }, // 99 pt
        ],
      }),
    );
    tableSlices(e, table([[cell('a'), cell('b')]]));
    expect(e.tableTallRows).toEqual([[1], []]);
  });

  it('keeps the last row with what follows when asked, and only when there is a body', () => {
    const kept = tableSlices(env(), table([[cell('a'), cell('b')]], { keepLastRowWithNext: true }));
    expect(kept[kept.length - 1]!.keepWithNext).toBe(true);
    const headerOnly = tableSlices(
      env(),
      table([], { keepLastRowWithNext: true, header: [{ cells: [cell('No'), cell('Isi')] }] }),
    );
    expect(headerOnly).toHaveLength(1);
    expect(headerOnly[0]!.keepWithNext).toBe(true); // a header row is always kept with the next
    expect(headerOnly[0]!.height).toBeCloseTo(LH + 2 * PAD_Y + 7.5, 9);
    const plain = tableSlices(env(), table([[cell('a'), cell('b')]]));
    expect(plain[0]!.keepWithNext).toBeUndefined();
    expect(tableSlices(env(), table([]))).toEqual([]);
  });

  it('sets the table at its own size', () => {
    const slices = tableSlices(env(), table([[cell('a'), cell('b')]], { sizePt: 20 }));
    expect(slices[0]!.spaceBefore).toBe(10);
    expect(slices[0]!.height).toBeCloseTo(23 + 2 * PAD_Y + 15, 9);
    expect(texts(draw(slices)[0]!)[0]!.size).toBe(20);
  });

  it('splits a row taller than a page less the header into parts that each fit, sharing the lines out in order', () => {
    // A page of 100 pt with a header row of 17.17 pt: 82.8 pt for a part, 6 lines of 11.5 after the padding.
    const long = Array.from({ length: 14 }, (_, i) => [{ text: `L${i}` }]);
    const t = table([[cell('1.', { shading: 'EEEEEE' }), { lines: long }]], { header: [{ cells: [cell('No'), cell('Isi')] }] });
    const e = env(100);
    const slices = tableSlices(e, t);
    const header = LH + 2 * PAD_Y;
    const limit = 100 - header;
    expect(slices).toHaveLength(4);
    expect(slices[1]!.height).toBeCloseTo(limit, 9);
    expect(slices[2]!.height).toBeCloseTo(limit, 9);
    expect(slices[3]!.height).toBeCloseTo(2 * LH + 2 * PAD_Y + 7.5, 9);
    for (const part of slices.slice(1)) expect(part.header).toEqual([slices[0]]);
    const pages = draw(slices, 100);
    expect(pages).toHaveLength(3);
    expect(pages.map((p) => texts(p).map((t) => t.text))).toEqual([
      ['No', 'Isi', '1.', 'L0', 'L1', 'L2', 'L3', 'L4', 'L5'],
      ['No', 'Isi', 'L6', 'L7', 'L8', 'L9', 'L10', 'L11'],
      ['No', 'Isi', 'L12', 'L13'],
    ]);
    expect(e.tableTallRows).toEqual([[0]]);
    // Every part keeps the row's shading.
    expect(pages.map((p) => p.filter((i) => i.kind === 'rect').length)).toEqual([1, 1, 1]);
    // Only the first part has the row's top rule and only the last its bottom rule.
    const rules = (page: PageItem[], y: number) => lines(page).filter((l) => close(l.y1, y) && close(l.y2, y));
    expect(rules(pages[0]!, header)).toHaveLength(2); // the header's bottom and the row's top
    expect(rules(pages[0]!, 100)).toHaveLength(0);
    expect(rules(pages[1]!, header)).toHaveLength(1); // the header's bottom only
    expect(rules(pages[2]!, header + 2 * LH + 2 * PAD_Y)).toHaveLength(1);
  });

  it("draws a split row's signature slot on its first part only", () => {
    const long = Array.from({ length: 10 }, (_, i) => [{ text: `L${i}` }]);
    const t = table([[{ lines: [], signature: { label: '9.', side: 'left' } }, { lines: long }]]);
    const pages = draw(tableSlices(env(100), t), 100);
    expect(pages.length).toBeGreaterThan(1);
    expect(pages.map((p) => texts(p).filter((i) => i.text === '9.').length)).toEqual([1, ...pages.slice(1).map(() => 0)]);
  });
});
