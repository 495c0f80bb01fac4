// The one source of the space around blocks, read by the PDF layout and by the DOCX writer (its paragraph styles),
// so both renderings run to the same length. Factors multiply the size of the block's text; lengths are in mm.

/** Line height as a multiple of the font size: Arial/Times (and Arimo/Tinos) single spacing. */
export const LINE_HEIGHT = 1.15;

export const SPACING = {
  /** Space under a body paragraph. */
  paragraphAfter: 0.5,
  /** Space above and under a heading, by level. */
  headingBefore: { 1: 0, 2: 1, 3: 1 },
  headingAfter: { 1: 1.5, 2: 0.5, 3: 0.5 },
  /** Level-1 headings are set this much larger than the body. */
  headingOneLargerPt: 2,
  /** The document title: space above its first line and under its last. */
  titleBefore: 0.5,
  titleAfter: 1,
  /** Between list items, and under the whole list. */
  listItemAfter: 0.25,
  listAfter: 0.5,
  /** Under a key–value block ("Hari, tanggal : …"). */
  keyValueAfter: 0.5,
  /** Above a ruled table, and under it. */
  tableBefore: 0.5,
  tableAfter: 0.75,
  /** Under a table's caption ("Tabel 2.1 …"); above it, the space above a table. */
  captionAfter: 0.25,
  /** Under an image. */
  imageAfter: 0.5,
  /** Above a level-1 entry of the contents. */
  tocChapterBefore: 0.4,
  /** Cell padding of ruled tables, in mm. */
  cellPadXMm: 1.5,
  cellPadYMm: 1,
  /** Blank left for a wet signature and cap when a block does not say, in mm. */
  signatureSpaceMm: 22,
  /** Air under each signature block before the next row of signatories, in lines. */
  signatureRowAfterLines: 1,
  /** Space above a signature grid when the model does not say, in multiples of the size. */
  signatureGridBefore: 1,
} as const;
