// Lays a document model out on pages: prepares every block into slices, paginates them, then fills in the page
// numbers of the contents and the running footer "Halaman X dari Y".
import { type Block, type DocumentModel, mmToPt, PAPER_POINTS, pageFooterText, pageHeaderNumberText } from '../model';
import { toRoman } from '../../format/roman';
import type { LayoutEnv } from './env';
import { imageSlices, letterheadSlices, spacerSlices } from './figure-blocks';
import { type Frame, paginate, type Slice } from './paginator';
import { signatureGridSlices } from './signature-grid';
import { tableSlices } from './table';
import { captionSlices, headingSlices, keyValueSlices, listSlices, paragraphSlices, titleSlices } from './text-blocks';
import { TextMeasure } from './text';
import { captionItems, tocHeadings, tocSlices, type TocSlots } from './toc';
import type { LayoutResult, Measurer } from './types';

const FOOTER_SIZE = 9;

/** The slots of the contents (headings) and of the list of tables (captions), filled after pagination. */
interface ListSlots {
  headings: TocSlots;
  tables: TocSlots;
}

function blockSlices(env: LayoutEnv, block: Block, model: DocumentModel, slots: ListSlots): Slice[] {
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
      return [
        { height: 0, draw: () => undefined, pageBreakAfter: true, ...(block.endsFrontMatter ? { endsFrontMatter: true } : {}) },
      ];
    case 'toc':
      return block.of === 'tables'
        ? tocSlices(env, block, captionItems(model.blocks), slots.tables)
        : tocSlices(env, block, tocHeadings(model.blocks, block.maxLevel), slots.headings);
    case 'caption':
      return captionSlices(env, block);
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

/** Where the body starts, found while the slice after the front matter's page break is drawn. */
interface BodyMark {
  page: number | null;
}

/**
 * Turns page-break markers into a forced break on the slice that follows; the slice after the break that ends the
 * front matter notes the page it lands on.
 */
function applyPageBreaks(slices: (Slice & { endsFrontMatter?: boolean })[], body: BodyMark): Slice[] {
  const out: Slice[] = [];
  let breakNext = false;
  let markNext = false;
  for (const slice of slices) {
    if (slice.pageBreakAfter) {
      breakNext = true;
      markNext ||= slice.endsFrontMatter === true;
      continue;
    }
    const draw: Slice['draw'] = markNext
      ? (ctx, top) => {
          body.page ??= ctx.pageIndex;
          slice.draw(ctx, top);
        }
      : slice.draw;
    out.push(breakNext ? { ...slice, pageBreakBefore: true, draw } : slice);
    breakNext = false;
    markNext = false;
  }
  return out;
}

/** The printed number of page `index` (0-based): lower-case roman in the front matter, then from 1 in the body. */
export function pageLabel(index: number, bodyStart: number): string {
  return index < bodyStart ? toRoman(index + 1).toLowerCase() : String(index - bodyStart + 1);
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
    tableTallRows: [],
  };
  const slots: ListSlots = {
    headings: { items: [], right: env.left + env.width, maxLevel: 3 },
    tables: { items: [], right: env.left + env.width, maxLevel: 3 },
  };
  const body: BodyMark = { page: null };
  const slices = applyPageBreaks(
    model.blocks.flatMap((block) => blockSlices(env, block, model, slots)),
    body,
  );
  const { pages, headings, headingPages, captions, captionPages } = paginate(slices, frame);
  const bodyStart = body.page ?? 0;

  const tocEntries = headings.map((h, i) => ({
    ...h,
    page: headingPages[i]!,
    pageLabel: pageLabel(headingPages[i]! - 1, bodyStart),
  }));
  const tableEntries = captions.map((c, i) => ({
    ...c,
    page: captionPages[i]!,
    pageLabel: pageLabel(captionPages[i]! - 1, bodyStart),
  }));
  const fill = (list: TocSlots, listed: typeof tocEntries) =>
    list.items.forEach((item, i) => {
      const entry = listed[i];
      if (!item || !entry) return;
      item.text = entry.pageLabel ?? String(entry.page);
      item.width = measure.width(item.text, item.style, item.size);
      item.x = list.right - item.width;
    });
  fill(
    slots.headings,
    tocEntries.filter((e) => e.level <= slots.headings.maxLevel),
  );
  fill(slots.tables, tableEntries);

  if (bodyStart > 0) {
    // The running header over the body: the document title, centred in the top margin.
    const baseline = margins.top / 2;
    const title = model.meta.title;
    const width = measure.width(title, 'italic', FOOTER_SIZE);
    const box = { left: margins.left, right: paper.width - margins.right };
    for (const page of pages.slice(bodyStart)) {
      if (width > box.right - box.left) break;
      page.items.push({
        kind: 'text',
        x: (box.left + box.right - width) / 2,
        y: baseline,
        text: title,
        style: 'italic',
        size: FOOTER_SIZE,
        width,
        box,
      });
    }
  }

  if (model.footer?.pageNumbers && model.footer.style === 'top-centre' && bodyStart === 0) {
    // Tata Naskah's letters: page 1 unnumbered, then "- 2 -" centred in the top margin.
    const baseline = margins.top / 2;
    const right = paper.width - margins.right;
    pages.forEach((page, index) => {
      if (index === 0) return;
      const text = pageHeaderNumberText(index + 1);
      const width = measure.width(text, 'regular', model.font.sizePt);
      page.items.push({
        kind: 'text',
        x: (margins.left + right - width) / 2,
        y: baseline,
        text,
        style: 'regular',
        size: model.font.sizePt,
        width,
        box: { left: margins.left, right },
      });
    });
  } else if (model.footer?.pageNumbers) {
    const total = pages.length - bodyStart;
    const baseline = paper.height - margins.bottom / 2;
    pages.forEach((page, index) => {
      if (index === 0 && model.footer?.skipFirstPage) return;
      const front = index < bodyStart;
      // Front matter pages carry their roman number centred; body pages "Halaman n dari N" on the right.
      const text = front ? pageLabel(index, bodyStart) : pageFooterText(index - bodyStart + 1, total);
      const width = measure.width(text, 'regular', FOOTER_SIZE);
      const right = paper.width - margins.right;
      page.items.push({
        kind: 'text',
        x: front ? (margins.left + right - width) / 2 : right - width,
        y: baseline,
        text,
        style: 'regular',
        size: FOOTER_SIZE,
        width,
        box: { left: margins.left, right },
      });
    });
  }
  return {
    width: paper.width,
    height: paper.height,
    margins,
    pages,
    tocEntries,
    tableEntries,
    tableColumns: env.tableColumns,
    tableTallRows: env.tableTallRows,
    bodyStart,
  };
}
