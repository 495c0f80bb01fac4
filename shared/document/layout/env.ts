// The fixed facts every block layout needs: the text column, the base font size and the measurer.
import { mmToPt } from '../model';
import type { TextMeasure } from './text';

export interface LayoutEnv {
  measure: TextMeasure;
  /** Base font size in points. */
  size: number;
  /** Left edge and width of the text column. */
  left: number;
  width: number;
  /** Height of the text area of one page. */
  pageHeight: number;
  /** Column widths of every table laid out, as shares of the text width, in document order (for the DOCX). */
  tableColumns: number[][];
  /** Per table, the body rows tall enough that the DOCX lets them split (see LaidOutDocument.tableTallRows). */
  tableTallRows: number[][];
}

export const mm = mmToPt;
