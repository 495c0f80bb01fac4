// The running footer "Halaman X dari Y" with Word's PAGE and NUMPAGES fields, worded as pageFooterText words it,
// and an empty first-page footer for documents whose first page is a cover.
import { Footer, PageNumber, Paragraph, TextRun } from 'docx';
import type { DocumentFooter } from '../../../shared/document/model';
import { ptToHalfPoints } from './env';

/** The PDF sets the footer in 9 pt, right-aligned. */
const FOOTER_SIZE_PT = 9;

export interface SectionFooters {
  footers?: { default: Footer; first?: Footer };
  titlePage: boolean;
}

export function sectionFooters(footer: DocumentFooter | undefined): SectionFooters {
  if (!footer?.pageNumbers) return { titlePage: false };
  const text = new TextRun({
    children: ['Halaman ', PageNumber.CURRENT, ' dari ', PageNumber.TOTAL_PAGES],
    size: ptToHalfPoints(FOOTER_SIZE_PT),
  });
  const pageNumbers = new Footer({ children: [new Paragraph({ children: [text], alignment: 'right' })] });
  if (!footer.skipFirstPage) return { footers: { default: pageNumbers }, titlePage: false };
  return { footers: { default: pageNumbers, first: new Footer({ children: [new Paragraph({})] }) }, titlePage: true };
}
