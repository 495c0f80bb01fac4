// The document model: plain data describing a formal document, independent of PDF or DOCX.
// Builders produce it from domain data; the PDF and DOCX renderers both consume it, so they say the same thing.

/** Paper sizes allowed by Permendagri 1/2023 and common Perbup: A4, and F4 (folio) in two widths. */
export type PaperSize = 'A4' | 'F4-215' | 'F4-210';

/** Font families a regency may choose; the PDF embeds metric-compatible faces (Arimo, Tinos). */
export type FontFamily = 'Arial' | 'Times New Roman';

export type Align = 'left' | 'center' | 'right' | 'justify';
export type VerticalAlign = 'top' | 'middle' | 'bottom';

export interface Margins {
  topMm: number;
  rightMm: number;
  bottomMm: number;
  leftMm: number;
}

export interface PageSetup {
  paper: PaperSize;
  margins: Margins;
}

/**
 * A run of text with one style. Text uses U+00A0 (no-break space) wherever a line must not break,
 * e.g. inside a NIP ("19700101 199503 1 001") or "Rp 1.500.000"; both renderers honour it.
 */
export interface TextRun {
  text: string;
  bold?: boolean;
  italic?: boolean;
  underline?: boolean;
  /** A visible marker for the drafter (e.g. an empty masterplan section); rendered highlighted. */
  marker?: boolean;
}

/** Letterhead (kop): logo on the left, centred lines, a thick-over-thin rule beneath. */
export interface LetterheadBlock {
  type: 'letterhead';
  logo?: ImageData;
  lines: { text: string; sizePt: number; bold?: boolean }[];
}

/** Centred document title, optionally underlined, with "NOMOR: …" and "TENTANG …" lines. */
export interface TitleBlock {
  type: 'title';
  lines: string[];
  underline?: boolean;
  number?: string;
  subtitle?: string[];
}

export interface ParagraphBlock {
  type: 'paragraph';
  runs: TextRun[];
  align?: Align;
  sizePt?: number;
  firstLineIndentMm?: number;
  indentMm?: number;
  spaceBeforePt?: number;
  spaceAfterPt?: number;
  /** Keep this paragraph on the same page as the next block. */
  keepWithNext?: boolean;
}

/** A numbered heading ("BAB I PENDAHULUAN", "1.1 Latar Belakang"); level 1 starts a new page when pageBreakBefore. */
export interface HeadingBlock {
  type: 'heading';
  level: 1 | 2 | 3;
  /** Numbering label, e.g. "BAB I" or "1.1"; rendered before the text. */
  label?: string;
  text: string;
  /** Listed in the table of contents. */
  toc?: boolean;
  pageBreakBefore?: boolean;
  align?: Align;
}

export interface ListBlock {
  type: 'list';
  ordered: boolean;
  /** decimal: 1. 2. 3.; lower-alpha: a. b. c. */
  style?: 'decimal' | 'lower-alpha';
  start?: number;
  items: { runs: TextRun[]; children?: ListBlock }[];
  indentMm?: number;
}

/** Aligned key–value lines: "Hari, tanggal : Jumat, 19 November 2021". */
export interface KeyValueBlock {
  type: 'keyValue';
  rows: { key: string; value: TextRun[] }[];
  keyWidthMm?: number;
  indentMm?: number;
}

export interface TableCell {
  /** Each entry is one paragraph in the cell. */
  lines: TextRun[][];
  align?: Align;
  vAlign?: VerticalAlign;
  colSpan?: number;
  /**
   * A staggered signature slot: the label ("1.", "2.") is drawn at the left edge for odd rows and from
   * the middle for even rows, leaving room for a wet signature. `lines` is ignored when this is set.
   */
  signature?: { label: string; side: 'left' | 'right' };
  /** Background fill as six hex digits ("C6EFCE"), e.g. a readiness heat map's score or a roadmap's year. */
  shading?: string;
}

export interface TableRow {
  cells: TableCell[];
  minHeightMm?: number;
}

/** Header rows repeat on every page; body rows split across pages only when taller than a page (the DOCX: a sixth). */
export interface TableBlock {
  type: 'table';
  /** Relative column widths; the table spans the text width. */
  columns: { weight: number; align?: Align }[];
  header: TableRow[];
  rows: TableRow[];
  sizePt?: number;
  /** Applies to body rows without their own minHeightMm. */
  minRowHeightMm?: number;
  /**
   * The last row goes to the next page with the block after the table when that block does not fit under it, so
   * that a closing signature (the "Mengetahui" blocks) never stands on a page of its own.
   */
  keepLastRowWithNext?: boolean;
}

/** One signatory's block for a wet signature, following Permendagri 1/2023 Pasal 44. */
export interface SignatureBlock {
  /** Lines above the signature space: "Mengetahui,", "a.n. BUPATI SIMALUNGUN", "SEKRETARIS DAERAH,". */
  headingLines: string[];
  name: string;
  nameBold?: boolean;
  nameUnderline?: boolean;
  /** Lines under the name: pangkat, "NIP. 19700101 199503 1 001". */
  detailLines: string[];
  /** Height left blank for the signature and cap. */
  signatureSpaceMm?: number;
}

/**
 * Signature blocks laid out in a grid of `columns`; null leaves a slot empty (a single block on the right is
 * `columns: 2, cells: [null, block]`). A row never splits across pages.
 */
export interface SignatureGridBlock {
  type: 'signatureGrid';
  columns: 1 | 2 | 3;
  cells: (SignatureBlock | null)[];
  /** Line above the grid, typically "Pematang Raya, 19 November 2021", placed over the last column. */
  placeDate?: string;
  /** The place and date right-aligned over the whole width instead (three columns leave no room in the last). */
  placeDateWide?: boolean;
  spaceBeforePt?: number;
  /**
   * Font size of the blocks (and placeDate), like TableBlock.sizePt; defaults to the document's. Three columns of
   * signatories need less than 12 pt for a NIP to fit on one line.
   */
  sizePt?: number;
  /** As TableBlock.keepLastRowWithNext: the last row of blocks stays with the block after the grid. */
  keepLastRowWithNext?: boolean;
  /**
   * Blocks signed under the last row (the "Mengetahui" row), in their own columns and kept on the page of that row:
   * the DOCX writes them into the same row of its table, which LibreOffice, unlike Word, needs to keep them together.
   */
  closing?: SignatureGridBlock;
}

export interface ImageData {
  data: Uint8Array;
  mime: 'image/png' | 'image/jpeg';
}

export interface ImageBlock {
  type: 'image';
  image: ImageData;
  widthMm: number;
  align?: 'left' | 'center' | 'right';
}

export interface SpacerBlock {
  type: 'spacer';
  heightMm: number;
}

export interface PageBreakBlock {
  type: 'pageBreak';
  /**
   * The front matter (cover, kata pengantar, contents) ends here: its pages are numbered i, ii … and the body's
   * count from 1 again, under a running header with the document title. The DOCX starts a new section.
   */
  endsFrontMatter?: boolean;
}

/**
 * Table of contents built from headings with toc: true, with page numbers; or, with `of: 'tables'`, the list of
 * tables (Daftar Tabel) built from the captions.
 */
export interface TocBlock {
  type: 'toc';
  title: string;
  maxLevel: 1 | 2 | 3;
  of?: 'headings' | 'tables';
}

/**
 * The caption over the table that follows it: "Tabel 2.1 Matriks Regulasi". `number` is "2.1" (the chapter's number,
 * then the table's within it) or "3" outside a numbered chapter; the table count restarts at every level-1 heading,
 * as Word's SEQ field with \s 1 does. The caption stays on the table's page and is listed in the Daftar Tabel.
 */
export interface CaptionBlock {
  type: 'caption';
  /** "Tabel". */
  label: string;
  number: string;
  text: string;
  sizePt?: number;
}

/** Blocks kept on one page when they fit on one page. */
export interface KeepTogetherBlock {
  type: 'keepTogether';
  blocks: Block[];
}

export type Block =
  | LetterheadBlock
  | TitleBlock
  | ParagraphBlock
  | HeadingBlock
  | ListBlock
  | KeyValueBlock
  | TableBlock
  | SignatureGridBlock
  | ImageBlock
  | SpacerBlock
  | PageBreakBlock
  | TocBlock
  | CaptionBlock
  | KeepTogetherBlock;

export interface DocumentMeta {
  title: string;
  /** The office that produced the document. */
  author: string;
  subject?: string;
  keywords?: string[];
  /** ISO 8601 date-time; passed in so that output is reproducible. */
  createdAt: string;
}

/**
 * How pages are numbered, the two ways Tata Naskah practice has it: "Halaman n dari N" at the bottom right of every
 * page (the default), or no number on page 1 and then "- 2 -", "- 3 -" … centred at the top (letters, minutes and
 * decrees). A document with front matter always uses the former for its body.
 */
export type PageNumberStyle = 'bottom-of-total' | 'top-centre';

export interface DocumentFooter {
  /** Running page numbers, placed as `style` says. */
  pageNumbers: boolean;
  /** The first page (a cover) carries no footer. */
  skipFirstPage?: boolean;
  /** Default 'bottom-of-total'. */
  style?: PageNumberStyle;
}

export interface DocumentModel {
  meta: DocumentMeta;
  page: PageSetup;
  font: { family: FontFamily; sizePt: number };
  footer?: DocumentFooter;
  blocks: Block[];
}

/** Paper sizes in PDF points (1 pt = 1/72 inch). */
export const PAPER_POINTS: Record<PaperSize, { width: number; height: number }> = {
  A4: { width: 595.28, height: 841.89 },
  'F4-215': { width: mmToPt(215), height: mmToPt(330) },
  'F4-210': { width: mmToPt(210), height: mmToPt(330) },
};

export function mmToPt(mm: number): number {
  return (mm * 72) / 25.4;
}

/** The top-centred number of page `page` (from 2): "- 2 -", as both renderers print it. */
export function pageHeaderNumberText(page: number): string {
  return `- ${page} -`;
}

/** A caption as printed and listed: "Tabel 2.1 Matriks Regulasi". */
export function captionText(block: Pick<CaptionBlock, 'label' | 'number' | 'text'>): string {
  return `${block.label} ${block.number} ${block.text}`;
}

/** Footer text for a page, shared by both renderers so they word it identically. */
export function pageFooterText(page: number, total: number): string {
  return `Halaman ${page} dari ${total}`;
}
