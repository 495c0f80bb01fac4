// Word styles: document defaults in the regency's font, Title and Heading 1–3 (numbered BAB I / 1.1 / 1.1.1 by the
// multilevel list linked to them), and a named paragraph style for every kind of text, so that an editor changes the
// look in one place and spacing comes from the styles, as the PDF layout's spacing module has it.
import type { IParagraphStyleOptions, IStylesOptions } from 'docx';
import type { DocumentModel } from '../../../shared/document/model';
import { SPACING } from '../../../shared/document/layout/spacing';
import { LINE, ptToHalfPoints, ptToTwips } from './env';
import { HEADING_NUMBERING } from './headings';

/** Style ids; Title, Heading1–3, TOC1–3, Caption, BodyText, Header and TOCHeading are Word's built-in ones. */
export const STYLE = {
  title: 'Title',
  toc: ['TOC1', 'TOC2', 'TOC3'] as const,
  tocHeading: 'TOCHeading',
  body: 'BodyText',
  listItem: 'ListItem',
  keyValue: 'KeyValue',
  tableText: 'TableText',
  tableHeading: 'TableHeading',
  caption: 'Caption',
  signature: 'SignatureText',
  tableGap: 'TableGap',
  sectionBreak: 'SectionBreak',
  header: 'Header',
  tableOfFigures: 'TableofFigures',
} as const;

const BLACK = '000000';

export function documentStyles(model: DocumentModel): IStylesOptions {
  const size = model.font.sizePt;
  const font = model.font.family;
  const heading = (level: 1 | 2 | 3) => {
    const headingSize = level === 1 ? size + SPACING.headingOneLargerPt : size;
    return {
      run: { font, size: ptToHalfPoints(headingSize), bold: true, italics: level === 3, color: BLACK },
      paragraph: {
        keepNext: true,
        keepLines: true,
        outlineLevel: level - 1,
        alignment: level === 1 ? ('center' as const) : ('left' as const),
        numbering: { reference: HEADING_NUMBERING, level: level - 1 },
        spacing: {
          before: ptToTwips(headingSize * SPACING.headingBefore[level]),
          after: ptToTwips(headingSize * SPACING.headingAfter[level]),
          ...LINE,
        },
      },
    };
  };
  const plain = (
    id: string,
    name: string,
    paragraph: IParagraphStyleOptions['paragraph'],
    run: IParagraphStyleOptions['run'] = {},
  ) => ({
    id,
    name,
    basedOn: 'Normal',
    next: id,
    quickFormat: true,
    run,
    paragraph: { ...paragraph, spacing: { before: 0, after: 0, ...LINE, ...paragraph?.spacing } },
  });
  const tocLevel = (level: 1 | 2 | 3) =>
    plain(
      STYLE.toc[level - 1]!,
      `toc ${level}`,
      {
        indent: { left: Math.round((6 * 1440 * (level - 1)) / 25.4) },
        spacing: { before: level === 1 ? ptToTwips(size * SPACING.tocChapterBefore) : 0 },
      },
      { bold: level === 1 },
    );
  const paragraphStyles: IParagraphStyleOptions[] = [
    plain(STYLE.body, 'Body Text', { spacing: { after: ptToTwips(size * SPACING.paragraphAfter) } }),
    plain(STYLE.listItem, 'List Item', {
      alignment: 'both',
      spacing: { after: ptToTwips(size * SPACING.listItemAfter) },
    }),
    plain(STYLE.keyValue, 'Key Value', {}),
    plain(STYLE.tableText, 'Table Text', {}),
    plain(STYLE.tableHeading, 'Table Heading', { alignment: 'center', keepNext: true }, { bold: true }),
    plain(
      STYLE.caption,
      'caption',
      {
        alignment: 'center',
        keepNext: true,
        keepLines: true,
        spacing: { before: ptToTwips(size * SPACING.tableBefore), after: ptToTwips(size * SPACING.captionAfter) },
      },
      { bold: true },
    ),
    plain(STYLE.signature, 'Signature Text', { alignment: 'center', keepNext: true, keepLines: true }),
    // Word needs a paragraph between two tables or it joins them; this one is the gap the layout leaves there.
    plain(
      STYLE.tableGap,
      'Table Gap',
      { keepNext: true, spacing: { line: ptToTwips(size * SPACING.tableAfter), lineRule: 'exact' } },
      {
        size: 2,
      },
    ),
    // The paragraph that carries a section break after the contents: one hair-line high.
    plain(STYLE.sectionBreak, 'Section Break', { spacing: { line: 20, lineRule: 'exact' } }, { size: 2 }),
    plain(
      STYLE.tocHeading,
      'TOC Heading',
      {
        alignment: 'center',
        keepNext: true,
        spacing: { after: ptToTwips(size) },
      },
      { bold: true, size: ptToHalfPoints(size + SPACING.headingOneLargerPt) },
    ),
    tocLevel(1),
    tocLevel(2),
    tocLevel(3),
    plain(STYLE.tableOfFigures, 'table of figures', {}),
    plain(STYLE.header, 'header', { alignment: 'center' }, { size: ptToHalfPoints(9), italics: true }),
  ];
  return {
    default: {
      document: {
        // Every font slot is set, so Word does not swap in a theme font for accented or non-Latin letters.
        run: {
          font: { ascii: font, hAnsi: font, cs: font, eastAsia: font },
          size: ptToHalfPoints(size),
          language: { value: 'id-ID' },
        },
        paragraph: { spacing: { before: 0, after: 0, ...LINE } },
      },
      title: {
        run: { font, size: ptToHalfPoints(size + 1), bold: true, color: BLACK },
        paragraph: { alignment: 'center', keepNext: true, spacing: { before: 0, after: 0, ...LINE } },
      },
      heading1: heading(1),
      heading2: heading(2),
      heading3: heading(3),
    },
    paragraphStyles,
  };
}
