// The printing page in a real Chromium, printed as Chromium prints it: the paper's exact size from @page (no fit,
// no margins), as many pages as the app's own PDF, the text there in the embedded Arimo (no fallback font).
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoBundle } from '../../electron/demo/simalungun-2021';
import { layoutForPdf } from '../../electron/documents/pdf/render-pdf';
import { fontFaces, printHtml } from '../../electron/documents/print-html';
import { openTempDatabase, tempDir, type TempDatabase } from '../helpers/temp-db';
import { launchChromium, openScreen, startApp } from './harness';

let browser: Browser;
let db: TempDatabase;
const scratch = tempDir('scd-cetak-');

beforeAll(async () => {
  browser = await launchChromium();
  db = await openTempDatabase();
  db.services.bundle.import(demoBundle());
});
afterAll(async () => {
  await browser?.close();
  db?.close();
  scratch.cleanup();
});

describe('the printing page in Chromium', () => {
  it('prints the commitment sheet on F4 215 × 330 mm, page for page with the PDF, in the embedded fonts', async () => {
    const request = { kind: 'komitmen', paper: 'F4-215', format: 'pdf' } as const;
    const model = db.services.documents.model(request);
    const layout = layoutForPdf(model);
    const html = printHtml(layout, { title: model.meta.title, fontFaces: fontFaces(model.font.family) });
    const page = await browser.newPage();
    await page.setContent(html, { waitUntil: 'load' });
    await page.evaluate(() => document.fonts.ready.then(() => undefined));
    const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true });
    await page.close();
    const file = join(scratch.dir, 'cetak.pdf');
    writeFileSync(file, pdf);

    const info = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
    const pages = Number(/^Pages:\s+(\d+)/m.exec(info)![1]);
    expect(pages).toBe(layout.pages.length);
    const [, w, h] = /^Page size:\s+([\d.]+) x ([\d.]+) pts/m.exec(info)!;
    expect(Number(w)).toBeCloseTo(609.449, 0);
    expect(Number(h)).toBeCloseTo(935.433, 0);

    const fonts = execFileSync('pdffonts', [file], { encoding: 'utf8' });
    expect(fonts).toMatch(/Arimo|Tinos/);
    // Where the layout put the first word is where it prints: no margin added, nothing scaled.
    const first = layout.pages[0]!.items.find((i) => i.kind === 'text' && /^\S/.test(i.text));
    if (!first || first.kind !== 'text') throw new Error('no text on the first page');
    const word = first.text.split(' ')[0]!;
    const bbox = execFileSync('pdftotext', ['-bbox', '-f', '1', '-l', '1', file, '-'], { encoding: 'utf8' });
    const found = [...bbox.matchAll(/<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="[\d.]+" yMax="([\d.]+)">([^<]*)<\/word>/g)].find(
      (m) => m[4] === word.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;'),
    );
    expect(found, `${word} on page 1`).toBeDefined();
    expect(Number(found![1])).toBeCloseTo(first.x, 0);
    expect(Number(found![3])).toBeGreaterThan(first.y - first.size);
    expect(Number(found![2])).toBeLessThan(first.y);
  });

  it('the Dokumen screen offers it, and the web shell says it is for the desktop app', async () => {
    const app = await startApp(browser, { demo: true });
    try {
      await openScreen(app.page, 'Dokumen');
      const main = app.page.getByRole('main');
      await expect.poll(() => main.getByTestId('preview-info').textContent(), { timeout: 20_000 }).toMatch(/\d+ halaman/);
      await main.getByRole('button', { name: 'Cetak langsung (100%)' }).click();
      await app.page
        .getByText(/Cetak langsung hanya ada di aplikasi desktop/)
        .first()
        .waitFor();
      expect(app.problems).toEqual([]);
    } finally {
      await app.close();
    }
  });
});
