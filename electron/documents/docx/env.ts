// Unit conversions and the per-render facts every DOCX block needs (text width, base size, list counters).
import { PAPER_POINTS, type CaptionBlock, type DocumentModel, type HeadingBlock } from '../../../shared/document/model';
import type { HeadingNumber } from './headings';

/** Word measures lengths in twentieths of a point. */
export function ptToTwips(pt: number): number {
  return Math.round(pt * 20);
}

export function mmToTwips(mm: number): number {
  return Math.round((mm * 1440) / 25.4);
}

/** Font sizes in WordprocessingML are half-points. */
export function ptToHalfPoints(pt: number): number {
  return Math.round(pt * 2);
}

/** docx sizes images in CSS pixels (96 to the inch). */
export function mmToPx(mm: number): number {
  return (mm * 96) / 25.4;
}

/**
 * Single spacing. Word's single line is the font's own line height, which for Arial and Times New Roman (and their
 * metric twins Arimo and Tinos) is 1.15 × the size: the PDF's line height. The rule is written out because
 * LibreOffice reads a missing rule as an exact height and clips inline images to one line.
 */
export const LINE = { line: 240, lineRule: 'auto' } as const;

export interface PageGeometry {
  widthTw: number;
  heightTw: number;
  margins: { top: number; right: number; bottom: number; left: number };
  /** Width of the text column between the margins. */
  textWidthTw: number;
  textHeightTw: number;
}

export function pageGeometry(model: DocumentModel): PageGeometry {
  const paper = PAPER_POINTS[model.page.paper];
  const m = model.page.margins;
  const margins = {
    top: mmToTwips(m.topMm),
    right: mmToTwips(m.rightMm),
    bottom: mmToTwips(m.bottomMm),
    left: mmToTwips(m.leftMm),
  };
  const widthTw = ptToTwips(paper.width);
  const heightTw = ptToTwips(paper.height);
  return {
    widthTw,
    heightTw,
    margins,
    textWidthTw: widthTw - margins.left - margins.right,
    textHeightTw: heightTw - margins.top - margins.bottom,
  };
}

/**
 * How a block is tied to what follows: 'all' keeps every paragraph and row with the next, 'allButLast' lets only the
 * block's final paragraph go (the last child of a keepTogether), 'none' leaves the block's own rules alone.
 */
export type Keep = 'none' | 'all' | 'allButLast';

/** Whether the index-th of count pieces of a block must stay with the next piece. */
export function keepAt(keep: Keep, index: number, count: number): boolean {
  if (keep === 'all') return true;
  if (keep === 'allButLast') return index < count - 1;
  return false;
}

export interface DocxEnv {
  textWidthTw: number;
  /** Height of the text area of one page. */
  textHeightTw: number;
  /** Base font size in points. */
  sizePt: number;
  /** Every heading marked for the contents, in document order; the contents filter them by level. */
  tocHeadings: HeadingBlock[];
  /** Page labels of those headings ("3", or "ii" in the front matter), from the PDF's pagination. */
  tocPageNumbers: readonly (number | string)[] | undefined;
  /** Every table caption, in document order, for the Daftar Tabel. */
  tableCaptions: CaptionBlock[];
  /** Page labels of those captions, from the PDF's pagination. */
  tablePageNumbers: readonly (number | string)[] | undefined;
  /** Which headings Word's heading list numbers (and in which run), and which keep a typed label. */
  headingNumbers: ReadonlyMap<HeadingBlock, HeadingNumber>;
  /** Hands out a fresh list instance so that each list block restarts its numbering. */
  nextListInstance: () => number;
  /** Drawing ids, unique within the document; docx's own counter runs across documents and breaks reproducibility. */
  nextImageId: () => number;
  /** The next table as the PDF laid it out, if the caller passed that layout: column shares and tall body rows. */
  nextTable: () => { columns: number[] | undefined; tallRows: ReadonlySet<number> };
}
