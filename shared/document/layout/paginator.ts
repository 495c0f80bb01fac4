// Places prepared slices onto pages: keeps slices whole, honours keep-with-next chains and forced breaks, repeats
// table headers on each new page, drops spacing at the top of a page, and records headings for the contents.
import type { LaidOutPage, PageItem, TocEntry } from './types';

export interface DrawContext {
  pageIndex: number;
  add(item: PageItem): void;
  heading(entry: Omit<TocEntry, 'page'>): void;
  /** A table's caption, for the list of tables. */
  caption(entry: Omit<TocEntry, 'page'>): void;
}

export interface Slice {
  height: number;
  /** Space above the slice; dropped when the slice starts a page. */
  spaceBefore?: number;
  draw(ctx: DrawContext, top: number): void;
  /** Moves to the next page together with the slice after it. */
  keepWithNext?: boolean;
  pageBreakBefore?: boolean;
  /** A page-break marker: removed before pagination, it forces a break before the next slice. */
  pageBreakAfter?: boolean;
  /** Table header rows, drawn again above this slice when it starts a new page. */
  header?: Slice[];
}

export interface Frame {
  top: number;
  bottom: number;
}

export function paginate(
  slices: readonly Slice[],
  frame: Frame,
): {
  pages: LaidOutPage[];
  headings: Omit<TocEntry, 'page'>[];
  headingPages: number[];
  captions: Omit<TocEntry, 'page'>[];
  captionPages: number[];
} {
  const pages: LaidOutPage[] = [];
  const headings: Omit<TocEntry, 'page'>[] = [];
  const headingPages: number[] = [];
  const captions: Omit<TocEntry, 'page'>[] = [];
  const captionPages: number[] = [];
  const available = frame.bottom - frame.top;
  let page: LaidOutPage = { items: [] };
  pages.push(page);
  let y = frame.top;
  let atTop = true;

  const ctx: DrawContext = {
    pageIndex: 0,
    add: (item) => page.items.push(item),
    heading: (entry) => {
      headings.push(entry);
      headingPages.push(ctx.pageIndex + 1);
    },
    caption: (entry) => {
      captions.push(entry);
      captionPages.push(ctx.pageIndex + 1);
    },
  };

  const newPage = () => {
    page = { items: [] };
    pages.push(page);
    ctx.pageIndex = pages.length - 1;
    y = frame.top;
    atTop = true;
  };

  const place = (slice: Slice) => {
    if (!atTop) y += slice.spaceBefore ?? 0;
    slice.draw(ctx, y);
    y += slice.height;
    atTop = false;
  };

  const headerHeight = (slice: Slice) => (slice.header ?? []).reduce((sum, h) => sum + h.height, 0);

  for (let i = 0; i < slices.length; i++) {
    const slice = slices[i]!;
    if (slice.pageBreakBefore && !atTop) newPage();
    // The chain this slice starts: itself and every following slice it is kept with, up to one page.
    let chain = slice.height;
    // Stryker disable next-line OptionalChaining: j never passes the last slice, so slices[j] is always there
    for (let j = i; slices[j]?.keepWithNext && j + 1 < slices.length; j++) {
      const next = slices[j + 1]!;
      chain += (next.spaceBefore ?? 0) + next.height;
      // A chain only grows: once past a page it stays past it, and stopping here only saves the rest of the walk.
      // Stryker disable next-line ConditionalExpression: see above
      if (chain > available) break;
    }
    const space = atTop ? 0 : (slice.spaceBefore ?? 0);
    if (!atTop && chain <= available - headerHeight(slice) && y + space + chain > frame.bottom + 1e-6) newPage();
    else if (!atTop && y + space + slice.height > frame.bottom + 1e-6) newPage();
    if (atTop && slice.header) {
      for (const header of slice.header) place(header);
    }
    place(slice);
  }
  return { pages, headings, headingPages, captions, captionPages };
}
