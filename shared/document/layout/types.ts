// What the layout engine produces: pages of positioned text, lines, highlight boxes and images, in points from the
// top-left corner. The PDF renderer draws exactly this; tests check that nothing leaves its margins or cell.
import type { ImageData } from '../model';

export type FontStyle = 'regular' | 'bold' | 'italic' | 'boldItalic';

/** Font metrics the layout measures with; the PDF renderer backs it with the embedded fonts themselves. */
export interface Measurer {
  /** Advance width of one code point in 1/1000 em (no kerning: the renderer draws glyph by glyph the same way). */
  advance(style: FontStyle, codePoint: number): number;
  hasGlyph(style: FontStyle, codePoint: number): boolean;
  /** Ascent and descent (positive) in 1/1000 em. */
  ascent: number;
  descent: number;
}

/** The area a text item must stay within: the text column, or a table cell less its padding. */
export interface Box {
  left: number;
  right: number;
}

export interface TextItem {
  kind: 'text';
  x: number;
  /** Baseline, from the top of the page. */
  y: number;
  text: string;
  style: FontStyle;
  size: number;
  /** Natural width, before justification. */
  width: number;
  underline?: boolean;
  /** Extra points after each U+0020 space, for justified lines. */
  justifyGap?: number;
  box: Box;
}

export interface LineItem {
  kind: 'line';
  x1: number;
  y1: number;
  x2: number;
  y2: number;
  width: number;
}

/** A filled box: behind marker runs so that empty sections stand out, or a table cell's shading. */
export interface RectItem {
  kind: 'rect';
  x: number;
  y: number;
  w: number;
  h: number;
  /** 'marker', or six hex digits of a cell's shading. */
  fill: 'marker' | { rgb: string };
}

export interface ImageItem {
  kind: 'image';
  x: number;
  y: number;
  w: number;
  h: number;
  image: ImageData;
}

export type PageItem = TextItem | LineItem | RectItem | ImageItem;

export interface LaidOutPage {
  items: PageItem[];
}

export interface TocEntry {
  level: 1 | 2 | 3;
  label: string | null;
  text: string;
  /** 1-based page number. */
  page: number;
  /** The number as printed: "ii" in the front matter, body pages counted from the body's first page. */
  pageLabel?: string;
}

export interface LayoutResult {
  width: number;
  height: number;
  /** Margins in points. */
  margins: { top: number; right: number; bottom: number; left: number };
  pages: LaidOutPage[];
  tocEntries: TocEntry[];
  /** The captions (Daftar Tabel entries) in document order: text "Tabel 2.1 …" as printed, with their pages. */
  tableEntries: TocEntry[];
  /**
   * Column widths of each table, as shares of the text width, in document order: the weights as widened for
   * words that must not be cut. The DOCX uses them so that both outputs break lines alike.
   */
  tableColumns: number[][];
  /**
   * Per table, in the same order, the indexes of body rows taller than a sixth of a page. Word and LibreOffice may
   * split those: LibreOffice 7.4 drops the rows after an unsplittable row that nearly fills a page.
   */
  tableTallRows: number[][];
  /** Index of the body's first page when the model ends its front matter with a page break; else 0. */
  bodyStart: number;
}
