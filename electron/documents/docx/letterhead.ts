// The kop: logo at the left, the office's lines centred on the page and clear of the logo, and a thick-over-thin
// rule beneath. A borderless three-column table keeps it editable in Word; the rule is the table's bottom border.
import { type IBorderOptions, Paragraph, Table, TableCell, TableLayoutType, TableRow, VerticalAlignTable, WidthType } from 'docx';
import type { LetterheadBlock } from '../../../shared/document/model';
import { type DocxEnv, LINE, mmToTwips } from './env';
import { plainRun } from './runs';
import { NO_BORDERS } from './tables';
import { imageBox, imageRun } from './text-blocks';

const LOGO_MM = 20;
/**
 * Thick line over a thin one, like the PDF's 2.25 pt + 0.75 pt pair. Word names compound borders from the outside
 * in, so on a bottom border "thin-thick" puts the thick line on top.
 */
const KOP_RULE: IBorderOptions = { style: 'thinThickSmallGap', size: 24, color: '000000', space: 0 };

/** The 4 mm under the rule is the next paragraph's space before (blocks.ts). */
export function letterheadBlock(env: DocxEnv, block: LetterheadBlock): Table[] {
  const reserveTw = block.logo ? mmToTwips(LOGO_MM + 3) : 0;
  const textTw = env.textWidthTw - 2 * reserveTw;
  const lines = block.lines.map(
    (line) =>
      new Paragraph({
        children: plainRun(line.text, { sizePt: line.sizePt, bold: line.bold ?? false }),
        alignment: 'center',
        spacing: { before: 0, after: 0, ...LINE },
      }),
  );
  const textCell = new TableCell({
    children: lines.length > 0 ? lines : [new Paragraph({})],
    width: { size: textTw, type: WidthType.DXA },
    verticalAlign: VerticalAlignTable.CENTER,
  });
  const cells = [textCell];
  const widths = [textTw];
  if (block.logo) {
    const box = imageBox(block.logo, mmToTwips(LOGO_MM), mmToTwips(40));
    const logo = new Paragraph({ children: [imageRun(env, block.logo, box, 'Logo')], spacing: { before: 0, after: 0, ...LINE } });
    const side = (children: Paragraph[]) =>
      new TableCell({ children, width: { size: reserveTw, type: WidthType.DXA }, verticalAlign: VerticalAlignTable.CENTER });
    cells.unshift(side([logo]));
    cells.push(side([new Paragraph({ spacing: { before: 0, after: 0, ...LINE } })]));
    widths.unshift(reserveTw);
    widths.push(reserveTw);
  }
  return [
    new Table({
      rows: [new TableRow({ children: cells, cantSplit: true })],
      width: { size: env.textWidthTw, type: WidthType.DXA },
      columnWidths: widths,
      layout: TableLayoutType.FIXED,
      borders: { ...NO_BORDERS, bottom: KOP_RULE },
      margins: { left: 0, right: 0, top: 0, bottom: mmToTwips(1.5) },
    }),
  ];
}
