// Bench rows of the masterplan books (issue 13): each book alone, PDF and DOCX, from the
// demo masterplan with every empty section filled with text, as documents.ts fills the draft.
import { renderDocxFromLayout } from '../electron/documents/docx-from-layout';
import { layoutForPdf, renderPdf } from '../electron/documents/pdf/render-pdf';
import type { DocumentModel } from '../shared/document/model';
import type { MasterplanData } from '../shared/documents/context';
import { buildMasterplanBook, BOOK_TITLES, MASTERPLAN_BOOK_KINDS } from '../shared/documents/masterplan-books/books';

type Measure = (label: string, run: () => Promise<Uint8Array>, extra?: string) => Promise<void>;

export async function masterplanBookRows(filled: MasterplanData, measure: Measure): Promise<void> {
  // The full draft of the four books is the main "Draf masterplan lengkap" row (documents.ts).
  const models: [string, DocumentModel][] = MASTERPLAN_BOOK_KINDS.map((kind): [string, DocumentModel] => [
    BOOK_TITLES[kind],
    buildMasterplanBook(filled, kind),
  ]);
  for (const [label, model] of models) {
    await measure(`${label}, PDF`, () => renderPdf(model), `   ${layoutForPdf(model).pages.length} pages`);
    await measure(`${label}, DOCX`, () => renderDocxFromLayout(model));
  }
}
