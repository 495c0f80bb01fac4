// Signature blocks side by side in a borderless table: each centred in its column, with a blank of fixed height
// for the wet signature and cap. A row never splits, and the place-and-date line stays with the first row.
import { Paragraph, Table, TableCell, TableLayoutType, TableRow, WidthType } from 'docx';
import type { SignatureBlock, SignatureGridBlock } from '../../../shared/document/model';
import { type DocxEnv, type Keep, LINE, mmToTwips, ptToTwips } from './env';
import { plainRun } from './runs';
import { columnWidths, NO_BORDERS } from './tables';
import { gapParagraph } from './text-blocks';

/** The PDF leaves the same blank when a block does not say. */
export const DEFAULT_SIGNATURE_SPACE_MM = 22;

const centred = (children: ReturnType<typeof plainRun>, after = 0) =>
  new Paragraph({ children, alignment: 'center', spacing: { before: 0, after: ptToTwips(after), ...LINE } });

/** `headingLines`: the longest heading of the row; shorter ones start lower so that the names line up, as in the PDF. */
function blockParagraphs(block: SignatureBlock, headingLines: number, sizePt: number | undefined, baseSize: number): Paragraph[] {
  const lineGap = (sizePt ?? baseSize) * 1.15;
  const lift = headingLines - block.headingLines.length;
  const sized = sizePt === undefined ? {} : { sizePt };
  const name = plainRun(block.name, { bold: block.nameBold ?? true, underline: block.nameUnderline ?? false, ...sized });
  const details = block.detailLines.map((text) => plainRun(text, sized));
  const tail = [name, ...details];
  return [
    ...Array.from({ length: lift }, () => centred(plainRun('', sized))),
    ...block.headingLines.map((text) => centred(plainRun(text, sized))),
    gapParagraph(((block.signatureSpaceMm ?? DEFAULT_SIGNATURE_SPACE_MM) * 72) / 25.4),
    // A line of air under each block, as in the PDF, before the next row of signatories.
    ...tail.map((runs, i) => centred(runs, i === tail.length - 1 ? lineGap : 0)),
  ];
}

export function signatureGridBlock(env: DocxEnv, grid: SignatureGridBlock, keep: Keep): (Table | Paragraph)[] {
  const columns = grid.columns;
  const widths = columnWidths(
    Array.from({ length: columns }, () => 1),
    env.textWidthTw,
  );
  const cell = (children: Paragraph[], column: number) =>
    new TableCell({
      children: children.length > 0 ? children : [new Paragraph({})],
      width: { size: widths[column]!, type: WidthType.DXA },
    });
  const sized = grid.sizePt === undefined ? {} : { sizePt: grid.sizePt };
  const rows: TableRow[] = [];
  if (grid.placeDate) {
    rows.push(
      new TableRow({
        cantSplit: true,
        keepNext: true,
        children: widths.map((_, column) =>
          cell(column === columns - 1 ? [centred(plainRun(grid.placeDate ?? '', sized))] : [], column),
        ),
      }),
    );
  }
  for (let start = 0; start < grid.cells.length; start += columns) {
    const headingLines = Math.max(0, ...grid.cells.slice(start, start + columns).map((b) => b?.headingLines.length ?? 0));
    rows.push(
      new TableRow({
        cantSplit: true,
        keepNext: keep !== 'none' || undefined,
        children: widths.map((_, column) => {
          const block = grid.cells[start + column];
          return cell(block ? blockParagraphs(block, headingLines, grid.sizePt, env.sizePt) : [], column);
        }),
      }),
    );
  }
  if (rows.length === 0) return [];
  return [
    gapParagraph(grid.spaceBeforePt ?? env.sizePt, true),
    new Table({
      rows,
      width: { size: env.textWidthTw, type: WidthType.DXA },
      columnWidths: widths,
      layout: TableLayoutType.FIXED,
      borders: NO_BORDERS,
      margins: { left: mmToTwips(1), right: mmToTwips(1), top: 0, bottom: 0 },
    }),
    gapParagraph(1, keep === 'all'),
  ];
}
