// Slices for the text blocks: paragraphs, headings, titles, lists and key–value lines. Each line is its own slice,
// so long text flows across pages; headings and titles stay with what follows them.
import { type CaptionBlock, captionText } from '../model';
import type { Align, HeadingBlock, KeyValueBlock, ListBlock, ParagraphBlock, TextRun, TitleBlock } from '../model';
import { type LayoutEnv, mm } from './env';
import { drawLine } from './lines';
import type { DrawContext, Slice } from './paginator';
import { SPACING } from './spacing';
import { wrapRuns, type Line } from './text';

type DrawFn = (ctx: DrawContext, line: Line, top: number, index: number) => void;

export function lineSlices(env: LayoutEnv, lines: Line[], size: number, draw: DrawFn): Slice[] {
  const lh = env.measure.lineHeight(size);
  return lines.map((line, index) => ({ height: lh, draw: (ctx, top) => draw(ctx, line, top, index) }));
}

/** Puts the space before on the first slice and the space after into the last slice's height. */
export function spaced(slices: Slice[], before: number, after: number): Slice[] {
  if (slices.length === 0) return slices;
  slices[0]!.spaceBefore = before;
  const last = slices[slices.length - 1]!;
  last.height += after;
  return slices;
}

/**
 * A single line alone at the top of a page (a widow) or at the foot of one (an orphan) reads badly: the first two
 * and the last two lines of a block stay together, as Word's widow control keeps them.
 */
function keepLastTwo(slices: Slice[]): Slice[] {
  if (slices.length >= 2) {
    slices[0]!.keepWithNext = true;
    slices[slices.length - 2]!.keepWithNext = true;
  }
  return slices;
}

export function paragraphSlices(env: LayoutEnv, block: ParagraphBlock): Slice[] {
  const size = block.sizePt ?? env.size;
  const indent = mm(block.indentMm ?? 0);
  const first = mm(block.firstLineIndentMm ?? 0);
  const width = env.width - indent;
  const lines = wrapRuns(env.measure, block.runs, size, width, {}, width - first);
  const align: Align = block.align ?? 'left';
  const box = { left: env.left + indent, right: env.left + env.width };
  const slices = lineSlices(env, lines, size, (ctx, line, top, index) => {
    const offset = index === 0 ? first : 0;
    drawLine(ctx, env.measure, line, top, { x: env.left + indent + offset, width: width - offset, align, size, box });
  });
  spaced(keepLastTwo(slices), block.spaceBeforePt ?? 0, block.spaceAfterPt ?? size * SPACING.paragraphAfter);
  if (block.keepWithNext) slices[slices.length - 1]!.keepWithNext = true;
  return slices;
}

export function headingSlices(env: LayoutEnv, block: HeadingBlock): Slice[] {
  const size = block.level === 1 ? env.size + 2 : env.size;
  const italic = block.level === 3;
  const align: Align = block.align ?? (block.level === 1 ? 'center' : 'left');
  const box = { left: env.left, right: env.left + env.width };
  // Level 1 ("BAB I" over "PENDAHULUAN") puts the label on its own line; lower levels put it before the text.
  const paragraphs: TextRun[][] =
    block.level === 1 && block.label
      ? [[{ text: block.label, bold: true }], [{ text: block.text, bold: true }]]
      : [[{ text: block.label ? `${block.label} ${block.text}` : block.text, bold: true, italic }]];
  const lines = paragraphs.flatMap((runs) => wrapRuns(env.measure, runs, size, env.width));
  const slices = lineSlices(env, lines, size, (ctx, line, top, index) => {
    if (index === 0 && block.toc) ctx.heading({ level: block.level, label: block.label ?? null, text: block.text });
    drawLine(ctx, env.measure, line, top, { x: env.left, width: env.width, align, size, box });
  });
  spaced(slices, size * SPACING.headingBefore[block.level], size * SPACING.headingAfter[block.level]);
  for (const slice of slices) slice.keepWithNext = true;
  if (block.pageBreakBefore) slices[0]!.pageBreakBefore = true;
  return slices;
}

/** A table's caption: centred and bold, recorded for the Daftar Tabel, kept with the table under it. */
export function captionSlices(env: LayoutEnv, block: CaptionBlock): Slice[] {
  const size = block.sizePt ?? env.size;
  const box = { left: env.left, right: env.left + env.width };
  const lines = wrapRuns(env.measure, [{ text: captionText(block), bold: true }], size, env.width);
  const slices = lineSlices(env, lines, size, (ctx, line, top, index) => {
    if (index === 0) ctx.caption({ level: 1, label: null, text: captionText(block) });
    drawLine(ctx, env.measure, line, top, { x: env.left, width: env.width, align: 'center', size, box });
  });
  spaced(slices, size * SPACING.tableBefore, size * SPACING.captionAfter);
  for (const slice of slices) slice.keepWithNext = true;
  return slices;
}

export function titleSlices(env: LayoutEnv, block: TitleBlock): Slice[] {
  const size = env.size + 1;
  const box = { left: env.left, right: env.left + env.width };
  const center = (runs: TextRun[], s: number) => wrapRuns(env.measure, runs, s, env.width);
  const groups: { lines: Line[]; size: number }[] = [
    ...block.lines.map((text) => ({ lines: center([{ text, bold: true, underline: block.underline ?? false }], size), size })),
    ...(block.number ? [{ lines: center([{ text: `NOMOR: ${block.number}` }], env.size), size: env.size }] : []),
    ...(block.subtitle ?? []).map((text) => ({ lines: center([{ text, bold: true }], env.size), size: env.size })),
  ];
  const slices = groups.flatMap((group) =>
    lineSlices(env, group.lines, group.size, (ctx, line, top) =>
      drawLine(ctx, env.measure, line, top, { x: env.left, width: env.width, align: 'center', size: group.size, box }),
    ),
  );
  spaced(slices, env.size * SPACING.titleBefore, env.size * SPACING.titleAfter);
  for (const slice of slices) slice.keepWithNext = true;
  return slices;
}

const ALPHA = 'abcdefghijklmnopqrstuvwxyz';

function listLabel(list: ListBlock, index: number): string {
  if (!list.ordered) return '•';
  const n = (list.start ?? 1) + index;
  if (list.style === 'lower-alpha') return `${n <= 26 ? ALPHA[n - 1] : n}.`;
  return `${n}.`;
}

export function listSlices(env: LayoutEnv, list: ListBlock, depth = 0, baseIndent = 0): Slice[] {
  const size = env.size;
  const indent = baseIndent + mm(list.indentMm ?? 0);
  const hang = mm(7) + (list.ordered && list.items.length + (list.start ?? 1) > 10 ? mm(1.5) : 0);
  const textX = env.left + indent + hang;
  const width = env.width - indent - hang;
  const box = { left: env.left + indent, right: env.left + env.width };
  const slices: Slice[] = [];
  list.items.forEach((item, i) => {
    const label = listLabel(list, i);
    const labelLine = wrapRuns(env.measure, [{ text: label }], size, hang)[0]!;
    const lines = wrapRuns(env.measure, item.runs, size, width);
    const itemSlices = lineSlices(env, lines, size, (ctx, line, top, index) => {
      if (index === 0)
        drawLine(ctx, env.measure, labelLine, top, { x: env.left + indent, width: hang, align: 'left', size, box });
      drawLine(ctx, env.measure, line, top, { x: textX, width, align: 'justify', size, box });
    });
    spaced(keepLastTwo(itemSlices), 0, size * SPACING.listItemAfter);
    slices.push(...itemSlices);
    if (item.children) slices.push(...listSlices(env, item.children, depth + 1, indent + hang));
  });
  if (depth === 0) spaced(slices, 0, size * (SPACING.listAfter - SPACING.listItemAfter));
  return slices;
}

export function keyValueSlices(env: LayoutEnv, block: KeyValueBlock): Slice[] {
  const size = env.size;
  const indent = mm(block.indentMm ?? 0);
  const keyWidth = mm(block.keyWidthMm ?? 40);
  const colon = mm(4);
  const valueX = env.left + indent + keyWidth + colon;
  const valueWidth = env.width - indent - keyWidth - colon;
  const box = { left: env.left + indent, right: env.left + env.width };
  const slices = block.rows.flatMap((row) => {
    const keyLines = wrapRuns(env.measure, [{ text: row.key }], size, keyWidth - mm(1));
    const valueLines = wrapRuns(env.measure, row.value, size, valueWidth);
    const colonLine = wrapRuns(env.measure, [{ text: ':' }], size, colon)[0]!;
    const count = Math.max(keyLines.length, valueLines.length);
    const lh = env.measure.lineHeight(size);
    const rowSlices: Slice[] = Array.from({ length: count }, (_, index) => ({
      height: lh,
      draw: (ctx: DrawContext, top: number) => {
        const keyLine = keyLines[index];
        const valueLine = valueLines[index];
        if (keyLine)
          drawLine(ctx, env.measure, keyLine, top, { x: env.left + indent, width: keyWidth, align: 'left', size, box });
        if (index === 0)
          drawLine(ctx, env.measure, colonLine, top, { x: env.left + indent + keyWidth, width: colon, align: 'left', size, box });
        if (valueLine) drawLine(ctx, env.measure, valueLine, top, { x: valueX, width: valueWidth, align: 'left', size, box });
      },
    }));
    return keepLastTwo(rowSlices);
  });
  return spaced(slices, 0, size * SPACING.keyValueAfter);
}
