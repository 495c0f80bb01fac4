// Page numbers and running header. A plain document: the footer "Halaman X dari Y" with Word's PAGE and NUMPAGES
// fields, worded as pageFooterText words it, and an empty first-page footer when the first page is a cover. A
// document with front matter: its own section numbered i, ii … (centred), then the body numbered from 1 with
// "Halaman X dari Y" counting the body's pages (SECTIONPAGES) under a running header with the document title.
import { Footer, Header, PageNumber, Paragraph, TextRun } from 'docx';
import type { DocumentFooter } from '../../../shared/document/model';
import { ptToHalfPoints } from './env';
import { plainRun } from './runs';
import { STYLE } from './styles';
import { cachedField } from './toc';

/** The PDF sets the footer in 9 pt. */
const FOOTER_SIZE_PT = 9;

export interface SectionFooters {
  footers?: { default: Footer; first?: Footer };
  titlePage: boolean;
}

const emptyFooter = () => new Footer({ children: [new Paragraph({})] });

/**
 * `sectionPages`: count the section's pages (SECTIONPAGES, written with the body's page count from the layout, since
 * LibreOffice shows a SECTIONPAGES field's written result), not the document's.
 */
export function sectionFooters(footer: DocumentFooter | undefined, sectionPages?: number): SectionFooters {
  if (!footer?.pageNumbers) return { titlePage: false };
  const size = ptToHalfPoints(FOOTER_SIZE_PT);
  const children =
    sectionPages === undefined
      ? [new TextRun({ children: ['Halaman ', PageNumber.CURRENT, ' dari ', PageNumber.TOTAL_PAGES], size })]
      : [
          new TextRun({ children: ['Halaman ', PageNumber.CURRENT, ' dari '], size }),
          ...cachedField('SECTIONPAGES', String(sectionPages), size),
        ];
  const pageNumbers = new Footer({ children: [new Paragraph({ children, alignment: 'right' })] });
  if (!footer.skipFirstPage) return { footers: { default: pageNumbers }, titlePage: false };
  return { footers: { default: pageNumbers, first: emptyFooter() }, titlePage: true };
}

/**
 * Tata Naskah's letters: no number on page 1, then "- PAGE -" centred in the header, in the body's size, as
 * pageHeaderNumberText words it.
 */
export function topPageNumbers(sizePt: number): { headers: { default: Header; first: Header }; titlePage: true } {
  const size = ptToHalfPoints(sizePt);
  const number = new TextRun({ children: ['- ', PageNumber.CURRENT, ' -'], size });
  return {
    headers: {
      default: new Header({ children: [new Paragraph({ children: [number], alignment: 'center' })] }),
      first: new Header({ children: [new Paragraph({})] }),
    },
    titlePage: true,
  };
}

/**
 * The front matter's footer: the page number alone, centred (the section numbers its pages in lower-case roman).
 * A cover goes in a section of its own with no footer: LibreOffice drops the footer of every page of a section
 * with a distinct first page when another section follows.
 */
export function frontMatterFooters(footer: DocumentFooter | undefined): { default: Footer } | undefined {
  if (!footer?.pageNumbers) return undefined;
  const number = new TextRun({ children: [PageNumber.CURRENT], size: ptToHalfPoints(FOOTER_SIZE_PT) });
  return { default: new Footer({ children: [new Paragraph({ children: [number], alignment: 'center' })] }) };
}

/** The body's running header: the document title in the Header style. */
export function runningHeader(title: string): { default: Header } {
  return { default: new Header({ children: [new Paragraph({ style: STYLE.header, children: plainRun(title) })] }) };
}
