// Signature blocks side by side: each centred in its column with room for a wet signature and the cap; a row of
// blocks (with the place-and-date line above the first row) never splits across pages.
import type { SignatureBlock, SignatureGridBlock } from '../model';
import { type LayoutEnv, mm } from './env';
import { drawLine } from './lines';
import type { Slice } from './paginator';
import { SPACING } from './spacing';
import { wrapRuns, type Line } from './text';

interface BlockLines {
  heading: Line[];
  name: Line[];
  details: Line[];
  space: number;
}

function blockLines(env: LayoutEnv, block: SignatureBlock, width: number, size: number): BlockLines {
  const wrap = (text: string, bold = false, underline = false) => wrapRuns(env.measure, [{ text, bold, underline }], size, width);
  return {
    heading: block.headingLines.flatMap((text) => wrap(text)),
    name: wrap(block.name, block.nameBold ?? true, block.nameUnderline ?? false),
    details: block.detailLines.flatMap((text) => wrap(text)),
    space: mm(block.signatureSpaceMm ?? SPACING.signatureSpaceMm),
  };
}

function blockHeight(lh: number, b: BlockLines): number {
  return (b.heading.length + b.name.length + b.details.length) * lh + b.space;
}

export function signatureGridSlices(env: LayoutEnv, grid: SignatureGridBlock): Slice[] {
  const columnWidth = env.width / grid.columns;
  const inner = columnWidth - mm(2);
  const size = grid.sizePt ?? env.size;
  const lh = env.measure.lineHeight(size);
  const laid = grid.cells.map((cell) => (cell ? blockLines(env, cell, inner, size) : null));
  const placeDate = grid.placeDate ? wrapRuns(env.measure, [{ text: grid.placeDate }], size, inner) : [];
  const slices: Slice[] = [];
  for (let start = 0; start < laid.length; start += grid.columns) {
    const row = laid.slice(start, start + grid.columns);
    const withDate = start === 0 ? placeDate : [];
    // Names line up across a row: every block's name starts below the longest heading of the row.
    const headingLines = Math.max(0, ...row.map((b) => b?.heading.length ?? 0));
    const height =
      withDate.length * lh +
      Math.max(0, ...row.map((b) => (b ? blockHeight(lh, b) + (headingLines - b.heading.length) * lh : 0))) +
      lh;
    slices.push({
      height,
      spaceBefore: start === 0 ? (grid.spaceBeforePt ?? env.size) : 0,
      draw: (ctx, top) => {
        const lastX = env.left + (grid.columns - 1) * columnWidth + mm(1);
        const box = (x: number) => ({ left: x, right: x + inner });
        withDate.forEach((line, i) =>
          drawLine(ctx, env.measure, line, top + i * lh, {
            x: lastX,
            width: inner,
            align: 'center',
            size,
            box: box(lastX),
          }),
        );
        const blockTop = top + withDate.length * lh;
        row.forEach((b, column) => {
          if (!b) return;
          const x = env.left + column * columnWidth + mm(1);
          const place = { x, width: inner, align: 'center' as const, size, box: box(x) };
          let y = blockTop + (headingLines - b.heading.length) * lh;
          for (const line of b.heading) {
            drawLine(ctx, env.measure, line, y, place);
            y += lh;
          }
          y += b.space;
          for (const line of [...b.name, ...b.details]) {
            drawLine(ctx, env.measure, line, y, place);
            y += lh;
          }
        });
      },
    });
  }
  if (grid.keepLastRowWithNext && slices.length > 0) slices[slices.length - 1]!.keepWithNext = true;
  return slices;
}
