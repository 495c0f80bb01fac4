// Renders a DocumentModel as an editable Word document (DOCX): real styles, numbering, repeating table headers and
// PAGE/NUMPAGES fields, so the file opens cleanly in Word and LibreOffice and says what the PDF says.
import { Document, Packer, PageOrientation } from 'docx';
import type { DocumentModel } from '../../../shared/document/model';
import { renderBlocks } from './blocks';
import { corePropertiesXml, w3cDate } from './core-properties';
import { type DocxEnv, mmToTwips, pageGeometry } from './env';
import { sectionFooters } from './footer';
import { NUMBERING_CONFIG } from './lists';
import { documentStyles } from './styles';
import { collectTocHeadings } from './toc';
import { HEADING_NUMBERING_CONFIG, planHeadingNumbers } from './headings';
import { stampZipDates } from './zip-dates';

export interface RenderDocxOptions {
  /**
   * Page numbers for the contents, one per heading marked `toc: true` in document order (the PDF's pagination);
   * without them the contents lists the headings with no numbers.
   */
  tocPageNumbers?: (number | string)[];
  /** Column shares of each table in document order, from the PDF's layout; without them, the model's weights. */
  tableColumns?: number[][];
}

export async function renderDocx(model: DocumentModel, options: RenderDocxOptions = {}): Promise<Uint8Array> {
  const page = pageGeometry(model);
  let listInstance = 0;
  let imageId = 0;
  let tableIndex = 0;
  const env: DocxEnv = {
    textWidthTw: page.textWidthTw,
    textHeightTw: page.textHeightTw,
    sizePt: model.font.sizePt,
    tocHeadings: collectTocHeadings(model.blocks),
    tocPageNumbers: options.tocPageNumbers,
    headingNumbers: planHeadingNumbers(model.blocks),
    nextListInstance: () => ++listInstance,
    nextImageId: () => ++imageId,
    nextTableColumns: () => options.tableColumns?.[tableIndex++],
  };
  const { footers, titlePage } = sectionFooters(model.footer);
  const keywords = model.meta.keywords?.join(', ');
  const doc = new Document({
    title: model.meta.title,
    subject: model.meta.subject,
    creator: model.meta.author,
    lastModifiedBy: model.meta.author,
    keywords: keywords === '' ? undefined : keywords,
    styles: documentStyles(model),
    numbering: { config: [...NUMBERING_CONFIG, HEADING_NUMBERING_CONFIG] },
    sections: [
      {
        properties: {
          titlePage,
          page: {
            size: { width: page.widthTw, height: page.heightTw, orientation: PageOrientation.PORTRAIT },
            margin: {
              ...page.margins,
              // The PDF sets the footer's baseline halfway down the bottom margin; Word measures to the bottom of
              // the footer's line, about a descender (0.7 mm at 9 pt) lower.
              footer: Math.max(0, Math.round(page.margins.bottom / 2) - mmToTwips(0.7)),
              header: mmToTwips(12.5),
            },
          },
        },
        footers,
        children: renderBlocks(env, model.blocks),
      },
    ],
  });
  // The model's date, not the clock's, goes into the metadata and the zip, so equal models give equal bytes.
  const bytes = await Packer.pack(doc, 'uint8array', false, [{ path: 'docProps/core.xml', data: corePropertiesXml(model.meta) }]);
  const created = w3cDate(model.meta.createdAt);
  return created ? stampZipDates(bytes, new Date(created)) : bytes;
}
