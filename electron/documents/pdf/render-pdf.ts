// Renders a document model to PDF: lays it out with the embedded fonts' metrics, writes one compressed content
// stream per page by hand (pdf-lib's drawText would shape every string again), and embeds font subsets and images.
import { deflateSync } from 'node:zlib';
import { PDFDocument, PDFName, PDFPage, PDFRawStream, PrintScaling, type PDFImage, type PDFRef } from 'pdf-lib';
import { layoutDocument } from '../../../shared/document/layout/layout-document';
import type { LaidOutPage, LayoutResult } from '../../../shared/document/layout/types';
import type { DocumentModel, ImageData } from '../../../shared/document/model';
import { ByteWriter, FontEmbedder, fmt } from './font-embedding';
import { fontSet, measurerFor } from './fonts';

export function layoutForPdf(model: DocumentModel): LayoutResult {
  return layoutDocument(model, measurerFor(fontSet(model.font.family)));
}

class ImageRegistry {
  private readonly images = new Map<Uint8Array, { name: string; image: PDFImage }>();
  constructor(private readonly doc: PDFDocument) {}

  async prepare(pages: LaidOutPage[]): Promise<void> {
    for (const data of imagesOf(pages)) {
      if (this.images.has(data.data)) continue;
      const image = await embedImage(this.doc, data);
      this.images.set(data.data, { name: `Im${this.images.size + 1}`, image });
    }
  }

  get(data: Uint8Array): { name: string; image: PDFImage } {
    return this.images.get(data)!;
  }
}

/**
 * The images drawn on the pages, in order. Looked for in a plain function: walked inside the async prepare, every
 * item of a long draft cost an iterator result.
 */
function imagesOf(pages: LaidOutPage[]): ImageData[] {
  const found: ImageData[] = [];
  for (const page of pages) for (const item of page.items) if (item.kind === 'image') found.push(item.image);
  return found;
}

function embedImage(doc: PDFDocument, image: ImageData): Promise<PDFImage> {
  return image.mime === 'image/png' ? doc.embedPng(image.data) : doc.embedJpg(image.data);
}

/** The PDF fill colour operands ("r g b") of a marker highlight or a cell's shading. */
export function fillColour(fill: 'marker' | { rgb: string }): string {
  if (fill === 'marker') return '1 0.93 0.55';
  const hex = /^[0-9a-f]{6}$/i.test(fill.rgb) ? fill.rgb : 'FFFFFF';
  return [0, 2, 4].map((i) => fmt(parseInt(hex.slice(i, i + 2), 16) / 255)).join(' ');
}

/**
 * The content stream of one page, in PDF coordinates (origin bottom-left): the graphics, then the text. Both are
 * written as bytes into writers reused from page to page, since a long draft draws tens of thousands of items.
 */
function pageContent(
  page: LaidOutPage,
  height: number,
  fonts: FontEmbedder,
  images: ImageRegistry,
  used: { fonts: Set<string>; images: Map<string, PDFRef> },
  out: { graphics: ByteWriter; text: ByteWriter },
): Uint8Array {
  const { graphics: g, text } = out;
  g.length = 0;
  text.length = 0;
  text.ascii('BT');
  let currentFont = '';
  let currentSize = 0;
  for (const item of page.items) {
    switch (item.kind) {
      case 'rect':
        g.ascii(`q ${fillColour(item.fill)} rg `);
        g.num(item.x);
        g.ascii(' ');
        g.num(height - item.y - item.h);
        g.ascii(' ');
        g.num(item.w);
        g.ascii(' ');
        g.num(item.h);
        g.ascii(' re f Q\n');
        break;
      case 'line':
        strokeLine(g, item.width, item.x1, height - item.y1, item.x2, height - item.y2);
        break;
      case 'image': {
        const { name, image } = images.get(item.image.data);
        used.images.set(name, image.ref);
        g.ascii(`q ${fmt(item.w)} 0 0 ${fmt(item.h)} ${fmt(item.x)} ${fmt(height - item.y - item.h)} cm /${name} Do Q\n`);
        break;
      }
      case 'text': {
        if (item.text === '') break;
        const font = fonts.fontFor(item.style);
        used.fonts.add(font.name);
        if (font.name !== currentFont || item.size !== currentSize) {
          text.ascii(`\n/${font.name} `);
          text.num(item.size);
          text.ascii(' Tf');
          currentFont = font.name;
          currentSize = item.size;
        }
        const y = height - item.y;
        text.ascii('\n1 0 0 1 ');
        text.num(item.x);
        text.ascii(' ');
        text.num(y);
        text.ascii(' Tm [');
        fonts.write(text, item.style, item.text, item.justifyGap ?? 0, item.size);
        text.ascii('] TJ');
        if (item.underline) {
          const spaces = item.justifyGap ? item.text.split(' ').length - 1 : 0;
          const width = item.width + spaces * (item.justifyGap ?? 0);
          const uy = y - item.size * 0.12;
          strokeLine(g, item.size * 0.06, item.x, uy, item.x + width, uy);
        }
        break;
      }
    }
  }
  text.ascii('\nET\n');
  // Each graphics operation ends its line; a page without any starts with an empty line.
  if (g.length === 0) g.ascii('\n');
  const content = Buffer.allocUnsafe(g.length + text.length);
  content.set(g.view(), 0);
  content.set(text.view(), g.length);
  return content;
}

/** "w x1 y1 m x2 y2 l S": a stroked line of width `w`, in PDF coordinates. */
function strokeLine(g: ByteWriter, w: number, x1: number, y1: number, x2: number, y2: number): void {
  g.num(w);
  g.ascii(' w ');
  g.num(x1);
  g.ascii(' ');
  g.num(y1);
  g.ascii(' m ');
  g.num(x2);
  g.ascii(' ');
  g.num(y2);
  g.ascii(' l S\n');
}

export async function renderPdf(model: DocumentModel): Promise<Uint8Array> {
  const layout = layoutForPdf(model);
  return writePdf(model, layout);
}

export async function writePdf(model: DocumentModel, layout: LayoutResult): Promise<Uint8Array> {
  const doc = await PDFDocument.create({ updateMetadata: false });
  const fonts = new FontEmbedder(doc.context, fontSet(model.font.family));
  const images = new ImageRegistry(doc);
  await images.prepare(layout.pages);
  const writers = { graphics: new ByteWriter(), text: new ByteWriter() };
  for (const laid of layout.pages) {
    // The media box set directly: addPage([w, h]) looks up every inheritable box of the page to resize it.
    const page = PDFPage.create(doc);
    page.node.set(PDFName.of('MediaBox'), doc.context.obj([0, 0, layout.width, layout.height]));
    doc.addPage(page);
    const used = { fonts: new Set<string>(), images: new Map<string, PDFRef>() };
    const content = pageContent(laid, layout.height, fonts, images, used, writers);
    const bytes = deflateSync(content, { level: 3 });
    const stream = doc.context.register(PDFRawStream.of(doc.context.obj({ Filter: 'FlateDecode' }), bytes));
    page.node.set(PDFName.of('Contents'), stream);
    for (const font of fonts.pageFonts())
      if (used.fonts.has(font.name)) page.node.setFontDictionary(PDFName.of(font.name), font.ref);
    for (const [name, ref] of used.images) page.node.setXObject(PDFName.of(name), ref);
  }
  fonts.embedAll();
  const created = new Date(model.meta.createdAt);
  doc.setTitle(model.meta.title, { showInWindowTitleBar: true });
  doc.setAuthor(model.meta.author);
  if (model.meta.subject) doc.setSubject(model.meta.subject);
  if (model.meta.keywords?.length) doc.setKeywords(model.meta.keywords);
  doc.setCreator('Smart City Desk');
  doc.setProducer('Smart City Desk');
  doc.setLanguage('id-ID');
  // Print at true size, paper tray by page size (F4 is not A4): Acrobat and Edge otherwise shrink the page to fit.
  const viewer = doc.catalog.getOrCreateViewerPreferences();
  viewer.setPrintScaling(PrintScaling.None);
  viewer.setPickTrayByPDFSize(true);
  doc.setCreationDate(created);
  doc.setModificationDate(created);
  // Object streams would be compressed by pdf-lib's JavaScript deflate, slower than the size they save. pdf-lib
  // waits for a timer every 50 objects by default (some 10 ms of idle time for a long draft); the render worker and
  // the CLI have nothing to give the time to.
  return doc.save({ useObjectStreams: false, objectsPerTick: Number.POSITIVE_INFINITY });
}
