// Maps each model block to Word paragraphs and tables, carries "keep with next" into keepTogether groups, and
// adds up the space between blocks as the PDF does.
import type { Paragraph, Table } from 'docx';
import type { Block } from '../../../shared/document/model';
import type { DocxEnv, Keep } from './env';
import { letterheadBlock } from './letterhead';
import { listBlock } from './lists';
import { signatureGridBlock } from './signature';
import { keyValueBlock, tableBlock } from './tables';
import { headingBlock, imageBlock, pageBreakBlock, paragraphBlock, spacerBlock, titleBlock } from './text-blocks';
import { tocBlock } from './toc';

export type BodyChild = Paragraph | Table;

/**
 * Space under a block's last paragraph, in points. Word (and LibreOffice) put only the larger of one paragraph's
 * space after and the next one's space before between them; the PDF puts both. Blocks that end in a table end with
 * a gap paragraph of their own and have no space after.
 */
export function trailingSpacePt(env: DocxEnv, block: Block): number {
  const size = env.sizePt;
  switch (block.type) {
    case 'paragraph':
      return block.spaceAfterPt ?? (block.sizePt ?? size) * 0.5;
    case 'heading':
      return block.level === 1 ? size * 1.5 : size * 0.5;
    case 'title':
      return size;
    case 'list':
    case 'image':
      return size * 0.5;
    case 'keepTogether': {
      const last = block.blocks[block.blocks.length - 1];
      return last ? trailingSpacePt(env, last) : 0;
    }
    default:
      return 0;
  }
}

function renderBlock(env: DocxEnv, block: Block, keep: Keep, abovePt: number): BodyChild[] {
  switch (block.type) {
    case 'letterhead':
      return letterheadBlock(env, block);
    case 'title':
      return titleBlock(env, block, abovePt);
    case 'paragraph':
      return [paragraphBlock(env, block, keep, abovePt)];
    case 'heading':
      return [headingBlock(env, block, abovePt)];
    case 'list':
      return listBlock(env, block, keep);
    case 'keyValue':
      return keyValueBlock(env, block, keep);
    case 'table':
      return tableBlock(env, block, keep);
    case 'signatureGrid':
      return signatureGridBlock(env, block, keep);
    case 'image':
      return [imageBlock(env, block, keep)];
    case 'spacer':
      return [spacerBlock(env, block.heightMm, keep)];
    case 'pageBreak':
      return [pageBreakBlock()];
    case 'toc':
      return tocBlock(env, block, keep);
    case 'keepTogether':
      // Everything but the group's very last paragraph keeps with the next, so Word moves the group as one when
      // it fits on a page, as the PDF does. A group that is itself kept keeps its last paragraph too.
      return renderSequence(env, block.blocks, (i, n) => (i < n - 1 || keep === 'all' ? 'all' : 'allButLast'), abovePt);
  }
}

function renderSequence(
  env: DocxEnv,
  blocks: readonly Block[],
  keepFor: (index: number, count: number) => Keep,
  abovePt: number,
): BodyChild[] {
  const out: BodyChild[] = [];
  let above = abovePt;
  blocks.forEach((block, i) => {
    out.push(...renderBlock(env, block, keepFor(i, blocks.length), above));
    above = block.type === 'pageBreak' ? 0 : trailingSpacePt(env, block);
  });
  return out;
}

export function renderBlocks(env: DocxEnv, blocks: readonly Block[]): BodyChild[] {
  return renderSequence(env, blocks, () => 'none', 0);
}
