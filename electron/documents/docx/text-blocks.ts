// Paragraph-shaped blocks: body paragraphs, headings, the document title, images and key–value lines. Each takes its
// look and spacing from a named style; the only direct spacing is where the model asks for its own, or where the PDF
// leaves more room than the style (after a table, under a spacer) so that both renderings run to the same length.
import { AlignmentType, ImageRun, Paragraph, Tab, TabStopType, TextRun as DocxTextRun } from 'docx';
import { imageSize } from '../../../shared/document/image-size';
import { SPACING } from '../../../shared/document/layout/spacing';
import type { Align, ImageBlock, ImageData, KeyValueBlock, ParagraphBlock, TitleBlock } from '../../../shared/document/model';
import { type DocxEnv, type Keep, keepAt, mmToTwips, ptToTwips } from './env';
import { docxRuns, plainRun } from './runs';
import { STYLE } from './styles';

type DocxAlign = (typeof AlignmentType)[keyof typeof AlignmentType];

export function alignment(align: Align | undefined): DocxAlign | undefined {
  switch (align) {
    case 'left':
      return AlignmentType.LEFT;
    case 'center':
      return AlignmentType.CENTER;
    case 'right':
      return AlignmentType.RIGHT;
    case 'justify':
      return AlignmentType.JUSTIFIED;
    default:
      return undefined;
  }
}

/**
 * What comes before a block and what it must leave after itself, worked out by the sequence (blocks.ts):
 * `abovePt` is the space the PDF leaves under the previous block, `spacerPt` a spacer's height in between,
 * `afterTable` says the previous block was a table (Word then shows this paragraph's space before, not the larger
 * of the two), `pageBreak` that a page break came first, and `tailPt` is space the next block (a table) needs above
 * it, added under this block's last paragraph because a table cannot carry space before.
 */
export interface Lead {
  abovePt: number;
  spacerPt: number;
  afterTable: boolean;
  pageBreak: boolean;
  tailPt: number;
  /** The block opens a section whose break already starts a page. */
  noBreak?: boolean;
}

export const NO_LEAD: Lead = { abovePt: 0, spacerPt: 0, afterTable: false, pageBreak: false, tailPt: 0 };

/**
 * Direct space before a paragraph whose style gives `stylePt`, or undefined when the style's is right. Word shows
 * only the larger of the previous paragraph's space after and this one's space before; the PDF adds them up.
 */
export function leadBefore(lead: Lead, stylePt: number, ownPt = stylePt): number | undefined {
  // Under a page break the PDF leaves nothing above the block, where Word and LibreOffice keep its space before.
  if ((lead.pageBreak || lead.noBreak) && lead.spacerPt === 0) return stylePt === 0 ? undefined : 0;
  const needed = ownPt + lead.spacerPt;
  if (needed > 0 || lead.afterTable) {
    const total = needed + lead.abovePt;
    return ptToTwips(total) === ptToTwips(stylePt) ? undefined : ptToTwips(total);
  }
  return ownPt === stylePt ? undefined : 0;
}

/** Direct space after a paragraph whose style gives `stylePt`, when the model or the next table asks for more. */
export function tailAfter(lead: Lead, stylePt: number, ownPt = stylePt): number | undefined {
  const total = ownPt + lead.tailPt;
  return ptToTwips(total) === ptToTwips(stylePt) ? undefined : ptToTwips(total);
}

function spacing(before: number | undefined, after: number | undefined) {
  return before === undefined && after === undefined ? undefined : { before, after };
}

export function paragraphBlock(env: DocxEnv, block: ParagraphBlock, keep: Keep, lead: Lead): Paragraph {
  const size = block.sizePt ?? env.sizePt;
  const styleAfter = env.sizePt * SPACING.paragraphAfter;
  return new Paragraph({
    style: STYLE.body,
    children: docxRuns(block.runs, { sizePt: block.sizePt }),
    alignment: alignment(block.align),
    indent:
      block.indentMm || block.firstLineIndentMm
        ? {
            left: block.indentMm ? mmToTwips(block.indentMm) : undefined,
            firstLine: block.firstLineIndentMm ? mmToTwips(block.firstLineIndentMm) : undefined,
          }
        : undefined,
    spacing: spacing(
      leadBefore(lead, 0, block.spaceBeforePt ?? 0),
      tailAfter(lead, styleAfter, block.spaceAfterPt ?? size * SPACING.paragraphAfter),
    ),
    keepNext: block.keepWithNext || keepAt(keep, 0, 1) || undefined,
    pageBreakBefore: lead.pageBreak || undefined,
    widowControl: true,
  });
}

/** Title lines keep with the next through the Title style, so a title never ends a page. */
export function titleBlock(env: DocxEnv, block: TitleBlock, lead: Lead): Paragraph[] {
  const size = env.sizePt;
  const lines: DocxTextRun[][] = [
    ...block.lines.map((text) => plainRun(text, { underline: block.underline })),
    ...(block.number ? [plainRun(`NOMOR: ${block.number}`, { bold: false, sizePt: size })] : []),
    ...(block.subtitle ?? []).map((text) => plainRun(text, { bold: true, sizePt: size })),
  ];
  const last = lines.length - 1;
  return lines.map(
    (children, i) =>
      new Paragraph({
        style: STYLE.title,
        children,
        pageBreakBefore: (i === 0 && lead.pageBreak) || undefined,
        spacing: spacing(
          i === 0 ? leadBefore(lead, 0, size * SPACING.titleBefore) : undefined,
          i === last ? ptToTwips(size * SPACING.titleAfter + lead.tailPt) : undefined,
        ),
      }),
  );
}

/** Image size in CSS pixels for a width in twips, shrunk to fit `maxHeightTw` when it would not. */
export function imageBox(image: ImageData, widthTw: number, maxHeightTw: number): { width: number; height: number } {
  const px = imageSize(image);
  let w = widthTw;
  let h = (widthTw * px.height) / Math.max(1, px.width);
  if (h > maxHeightTw) {
    w = (w * maxHeightTw) / h;
    h = maxHeightTw;
  }
  // 1 px = 15 twips at 96 dpi.
  return { width: Math.max(1, Math.round(w / 15)), height: Math.max(1, Math.round(h / 15)) };
}

export function imageRun(env: DocxEnv, image: ImageData, box: { width: number; height: number }, name: string): ImageRun {
  return new ImageRun({
    type: image.mime === 'image/png' ? 'png' : 'jpg',
    data: image.data,
    transformation: box,
    altText: { name, description: name, title: name, id: String(env.nextImageId()) },
  });
}

export function imageBlock(env: DocxEnv, block: ImageBlock, keep: Keep, lead: Lead): Paragraph {
  const box = imageBox(block.image, Math.min(mmToTwips(block.widthMm), env.textWidthTw), env.textHeightTw);
  return new Paragraph({
    style: STYLE.body,
    children: [imageRun(env, block.image, box, 'Gambar')],
    alignment: alignment(block.align ?? 'center'),
    spacing: spacing(
      leadBefore(lead, 0, 0),
      tailAfter(lead, env.sizePt * SPACING.paragraphAfter, env.sizePt * SPACING.imageAfter),
    ),
    keepNext: keepAt(keep, 0, 1) || undefined,
    pageBreakBefore: lead.pageBreak || undefined,
  });
}

/**
 * Aligned key–value lines ("Hari, tanggal<tab>:<tab>Jumat, …") as paragraphs of the Key Value style with tab stops
 * and a hanging indent, so a value that wraps stays in its column, as a clerk would set them in Word.
 */
export function keyValueBlock(env: DocxEnv, block: KeyValueBlock, keep: Keep, lead: Lead): Paragraph[] {
  const indentTw = mmToTwips(block.indentMm ?? 0);
  const colonTw = indentTw + mmToTwips(block.keyWidthMm ?? 40);
  const valueTw = colonTw + mmToTwips(4);
  const last = block.rows.length - 1;
  return block.rows.map(
    (row, i) =>
      new Paragraph({
        style: STYLE.keyValue,
        children: [...plainRun(row.key), new DocxTextRun({ children: [new Tab(), ':', new Tab()] }), ...docxRuns(row.value)],
        tabStops: [
          { type: TabStopType.LEFT, position: colonTw },
          { type: TabStopType.LEFT, position: valueTw },
        ],
        indent: { left: valueTw, hanging: valueTw - indentTw },
        keepNext: keepAt(keep === 'none' ? 'allButLast' : keep, i, block.rows.length) || undefined,
        keepLines: true,
        pageBreakBefore: (i === 0 && lead.pageBreak) || undefined,
        spacing: spacing(
          i === 0 ? leadBefore(lead, 0) : undefined,
          i === last ? ptToTwips(env.sizePt * SPACING.keyValueAfter + lead.tailPt) : undefined,
        ),
      }),
  );
}
