// Paragraph-shaped blocks: body paragraphs, headings, the document title, images, fixed spaces and page breaks.
// Spacing mirrors the PDF layout so both renderings run to about the same length.
import { AlignmentType, HeadingLevel, ImageRun, PageBreak, Paragraph, TextRun as DocxTextRun } from 'docx';
import { imageSize } from '../../../shared/document/image-size';
import type { Align, HeadingBlock, ImageBlock, ImageData, ParagraphBlock, TitleBlock } from '../../../shared/document/model';
import { type DocxEnv, type Keep, keepAt, LINE, mmToTwips, ptToTwips } from './env';
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
 * An empty paragraph exactly `pt` high. Word merges two tables that touch, so one of these also separates a table
 * from whatever follows it.
 */
export function gapParagraph(pt: number, keepNext = false): Paragraph {
  const line = Math.max(ptToTwips(pt), 20);
  return new Paragraph({
    keepNext: keepNext || undefined,
    spacing: { before: 0, after: 0, line, lineRule: 'exact' },
    run: { size: 2 },
  });
}

/**
 * Space before a paragraph that asks for some. Word shows only the larger of the space above (the previous
 * paragraph's space after) and this one, so the space above is added in to give the PDF's sum.
 */
function spaceBefore(beforePt: number, abovePt: number): number {
  return ptToTwips(beforePt > 0 ? beforePt + abovePt : 0);
}

export function paragraphBlock(env: DocxEnv, block: ParagraphBlock, keep: Keep, abovePt = 0): Paragraph {
  const size = block.sizePt ?? env.sizePt;
  return new Paragraph({
    children: docxRuns(block.runs, { sizePt: block.sizePt }),
    alignment: alignment(block.align),
    indent: {
      left: block.indentMm ? mmToTwips(block.indentMm) : undefined,
      firstLine: block.firstLineIndentMm ? mmToTwips(block.firstLineIndentMm) : undefined,
    },
    spacing: {
      before: spaceBefore(block.spaceBeforePt ?? 0, abovePt),
      after: ptToTwips(block.spaceAfterPt ?? size * 0.5),
      ...LINE,
    },
    keepNext: block.keepWithNext || keepAt(keep, 0, 1) || undefined,
    widowControl: true,
  });
}

const HEADING_LEVELS = [HeadingLevel.HEADING_1, HeadingLevel.HEADING_2, HeadingLevel.HEADING_3] as const;

/** Headings keep with the next paragraph through their style, whatever `keep` says. */
export function headingBlock(env: DocxEnv, block: HeadingBlock, abovePt = 0): Paragraph {
  // The style's space before (none for chapters, one line for sections), plus the space above.
  const before = block.level === 1 ? 0 : env.sizePt;
  // A level-1 label ("BAB I") sits on its own line above the text, but in the same paragraph, so Word's navigation
  // pane and a regenerated contents show it as one heading.
  const children =
    block.level === 1 && block.label
      ? [...plainRun(block.label), new DocxTextRun({ break: 1 }), ...plainRun(block.text)]
      : plainRun(block.label ? `${block.label} ${block.text}` : block.text);
  return new Paragraph({
    heading: HEADING_LEVELS[block.level - 1],
    children,
    alignment: alignment(block.align),
    pageBreakBefore: block.pageBreakBefore || undefined,
    spacing: before > 0 && abovePt > 0 ? { before: spaceBefore(before, abovePt) } : undefined,
  });
}

/** Title lines keep with the next through the Title style, so a title never ends a page. */
export function titleBlock(env: DocxEnv, block: TitleBlock, abovePt = 0): Paragraph[] {
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
        spacing: { before: i === 0 ? spaceBefore(size * 0.5, abovePt) : 0, after: ptToTwips(i === last ? size : 0), ...LINE },
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

export function imageBlock(env: DocxEnv, block: ImageBlock, keep: Keep): Paragraph {
  const box = imageBox(block.image, Math.min(mmToTwips(block.widthMm), env.textWidthTw), env.textHeightTw);
  return new Paragraph({
    children: [imageRun(env, block.image, box, 'Gambar')],
    alignment: alignment(block.align ?? 'center'),
    spacing: { after: ptToTwips(env.sizePt * 0.5), ...LINE },
    keepNext: keepAt(keep, 0, 1) || undefined,
  });
}

export function spacerBlock(env: DocxEnv, heightMm: number, keep: Keep): Paragraph {
  return gapParagraph(Math.min((heightMm * 72) / 25.4, env.textHeightTw / 20), keepAt(keep, 0, 1));
}

/** The break's paragraph is 1 pt high, so the empty rest of it does not push the next page's first line down. */
export function pageBreakBlock(): Paragraph {
  return new Paragraph({
    children: [new PageBreak()],
    spacing: { before: 0, after: 0, line: 20, lineRule: 'exact' },
    run: { size: 2 },
  });
}
