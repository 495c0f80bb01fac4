// Flattens a document model to its plain text, in reading order: what both renderers must show, for tests and
// for comparing the PDF with the DOCX.
import { type Block, captionText, type DocumentModel, type SignatureBlock, type TextRun } from './model';

const runsText = (runs: readonly TextRun[]) => runs.map((r) => r.text).join('');

function signatureText(block: SignatureBlock | null): string[] {
  return block ? [...block.headingLines, block.name, ...block.detailLines] : [];
}

export function blockText(block: Block): string[] {
  switch (block.type) {
    case 'letterhead':
      return block.lines.map((l) => l.text);
    case 'title':
      return [...block.lines, ...(block.number ? [`NOMOR: ${block.number}`] : []), ...(block.subtitle ?? [])];
    case 'paragraph':
      return [runsText(block.runs)];
    case 'heading':
      return [block.label ? `${block.label} ${block.text}` : block.text];
    case 'list':
      return block.items.flatMap((item) => [runsText(item.runs), ...(item.children ? blockText(item.children) : [])]);
    case 'keyValue':
      return block.rows.map((row) => `${row.key}: ${runsText(row.value)}`);
    case 'table':
      return [...block.header, ...block.rows].flatMap((row) =>
        row.cells.flatMap((cell) => (cell.signature ? [cell.signature.label] : cell.lines.map(runsText))),
      );
    case 'signatureGrid':
      return [
        ...(block.placeDate ? [block.placeDate] : []),
        ...block.cells.flatMap(signatureText),
        ...(block.closing ? blockText(block.closing) : []),
      ];
    case 'toc':
      return [block.title];
    case 'caption':
      return [captionText(block)];
    case 'keepTogether':
      return block.blocks.flatMap(blockText);
    case 'image':
    case 'spacer':
    case 'pageBreak':
      return [];
  }
}

/** Every text of the document, one entry per paragraph, line or cell. */
export function modelText(model: DocumentModel): string[] {
  return model.blocks.flatMap(blockText).filter((t) => t !== '');
}
