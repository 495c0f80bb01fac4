// Renders a DocumentModel as an editable Word document (DOCX): real styles, numbering, repeating table headers and
// PAGE/NUMPAGES fields, so the file opens cleanly in Word and LibreOffice and says what the PDF says.
import { Document, type ISectionOptions, NumberFormat, Packer, PageOrientation, Paragraph } from 'docx';
import type { DocumentModel } from '../../../shared/document/model';
import { renderBlocks } from './blocks';
import { corePropertiesXml, w3cDate } from './core-properties';
import { type DocxEnv, mmToTwips, pageGeometry } from './env';
import { frontMatterFooters, runningHeader, sectionFooters, topPageNumbers } from './footer';
import { NUMBERING_CONFIG } from './lists';
import { documentStyles, STYLE } from './styles';
import { collectTocHeadings } from './toc';
import { tableCaptions } from '../../../shared/document/layout/toc';
import { HEADING_NUMBERING_CONFIG, planHeadingNumbers } from './headings';
import { stampZipDates } from './zip-dates';

export interface RenderDocxOptions {
  /**
   * Page numbers for the contents, one per heading marked `toc: true` in document order (the PDF's pagination);
   * without them the contents lists the headings with no numbers.
   */
  tocPageNumbers?: (number | string)[];
  /** Page numbers for the list of tables, one per caption in document order (the PDF's pagination). */
  tablePageNumbers?: (number | string)[];
  /** Column shares of each table in document order, from the PDF's layout; without them, the model's weights. */
  tableColumns?: number[][];
  /** Per table, the body rows tall enough to be allowed to split (LaidOutDocument.tableTallRows). */
  tableTallRows?: number[][];
  /** Pages of the body after a front matter, from the PDF's layout: the written result of its SECTIONPAGES field. */
  bodyPages?: number;
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
    tableCaptions: tableCaptions(model.blocks),
    tablePageNumbers: options.tablePageNumbers,
    headingNumbers: planHeadingNumbers(model.blocks),
    nextListInstance: () => ++listInstance,
    nextImageId: () => ++imageId,
    nextTable: () => {
      const index = tableIndex++;
      return { columns: options.tableColumns?.[index], tallRows: new Set(options.tableTallRows?.[index] ?? []) };
    },
  };
  const pageProperties = {
    size: { width: page.widthTw, height: page.heightTw, orientation: PageOrientation.PORTRAIT },
    margin: {
      ...page.margins,
      // The PDF sets the footer's baseline halfway down the bottom margin; Word measures to the bottom of
      // the footer's line, about a descender (0.7 mm at 9 pt) lower. The header's baseline likewise.
      footer: Math.max(0, Math.round(page.margins.bottom / 2) - mmToTwips(0.7)),
      header: Math.max(0, Math.round(page.margins.top / 2) - mmToTwips(3.2)),
    },
  };
  // A model whose front matter ends with a marked page break gets two sections: front matter and body.
  const split = model.blocks.findIndex((b) => b.type === 'pageBreak' && b.endsFrontMatter);
  let sections: ISectionOptions[];
  if (split < 0 && model.footer?.pageNumbers && model.footer.style === 'top-centre') {
    const { headers, titlePage } = topPageNumbers(model.font.sizePt);
    sections = [{ properties: { titlePage, page: pageProperties }, headers, children: renderBlocks(env, model.blocks) }];
  } else if (split < 0) {
    const { footers, titlePage } = sectionFooters(model.footer);
    sections = [{ properties: { titlePage, page: pageProperties }, footers, children: renderBlocks(env, model.blocks) }];
  } else {
    const front = model.blocks.slice(0, split);
    // The cover (up to the first page break) is a section of its own without footer when the model skips page 1.
    const coverEnd = model.footer?.skipFirstPage ? front.findIndex((b) => b.type === 'pageBreak') : -1;
    const frontFooters = frontMatterFooters(model.footer);
    const bodyFooters = sectionFooters(model.footer && { pageNumbers: model.footer.pageNumbers }, options.bodyPages ?? 0);
    const roman = { ...pageProperties, pageNumbers: { start: coverEnd >= 0 ? 2 : 1, formatType: NumberFormat.LOWER_ROMAN } };
    sections = [
      ...(coverEnd >= 0 ? [{ properties: { page: pageProperties }, children: renderBlocks(env, front.slice(0, coverEnd)) }] : []),
      {
        properties: { page: roman },
        footers: frontFooters,
        // The section break in a paragraph of its own: LibreOffice loses a break that ends the contents' field.
        children: [...renderBlocks(env, front.slice(coverEnd + 1), coverEnd >= 0), new Paragraph({ style: STYLE.sectionBreak })],
      },
      {
        properties: { page: { ...pageProperties, pageNumbers: { start: 1, formatType: NumberFormat.DECIMAL } } },
        headers: runningHeader(model.meta.title),
        footers: bodyFooters.footers,
        // The section break starts the page; the body's first heading does not break it again.
        children: renderBlocks(env, model.blocks.slice(split + 1), true),
      },
    ];
  }
  const keywords = model.meta.keywords?.join(', ');
  const doc = new Document({
    title: model.meta.title,
    subject: model.meta.subject,
    creator: model.meta.author,
    lastModifiedBy: model.meta.author,
    keywords: keywords === '' ? undefined : keywords,
    styles: documentStyles(model),
    numbering: { config: [...NUMBERING_CONFIG, HEADING_NUMBERING_CONFIG] },
    sections,
  });
  // The model's date, not the clock's, goes into the metadata and the zip, so equal models give equal bytes.
  const bytes = await Packer.pack(doc, 'uint8array', false, [{ path: 'docProps/core.xml', data: corePropertiesXml(model.meta) }]);
  const created = w3cDate(model.meta.createdAt);
  return created ? stampZipDates(bytes, new Date(created)) : bytes;
}
