// Word styles: document defaults in the regency's font, and named Title and Heading 1–3 styles so Word's
// navigation pane and a regenerated table of contents find the headings. Sizes follow the PDF layout.
import type { IStylesOptions } from 'docx';
import type { DocumentModel } from '../../../shared/document/model';
import { LINE, ptToHalfPoints, ptToTwips } from './env';

/** Style ids Word recognises as its built-in ones. */
export const STYLE = {
  title: 'Title',
  toc: ['TOC1', 'TOC2', 'TOC3'] as const,
} as const;

const BLACK = '000000';

export function documentStyles(model: DocumentModel): IStylesOptions {
  const size = model.font.sizePt;
  const font = model.font.family;
  const heading = (level: 1 | 2 | 3) => ({
    run: { font, size: ptToHalfPoints(level === 1 ? size + 2 : size), bold: true, italics: level === 3, color: BLACK },
    paragraph: {
      keepNext: true,
      keepLines: true,
      outlineLevel: level - 1,
      alignment: level === 1 ? ('center' as const) : ('left' as const),
      spacing: {
        before: level === 1 ? 0 : ptToTwips(size),
        after: ptToTwips(level === 1 ? size * 1.5 : size * 0.5),
        ...LINE,
      },
    },
  });
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
  };
}
