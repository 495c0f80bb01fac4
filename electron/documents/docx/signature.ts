// Signature blocks side by side in a borderless table. Each row of blocks is one row of an outer table that never
// splits (LibreOffice, unlike Word, ignores "keep with next" between table rows, but honours a row that cannot split),
// holding the place and date over the first row and an inner table with one row per part, so that names line up in
// Word and LibreOffice whatever the length of each jabatan: the lines every block of a row shares ("Mengetahui,") at
// the top, then the jabatan row aligned to the bottom, then a row of fixed height for the wet signature and cap, then
// names and details. Text is in the Signature Text style.
import {
  AlignmentType,
  HeightRule,
  LineRuleType,
  Paragraph,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  VerticalAlignTable,
  WidthType,
} from 'docx';
import { SPACING } from '../../../shared/document/layout/spacing';
import type { SignatureBlock, SignatureGridBlock } from '../../../shared/document/model';
import { type DocxEnv, type Keep, mmToTwips, ptToTwips } from './env';
import { plainRun } from './runs';
import { STYLE } from './styles';
import { columnWidths, NO_BORDERS } from './tables';
import { gelarBound, sharedLead } from '../../../shared/document/layout/signature-grid';

/** The PDF leaves the same blank when a block does not say. */
export const DEFAULT_SIGNATURE_SPACE_MM = SPACING.signatureSpaceMm;

type Sized = { sizePt?: number };

const line = (text: string, sized: Sized, opts: { after?: number; bold?: boolean; underline?: boolean } = {}) =>
  new Paragraph({
    style: STYLE.signature,
    children: plainRun(text, { ...sized, bold: opts.bold, underline: opts.underline }),
    // The row that cannot split keeps a block together; a keep-with-next on every line would make LibreOffice move
    // the whole grid to the next page (and leave what came before alone) rather than start it where it fits.
    keepNext: false,
    spacing: opts.after ? { after: ptToTwips(opts.after) } : undefined,
  });

/** The heading lines every block of the row starts with (such as "Mengetahui,"), which stay level at the top. */
export { sharedLead } from '../../../shared/document/layout/signature-grid';

const CELL_MARGINS = { left: mmToTwips(1), right: mmToTwips(1), top: 0, bottom: 0 };
/** The closing paragraph of a row's cell: a hair-line high, so that it adds no space. */
const CLOSING_LINE_PT = 1;
const NO_MARGINS = { left: 0, right: 0, top: 0, bottom: 0 };

/** One row of blocks: shared lead, jabatan (bottom-aligned), signature space, name and details, as rows of a table. */
function blockRowTable(slots: (SignatureBlock | null)[], widths: number[], sized: Sized, lineGap: number): Table {
  const present = slots.filter((b): b is SignatureBlock => b !== null);
  const shared = sharedLead(present);
  const cell = (children: Paragraph[], column: number, vAlign?: 'bottom') =>
    new TableCell({
      // A cell must hold a paragraph; an empty slot holds an empty one in the style of its neighbours.
      children: children.length > 0 ? children : [new Paragraph({ style: STYLE.signature, keepNext: false })],
      width: { size: widths[column]!, type: WidthType.DXA },
      verticalAlign: vAlign === 'bottom' ? VerticalAlignTable.BOTTOM : VerticalAlignTable.TOP,
    });
  const row = (children: (b: SignatureBlock) => Paragraph[], opts: { vAlign?: 'bottom'; heightTw?: number } = {}) =>
    new TableRow({
      cantSplit: true,
      height: opts.heightTw ? { value: opts.heightTw, rule: HeightRule.EXACT } : undefined,
      children: slots.map((b, column) => cell(b ? children(b) : [], column, opts.vAlign)),
    });
  const rows: TableRow[] = [];
  if (shared > 0) rows.push(row((b) => b.headingLines.slice(0, shared).map((t) => line(t, sized))));
  if (present.some((b) => b.headingLines.length > shared)) {
    rows.push(row((b) => b.headingLines.slice(shared).map((t) => line(t, sized)), { vAlign: 'bottom' }));
  }
  const spaceMm = Math.max(...present.map((b) => b.signatureSpaceMm ?? DEFAULT_SIGNATURE_SPACE_MM), 0);
  rows.push(row(() => [new Paragraph({ style: STYLE.signature, keepNext: false })], { heightTw: mmToTwips(spaceMm) }));
  rows.push(
    row((b) => {
      // The last gelar goes to a new line with the word before it, never alone on its own underlined line.
      const tail = [gelarBound(b.name), ...b.detailLines];
      return tail.map((text, i) =>
        line(text, sized, {
          bold: i === 0 ? (b.nameBold ?? true) : undefined,
          underline: i === 0 ? (b.nameUnderline ?? false) : undefined,
          // A line of air under each block, as in the PDF, before the next row of signatories.
          after: i === tail.length - 1 ? lineGap * SPACING.signatureRowAfterLines : 0,
        }),
      );
    }),
  );
  return new Table({
    rows,
    width: { size: widths.reduce((a, b) => a + b, 0), type: WidthType.DXA },
    columnWidths: widths,
    layout: TableLayoutType.FIXED,
    borders: NO_BORDERS,
    margins: CELL_MARGINS,
  });
}

/** A paragraph `heightPt` high and empty: Word needs one between two tables in a cell and after the last. */
const joint = (heightPt: number, keepNext = false) =>
  new Paragraph({
    style: STYLE.signature,
    keepNext,
    spacing: { line: Math.max(1, Math.round(ptToTwips(heightPt))), lineRule: LineRuleType.EXACT },
  });

/** The contents of each row of blocks of `grid`: the place and date over the first, then its inner table. */
function rowContents(env: DocxEnv, grid: SignatureGridBlock): (Paragraph | Table)[][] {
  const columns = grid.columns;
  const widths = columnWidths(
    Array.from({ length: columns }, () => 1),
    env.textWidthTw,
  );
  const sized: Sized = grid.sizePt === undefined ? {} : { sizePt: grid.sizePt };
  const lineGap = (grid.sizePt ?? env.sizePt) * 1.15;
  const out: (Paragraph | Table)[][] = [];
  for (let start = 0; start < grid.cells.length; start += columns) {
    const slots = Array.from({ length: columns }, (_, column) => grid.cells[start + column] ?? null);
    const date =
      start === 0 && grid.placeDate
        ? [
            new Paragraph({
              style: STYLE.signature,
              children: plainRun(grid.placeDate, sized),
              keepNext: false,
              // Right-aligned over the whole width, or centred over the last column, where the last signatory signs.
              ...(grid.placeDateWide
                ? { alignment: AlignmentType.RIGHT, spacing: { after: ptToTwips(lineGap) } }
                : { indent: { left: widths.slice(0, -1).reduce((a, b) => a + b, 0) } }),
            }),
          ]
        : [];
    out.push([...date, blockRowTable(slots, widths, sized, lineGap)]);
  }
  return out;
}

export function signatureGridBlock(env: DocxEnv, grid: SignatureGridBlock, keep: Keep): Table[] {
  const contents = rowContents(env, grid);
  if (grid.closing && contents.length > 0) {
    // The closing rows (Mengetahui) go into the cell of the last row of blocks, so that the row keeps them with it.
    const closing = rowContents(env, grid.closing);
    const gapPt = grid.closing.spaceBeforePt ?? env.sizePt * SPACING.signatureGridBefore;
    contents[contents.length - 1]!.push(...closing.flatMap((c, i) => [joint(i === 0 ? gapPt : CLOSING_LINE_PT), ...c]));
  }
  const rows = contents.map((children, i) => {
    const last = i === contents.length - 1;
    // Word keeps the last row with what follows when the model asks (the Mengetahui blocks) or the caller does.
    const keepNext = keep !== 'none' || (grid.keepLastRowWithNext === true && last);
    return new TableRow({
      cantSplit: true,
      children: [
        new TableCell({
          // A cell ends with a paragraph (Word requires it after a nested table); this one closes the row.
          children: [...children, joint(CLOSING_LINE_PT, keepNext)],
          width: { size: env.textWidthTw, type: WidthType.DXA },
        }),
      ],
    });
  });
  if (rows.length === 0) return [];
  return [
    new Table({
      rows,
      width: { size: env.textWidthTw, type: WidthType.DXA },
      columnWidths: [env.textWidthTw],
      layout: TableLayoutType.FIXED,
      borders: NO_BORDERS,
      margins: NO_MARGINS,
    }),
  ];
}
