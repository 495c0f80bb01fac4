// The table of contents: one entry per heading marked for it, dot leaders, and page numbers that are filled in
// once pagination knows where each heading landed.
import { type Block, type CaptionBlock, captionText, type HeadingBlock, type TocBlock } from '../model';
import { type LayoutEnv, mm } from './env';
import { drawLine } from './lines';
import type { Slice } from './paginator';
import { wrapRuns } from './text';
import type { TextItem } from './types';

export function tocHeadings(blocks: readonly Block[], maxLevel = 3): HeadingBlock[] {
  const found: HeadingBlock[] = [];
  const visit = (list: readonly Block[]) => {
    for (const block of list) {
      if (block.type === 'heading' && block.toc && block.level <= maxLevel) found.push(block);
      else if (block.type === 'keepTogether') visit(block.blocks);
    }
  };
  visit(blocks);
  return found;
}

/** The captions of the document's tables, in order, including those inside keepTogether blocks. */
export function tableCaptions(blocks: readonly Block[]): CaptionBlock[] {
  const found: CaptionBlock[] = [];
  const visit = (list: readonly Block[]) => {
    for (const block of list) {
      if (block.type === 'caption') found.push(block);
      else if (block.type === 'keepTogether') visit(block.blocks);
    }
  };
  visit(blocks);
  return found;
}

/** An entry of a contents list: a heading, or a caption (listed plain, at one level). */
export type TocItem = Pick<HeadingBlock, 'level' | 'label' | 'text'> & { plain?: boolean };

export function captionItems(blocks: readonly Block[]): TocItem[] {
  return tableCaptions(blocks).map((c) => ({ level: 1, text: captionText(c), plain: true }));
}

/** Number items to fill after pagination, in the order of the headings. */
export interface TocSlots {
  items: (TextItem | null)[];
  right: number;
  maxLevel: number;
}

export function tocSlices(env: LayoutEnv, block: TocBlock, headings: readonly TocItem[], slots: TocSlots): Slice[] {
  const size = env.size;
  const numberWidth = mm(10);
  const box = { left: env.left, right: env.left + env.width };
  const title = wrapRuns(env.measure, [{ text: block.title, bold: true }], size + 2, env.width);
  const lh = env.measure.lineHeight(size);
  const slices: Slice[] = title.map((line) => ({
    height: env.measure.lineHeight(size + 2),
    keepWithNext: true,
    draw: (ctx, top) =>
      drawLine(ctx, env.measure, line, top, { x: env.left, width: env.width, align: 'center', size: size + 2, box }),
  }));
  if (slices[0]) slices[slices.length - 1]!.height += size;
  slots.right = env.left + env.width;
  slots.maxLevel = block.maxLevel;
  const dotWidth = env.measure.width('.', 'regular', size);
  headings.forEach((heading, index) => {
    const indent = mm(6) * (heading.level - 1);
    const text = heading.label ? `${heading.label} ${heading.text}` : heading.text;
    const bold = heading.level === 1 && !heading.plain;
    const width = env.width - indent - numberWidth - mm(2);
    const lines = wrapRuns(env.measure, [{ text, bold }], size, width);
    lines.forEach((line, i) => {
      const last = i === lines.length - 1;
      slices.push({
        height: lh,
        spaceBefore: i === 0 && heading.level === 1 && !heading.plain ? size * 0.4 : 0,
        draw: (ctx, top) => {
          const x = env.left + indent;
          drawLine(ctx, env.measure, line, top, { x, width, align: 'left', size, box });
          if (!last) return;
          const dotsFrom = x + line.width + mm(1);
          const dotsTo = env.left + env.width - numberWidth;
          const count = Math.max(0, Math.floor((dotsTo - dotsFrom) / dotWidth));
          const baseline = top + env.measure.baseline(size);
          if (count > 0) {
            ctx.add({
              kind: 'text',
              x: dotsTo - count * dotWidth,
              y: baseline,
              text: '.'.repeat(count),
              style: 'regular',
              size,
              width: count * dotWidth,
              box,
            });
          }
          const item: TextItem = { kind: 'text', x: slots.right, y: baseline, text: '', style: 'regular', size, width: 0, box };
          ctx.add(item);
          slots.items[index] = item;
        },
      });
    });
  });
  return slices;
}
