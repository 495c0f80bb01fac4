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
}

export const mm = mmToPt;
