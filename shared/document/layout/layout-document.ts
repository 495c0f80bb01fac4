// Lays a document model out on pages: prepares every block into slices, paginates them, then fills in the page
// numbers of the contents and the running footer "Halaman X dari Y".
import { type Block, type DocumentModel, mmToPt, PAPER_POINTS, pageFooterText } from '../model';
import type { LayoutEnv } from './env';
import { imageSlices, letterheadSlices, spacerSlices } from './figure-blocks';
import { type Frame, paginate, type Slice } from './paginator';
import { signatureGridSlices } from './signature-grid';
import { tableSlices } from './table';
import { headingSlices, keyValueSlices, listSlices, paragraphSlices, titleSlices } from './text-blocks';
import { TextMeasure } from './text';
import { tocHeadings, tocSlices, type TocSlots } from './toc';
import type { LayoutResult, Measurer } from './types';

const FOOTER_SIZE = 9;

function blockSlices(env: LayoutEnv, block: Block, model: DocumentModel, slots: TocSlots): Slice[] {
  switch (block.type) {
    case 'letterhead':
      return letterheadSlices(env, block);
    case 'title':
      return titleSlices(env, block);
    case 'paragraph':
      return paragraphSlices(env, block);
    case 'heading':
      return headingSlices(env, block);
    case 'list':
      return listSlices(env, block);
    case 'keyValue':
      return keyValueSlices(env, block);
    case 'table':
      return tableSlices(env, block);
    case 'signatureGrid':
      return signatureGridSlices(env, block);
    case 'image':
      return imageSlices(env, block);
    case 'spacer':
      return spacerSlices(env, block.heightMm);
    case 'pageBreak':
      return [{ height: 0, draw: () => undefined, pageBreakAfter: true }];
    case 'toc':
      return tocSlices(env, block, tocHeadings(model.blocks, block.maxLevel), slots);
    case 'keepTogether':
      return keepTogether(
        env,
        block.blocks.flatMap((b) => blockSlices(env, b, model, slots)),
      );
  }
}

/** Joins slices into one when they fit on a page; otherwise they flow, kept with each other where possible. */
function keepTogether(env: LayoutEnv, slices: Slice[]): Slice[] {
  if (slices.length === 0) return slices;
  const total = slices.reduce((sum, s, i) => sum + s.height + (i > 0 ? (s.spaceBefore ?? 0) : 0), 0);
  if (total > env.pageHeight) return slices;
  return [
    {
      height: total,
      spaceBefore: slices[0]!.spaceBefore ?? 0,
      pageBreakBefore: slices[0]!.pageBreakBefore ?? false,
      keepWithNext: slices[slices.length - 1]!.keepWithNext ?? false,
      draw: (ctx, top) => {
        let y = top;
        slices.forEach((s, i) => {
          if (i > 0) y += s.spaceBefore ?? 0;
          s.draw(ctx, y);
          y += s.height;
        });
      },
    },
  ];
}

/** Turns page-break markers into a forced break on the slice that follows. */
function applyPageBreaks(slices: Slice[]): Slice[] {
  const out: Slice[] = [];
  let breakNext = false;
  for (const slice of slices) {
    if (slice.pageBreakAfter) {
      breakNext = true;
      continue;
    }
    out.push(breakNext ? { ...slice, pageBreakBefore: true } : slice);
    breakNext = false;
  }
  return out;
}

export function layoutDocument(model: DocumentModel, metrics: Measurer): LayoutResult {
  const paper = PAPER_POINTS[model.page.paper];
  const m = model.page.margins;
  const margins = { top: mmToPt(m.topMm), right: mmToPt(m.rightMm), bottom: mmToPt(m.bottomMm), left: mmToPt(m.leftMm) };
  const frame: Frame = { top: margins.top, bottom: paper.height - margins.bottom };
  const measure = new TextMeasure(metrics);
  const env: LayoutEnv = {
    measure,
    size: model.font.sizePt,
    left: margins.left,
    width: paper.width - margins.left - margins.right,
    pageHeight: frame.bottom - frame.top,
    tableColumns: [],
  };
  const slots: TocSlots = { items: [], right: env.left + env.width, maxLevel: 3 };
  const slices = applyPageBreaks(model.blocks.flatMap((block) => blockSlices(env, block, model, slots)));
  const { pages, headings, headingPages } = paginate(slices, frame);

  const tocEntries = headings.map((h, i) => ({ ...h, page: headingPages[i]! }));
  const listed = tocEntries.filter((e) => e.level <= slots.maxLevel);
  slots.items.forEach((item, i) => {
    const entry = listed[i];
    if (!item || !entry) return;
    item.text = String(entry.page);
    item.width = measure.width(item.text, item.style, item.size);
    item.x = slots.right - item.width;
  });

  if (model.footer?.pageNumbers) {
    const total = pages.length;
    const baseline = paper.height - margins.bottom / 2;
    pages.forEach((page, index) => {
      if (index === 0 && model.footer?.skipFirstPage) return;
      const text = pageFooterText(index + 1, total);
      const width = measure.width(text, 'regular', FOOTER_SIZE);
      const right = paper.width - margins.right;
      page.items.push({
        kind: 'text',
        x: right - width,
        y: baseline,
        text,
        style: 'regular',
        size: FOOTER_SIZE,
        width,
        box: { left: margins.left, right },
      });
    });
  }
  return { width: paper.width, height: paper.height, margins, pages, tocEntries, tableColumns: env.tableColumns };
}
