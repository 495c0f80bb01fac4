// Small builders shared by the books' tables: cells, a header row, a ruled table at 9 pt, a caption (numbered later
// per chapter by numberCaptions) and the note that stands in for a table without data.
import type { Block, CaptionBlock, TableBlock, TableCell, TableRow } from '../../document/model';

export const TABLE_SIZE = 9;

/** A cell with one paragraph per line of `text`; an empty text gives an empty cell. */
export const cell = (text: string, opts: { bold?: boolean; shading?: string; align?: TableCell['align'] } = {}): TableCell => ({
  lines: text === '' ? [] : text.split('\n').map((line) => [{ text: line, ...(opts.bold ? { bold: true } : {}) }]),
  ...(opts.shading ? { shading: opts.shading } : {}),
  ...(opts.align ? { align: opts.align } : {}),
});

/** Header cells are shaded light grey, as the ministry's templates have them. */
export const HEADER_SHADING = 'D9D9D9';

export const headerRow = (labels: string[]): TableRow => ({
  cells: labels.map((l) => ({ ...cell(l, { bold: true, shading: HEADER_SHADING }), align: 'center', vAlign: 'middle' })),
});

export function ruledTable(weights: number[], labels: string[] | TableRow[], rows: TableRow[]): TableBlock {
  const header = typeof labels[0] === 'string' ? [headerRow(labels as string[])] : (labels as TableRow[]);
  return { type: 'table', columns: weights.map((weight) => ({ weight })), header, rows, sizePt: TABLE_SIZE };
}

/** A caption over the next table; its number is given by numberCaptions once the book is assembled. */
export const caption = (text: string): CaptionBlock => ({ type: 'caption', label: 'Tabel', number: '', text });

/** A captioned table. */
export const captioned = (text: string, table: TableBlock): Block[] => [caption(text), table];

/** What stands in for a table without data: a visible note saying what to enter, never an empty table. */
export const missing = (text: string): Block => ({ type: 'paragraph', runs: [{ text, italic: true, marker: true }] });

export const dash = (text: string | null | undefined): string => text?.trim() || '-';

/** "2025–2029", or one year. */
export const span = (from: number, to: number): string => (from === to ? String(from) : `${from}–${to}`);
