// Small queries over a document model for the builder tests: blocks of a kind, wherever keepTogether nests them.
import type { Block, DocumentModel, SignatureGridBlock, TableBlock, TextRun } from '../../../shared/document/model';
import { modelText } from '../../../shared/document/model-text';

export function flatBlocks(model: DocumentModel): Block[] {
  const visit = (blocks: Block[]): Block[] =>
    blocks.flatMap((b) =>
      b.type === 'keepTogether' ? visit(b.blocks) : b.type === 'signatureGrid' && b.closing ? [b, ...visit([b.closing])] : [b],
    );
  return visit(model.blocks);
}

export const tables = (m: DocumentModel) => flatBlocks(m).filter((b): b is TableBlock => b.type === 'table');
export const grids = (m: DocumentModel) => flatBlocks(m).filter((b): b is SignatureGridBlock => b.type === 'signatureGrid');
export const textOf = (m: DocumentModel) => modelText(m).join('\n');

/** Every text run of the model, in tables and lists too. */
export function allRuns(model: DocumentModel): TextRun[] {
  return flatBlocks(model).flatMap((b): TextRun[] => {
    switch (b.type) {
      case 'paragraph':
        return b.runs;
      case 'list':
        return b.items.flatMap((i) => i.runs);
      case 'keyValue':
        return b.rows.flatMap((r) => r.value);
      case 'table':
        return [...b.header, ...b.rows].flatMap((r) => r.cells.flatMap((c) => c.lines.flat()));
      default:
        return [];
    }
  });
}
