// The table of contents as a static list (dot leaders, right-aligned page numbers). The numbers come from the
// PDF's pagination when the caller passes them, so the DOCX and the PDF agree; Word's own field is not used.
import { LeaderType, Paragraph, Tab, TabStopType, TextRun } from 'docx';
import type { Block, HeadingBlock, TocBlock } from '../../../shared/document/model';
import { type DocxEnv, type Keep, keepAt, LINE, mmToTwips, ptToTwips } from './env';
import { plainRun } from './runs';
import { STYLE } from './styles';

/** Headings marked for the contents, in document order, including those inside keepTogether blocks. */
export function collectTocHeadings(blocks: readonly Block[]): HeadingBlock[] {
  const found: HeadingBlock[] = [];
  const visit = (list: readonly Block[]) => {
    for (const block of list) {
      if (block.type === 'heading' && block.toc) found.push(block);
      else if (block.type === 'keepTogether') visit(block.blocks);
    }
  };
  visit(blocks);
  return found;
}

export function tocBlock(env: DocxEnv, block: TocBlock, keep: Keep): Paragraph[] {
  const size = env.sizePt;
  const title = new Paragraph({
    children: plainRun(block.title, { bold: true, sizePt: size + 2 }),
    alignment: 'center',
    keepNext: true,
    spacing: { before: 0, after: ptToTwips(size), ...LINE },
  });
  // The i-th number belongs to the i-th heading marked for the contents, whether or not maxLevel lists it.
  const entries = env.tocHeadings.flatMap((heading, i) =>
    heading.level <= block.maxLevel ? [{ heading, page: env.tocPageNumbers?.[i] }] : [],
  );
  const paragraphs = entries.map(({ heading, page }, i) => {
    const text = heading.label ? `${heading.label} ${heading.text}` : heading.text;
    return new Paragraph({
      style: STYLE.toc[heading.level - 1],
      children: [
        ...plainRun(text, { bold: heading.level === 1 }),
        new TextRun({ children: [new Tab(), page === undefined ? '' : String(page)] }),
      ],
      tabStops: [{ type: TabStopType.RIGHT, position: env.textWidthTw, leader: LeaderType.DOT }],
      // No right indent: LibreOffice ignores a tab stop beyond it, and the numbers would lose their leader.
      indent: { left: mmToTwips(6 * (heading.level - 1)) },
      spacing: { before: heading.level === 1 ? ptToTwips(size * 0.4) : 0, after: 0, ...LINE },
      keepNext: keepAt(keep, i, entries.length) || undefined,
    });
  });
  return [title, ...paragraphs];
}
