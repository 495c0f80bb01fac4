// The PDF preview in the Chromium of the app's Electron, and in the older Chromium of Electron 38 (where the clerk
// saw white pages): with the APIs newer than that Chromium removed by the guard, pdf.js must still draw real pages,
// in the page and in its worker. A control shows that the guard would have caught the bug: pdf.js's modern build
// fails under the same guard and draws without it. A render failure shows its message instead of white pages.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PDFDocument, rgb } from 'pdf-lib';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumForElectron } from '../../electron/main/chromium-target';
import { apisNewerThan, guardScript, installApiGuard } from './api-guard';
import { launchChromium, openScreen, startApp, TARGET_CHROMIUM } from './harness';

/** The Chromium of Electron 38, the release the blank preview was found in. */
const ELECTRON_38_CHROMIUM = chromiumForElectron('38.8.6');
const PDFJS = join(__dirname, '..', '..', 'node_modules', 'pdfjs-dist');

let browser: Browser;

beforeAll(async () => {
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
});

/** Dark pixels on a page canvas of the preview (white paper, black text). */
function inked(page: Page, label: string): Promise<number> {
  return page
    .getByRole('main')
    .getByLabel(label, { exact: true })
    .evaluate((canvas: HTMLCanvasElement) => {
      const { data } = canvas.getContext('2d')!.getImageData(0, 0, canvas.width, canvas.height);
      let dark = 0;
      for (let i = 0; i < data.length; i += 4) if (data[i]! < 128 && data[i + 3]! > 0) dark++;
      return dark;
    });
}

interface Guard {
  chromium: number;
  removed: string[];
}

/** Plain script: which of the given API paths resolve where it runs (a page or a worker). */
const PRESENT = `(paths) => paths.filter((path) => {
  const parts = path.split('.');
  const name = parts.pop();
  let owner = globalThis;
  for (const part of parts) owner = owner == null ? undefined : owner[part];
  return owner != null && name in owner;
})`;

/** What a bare, unguarded page of this Chromium and a worker of it natively have of `paths`. */
async function nativeApis(paths: string[]): Promise<{ page: string[]; worker: string[] }> {
  const bare = await browser.newPage();
  try {
    return await bare.evaluate(
      async ([present, list]) => {
        const inWorker = await new Promise<string[]>((resolve) => {
          const code = `postMessage((${present})(${JSON.stringify(list)}))`;
          const worker = new Worker(URL.createObjectURL(new Blob([code], { type: 'text/javascript' })));
          worker.onmessage = (event: MessageEvent<string[]>) => {
            resolve(event.data);
            worker.terminate();
          };
        });
        return { page: ((0, eval)(present) as (p: string[]) => string[])(list), worker: inWorker };
      },
      [PRESENT, paths] as const,
    );
  } finally {
    await bare.close();
  }
}

describe.each([
  ["the app's Electron", TARGET_CHROMIUM],
  ['Electron 38', ELECTRON_38_CHROMIUM],
])('document preview in the Chromium of %s (%i)', (_name, chromium) => {
  it('draws real pages with every newer API removed from the page and from the pdf.js worker', async () => {
    const app = await startApp(browser, { demo: true, chromium });
    try {
      const page = app.page;
      const newer = apisNewerThan(chromium).map((api) => api.path);
      // What this Chromium has of them natively, in a page and in a worker.
      const native = await nativeApis(newer);
      // The guard records what it removed before any script of the page ran (pdf.js's own polyfills put some of
      // them back afterwards, which is the point of its legacy build).
      const guard = await page.evaluate(() => (globalThis as unknown as { __apiGuard?: Guard }).__apiGuard);
      expect(guard?.chromium).toBe(chromium);
      expect([...guard!.removed].sort()).toEqual([...native.page].sort());

      await openScreen(page, 'Dokumen');
      await expect.poll(() => page.getByTestId('preview-info').textContent(), { timeout: 30_000 }).toMatch(/\d+ halaman/);
      await expect.poll(() => inked(page, 'Halaman 1'), { timeout: 20_000 }).toBeGreaterThan(1000);

      const worker = page.workers().find((w) => w.url().includes('pdf.worker'));
      expect(worker, 'pdf.js runs its worker').toBeDefined();
      const workerGuard = await worker!.evaluate(() => (globalThis as unknown as { __apiGuard?: Guard }).__apiGuard);
      expect(workerGuard?.chromium).toBe(chromium);
      expect([...workerGuard!.removed].sort()).toEqual([...native.worker].sort());
      expect(app.problems).toEqual([]);
    } finally {
      await app.close();
    }
  });
});

describe('the guard itself', () => {
  it('removes in Electron 38 Chromium what pdf.js 5 modern build needs and this Chromium has', async () => {
    const removed = apisNewerThan(ELECTRON_38_CHROMIUM).map((api) => api.path);
    for (const path of [
      'Map.prototype.getOrInsertComputed',
      'Map.prototype.getOrInsert',
      'WeakMap.prototype.getOrInsertComputed',
    ]) {
      expect(removed).toContain(path);
    }
    const context = await browser.newContext();
    try {
      const page = await context.newPage();
      expect(await page.evaluate(() => typeof Map.prototype.getOrInsertComputed)).toBe('function');
      await installApiGuard(context, ELECTRON_38_CHROMIUM);
      const guarded = await context.newPage();
      await guarded.goto('about:blank');
      expect(await guarded.evaluate(() => typeof Map.prototype.getOrInsertComputed)).toBe('undefined');
      const record = await guarded.evaluate(() => (globalThis as unknown as { __apiGuard: { removed: string[] } }).__apiGuard);
      expect(record.removed).toContain('Map.prototype.getOrInsertComputed');
    } finally {
      await context.close();
    }
  });

  /** Loads one pdf.js build on a bare page (served from node_modules) and draws a one-page PDF with a black box. */
  async function drawWithPdfjs(build: 'build' | 'legacy/build', chromium: number | null): Promise<string> {
    const doc = await PDFDocument.create();
    doc.addPage([200, 200]).drawRectangle({ x: 20, y: 20, width: 160, height: 160, color: rgb(0, 0, 0) });
    const pdf = Buffer.from(await doc.save()).toString('base64');
    const context = await browser.newContext();
    try {
      if (chromium !== null) await context.addInitScript({ content: guardScript(chromium) });
      await context.route('http://pdfjs.test/**', async (route) => {
        const path = new URL(route.request().url()).pathname;
        if (path === '/') {
          await route.fulfill({ contentType: 'text/html', body: '<!doctype html><canvas id="c"></canvas>' });
          return;
        }
        const body = readFileSync(join(PDFJS, build, path.slice(1)), 'utf8');
        const guard = chromium !== null && path.includes('worker') ? guardScript(chromium) : '';
        await route.fulfill({ contentType: 'text/javascript', body: guard + body });
      });
      const page = await context.newPage();
      await page.goto('http://pdfjs.test/');
      return await page.evaluate(async (data) => {
        try {
          // Through Function, so that the test runner does not rewrite this import for Node.
          const load = new Function('url', 'return import(url)') as (url: string) => Promise<typeof import('pdfjs-dist')>;
          const pdfjs = await load('http://pdfjs.test/pdf.mjs');
          pdfjs.GlobalWorkerOptions.workerSrc = 'http://pdfjs.test/pdf.worker.mjs';
          const bytes = Uint8Array.from(atob(data), (c) => c.charCodeAt(0));
          const loaded = await pdfjs.getDocument({ data: bytes }).promise;
          const pdfPage = await loaded.getPage(1);
          const canvas = document.getElementById('c') as HTMLCanvasElement;
          const viewport = pdfPage.getViewport({ scale: 1 });
          canvas.width = viewport.width;
          canvas.height = viewport.height;
          await pdfPage.render({ canvas, canvasContext: canvas.getContext('2d')!, viewport }).promise;
          const pixels = canvas.getContext('2d')!.getImageData(0, 0, canvas.width, canvas.height).data;
          let dark = 0;
          for (let i = 0; i < pixels.length; i += 4) if (pixels[i]! < 128 && pixels[i + 3]! > 0) dark++;
          return `drawn ${dark}`;
        } catch (error) {
          return `failed ${error instanceof Error ? error.message : String(error)}`;
        }
      }, pdf);
    } finally {
      await context.close();
    }
  }

  it("would have caught the blank preview: pdf.js's modern build fails under the Electron 38 guard, draws without it", async () => {
    expect(await drawWithPdfjs('build', null)).toMatch(/^drawn [1-9]\d{3,}/);
    expect(await drawWithPdfjs('build', ELECTRON_38_CHROMIUM)).toMatch(/^failed .*getOrInsert/);
    // The build the app uses draws under the same guard.
    expect(await drawWithPdfjs('legacy/build', ELECTRON_38_CHROMIUM)).toMatch(/^drawn [1-9]\d{3,}/);
  });
});

describe('preview pages', () => {
  it('show why a page could not be drawn instead of staying white', async () => {
    // Breaks drawing of the preview's page canvases only; the error is thrown inside the IntersectionObserver.
    const initScript = `(() => {
      const original = HTMLCanvasElement.prototype.getContext;
      HTMLCanvasElement.prototype.getContext = function (...args) {
        if ((this.getAttribute('aria-label') || '').startsWith('Halaman')) throw new Error('uji: kanvas rusak');
        return original.apply(this, args);
      };
    })();`;
    const app = await startApp(browser, { demo: true, initScript });
    try {
      await openScreen(app.page, 'Dokumen');
      await expect
        .poll(() => app.page.getByTestId('preview-info').textContent(), { timeout: 30_000 })
        .toBe('Pratinjau tidak dapat ditampilkan: uji: kanvas rusak');
      expect(app.problems.join('\n')).toContain('uji: kanvas rusak');
    } finally {
      await app.close();
    }
  });

  it('are drawn at the screen scale (125 % and 150 %) and shown at the page size', async () => {
    for (const scale of [1.25, 1.5]) {
      const app = await startApp(browser, { demo: true, deviceScaleFactor: scale });
      try {
        await openScreen(app.page, 'Dokumen');
        await expect.poll(() => inked(app.page, 'Halaman 1'), { timeout: 30_000 }).toBeGreaterThan(1000);
        const size = await app.page
          .getByRole('main')
          .getByLabel('Halaman 1', { exact: true })
          .evaluate((canvas: HTMLCanvasElement) => ({ pixels: canvas.width, css: Number.parseFloat(canvas.style.width) }));
        expect(size.pixels / size.css).toBeCloseTo(scale, 1);
        expect(app.problems).toEqual([]);
      } finally {
        await app.close();
      }
    }
  });
});
