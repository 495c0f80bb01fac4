// Turns the model's text runs into Word runs: bold/italic/underline, drafter markers highlighted, hard line breaks.
import { TextRun as DocxTextRun } from 'docx';
import type { TextRun } from '../../../shared/document/model';
import { ptToHalfPoints } from './env';

export interface RunStyle {
  sizePt?: number;
  bold?: boolean;
  italic?: boolean;
  underline?: boolean;
}

// eslint-disable-next-line no-control-regex
const FORBIDDEN = /[\u0000-\u0009\u000B-\u001F\u007F\uFFFE\uFFFF]/g;

/**
 * Mirrors the PDF's text cleaning: tabs become spaces and control characters go, since most of them are not even
 * legal in XML and would make Word refuse the file. U+00A0 is kept as it is.
 */
export function cleanText(text: string): string {
  return text.replace(/\r\n?/g, '\n').replace(/\t/g, ' ').replace(FORBIDDEN, '');
}

/**
 * "se-Kabupaten", "se-Indonesia", "ke-2": the hyphen of a prefix before a name or a number must not end a line. The
 * PDF breaks lines only at spaces; Word and LibreOffice break after any hyphen, so the DOCX writes U+2011 (the
 * non-breaking hyphen, which Arial and Times New Roman have, as Arimo and Tinos do) in its place.
 */
export function noBreakPrefixHyphens(text: string): string {
  return text.replace(/(?<![\p{L}\d])([Ss]e|[Kk]e)-(?=[\p{Lu}\d])/gu, '$1\u2011');
}

export function docxRuns(runs: readonly TextRun[], base: RunStyle = {}): DocxTextRun[] {
  const out: DocxTextRun[] = [];
  for (const run of runs) {
    const bold = run.bold ?? base.bold;
    const italics = run.italic ?? base.italic;
    const underline = (run.underline ?? base.underline) ? {} : undefined;
    const size = base.sizePt === undefined ? undefined : ptToHalfPoints(base.sizePt);
    const highlight = run.marker ? ('yellow' as const) : undefined;
    // "\n" is a hard line break inside the paragraph, as in the PDF.
    noBreakPrefixHyphens(cleanText(run.text))
      .split('\n')
      .forEach((text, i) =>
        out.push(new DocxTextRun({ text, bold, italics, underline, size, highlight, break: i > 0 ? 1 : undefined })),
      );
  }
  return out;
}

/** A single plain run, for labels and fixed lines. */
export function plainRun(text: string, style: RunStyle = {}): DocxTextRun[] {
  return docxRuns([{ text }], style);
}
