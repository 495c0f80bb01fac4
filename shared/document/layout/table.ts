// Table layout: column widths from weights, wrapped cell text with padding, borders, staggered signature slots,
// header rows repeated on each page. A row never splits, unless it alone is taller than a page: then its cells
// continue on the next page rather than running past the margin.
import type { Align, TableBlock, TableCell, TableRow } from '../model';
import { type LayoutEnv, mm } from './env';
import { drawLine } from './lines';
import type { DrawContext, Slice } from './paginator';
import { SPACING } from './spacing';
import { styleOf, wrapRuns, type Line } from './text';

const PAD_X = mm(SPACING.cellPadXMm);
const PAD_Y = mm(SPACING.cellPadYMm);
const BORDER = 0.5;
/** Word processors measure a hair differently (rounding to twips, kerning): a word sized exactly would be cut. */
const WORD_SLACK = 2;

interface CellLayout {
  x: number;
  width: number;
  cell: TableCell;
  lines: Line[];
  align: Align;
}

/** The widest word of a column (words break only at ordinary spaces), plus padding: narrower, it would be cut. */
function minContentWidths(env: LayoutEnv, table: TableBlock, size: number): number[] {
  const widths = table.columns.map(() => 0);
  for (const row of [...table.header, ...table.rows]) {
    let col = 0;
    for (const cell of row.cells) {
      const span = Math.max(1, cell.colSpan ?? 1);
      if (span === 1 && col < widths.length) {
        for (const run of cell.lines.flat()) {
          const style = styleOf(run);
          for (const word of run.text.split(/[ \n]+/)) {
            if (word) widths[col] = Math.max(widths[col]!, env.measure.width(word, style, size) + 2 * PAD_X + WORD_SLACK);
          }
        }
      }
      col += span;
    }
  }
  return widths;
}

/**
 * Column edges from the weights, except that a column too narrow for its widest word (an amount, a year span,
 * "Menengah") is widened to it, the width coming from the columns that have room to spare. When the words of all
 * columns together do not fit, the weights stand and long words are cut, as before.
 */
export function columnWidths(totalWidth: number, weights: number[], minimums: number[]): number[] {
  // All-zero weights (a malformed model) share the width equally rather than dividing by zero.
  const sum = weights.reduce((a, b) => a + b, 0);
  const widths = weights.map((w) => (sum > 0 ? (totalWidth * w) / sum : totalWidth / weights.length));
  if (minimums.reduce((a, b) => a + b, 0) > totalWidth) return widths;
  const fixed = new Set<number>();
  // Each round fixes the columns below their minimum and shares what is left among the others by weight.
  for (let round = 0; round < weights.length; round++) {
    const short = widths.map((w, i) => (!fixed.has(i) && w < minimums[i]! - 1e-6 ? i : -1)).filter((i) => i >= 0);
    if (short.length === 0) break;
    for (const i of short) fixed.add(i);
    const free = totalWidth - [...fixed].reduce((a, i) => a + minimums[i]!, 0);
    const freeWeight = weights.reduce((a, w, i) => (fixed.has(i) ? a : a + w), 0);
    const freeCount = weights.length - fixed.size;
    widths.forEach(
      (_, i) => (widths[i] = fixed.has(i) ? minimums[i]! : freeWeight > 0 ? (free * weights[i]!) / freeWeight : free / freeCount),
    );
  }
  return widths;
}

function columnEdges(env: LayoutEnv, table: TableBlock, size: number): number[] {
  const widths = columnWidths(
    env.width,
    table.columns.map((c) => c.weight),
    minContentWidths(env, table, size),
  );
  env.tableColumns.push(widths.map((w) => w / env.width));
  const edges = [env.left];
  for (const w of widths) edges.push(edges[edges.length - 1]! + w);
  return edges;
}

function layoutCells(env: LayoutEnv, table: TableBlock, row: TableRow, edges: number[], size: number): CellLayout[] {
  const cells: CellLayout[] = [];
  let col = 0;
  for (const cell of row.cells) {
    const span = Math.max(1, cell.colSpan ?? 1);
    const x = edges[col]!;
    const right = edges[Math.min(col + span, edges.length - 1)]!;
    const width = right - x;
    const inner = Math.max(1, width - 2 * PAD_X);
    const lines = cell.signature ? [] : cell.lines.flatMap((runs) => wrapRuns(env.measure, runs, size, inner));
    cells.push({ x, width, cell, lines, align: cell.align ?? table.columns[col]?.align ?? 'left' });
    col += span;
  }
  return cells;
}

function drawBorders(
  ctx: DrawContext,
  cells: CellLayout[],
  top: number,
  height: number,
  edges: { top: boolean; bottom: boolean },
): void {
  const bottom = top + height;
  const left = cells[0]!.x;
  const last = cells[cells.length - 1]!;
  const right = last.x + last.width;
  if (edges.top) ctx.add({ kind: 'line', x1: left, y1: top, x2: right, y2: top, width: BORDER });
  if (edges.bottom) ctx.add({ kind: 'line', x1: left, y1: bottom, x2: right, y2: bottom, width: BORDER });
  for (const cell of cells) ctx.add({ kind: 'line', x1: cell.x, y1: top, x2: cell.x, y2: bottom, width: BORDER });
  ctx.add({ kind: 'line', x1: right, y1: top, x2: right, y2: bottom, width: BORDER });
}

function rowSlice(
  env: LayoutEnv,
  cells: CellLayout[],
  rowHeight: number,
  size: number,
  part: { first: boolean; last: boolean },
): Slice {
  const lh = env.measure.lineHeight(size);
  return {
    height: rowHeight,
    draw: (ctx, top) => {
      // Shading first, so that the borders and the text are drawn over it.
      for (const c of cells) {
        if (c.cell.shading) {
          ctx.add({ kind: 'rect', x: c.x, y: top, w: c.width, h: rowHeight, fill: { rgb: c.cell.shading } });
        }
      }
      drawBorders(ctx, cells, top, rowHeight, { top: part.first, bottom: part.last });
      for (const c of cells) {
        const box = { left: c.x + PAD_X, right: c.x + c.width - PAD_X };
        if (c.cell.signature) {
          // Odd numbers sign on the left, even numbers from the middle: neighbours' signatures do not collide.
          const labelLine = wrapRuns(env.measure, [{ text: c.cell.signature.label }], size, c.width / 2 - 2 * PAD_X)[0]!;
          const x = c.cell.signature.side === 'left' ? c.x + PAD_X : c.x + c.width / 2;
          drawLine(ctx, env.measure, labelLine, top + PAD_Y, { x, width: c.width / 2 - PAD_X, align: 'left', size, box });
          continue;
        }
        const textHeight = c.lines.length * lh;
        const vAlign = c.cell.vAlign ?? 'top';
        const free = rowHeight - 2 * PAD_Y - textHeight;
        const offset = vAlign === 'middle' ? free / 2 : vAlign === 'bottom' ? free : 0;
        c.lines.forEach((line, i) => {
          drawLine(ctx, env.measure, line, top + PAD_Y + Math.max(0, offset) + i * lh, {
            x: c.x + PAD_X,
            width: c.width - 2 * PAD_X,
            align: c.align,
            size,
            box,
          });
        });
      }
    },
  };
}

/** A row taller than `limit` becomes several slices, each cell's lines shared out in order. */
function splitRow(env: LayoutEnv, cells: CellLayout[], limit: number, size: number): Slice[] {
  const lh = env.measure.lineHeight(size);
  const perPart = Math.max(1, Math.floor((limit - 2 * PAD_Y) / lh));
  const parts = Math.max(...cells.map((c) => Math.ceil(c.lines.length / perPart)));
  return Array.from({ length: parts }, (_, p) => {
    const partCells = cells.map((c) => ({
      ...c,
      lines: c.lines.slice(p * perPart, (p + 1) * perPart),
      cell: p === 0 ? c.cell : { ...c.cell, signature: undefined },
    }));
    const used = Math.max(...partCells.map((c) => c.lines.length)) * lh + 2 * PAD_Y;
    return rowSlice(env, partCells, p === parts - 1 ? used : limit, size, { first: p === 0, last: p === parts - 1 });
  });
}

export function tableSlices(env: LayoutEnv, table: TableBlock): Slice[] {
  const size = table.sizePt ?? env.size;
  const edges = columnEdges(env, table, size);
  const lh = env.measure.lineHeight(size);
  const measureRow = (row: TableRow, minHeight: number) => {
    const cells = layoutCells(env, table, row, edges, size);
    const textHeight = Math.max(lh, ...cells.map((c) => c.lines.length * lh)) + 2 * PAD_Y;
    const height = Math.max(textHeight, minHeight);
    return { cells, height, slice: rowSlice(env, cells, height, size, { first: true, last: true }) };
  };
  const header = table.header.map((row) => measureRow(row, mm(row.minHeightMm ?? 0)).slice);
  for (const slice of header) slice.keepWithNext = true;
  const headerHeight = header.reduce((sum, s) => sum + s.height, 0);
  const limit = env.pageHeight - headerHeight;
  const tall: number[] = [];
  env.tableTallRows.push(tall);
  const body = table.rows.flatMap((row, index) => {
    const { cells, height, slice } = measureRow(row, mm(row.minHeightMm ?? table.minRowHeightMm ?? 0));
    if (height > env.pageHeight / 6) tall.push(index);
    const parts = height > limit ? splitRow(env, cells, limit, size) : [slice];
    for (const part of parts) if (header.length > 0) part.header = header;
    return parts;
  });
  const slices = [...header, ...body];
  if (slices.length > 0) {
    slices[0]!.spaceBefore = size * SPACING.tableBefore;
    slices[slices.length - 1]!.height += size * SPACING.tableAfter;
    if (table.keepLastRowWithNext && body.length > 0) slices[slices.length - 1]!.keepWithNext = true;
  }
  return slices;
}
