// Placing one wrapped line: left, centre, right and justified alignment, the baseline in the line box, underline
// and marker boxes, and the box a line must stay in (fixed metrics: a character 5 pt, a space 2.5 pt at 10 pt).
import { describe, expect, it } from 'vitest';
import { drawLine, drawLines } from '../../../../shared/document/layout/lines';
import type { DrawContext } from '../../../../shared/document/layout/paginator';
import { TextMeasure, wrapRuns } from '../../../../shared/document/layout/text';
import type { PageItem, RectItem, TextItem } from '../../../../shared/document/layout/types';
import type { TextRun } from '../../../../shared/document/model';
import { fixedMetrics } from './fixed-metrics';

const measure = new TextMeasure(fixedMetrics);
const SIZE = 10;

function collect(): { ctx: DrawContext; items: PageItem[] } {
  const items: PageItem[] = [];
  return { ctx: { pageIndex: 0, add: (i) => items.push(i), heading: () => undefined, caption: () => undefined }, items };
}

const lineOf = (runs: TextRun[], width = 1000) => wrapRuns(measure, runs, SIZE, width)[0]!;
const textItems = (items: PageItem[]) => items.filter((i): i is TextItem => i.kind === 'text');

describe('drawLine', () => {
  it('sets a left-aligned line at x with its baseline in the line box, boxed by the placement', () => {
    const { ctx, items } = collect();
    drawLine(ctx, measure, lineOf([{ text: 'ab cd' }]), 40, { x: 100, width: 200, align: 'left', size: SIZE });
    expect(items).toEqual([
      {
        kind: 'text',
        x: 100,
        y: 40 + 9.25,
        text: 'ab cd',
        style: 'regular',
        size: SIZE,
        width: 22.5,
        box: { left: 100, right: 300 },
      },
    ]);
    // No underline or justification fields on a plain line.
    expect('underline' in items[0]!).toBe(false);
    expect('justifyGap' in items[0]!).toBe(false);
  });

  it('centres a line in its width and sets a right-aligned one against the right edge', () => {
    const line = lineOf([{ text: 'ab cd' }]); // 22.5 pt
    const centred = collect();
    drawLine(centred.ctx, measure, line, 0, { x: 100, width: 200, align: 'center', size: SIZE });
    expect(textItems(centred.items)[0]!.x).toBeCloseTo(100 + (200 - 22.5) / 2, 9);
    const right = collect();
    drawLine(right.ctx, measure, line, 0, { x: 100, width: 200, align: 'right', size: SIZE });
    expect(textItems(right.items)[0]!.x).toBeCloseTo(300 - 22.5, 9);
  });

  it('never shifts a line wider than its width to the left of x', () => {
    const { ctx, items } = collect();
    drawLine(ctx, measure, lineOf([{ text: 'abcdefghij' }]), 0, { x: 100, width: 20, align: 'right', size: SIZE });
    expect(textItems(items)[0]!.x).toBe(100);
  });

  it('justifies a line that does not end its paragraph by widening its spaces', () => {
    const lines = wrapRuns(measure, [{ text: 'aaaa bb cc dddddd' }], SIZE, 50); // "aaaa bb cc" is 45 pt
    expect(lines[0]!.last).toBe(false);
    const { ctx, items } = collect();
    drawLine(ctx, measure, lines[0]!, 0, { x: 10, width: 50, align: 'justify', size: SIZE });
    const [item] = textItems(items);
    // Two spaces share 5 pt of free room.
    expect(item!.justifyGap).toBeCloseTo(2.5, 9);
    expect(item!.width).toBeCloseTo(45, 9);
    expect(item!.x).toBe(10);
  });

  it('does not justify the last line, nor a line without spaces', () => {
    const lines = wrapRuns(measure, [{ text: 'aaaa bb cc dddddd' }], SIZE, 50);
    const last = collect();
    drawLine(last.ctx, measure, lines[1]!, 0, { x: 10, width: 50, align: 'justify', size: SIZE });
    expect(textItems(last.items)[0]!.justifyGap).toBeUndefined();
    expect(textItems(last.items)[0]!.x).toBe(10);
    const cut = wrapRuns(measure, [{ text: 'x'.repeat(14) }], SIZE, 50);
    expect(cut[0]!.last).toBe(false);
    const word = collect();
    drawLine(word.ctx, measure, cut[0]!, 0, { x: 10, width: 60, align: 'justify', size: SIZE });
    expect(textItems(word.items)[0]!.justifyGap).toBeUndefined();
  });

  it('moves each fragment by the widened spaces of those before it', () => {
    const lines = wrapRuns(measure, [{ text: 'aa ' }, { text: 'bb', bold: true }, { text: ' cc dddddddddd' }], SIZE, 50);
    expect(lines[0]!.fragments.map((f) => f.text)).toEqual(['aa ', 'bb', ' cc']);
    const { ctx, items } = collect();
    drawLine(ctx, measure, lines[0]!, 0, { x: 0, width: 50, align: 'justify', size: SIZE });
    // "aa bb cc" is 35 pt: 15 pt over two spaces, 7.5 each.
    expect(textItems(items).map((t) => [t.text, t.x, t.justifyGap])).toEqual([
      ['aa ', 0, 7.5],
      ['bb', 20, 7.5],
      [' cc', 30, 7.5],
    ]);
  });

  it('marks underlined fragments, and puts a marker box under marked ones before their text', () => {
    const { ctx, items } = collect();
    const line = lineOf([{ text: 'ab ' }, { text: 'cd', underline: true }, { text: ' ef', marker: true }]);
    drawLine(ctx, measure, line, 20, { x: 0, width: 200, align: 'left', size: SIZE, box: { left: -5, right: 300 } });
    expect(items.map((i) => i.kind)).toEqual(['text', 'text', 'rect', 'text']);
    const [ab, cd, ef] = textItems(items);
    expect(ab!.underline).toBeUndefined();
    expect(cd!.underline).toBe(true);
    expect(ef!.underline).toBeUndefined();
    expect(items[2] as RectItem).toEqual({ kind: 'rect', x: 22.5, y: 20, w: 12.5, h: 11.5, fill: 'marker' });
    expect(ef!.x).toBeCloseTo(22.5, 9);
    // The box given is kept.
    expect(ab!.box).toEqual({ left: -5, right: 300 });
  });

  it('widens a marker box with the justified spaces it covers', () => {
    const lines = wrapRuns(measure, [{ text: 'aa bb', marker: true }, { text: ' cccccccccc' }], SIZE, 50);
    const { ctx, items } = collect();
    drawLine(ctx, measure, lines[0]!, 0, { x: 0, width: 50, align: 'justify', size: SIZE });
    // "aa bb" is 22.5 pt on a line of 50: its one space takes all 27.5 pt.
    expect((items[0] as RectItem).w).toBeCloseTo(50, 9);
  });
});

describe('drawLines', () => {
  it('stacks lines one line height apart and returns the height used', () => {
    const lines = wrapRuns(measure, [{ text: 'aaaa bbbb cccc' }], SIZE, 25);
    const { ctx, items } = collect();
    const used = drawLines(ctx, measure, lines, 100, { x: 0, width: 25, align: 'left', size: SIZE });
    expect(used).toBeCloseTo(3 * 11.5, 9);
    expect(textItems(items).map((t) => [t.text, t.y])).toEqual([
      ['aaaa', 109.25],
      ['bbbb', 120.75],
      ['cccc', 132.25],
    ]);
  });
});
