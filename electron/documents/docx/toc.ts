// The contents as Word's own TOC field over Heading 1–3 (and the list of tables as a TOC field over the "Tabel"
// captions), with the entries and page numbers already filled in from the PDF's pagination, so the document reads
// right as written and Word or LibreOffice can update the field after an edit.
import { ImportedXmlComponent, LeaderType, Paragraph, Tab, TabStopType, TextRun } from 'docx';
import { type Block, type CaptionBlock, captionText, type HeadingBlock, type TocBlock } from '../../../shared/document/model';
import { SPACING } from '../../../shared/document/layout/spacing';
import { ptToHalfPoints } from './env';
import { leadBefore, tailAfter } from './text-blocks';
import type { DocxEnv } from './env';
import { plainRun } from './runs';
import { STYLE } from './styles';
import type { Lead } from './text-blocks';

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

const xml = (text: string) => ImportedXmlComponent.fromXmlString(text);
const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** The runs that open a complex field (begin, instruction, separate) and the one that closes it. */
export function fieldRuns(instruction: string, size?: number): { open: TextRun[]; close: TextRun } {
  return {
    open: [
      new TextRun({ size, children: [xml('<w:fldChar w:fldCharType="begin"/>')] }),
      new TextRun({ size, children: [xml(`<w:instrText xml:space="preserve"> ${escape(instruction)} </w:instrText>`)] }),
      new TextRun({ size, children: [xml('<w:fldChar w:fldCharType="separate"/>')] }),
    ],
    close: new TextRun({ size, children: [xml('<w:fldChar w:fldCharType="end"/>')] }),
  };
}

/** A complex field with its result already written, for readers that show the result rather than work it out. */
export function cachedField(instruction: string, result: string, size?: number): TextRun[] {
  const { open, close } = fieldRuns(instruction, size);
  return [...open, new TextRun({ text: result, size }), close];
}

export interface FieldEntry {
  text: string;
  level: 1 | 2 | 3;
  page: string;
  bold?: boolean;
}

/** A TOC field whose result is `entries`, one paragraph each, in `style(level)`, page numbers on a dotted right tab. */
export function tocField(
  env: DocxEnv,
  instruction: string,
  entries: FieldEntry[],
  style: (level: 1 | 2 | 3) => string,
): Paragraph[] {
  const { open, close } = fieldRuns(instruction);
  const tabStops = [{ type: TabStopType.RIGHT, position: env.textWidthTw, leader: LeaderType.DOT }];
  if (entries.length === 0) return [new Paragraph({ style: style(1), children: [...open, close] })];
  return entries.map(
    (entry, i) =>
      new Paragraph({
        style: style(entry.level),
        // No right indent: LibreOffice ignores a tab stop beyond it, and the numbers would lose their leader.
        tabStops,
        keepNext: i < entries.length - 1 || undefined,
        children: [
          ...(i === 0 ? open : []),
          ...plainRun(entry.text, { bold: entry.bold }),
          new TextRun({ children: [new Tab(), entry.page] }),
          ...(i === entries.length - 1 ? [close] : []),
        ],
      }),
  );
}

/** The SEQ field's identifier: the captions' label ("Tabel"), which the Daftar Tabel's TOC \\c collects. */
const seqName = (label: string) => label.replace(/[^\p{L}\d_]/gu, '') || 'Tabel';

/**
 * "Tabel 2.1 Judul": the chapter's number typed, the table's number a SEQ field restarting at every Heading 1 (\\s 1),
 * as the PDF counts, with the result already written.
 */
export function captionParagraph(env: DocxEnv, block: CaptionBlock, lead: Lead): Paragraph {
  const size = block.sizePt ?? env.sizePt;
  const dot = block.number.lastIndexOf('.');
  const prefix = dot >= 0 ? block.number.slice(0, dot + 1) : '';
  const own = dot >= 0 ? block.number.slice(dot + 1) : block.number;
  const half = block.sizePt === undefined ? undefined : ptToHalfPoints(block.sizePt);
  const styleBefore = env.sizePt * SPACING.tableBefore;
  const styleAfter = env.sizePt * SPACING.captionAfter;
  const before = leadBefore(lead, styleBefore, size * SPACING.tableBefore);
  const after = tailAfter(lead, styleAfter, size * SPACING.captionAfter);
  return new Paragraph({
    style: STYLE.caption,
    keepNext: true,
    keepLines: true,
    pageBreakBefore: lead.pageBreak || undefined,
    spacing: before === undefined && after === undefined ? undefined : { before, after },
    children: [
      ...plainRun(`${block.label} ${prefix}`, { sizePt: block.sizePt }),
      // The first of a chapter also resets the count (\\r 1): LibreOffice recomputes SEQ fields on opening and
      // ignores \\s, so without it the second chapter's tables would go on from the first's.
      ...cachedField(`SEQ ${seqName(block.label)} \\* ARABIC${own === '1' ? ' \\r 1' : ''} \\s 1`, own, half),
      ...plainRun(` ${block.text}`, { sizePt: block.sizePt }),
    ],
  });
}

/** The list of tables: a TOC field over the captions' SEQ fields (\\c), filled from the PDF's pagination. */
function tableListEntries(env: DocxEnv): FieldEntry[] {
  return env.tableCaptions.map((caption, i) => ({
    text: captionText(caption),
    level: 1,
    page: String(env.tablePageNumbers?.[i] ?? ''),
  }));
}

export function tocBlock(env: DocxEnv, block: TocBlock, lead: Lead): Paragraph[] {
  const title = new Paragraph({
    style: STYLE.tocHeading,
    children: plainRun(block.title),
    pageBreakBefore: lead.pageBreak || undefined,
  });
  if (block.of === 'tables') {
    const label = seqName(env.tableCaptions[0]?.label ?? 'Tabel');
    return [title, ...tocField(env, `TOC \\h \\z \\c "${label}"`, tableListEntries(env), () => STYLE.tableOfFigures)];
  }
  // The i-th number belongs to the i-th heading marked for the contents, whether or not maxLevel lists it.
  const entries = env.tocHeadings.flatMap((heading, i): FieldEntry[] =>
    heading.level <= block.maxLevel
      ? [
          {
            text: heading.label ? `${heading.label} ${heading.text}` : heading.text,
            level: heading.level,
            page: String(env.tocPageNumbers?.[i] ?? ''),
          },
        ]
      : [],
  );
  return [title, ...tocField(env, `TOC \\o "1-${block.maxLevel}" \\h \\z \\u`, entries, (level) => STYLE.toc[level - 1]!)];
}
