// Ruled tables: header rows repeat on each page (tblHeader), rows never split (cantSplit), staggered signature slots;
// cell text in the Table Text and Table Heading styles. Column widths come from the PDF's layout or the model's
// weights over the text width. The space around a table is left by the paragraphs next to it (blocks.ts).
import {
  HeightRule,
  ShadingType,
  type IBorderOptions,
  Paragraph,
  Table,
  TableCell as DocxTableCell,
  TableLayoutType,
  TableRow as DocxTableRow,
  VerticalAlignTable,
  WidthType,
} from 'docx';
import type { TableBlock, TableCell, TableRow, VerticalAlign } from '../../../shared/document/model';
import { SPACING } from '../../../shared/document/layout/spacing';
import { type DocxEnv, type Keep, mmToTwips, ptToHalfPoints, ptToTwips } from './env';
import { docxRuns, plainRun } from './runs';
import { STYLE } from './styles';
import { alignment } from './text-blocks';

const NONE: IBorderOptions = { style: 'none', size: 0, color: 'auto' };
export const NO_BORDERS = { top: NONE, bottom: NONE, left: NONE, right: NONE, insideHorizontal: NONE, insideVertical: NONE };
const RULE: IBorderOptions = { style: 'single', size: 4, color: '000000' };
const ALL_BORDERS = { top: RULE, bottom: RULE, left: RULE, right: RULE, insideHorizontal: RULE, insideVertical: RULE };

/** Cell padding as in the PDF layout. */
const PAD_X_TW = mmToTwips(SPACING.cellPadXMm);

/**
 * Top and bottom cell margins. The PDF layout draws each rule over the edge between two rows, so a row there is its
 * text and its padding; Word and LibreOffice set the rule between the rows and each row takes its width as well
 * (LibreOffice 7.4: 11 pt rows 18.85 pt apart with 0.5 pt rules, 18.35 pt with none, 21.35 pt with 3 pt rules,
 * against 18.32 pt in the PDF). Over a 45-row table half a point a row is a page's last rows moved on. The margins
 * therefore give up the rule's width between them, rounded so that margins and rule together come nearest the PDF's
 * padding (twice 1 mm = 113.4 twips: 52 + 51 + 10).
 */
export function verticalCellMargins(padMm: number, ruleTw: number): { top: number; bottom: number } {
  const both = Math.max(0, Math.round((2 * padMm * 1440) / 25.4 - ruleTw));
  return { top: Math.ceil(both / 2), bottom: Math.floor(both / 2) };
}
/** The rule's width in twips: border sizes are eighths of a point. */
const RULE_TW = ptToTwips((RULE.size ?? 0) / 8);
const PAD_Y = verticalCellMargins(SPACING.cellPadYMm, RULE_TW);

/** Splits `totalTw` by weight; the last column takes the rounding so the table is exactly as wide as the text. */
export function columnWidths(weights: readonly number[], totalTw: number): number[] {
  const sum = weights.reduce((a, b) => a + b, 0) || 1;
  const widths = weights.map((w) => Math.round((totalTw * w) / sum));
  const drift = totalTw - widths.reduce((a, b) => a + b, 0);
  if (widths.length > 0) widths[widths.length - 1]! += drift;
  return widths;
}

function verticalAlign(v: VerticalAlign | undefined) {
  if (v === 'middle') return VerticalAlignTable.CENTER;
  if (v === 'bottom') return VerticalAlignTable.BOTTOM;
  return VerticalAlignTable.TOP;
}

function cellParagraphs(
  table: TableBlock,
  cell: TableCell,
  column: number,
  widthTw: number,
  sizePt: number | undefined,
  header: boolean,
): Paragraph[] {
  const run = sizePt === undefined ? undefined : { size: ptToHalfPoints(sizePt) };
  const style = header ? STYLE.tableHeading : STYLE.tableText;
  if (cell.signature) {
    // Odd numbers sign at the left, even ones from the middle of the cell, so neighbours' signatures do not collide.
    const indent = cell.signature.side === 'right' ? Math.max(0, Math.round(widthTw / 2) - PAD_X_TW) : 0;
    return [new Paragraph({ children: plainRun(cell.signature.label, { sizePt }), indent: { left: indent }, style, run })];
  }
  const align = alignment(cell.align ?? table.columns[column]?.align);
  const lines = cell.lines.length > 0 ? cell.lines : [[]];
  return lines.map((runs) => new Paragraph({ children: docxRuns(runs, { sizePt }), alignment: align, style, run }));
}

function tableRow(
  table: TableBlock,
  row: TableRow,
  widths: number[],
  opts: { header: boolean; minMm?: number; keepNext: boolean; mayBreak?: boolean },
): DocxTableRow {
  let column = 0;
  const cells = row.cells.map((cell) => {
    const span = Math.max(1, Math.min(cell.colSpan ?? 1, widths.length - column));
    const widthTw = widths.slice(column, column + span).reduce((a, b) => a + b, 0);
    const built = new DocxTableCell({
      children: cellParagraphs(table, cell, column, widthTw, table.sizePt, opts.header),
      width: { size: widthTw, type: WidthType.DXA },
      columnSpan: span > 1 ? span : undefined,
      verticalAlign: verticalAlign(cell.vAlign),
      shading: cell.shading ? { type: ShadingType.CLEAR, fill: cell.shading, color: 'auto' } : undefined,
    });
    column += span;
    return built;
  });
  return new DocxTableRow({
    children: cells,
    tableHeader: opts.header || undefined,
    // Rows stay whole, except one the PDF found taller than a sixth of a page (see LaidOutDocument.tableTallRows).
    cantSplit: !opts.mayBreak,
    height: opts.minMm ? { value: mmToTwips(opts.minMm), rule: HeightRule.ATLEAST } : undefined,
    keepNext: opts.keepNext || undefined,
  });
}

export function tableBlock(env: DocxEnv, table: TableBlock, keep: Keep): Table[] {
  // Every table takes its place in the sequence, so that the shares stay aligned with the PDF's tables.
  const { columns: laidOut, tallRows } = env.nextTable();
  const shares = laidOut && laidOut.length === table.columns.length ? laidOut : table.columns.map((c) => c.weight);
  const widths = columnWidths(shares, env.textWidthTw);
  const kept = keep !== 'none';
  const rows = [
    // Header rows always stay with the first body row.
    ...table.header.map((row) => tableRow(table, row, widths, { header: true, minMm: row.minHeightMm, keepNext: true })),
    ...table.rows.map((row, i) =>
      tableRow(table, row, widths, {
        header: false,
        minMm: row.minHeightMm ?? table.minRowHeightMm,
        mayBreak: tallRows.has(i),
        // The last row goes with the block after it (a closing signature), as in the PDF.
        keepNext: kept || (table.keepLastRowWithNext === true && i === table.rows.length - 1),
      }),
    ),
  ];
  if (rows.length === 0 || widths.length === 0) return [];
  return [
    new Table({
      rows,
      width: { size: env.textWidthTw, type: WidthType.DXA },
      columnWidths: widths,
      layout: TableLayoutType.FIXED,
      borders: ALL_BORDERS,
      margins: { left: PAD_X_TW, right: PAD_X_TW, top: PAD_Y.top, bottom: PAD_Y.bottom },
    }),
  ];
}
