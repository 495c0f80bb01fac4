// The letterhead, images and spacers on their own (fixed metrics): the kop's lines centred clear of the logo, the
// thick-over-thin rule under it, images scaled to the column or the page and aligned, spacers capped at a page.
import { describe, expect, it } from 'vitest';
import { type LayoutEnv, mm } from '../../../../shared/document/layout/env';
import { imageSlices, letterheadSlices, spacerSlices } from '../../../../shared/document/layout/figure-blocks';
import type { DrawContext } from '../../../../shared/document/layout/paginator';
import { TextMeasure } from '../../../../shared/document/layout/text';
import type { ImageItem, LineItem, PageItem, TextItem } from '../../../../shared/document/layout/types';
import type { ImageData } from '../../../../shared/document/model';
import { fixedMetrics } from './fixed-metrics';

const env = (pageHeight = 700): LayoutEnv => ({
  measure: new TextMeasure(fixedMetrics),
  size: 10,
  left: 50,
  width: 400,
  pageHeight,
  tableColumns: [],
  tableTallRows: [],
});

/** A PNG header of the given pixel size: all the layout reads of an image. */
function png(width: number, height: number): ImageData {
  const data = new Uint8Array(24);
  const view = new DataView(data.buffer);
  view.setUint32(16, width);
  view.setUint32(20, height);
  return { data, mime: 'image/png' };
}

function drawAt(slice: { draw: (ctx: DrawContext, top: number) => void }, top: number): PageItem[] {
  const items: PageItem[] = [];
  slice.draw({ pageIndex: 0, add: (i) => items.push(i), heading: () => undefined, caption: () => undefined }, top);
  return items;
}

describe('letterheadSlices', () => {
  it('centres the kop lines over the whole width at their sizes, with the double rule under them', () => {
    const [slice] = letterheadSlices(env(), {
      type: 'letterhead',
      lines: [
        { text: 'PEMERINTAH', sizePt: 12, bold: true },
        { text: 'Jalan', sizePt: 10 },
      ],
    });
    const textHeight = 12 * 1.15 + 10 * 1.15;
    expect(slice!.height).toBeCloseTo(textHeight + mm(1.5) + 4 + mm(4), 9);
    const items = drawAt(slice!, 100);
    const texts = items.filter((i): i is TextItem => i.kind === 'text');
    expect(texts.map((t) => [t.text, t.style, t.size])).toEqual([
      ['PEMERINTAH', 'bold', 12],
      ['Jalan', 'regular', 10],
    ]);
    expect(texts[0]!.x).toBeCloseTo(50 + (400 - 60) / 2, 9);
    expect(texts[1]!.x).toBeCloseTo(50 + (400 - 25) / 2, 9);
    expect(texts[1]!.y - texts[0]!.y).toBeCloseTo(
      12 * 1.15 + new TextMeasure(fixedMetrics).baseline(10) - new TextMeasure(fixedMetrics).baseline(12),
      9,
    );
    expect(texts[0]!.box).toEqual({ left: 50, right: 450 });
    const ruleY = 100 + textHeight + mm(1.5);
    expect(items.filter((i): i is LineItem => i.kind === 'line')).toEqual([
      { kind: 'line', x1: 50, y1: ruleY, x2: 450, y2: ruleY, width: 2.25 },
      { kind: 'line', x1: 50, y1: ruleY + 3, x2: 450, y2: ruleY + 3, width: 0.75 },
    ]);
    expect(items.some((i) => i.kind === 'image')).toBe(false);
  });

  it('puts the logo at the left, 20 mm wide, and keeps the text clear of it on both sides', () => {
    const logo = png(100, 150); // 20 mm wide, 30 mm high
    const [slice] = letterheadSlices(env(), { type: 'letterhead', logo, lines: [{ text: 'KOP', sizePt: 10 }] });
    const logoH = mm(30);
    expect(slice!.height).toBeCloseTo(logoH + mm(1.5) + 4 + mm(4), 9);
    const items = drawAt(slice!, 0);
    const image = items.find((i): i is ImageItem => i.kind === 'image')!;
    expect(image.x).toBe(50);
    expect(image.y).toBeCloseTo(0, 9);
    expect(image.w).toBeCloseTo(mm(20), 9);
    expect(image.h).toBeCloseTo(logoH, 9);
    const text = items.find((i): i is TextItem => i.kind === 'text')!;
    const reserve = mm(23);
    expect(text.box.left).toBeCloseTo(50 + reserve, 9);
    expect(text.box.right).toBeCloseTo(450 - reserve, 9);
    expect(text.x).toBeCloseTo(250 - 7.5, 9);
    // The text is centred on the logo's height.
    expect(text.y).toBeCloseTo((logoH - 11.5) / 2 + 9.25, 9);
    const rules = items.filter((i): i is LineItem => i.kind === 'line');
    expect(rules[0]!.y1).toBeCloseTo(logoH + mm(1.5), 9);
  });

  it('centres a short logo on text taller than it', () => {
    const logo = png(100, 10); // 2 mm high
    const lines = Array.from({ length: 4 }, () => ({ text: 'x', sizePt: 10 }));
    const items = drawAt(letterheadSlices(env(), { type: 'letterhead', logo, lines })[0]!, 0);
    const image = items.find((i): i is ImageItem => i.kind === 'image')!;
    expect(image.y).toBeCloseTo((4 * 11.5 - mm(2)) / 2, 9);
    const first = items.find((i): i is TextItem => i.kind === 'text')!;
    expect(first.y).toBeCloseTo(9.25, 9);
  });
});

describe('imageSlices', () => {
  it('sets an image at its width with its aspect ratio, centred by default, with space under it', () => {
    const [slice] = imageSlices(env(), { type: 'image', image: png(200, 100), widthMm: 100 });
    const w = mm(100);
    expect(slice!.height).toBeCloseTo(w / 2 + 5, 9);
    const [item] = drawAt(slice!, 30) as ImageItem[];
    expect(item!.x).toBeCloseTo(50 + (400 - w) / 2, 9);
    expect([item!.y, item!.w, item!.h]).toEqual([30, w, w / 2]);
  });

  it('aligns left or right and narrows an image wider than the column to it', () => {
    const left = drawAt(
      imageSlices(env(), { type: 'image', image: png(10, 10), widthMm: 50, align: 'left' })[0]!,
      0,
    )[0] as ImageItem;
    expect(left.x).toBe(50);
    const right = drawAt(
      imageSlices(env(), { type: 'image', image: png(10, 10), widthMm: 50, align: 'right' })[0]!,
      0,
    )[0] as ImageItem;
    expect(right.x + right.w).toBeCloseTo(450, 9);
    const wide = drawAt(imageSlices(env(), { type: 'image', image: png(10, 10), widthMm: 500 })[0]!, 0)[0] as ImageItem;
    expect([wide.x, wide.w, wide.h]).toEqual([50, 400, 400]);
  });

  it('scales an image taller than a page down to the page, keeping its ratio', () => {
    const [slice] = imageSlices(env(300), { type: 'image', image: png(100, 200), widthMm: 200 });
    const [item] = drawAt(slice!, 0) as ImageItem[];
    expect(item!.h).toBe(300);
    expect(item!.w).toBeCloseTo(150, 9);
    expect(slice!.height).toBe(305);
    // Exactly a page high: left as it is.
    const exact = drawAt(imageSlices(env(400), { type: 'image', image: png(100, 100), widthMm: 500 })[0]!, 0)[0] as ImageItem;
    expect([exact.w, exact.h]).toEqual([400, 400]);
  });
});

describe('spacerSlices', () => {
  it('leaves the space asked, never more than a page, and draws nothing', () => {
    const [slice] = spacerSlices(env(), 10);
    expect(slice!.height).toBeCloseTo(mm(10), 9);
    expect(drawAt(slice!, 0)).toEqual([]);
    expect(spacerSlices(env(100), 50)[0]!.height).toBe(100);
  });
});
