// Signature blocks side by side: each centred in its column with room for a wet signature and the cap; a row of
// blocks (with the place-and-date line above the first row) never splits across pages.
import type { SignatureBlock, SignatureGridBlock } from '../model';
import { type LayoutEnv, mm } from './env';
import { drawLine } from './lines';
import type { Slice } from './paginator';
import { SPACING } from './spacing';
import { styleOf, wrapRuns, type Line } from './text';

interface BlockLines {
  heading: Line[];
  /** The heading's lines per heading line of the block, to tell the shared lead from the jabatan. */
  headingParts: Line[][];
  name: Line[];
  details: Line[];
  space: number;
}

const lineText = (line: Line) =>
  line.fragments
    .map((f) => f.text)
    .join('')
    .trim();

/**
 * The name's lines, with the gelar after its comma ("…, M.Si.") never alone on the last underlined line: the name
 * then breaks earlier, so that the last gelar goes down with the word before it. The printed string is unchanged.
 */
export function nameLines(env: LayoutEnv, name: string, width: number, size: number, bold: boolean, underline: boolean): Line[] {
  const wrap = (w: number) => wrapRuns(env.measure, [{ text: name, bold, underline }], size, w);
  const lonelyGelar = (lines: Line[]) =>
    lines.length >= 2 && !/\s/.test(lineText(lines[lines.length - 1]!)) && /,$/.test(lineText(lines[lines.length - 2]!));
  const lines = wrap(width);
  if (!lonelyGelar(lines)) return lines;
  // Narrow the column word by word until the gelar has company (the lines before it stay within the column), but
  // never below the widest word: a narrower column would cut the name inside a word.
  const style = styleOf({ bold });
  const widest = Math.max(...name.split(' ').map((word) => env.measure.width(word, style, size)));
  for (let w = width - size; w > width / 3 && w >= widest - 1e-6; w -= size) {
    const tried = wrap(w);
    if (!lonelyGelar(tried) && tried.length <= lines.length + 1) return tried;
  }
  return lines;
}

/**
 * The name as the DOCX writes it, where Word and LibreOffice wrap it themselves: the space before the last gelar
 * ("…, M.Si.") made unbreakable, so that the gelar goes down with the word before it as it does in the PDF.
 */
export function gelarBound(name: string): string {
  return name.replace(/,\s+(\S+)$/, ',\u00a0$1');
}

function blockLines(env: LayoutEnv, block: SignatureBlock, width: number, size: number): BlockLines {
  const wrap = (text: string, bold = false, underline = false) => wrapRuns(env.measure, [{ text, bold, underline }], size, width);
  return {
    ...headingOf(block.headingLines.map((text) => wrap(text))),
    name: nameLines(env, block.name, width, size, block.nameBold ?? true, block.nameUnderline ?? false),
    details: block.detailLines.flatMap((text) => wrap(text)),
    space: mm(block.signatureSpaceMm ?? SPACING.signatureSpaceMm),
  };
}

const headingOf = (parts: Line[][]) => ({ headingParts: parts, heading: parts.flat() });

/**
 * The heading lines every block of a row starts with (such as "Mengetahui,"): they stay level at the top while the
 * jabatan under them is set to the bottom, so that the blocks start on the same line and their names line up. The
 * DOCX sets its signature rows from the same count.
 */
export function sharedLead(blocks: readonly SignatureBlock[]): number {
  if (blocks.length < 2) return 0;
  const first = blocks[0]!.headingLines;
  let n = 0;
  while (n < first.length - 1 && blocks.every((b) => b.headingLines.length > n + 1 && b.headingLines[n] === first[n])) n++;
  // Only whole lines that end with a comma ("Mengetahui,", "SEKRETARIS DAERAH," of a chain): jabatan that merely
  // begin alike ("KEPALA DINAS" over "LINGKUNGAN HIDUP" and "PERTANIAN") keep their lines together at the bottom.
  while (n > 0 && !first[n - 1]!.trimEnd().endsWith(',')) n--;
  return n;
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
  const wide = grid.placeDateWide === true;
  const placeDate = grid.placeDate ? wrapRuns(env.measure, [{ text: grid.placeDate }], size, wide ? env.width : inner) : [];
  // Over the whole width a blank line follows the date, as under a paragraph.
  const dateLines = placeDate.length + (wide && placeDate.length > 0 ? 1 : 0);
  const slices: Slice[] = [];
  for (let start = 0; start < laid.length; start += grid.columns) {
    const row = laid.slice(start, start + grid.columns);
    const withDate = start === 0 ? placeDate : [];
    const dateHeight = start === 0 ? dateLines * lh : 0;
    const lead = sharedLead(grid.cells.slice(start, start + grid.columns).filter((c): c is SignatureBlock => c !== null));
    // Names line up across a row: every block's name starts below the longest heading of the row.
    const headingLines = Math.max(0, ...row.map((b) => b?.heading.length ?? 0));
    const height =
      dateHeight + Math.max(0, ...row.map((b) => (b ? blockHeight(lh, b) + (headingLines - b.heading.length) * lh : 0))) + lh;
    slices.push({
      height,
      spaceBefore: start === 0 ? (grid.spaceBeforePt ?? env.size) : 0,
      draw: (ctx, top) => {
        const lastX = env.left + (grid.columns - 1) * columnWidth + mm(1);
        const box = (x: number) => ({ left: x, right: x + inner });
        withDate.forEach((line, i) =>
          drawLine(
            ctx,
            env.measure,
            line,
            top + i * lh,
            wide
              ? { x: env.left, width: env.width, align: 'right', size, box: { left: env.left, right: env.left + env.width } }
              : { x: lastX, width: inner, align: 'center', size, box: box(lastX) },
          ),
        );
        const blockTop = top + dateHeight;
        row.forEach((b, column) => {
          if (!b) return;
          const x = env.left + column * columnWidth + mm(1);
          const place = { x, width: inner, align: 'center' as const, size, box: box(x) };
          // The shared lead at the top, the rest of the heading down to the line above the signature space.
          const leadLines = b.headingParts.slice(0, lead).flat();
          const rest = b.headingParts.slice(lead).flat();
          leadLines.forEach((line, i) => drawLine(ctx, env.measure, line, blockTop + i * lh, place));
          let y = blockTop + (headingLines - rest.length) * lh;
          for (const line of rest) {
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
  if ((grid.keepLastRowWithNext || grid.closing) && slices.length > 0) slices[slices.length - 1]!.keepWithNext = true;
  if (grid.closing) {
    // The closing row(s) kept together and with the last row of blocks above them.
    const closing = signatureGridSlices(env, grid.closing);
    closing.slice(0, -1).forEach((s) => (s.keepWithNext = true));
    slices.push(...closing);
  }
  return slices;
}
