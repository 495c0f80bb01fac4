// Printing from inside the app at true size: the handler draws the very layout the PDF is written from into a page
// whose @page is the paper's size, and hands it to the platform's hidden window with no margins and scale 100.
import { afterEach, describe, expect, it } from 'vitest';
import { demoBundle } from '../../../electron/demo/simalungun-2021';
import { layoutForPdf } from '../../../electron/documents/pdf/render-pdf';
import { inAppPrintOptions, printHtml, type InAppPrintOptions } from '../../../electron/documents/print-html';
import { createHandlers, invokeChannel, type Platform } from '../../../electron/ipc/handlers';
import { openTempDatabase, type TempDatabase } from '../../helpers/temp-db';

let db: TempDatabase | undefined;
afterEach(() => {
  db?.close();
  db = undefined;
});

async function withPrinter(printHtmlSeam?: Platform['printHtml']) {
  db = await openTempDatabase();
  db.services.bundle.import(demoBundle());
  const handlers = createHandlers(db.services, {
    chooseSavePath: async () => null,
    ...(printHtmlSeam ? { printHtml: printHtmlSeam } : {}),
  });
  return async (input: object) => {
    const answer = await invokeChannel(handlers, 'documents.printInApp', { format: 'pdf', ...input });
    if (!answer.ok) throw new Error(answer.error.message);
    return answer.value as { available: boolean; printed: boolean; reason: string | null; paper: string };
  };
}

describe('print options', () => {
  it('are the paper exactly in micrometres, no margins, scale 100, never silent', () => {
    const pt = (mm: number) => (mm * 72) / 25.4;
    expect(inAppPrintOptions({ width: pt(215), height: pt(330) })).toEqual({
      silent: false,
      printBackground: true,
      color: true,
      margins: { marginType: 'none' },
      scaleFactor: 100,
      landscape: false,
      pageSize: { width: 215_000, height: 330_000 },
    });
    expect(inAppPrintOptions({ width: pt(210), height: pt(297) }).pageSize).toEqual({ width: 210_000, height: 297_000 });
    expect(inAppPrintOptions({ width: pt(297), height: pt(210) })).toMatchObject({
      landscape: true,
      pageSize: { width: 210_000, height: 297_000 },
    });
  });
});

describe('documents.printInApp', () => {
  it('hands the laid-out pages at the paper size to the hidden window with the true-size options', async () => {
    const seen: { html: string; options: InAppPrintOptions }[] = [];
    const print = await withPrinter(async (html, options) => {
      seen.push({ html, options });
      return { printed: true, reason: null };
    });
    const answer = await print({ kind: 'komitmen', paper: 'F4-215' });
    expect(answer).toEqual({ available: true, printed: true, reason: null, paper: 'F4 215 × 330 mm' });
    expect(seen).toHaveLength(1);
    const { html, options } = seen[0]!;
    expect(options).toEqual({
      silent: false,
      printBackground: true,
      color: true,
      margins: { marginType: 'none' },
      scaleFactor: 100,
      landscape: false,
      pageSize: { width: 215_000, height: 330_000 },
    });
    // The same pages as the PDF, each an SVG of the paper's size under an @page of that size with no margin.
    const model = db!.services.documents.model({ kind: 'komitmen', paper: 'F4-215', format: 'pdf' });
    const layout = layoutForPdf(model);
    const preview = await db!.services.documents.preview({ kind: 'komitmen', paper: 'F4-215', format: 'pdf' });
    expect(html.match(/<svg class="page"/g)).toHaveLength(preview.pageCount!);
    expect(html).toContain('@page{size:609.449pt 935.433pt;margin:0}');
    expect(html).toContain('width="609.449pt" height="935.433pt" viewBox="0 0 609.449 935.433"');
    // Every face of the family embedded; no kerning or ligatures (the layout measured glyph by glyph).
    expect(html.match(/@font-face\{/g)).toHaveLength(4);
    expect(html).toContain('font-kerning:none');
    // The first text of the first page where the layout put it.
    const first = layout.pages[0]!.items.find((i) => i.kind === 'text' && i.text !== '')!;
    if (first.kind !== 'text') throw new Error('no text');
    const rounded = (v: number) => String(Math.round(v * 1000) / 1000);
    expect(html).toContain(`<text x="${rounded(first.x)}" y="${rounded(first.y)}" class="${first.style}"`);
    // Nothing runs and nothing is fetched in the printing window.
    expect(html).not.toMatch(/<script/i);
    expect(html).toContain("default-src 'none'");
  });

  it('escapes text and draws underlines, lines, markers and justification', () => {
    const html = printHtml(
      {
        width: 100,
        height: 200,
        margins: { top: 0, right: 0, bottom: 0, left: 0 },
        tocEntries: [],
        tableEntries: [],
        tableColumns: [],
        tableTallRows: [],
        bodyStart: 0,
        pages: [
          {
            items: [
              { kind: 'rect', x: 1, y: 2, w: 3, h: 4, fill: 'marker' },
              { kind: 'line', x1: 0, y1: 10, x2: 50, y2: 10, width: 0.5 },
              {
                kind: 'text',
                x: 10,
                y: 20,
                text: 'A & B <C> "d"',
                style: 'bold',
                size: 12,
                width: 60,
                underline: true,
                justifyGap: 1.5,
                box: { left: 0, right: 100 },
              },
            ],
          },
        ],
      },
      { title: 'Uji <cetak>', fontFaces: '' },
    );
    expect(html).toContain('<title>Uji &lt;cetak&gt;</title>');
    expect(html).toContain('word-spacing="1.5">A &amp; B &lt;C&gt; &quot;d&quot;</text>');
    // Underline under the justified width (60 + 4 spaces × 1.5), 0.12 em below the baseline.
    expect(html).toContain('<line x1="10" y1="21.44" x2="76" y2="21.44" stroke-width="0.72"/>');
    expect(html).toContain('<line x1="0" y1="10" x2="50" y2="10" stroke-width="0.5"/>');
    expect(html).toContain('<rect x="1" y="2" width="3" height="4" fill="rgb(255,237,140)"/>');
  });

  it('says so where there is no printing window, and passes a cancelled dialog on', async () => {
    const noWindow = await withPrinter();
    expect(await noWindow({ kind: 'komitmen', paper: 'A4' })).toEqual({
      available: false,
      printed: false,
      reason: null,
      paper: 'A4 210 × 297 mm',
    });
    db!.close();
    db = undefined;
    const cancelled = await withPrinter(async () => ({ printed: false, reason: 'cancelled' }));
    expect(await cancelled({ kind: 'komitmen' })).toMatchObject({ available: true, printed: false, reason: 'cancelled' });
  });
});
