// Signature blocks side by side in a borderless table, one table row per part so that names line up in Word and
// LibreOffice whatever the length of each jabatan: the lines every block of a row shares ("Mengetahui,") at the top,
// then the jabatan row aligned to the bottom, then a row of fixed height for the wet signature and cap, then names and
// details. Rows never split; the jabatan, the space and the name keep together. Text is in the Signature Text style.
import { HeightRule, Paragraph, Table, TableCell, TableLayoutType, TableRow, VerticalAlignTable, WidthType } from 'docx';
import { SPACING } from '../../../shared/document/layout/spacing';
import type { SignatureBlock, SignatureGridBlock } from '../../../shared/document/model';
import { type DocxEnv, type Keep, mmToTwips, ptToTwips } from './env';
import { plainRun } from './runs';
import { STYLE } from './styles';
import { columnWidths, NO_BORDERS } from './tables';
import { sharedLead } from '../../../shared/document/layout/signature-grid';
import { type Lead, leadBefore } from './text-blocks';

/** The PDF leaves the same blank when a block does not say. */
export const DEFAULT_SIGNATURE_SPACE_MM = SPACING.signatureSpaceMm;

type Sized = { sizePt?: number };

const line = (text: string, sized: Sized, opts: { after?: number; bold?: boolean; underline?: boolean } = {}) =>
  new Paragraph({
    style: STYLE.signature,
    children: plainRun(text, { ...sized, bold: opts.bold, underline: opts.underline }),
    spacing: opts.after ? { after: ptToTwips(opts.after) } : undefined,
  });

/** The heading lines every block of the row starts with (such as "Mengetahui,"), which stay level at the top. */
export { sharedLead } from '../../../shared/document/layout/signature-grid';

export function signatureGridBlock(env: DocxEnv, grid: SignatureGridBlock, keep: Keep, lead: Lead): (Table | Paragraph)[] {
  const columns = grid.columns;
  const widths = columnWidths(
    Array.from({ length: columns }, () => 1),
    env.textWidthTw,
  );
  const sized: Sized = grid.sizePt === undefined ? {} : { sizePt: grid.sizePt };
  const lineGap = (grid.sizePt ?? env.sizePt) * 1.15;
  const cell = (children: Paragraph[], column: number, vAlign?: 'bottom') =>
    new TableCell({
      // A cell must hold a paragraph; an empty slot holds an empty one in the style of its neighbours.
      children: children.length > 0 ? children : [new Paragraph({ style: STYLE.signature })],
      width: { size: widths[column]!, type: WidthType.DXA },
      verticalAlign: vAlign === 'bottom' ? VerticalAlignTable.BOTTOM : VerticalAlignTable.TOP,
    });
  const rows: TableRow[] = [];
  for (let start = 0; start < grid.cells.length; start += columns) {
    const slots = Array.from({ length: columns }, (_, column) => grid.cells[start + column] ?? null);
    const present = slots.filter((b): b is SignatureBlock => b !== null);
    const shared = sharedLead(present);
    const row = (
      children: (b: SignatureBlock) => Paragraph[],
      opts: { vAlign?: 'bottom'; heightTw?: number; keepNext: boolean },
    ) =>
      new TableRow({
        cantSplit: true,
        keepNext: opts.keepNext || undefined,
        height: opts.heightTw ? { value: opts.heightTw, rule: HeightRule.EXACT } : undefined,
        children: slots.map((b, column) => cell(b ? children(b) : [], column, opts.vAlign)),
      });
    if (shared > 0) {
      rows.push(row((b) => b.headingLines.slice(0, shared).map((t) => line(t, sized)), { keepNext: true }));
    }
    if (present.some((b) => b.headingLines.length > shared)) {
      rows.push(row((b) => b.headingLines.slice(shared).map((t) => line(t, sized)), { vAlign: 'bottom', keepNext: true }));
    }
    const spaceMm = Math.max(...present.map((b) => b.signatureSpaceMm ?? DEFAULT_SIGNATURE_SPACE_MM), 0);
    rows.push(row(() => [new Paragraph({ style: STYLE.signature })], { heightTw: mmToTwips(spaceMm), keepNext: true }));
    rows.push(
      row(
        (b) => {
          const tail = [b.name, ...b.detailLines];
          return tail.map((text, i) =>
            line(text, sized, {
              bold: i === 0 ? (b.nameBold ?? true) : undefined,
              underline: i === 0 ? (b.nameUnderline ?? false) : undefined,
              // A line of air under each block, as in the PDF, before the next row of signatories.
              after: i === tail.length - 1 ? lineGap * SPACING.signatureRowAfterLines : 0,
            }),
          );
        },
        { keepNext: keep !== 'none' || (grid.keepLastRowWithNext === true && start + columns >= grid.cells.length) },
      ),
    );
  }
  if (rows.length === 0) return [];
  const beforePt = grid.spaceBeforePt ?? env.sizePt * SPACING.signatureGridBefore;
  const out: (Table | Paragraph)[] = [];
  if (grid.placeDate) {
    // Over the last column, where the last signatory signs.
    const indent = widths.slice(0, -1).reduce((a, b) => a + b, 0);
    out.push(
      new Paragraph({
        style: STYLE.signature,
        children: plainRun(grid.placeDate, sized),
        indent: { left: indent },
        pageBreakBefore: lead.pageBreak || undefined,
        spacing: { before: leadBefore({ ...lead, spacerPt: lead.spacerPt + beforePt }, 0, 0) ?? 0 },
      }),
    );
  }
  out.push(
    new Table({
      rows,
      width: { size: env.textWidthTw, type: WidthType.DXA },
      columnWidths: widths,
      layout: TableLayoutType.FIXED,
      borders: NO_BORDERS,
      margins: { left: mmToTwips(1), right: mmToTwips(1), top: 0, bottom: 0 },
    }),
  );
  return out;
}
