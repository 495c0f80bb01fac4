// A DOCX that breaks like the PDF: the PDF's layout of the same model supplies the contents page numbers and the
// table column widths (widened where a word must not be cut) before the DOCX is written.
import type { DocumentModel } from '../../shared/document/model';
import { renderDocx } from './docx/render-docx';
import { layoutForPdf } from './pdf/render-pdf';

export function renderDocxFromLayout(model: DocumentModel): Promise<Uint8Array> {
  const layout = layoutForPdf(model);
  return renderDocx(model, {
    tocPageNumbers: layout.tocEntries.map((e) => e.pageLabel ?? e.page),
    tablePageNumbers: layout.tableEntries.map((e) => e.pageLabel ?? e.page),
    tableColumns: layout.tableColumns,
    tableTallRows: layout.tableTallRows,
    bodyPages: layout.pages.length - layout.bodyStart,
  });
}
