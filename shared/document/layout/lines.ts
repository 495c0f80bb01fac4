// Turns wrapped lines into positioned text items: alignment, justification, underline and marker highlight.
import type { Align } from '../model';
import type { DrawContext } from './paginator';
import type { Line, TextMeasure } from './text';
import type { Box, TextItem } from './types';

export interface LinePlacement {
  x: number;
  width: number;
  align: Align;
  size: number;
  box?: Box;
}

/** Draws one line whose line box starts at `top`. */
export function drawLine(ctx: DrawContext, measure: TextMeasure, line: Line, top: number, p: LinePlacement): void {
  const free = Math.max(0, p.width - line.width);
  const justify = p.align === 'justify' && !line.last && line.spaces > 0;
  const gap = justify ? free / line.spaces : 0;
  let x = p.x;
  if (p.align === 'center') x += free / 2;
  else if (p.align === 'right') x += free;
  const baseline = top + measure.baseline(p.size);
  const box = p.box ?? { left: p.x, right: p.x + p.width };
  for (const fragment of line.fragments) {
    const spaces = gap > 0 ? fragment.spaces : 0;
    const drawnWidth = fragment.width + spaces * gap;
    if (fragment.marker) {
      ctx.add({ kind: 'rect', x, y: top, w: drawnWidth, h: measure.lineHeight(p.size), fill: 'marker' });
    }
    // Built field by field, not with conditional spreads: one item per fragment of the document, and the spreads'
    // temporary objects were a noticeable part of a long draft's layout.
    const item: Omit<TextItem, 'box'> & { box?: TextItem['box'] } = {
      kind: 'text',
      x,
      y: baseline,
      text: fragment.text,
      style: fragment.style,
      size: p.size,
      width: fragment.width,
    };
    if (fragment.underline) item.underline = true;
    if (gap > 0) item.justifyGap = gap;
    item.box = box;
    ctx.add(item as TextItem);
    x += drawnWidth;
  }
}

/** Draws several lines from `top`, one line box each; returns the height used. */
export function drawLines(ctx: DrawContext, measure: TextMeasure, lines: readonly Line[], top: number, p: LinePlacement): number {
  const lh = measure.lineHeight(p.size);
  lines.forEach((line, i) => drawLine(ctx, measure, line, top + i * lh, p));
  return lines.length * lh;
}
