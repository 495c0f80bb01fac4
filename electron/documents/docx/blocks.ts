// Maps each model block to Word paragraphs and tables, carries "keep with next" into keepTogether groups, and works
// out the space between blocks as the PDF leaves it, without spacer paragraphs: a spacer or the space under a table
// becomes the next paragraph's space before, the space above a table the previous paragraph's space after, and a page
// break the next paragraph's "page break before". Only between two tables, which Word would otherwise join, is there a
// paragraph of the Table Gap style.
import { PageBreak, Paragraph, type Table } from 'docx';
import { SPACING } from '../../../shared/document/layout/spacing';
import { type Block, mmToPt } from '../../../shared/document/model';
import type { DocxEnv, Keep } from './env';
import { headingParagraph } from './headings';
import { letterheadBlock } from './letterhead';
import { listBlock } from './lists';
import { signatureGridBlock } from './signature';
import { STYLE } from './styles';
import { tableBlock } from './tables';
import { imageBlock, keyValueBlock, type Lead, leadBefore, NO_LEAD, paragraphBlock, titleBlock } from './text-blocks';
import { captionParagraph, tocBlock } from './toc';

export type BodyChild = Paragraph | Table;

/** Space the PDF leaves under a block, in points (Word keeps it as the space after the block's last paragraph). */
export function trailingSpacePt(env: DocxEnv, block: Block): number {
  const size = env.sizePt;
  switch (block.type) {
    case 'paragraph':
      return block.spaceAfterPt ?? (block.sizePt ?? size) * SPACING.paragraphAfter;
    case 'heading': {
      const headingSize = block.level === 1 ? size + SPACING.headingOneLargerPt : size;
      return headingSize * SPACING.headingAfter[block.level];
    }
    case 'title':
      return size * SPACING.titleAfter;
    case 'list':
      return size * SPACING.listAfter;
    case 'image':
      return size * SPACING.imageAfter;
    case 'keyValue':
      return size * SPACING.keyValueAfter;
    case 'table':
      return (block.sizePt ?? size) * SPACING.tableAfter;
    case 'caption':
      return (block.sizePt ?? size) * SPACING.captionAfter;
    case 'letterhead':
      return mmToPt(4);
    case 'keepTogether': {
      const last = block.blocks[block.blocks.length - 1];
      return last ? trailingSpacePt(env, last) : 0;
    }
    default:
      return 0;
  }
}

/** Whether a block starts with a table (and so cannot carry space before or a page break itself). */
function startsWithTable(block: Block | undefined): boolean {
  if (!block) return false;
  if (block.type === 'keepTogether') return startsWithTable(block.blocks[0]);
  return block.type === 'table' || block.type === 'letterhead' || block.type === 'signatureGrid';
}

function endsWithTable(block: Block | undefined): boolean {
  if (!block) return false;
  if (block.type === 'keepTogether') return endsWithTable(block.blocks[block.blocks.length - 1]);
  return block.type === 'table' || block.type === 'letterhead' || block.type === 'signatureGrid';
}

/** Space the PDF leaves above a block that starts with a table. */
function tableSpaceBeforePt(env: DocxEnv, block: Block | undefined): number {
  if (!block) return 0;
  if (block.type === 'keepTogether') return tableSpaceBeforePt(env, block.blocks[0]);
  if (block.type === 'table') return (block.sizePt ?? env.sizePt) * SPACING.tableBefore;
  if (block.type === 'signatureGrid') return block.spaceBeforePt ?? env.sizePt * SPACING.signatureGridBefore;
  return 0;
}

function renderBlock(env: DocxEnv, block: Block, keep: Keep, lead: Lead): BodyChild[] {
  switch (block.type) {
    case 'letterhead':
      return letterheadBlock(env, block);
    case 'title':
      return titleBlock(env, block, lead);
    case 'paragraph':
      return [paragraphBlock(env, block, keep, lead)];
    case 'heading': {
      const level = block.level;
      const headingSize = level === 1 ? env.sizePt + SPACING.headingOneLargerPt : env.sizePt;
      const styleBefore = headingSize * SPACING.headingBefore[level];
      // A heading at the top of a page (level 1 starts one) has nothing above it: Word and LibreOffice keep the
      // style's space before under a page break, the PDF does not, so a level 2 or 3 heading there sets it to 0.
      const breaks = (!!block.pageBreakBefore || lead.pageBreak) && !lead.noBreak;
      // A spacer under the break (a divider page's title set low on its page) stays as space before the heading.
      const before =
        breaks || lead.noBreak
          ? lead.spacerPt > 0
            ? Math.round((lead.spacerPt + styleBefore) * 20)
            : styleBefore > 0
              ? 0
              : undefined
          : leadBefore(lead, styleBefore);
      return [
        headingParagraph(block, env.headingNumbers.get(block) ?? null, {
          pageBreakBefore: breaks,
          ...(before === undefined ? {} : { beforeTw: before }),
        }),
      ];
    }
    case 'list':
      return listBlock(env, block, keep, lead);
    case 'keyValue':
      return keyValueBlock(env, block, keep, lead);
    case 'table':
      return tableBlock(env, block, keep);
    case 'signatureGrid':
      return signatureGridBlock(env, block, keep);
    case 'image':
      return [imageBlock(env, block, keep, lead)];
    case 'toc':
      return tocBlock(env, block, lead);
    case 'caption':
      return [captionParagraph(env, block, lead)];
    case 'spacer':
    case 'pageBreak':
      // Carried into the next block by the sequence.
      return [];
    case 'keepTogether':
      // Everything but the group's very last paragraph keeps with the next, so Word moves the group as one when
      // it fits on a page, as the PDF does. A group that is itself kept keeps its last paragraph too.
      return renderSequence(env, block.blocks, (i, n) => (i < n - 1 || keep === 'all' ? 'all' : 'allButLast'), lead);
  }
}

function renderSequence(
  env: DocxEnv,
  blocks: readonly Block[],
  keepFor: (index: number, count: number) => Keep,
  first: Lead,
): BodyChild[] {
  const out: BodyChild[] = [];
  let lead: Lead = { ...first, tailPt: 0 };
  blocks.forEach((block, i) => {
    if (block.type === 'spacer') {
      lead = { ...lead, spacerPt: lead.spacerPt + Math.min(mmToPt(block.heightMm), env.textHeightTw / 20) };
      return;
    }
    if (block.type === 'pageBreak') {
      lead = { abovePt: 0, spacerPt: 0, afterTable: false, pageBreak: true, tailPt: 0 };
      return;
    }
    const next = blocks.slice(i + 1).find((b) => b.type !== 'spacer');
    const tailPt =
      startsWithTable(next) && !endsWithTable(block) ? tableSpaceBeforePt(env, next) : i === blocks.length - 1 ? first.tailPt : 0;
    if (startsWithTable(block) && (lead.pageBreak || lead.afterTable)) {
      if (lead.pageBreak) {
        // A table cannot break the page before itself: the break goes into a paragraph of its own.
        out.push(new Paragraph({ style: STYLE.tableGap, children: [new PageBreak()] }));
      } else {
        // Word joins two tables that touch; the paragraph between them is the space the PDF leaves there.
        const gapPt = Math.max(1, lead.abovePt + lead.spacerPt + tableSpaceBeforePt(env, block));
        out.push(new Paragraph({ style: STYLE.tableGap, spacing: { line: Math.round(gapPt * 20), lineRule: 'exact' } }));
      }
      // The gap or break is written: a keepTogether that starts with the table does not write it again.
      lead = { ...NO_LEAD };
    }
    out.push(
      ...renderBlock(env, block, keepFor(i, blocks.length), { ...lead, tailPt, noBreak: out.length === 0 && first.noBreak }),
    );
    lead = { abovePt: trailingSpacePt(env, block), spacerPt: 0, afterTable: endsWithTable(block), pageBreak: false, tailPt: 0 };
  });
  return out;
}

/** `sectionStart`: the blocks open a new section, whose break already starts the page. */
export function renderBlocks(env: DocxEnv, blocks: readonly Block[], sectionStart = false): BodyChild[] {
  return renderSequence(env, blocks, () => 'none', sectionStart ? { ...NO_LEAD, noBreak: true } : NO_LEAD);
}
