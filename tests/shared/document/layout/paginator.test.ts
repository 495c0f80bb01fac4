// The paginator on its own, with slices that record where they were drawn: positions down the page, the space
// dropped at a page's top, forced breaks, keep-with-next chains, repeated table headers, and the pages of headings.
import { describe, expect, it } from 'vitest';
import { paginate, type Slice } from '../../../../shared/document/layout/paginator';
import type { LaidOutPage, TextItem } from '../../../../shared/document/layout/types';

const FRAME = { top: 10, bottom: 110 }; // 100 pt of room per page

/** A slice that draws its name as a text item at the top it was given. */
function slice(name: string, height: number, extra: Partial<Slice> = {}): Slice {
  return {
    height,
    draw: (ctx, top) =>
      ctx.add({ kind: 'text', x: 0, y: top, text: name, style: 'regular', size: 10, width: 1, box: { left: 0, right: 1 } }),
    ...extra,
  };
}

/** Each page as its slices' names with the tops they were drawn at. */
const placed = (pages: LaidOutPage[]) =>
  pages.map((p) => p.items.map((i) => [(i as TextItem).text, (i as TextItem).y] as [string, number]));

const names = (pages: LaidOutPage[]) => pages.map((p) => p.items.map((i) => (i as TextItem).text));

describe('paginate', () => {
  it('stacks slices from the frame top, adding the space before each but the first', () => {
    const { pages } = paginate([slice('a', 20), slice('b', 30, { spaceBefore: 5 }), slice('c', 10, { spaceBefore: 2 })], FRAME);
    expect(placed(pages)).toEqual([
      [
        ['a', 10],
        ['b', 35],
        ['c', 67],
      ],
    ]);
  });

  it('drops the space before a slice that starts a page, the first page included', () => {
    const { pages } = paginate([slice('a', 20, { spaceBefore: 7 }), slice('b', 75), slice('c', 10, { spaceBefore: 8 })], FRAME);
    // c would end at 10 + 20 + 75 + 8 + 10 = 123 > 110: it starts page 2 at the frame top, without its space.
    expect(placed(pages)).toEqual([
      [
        ['a', 10],
        ['b', 30],
      ],
      [['c', 10]],
    ]);
  });

  it('keeps a slice that ends exactly at the frame bottom on the page', () => {
    const exact = paginate([slice('a', 60), slice('b', 35, { spaceBefore: 5 })], FRAME);
    expect(names(exact.pages)).toEqual([['a', 'b']]);
    // One point more and it moves.
    const over = paginate([slice('a', 60), slice('b', 36, { spaceBefore: 5 })], FRAME);
    expect(placed(over.pages)).toEqual([[['a', 10]], [['b', 10]]]);
  });

  it('counts the space before when deciding whether a slice fits', () => {
    const { pages } = paginate([slice('a', 60), slice('b', 35, { spaceBefore: 6 })], FRAME);
    expect(names(pages)).toEqual([['a'], ['b']]);
  });

  it('honours pageBreakBefore, but leaves no empty page when the slice already starts one', () => {
    const { pages } = paginate(
      [slice('a', 10, { pageBreakBefore: true }), slice('b', 10), slice('c', 10, { pageBreakBefore: true }), slice('d', 10)],
      FRAME,
    );
    expect(placed(pages)).toEqual([
      [
        ['a', 10],
        ['b', 20],
      ],
      [
        ['c', 10],
        ['d', 20],
      ],
    ]);
    // Each forced break after drawn content starts its own page.
    const twice = paginate(
      [slice('a', 90), slice('b', 20, { pageBreakBefore: true }), slice('c', 5, { pageBreakBefore: true })],
      FRAME,
    );
    expect(names(twice.pages)).toEqual([['a'], ['b'], ['c']]);
  });

  it('moves a keep-with-next chain to the next page when it fits there but not in what is left', () => {
    // 'h' fits (10 + 60 + 20 = 90) but 'h' with 'p' (30 more) does not: both go over.
    const { pages } = paginate([slice('x', 60), slice('h', 20, { keepWithNext: true }), slice('p', 30)], FRAME);
    expect(placed(pages)).toEqual([
      [['x', 10]],
      [
        ['h', 10],
        ['p', 30],
      ],
    ]);
  });

  it('follows a chain through every kept slice and counts their spaces', () => {
    const chain = [
      slice('h1', 10, { keepWithNext: true }),
      slice('h2', 10, { keepWithNext: true, spaceBefore: 5 }),
      slice('p', 10, { spaceBefore: 5 }),
    ];
    // The chain is 10 + 5 + 10 + 5 + 10 = 40 pt; after 'x' (55) 45 are left, so it stays.
    expect(names(paginate([slice('x', 55), ...chain], FRAME).pages)).toEqual([['x', 'h1', 'h2', 'p']]);
    const moved = paginate([slice('x', 66), ...chain], FRAME);
    // 66 + 40 = 106 > 100: the whole chain moves, not just its tail.
    expect(names(moved.pages)).toEqual([['x'], ['h1', 'h2', 'p']]);
  });

  it('does not let a slice without keepWithNext pull the next slice along', () => {
    const { pages } = paginate([slice('x', 60), slice('a', 20), slice('b', 30)], FRAME);
    expect(names(pages)).toEqual([['x', 'a'], ['b']]);
  });

  it('leaves a chain taller than a page where it is, filling the page before breaking', () => {
    const chain = Array.from({ length: 6 }, (_, i) => slice(`k${i}`, 30, { keepWithNext: i < 5 }));
    const { pages } = paginate([slice('x', 50), ...chain], FRAME);
    // 180 pt of kept slices can never be together: they flow from where they are, until the rest of the chain
    // (k3 to k5, 90 pt) fits one page and moves to a page of its own.
    expect(names(pages)).toEqual([
      ['x', 'k0'],
      ['k1', 'k2'],
      ['k3', 'k4', 'k5'],
    ]);
  });

  it('moves a chain that exactly fills a page when it does not fit in what is left', () => {
    const { pages } = paginate([slice('x', 10), slice('a', 50, { keepWithNext: true }), slice('b', 50)], FRAME);
    expect(names(pages)).toEqual([['x'], ['a', 'b']]);
  });

  it('keeps a chain that ends exactly at the frame bottom where it is', () => {
    const { pages } = paginate([slice('x', 50), slice('h', 20, { keepWithNext: true }), slice('p', 30)], FRAME);
    expect(names(pages)).toEqual([['x', 'h', 'p']]);
  });

  it('lets a chain one slice longer than a page flow from where it is', () => {
    // a and b fill a page exactly, and b is kept with c too: the chain (110 pt) can never be together.
    const { pages } = paginate(
      [slice('x', 10), slice('a', 50, { keepWithNext: true }), slice('b', 50, { keepWithNext: true }), slice('c', 10)],
      FRAME,
    );
    expect(names(pages)).toEqual([
      ['x', 'a'],
      ['b', 'c'],
    ]);
  });

  it('counts the space above a kept slice when deciding whether its chain fits', () => {
    // h (6 pt above it, 20 pt) and p (10 pt): 76 + 6 + 30 = 112 > 110, so both go over; without the space they
    // would fit and h would stay while p went over.
    const { pages } = paginate([slice('x', 66), slice('h', 20, { keepWithNext: true, spaceBefore: 6 }), slice('p', 10)], FRAME);
    expect(names(pages)).toEqual([['x'], ['h', 'p']]);
  });

  it('moves a slice of a chain too long for any page when it does not fit with its space, or fits to the point', () => {
    const spaced = paginate([slice('x', 60), slice('a', 35, { keepWithNext: true, spaceBefore: 6 }), slice('b', 100)], FRAME);
    expect(names(spaced.pages)).toEqual([['x'], ['a'], ['b']]);
    const exact = paginate([slice('x', 60), slice('a', 40, { keepWithNext: true }), slice('b', 100)], FRAME);
    expect(names(exact.pages)).toEqual([['x', 'a'], ['b']]);
  });

  it('moves a kept row and the next to a new page under the repeated header when they fit there', () => {
    const header = [slice('H', 15, { keepWithNext: true })];
    const { pages } = paginate(
      [...header, slice('x', 30, { header }), slice('r0', 30, { header, keepWithNext: true }), slice('r1', 30, { header })],
      FRAME,
    );
    // r0 with r1 (60 pt) no longer fits under x (ending at 55), but fits under the header on a new page.
    expect(names(pages)).toEqual([
      ['H', 'x'],
      ['H', 'r0', 'r1'],
    ]);
  });

  it('ends a chain at the last slice even when that slice asks to be kept with a next one', () => {
    const { pages } = paginate([slice('x', 80), slice('a', 15, { keepWithNext: true })], FRAME);
    expect(names(pages)).toEqual([['x', 'a']]);
  });

  it('draws the header rows again above a slice that starts a new page, and leaves room for them', () => {
    const header = [slice('H', 15, { keepWithNext: true })];
    const rows = Array.from({ length: 5 }, (_, i) => slice(`r${i}`, 25, { header }));
    const { pages } = paginate([...header, ...rows], FRAME);
    expect(placed(pages)).toEqual([
      [
        ['H', 10],
        ['r0', 25],
        ['r1', 50],
        ['r2', 75],
      ],
      [
        ['H', 10],
        ['r3', 25],
        ['r4', 50],
      ],
    ]);
  });

  it('does not move a kept row whose chain fits a page only without the repeated header', () => {
    // A chain of 90 pt fits an empty page (100) but not one carrying the 15 pt header: it flows instead of moving.
    const header = [slice('H', 15)];
    const rows = [slice('r0', 50, { header, keepWithNext: true }), slice('r1', 40, { header })];
    const { pages } = paginate([slice('x', 30), ...rows], FRAME);
    expect(names(pages)).toEqual([
      ['x', 'r0'],
      ['H', 'r1'],
    ]);
  });

  it('records each heading and caption with the page it was drawn on', () => {
    const heading = (text: string, height: number): Slice => ({
      height,
      draw: (ctx) => ctx.heading({ level: 1, label: null, text }),
    });
    const caption = (text: string, height: number): Slice => ({
      height,
      draw: (ctx) => ctx.caption({ level: 1, label: null, text }),
    });
    const result = paginate([heading('A', 60), caption('T1', 30), heading('B', 30), caption('T2', 60), heading('C', 11)], FRAME);
    expect(result.headings.map((h) => h.text)).toEqual(['A', 'B', 'C']);
    expect(result.headingPages).toEqual([1, 2, 3]);
    expect(result.captions.map((c) => c.text)).toEqual(['T1', 'T2']);
    expect(result.captionPages).toEqual([1, 2]);
    expect(result.pages).toHaveLength(3);
  });

  it('gives an empty document one empty page', () => {
    const { pages, headings } = paginate([], FRAME);
    expect(pages).toEqual([{ items: [] }]);
    expect(headings).toEqual([]);
  });
});
