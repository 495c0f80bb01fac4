// The masterplan section editor in real Chromium on the demo: a stored **bold** shows bold (not asterisks); text typed
// with Ctrl+B and Ctrl+I and a list made with the toolbar is stored in the Markdown subset; the chapter's PDF prints it.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Block } from '../../shared/document/model';
import { pdftotext } from '../helpers/pdf-reader';
import { seriousFindings } from './axe';
import { launchChromium, openScreen, type RunningApp, startApp } from './harness';

let browser: Browser;
let app: RunningApp;
let page: Page;

const STORED = 'Kabupaten {daerah} memiliki **pusat data** dan *jaringan serat optik*.\n\n- kantor camat\n- puskesmas';

const section = (title: string) => app.db.services.masterplan.sections.list().find((s) => s.title === title)!;

beforeAll(async () => {
  browser = await launchChromium();
  app = await startApp(browser, { demo: true });
  page = app.page;
  const infra = section('Kesiapan Infrastruktur');
  app.db.services.masterplan.sections.save({ ...infra, body: STORED });
  await openScreen(page, 'Masterplan');
  await main()
    .getByRole('treeitem', { name: /Analisis Kesiapan Daerah/ })
    .first()
    .click();
});

afterAll(async () => {
  await app?.close();
  await browser?.close();
});

const main = () => page.getByRole('main');
const body = () => main().getByRole('textbox', { name: 'Isi subbab' });
const button = (name: string) => main().getByRole('toolbar').getByRole('button', { name });

describe('section editor', () => {
  it('shows a stored body formatted: bold in <strong>, italic in <em>, a list as list items, no asterisks', async () => {
    await main()
      .getByRole('treeitem', { name: /Kesiapan Infrastruktur/ })
      .click();
    await expect.poll(() => body().locator('strong').textContent()).toBe('pusat data');
    expect(await body().locator('em').textContent()).toBe('jaringan serat optik');
    expect(await body().locator('ul > li').allTextContents()).toEqual(['kantor camat', 'puskesmas']);
    const text = await body().textContent();
    expect(text).toContain('Kabupaten {daerah} memiliki pusat data');
    expect(text).not.toContain('*');
    // The caret in the bold words: the Tebal button says it is on.
    await body().locator('strong').click();
    await expect.poll(() => button('Tebal').getAttribute('aria-pressed')).toBe('true');
    expect(await button('Miring').getAttribute('aria-pressed')).toBe('false');
    await app.screenshot('section-editor-stored');
  });

  it('types with Ctrl+B, makes a list with the toolbar, saves with Ctrl+S; the body and the chapter PDF carry it', async () => {
    await main()
      .getByRole('treeitem', { name: /Kesiapan Struktur/ })
      .click();
    const editor = body();
    await editor.click();
    await page.keyboard.press('Control+a');
    await page.keyboard.press('Delete');
    await page.keyboard.type('Unit TIK di {daerah} ');
    await page.keyboard.press('Control+b');
    await expect.poll(() => button('Tebal').getAttribute('aria-pressed')).toBe('true');
    await page.keyboard.type('sudah terbentuk');
    await page.keyboard.press('Control+b');
    await page.keyboard.type(' sejak ');
    await page.keyboard.press('Control+i');
    await page.keyboard.type('2019');
    await page.keyboard.press('Control+i');
    await page.keyboard.type('.');
    await page.keyboard.press('Enter');
    await button('Daftar bernomor').click();
    await expect.poll(() => button('Daftar bernomor').getAttribute('aria-pressed')).toBe('true');
    await page.keyboard.type('Kepala Dinas');
    await page.keyboard.press('Enter');
    await page.keyboard.type('Sekretaris');
    expect(await editor.locator('strong').textContent()).toBe('sudah terbentuk');
    expect(await editor.locator('em').textContent()).toBe('2019');
    expect(await editor.locator('ol > li').count()).toBe(2);
    await app.screenshot('section-editor-typed');

    await page.keyboard.press('Control+s');
    await page.getByText('Subbab tersimpan').first().waitFor();
    const expected = 'Unit TIK di {daerah} **sudah terbentuk** sejak *2019*.\n\n1. Kepala Dinas\n2. Sekretaris';
    await expect.poll(() => section('Kesiapan Struktur').body).toBe(expected);

    // The document model that both PDF and DOCX render: the bold words bold, the list a numbered list.
    const chapterId = section('Kesiapan Struktur').chapterId;
    const request = { kind: 'masterplan-bab', format: 'pdf', chapterId };
    const model = app.db.services.documents.model(request);
    const blocks = JSON.stringify(model) as string;
    expect(blocks).toContain(JSON.stringify({ text: 'sudah terbentuk', bold: true }));
    const list = findBlock(model, (b) => b.type === 'list' && b.ordered === true && JSON.stringify(b).includes('Kepala Dinas'));
    expect(list).toBeDefined();
    const pdf = pdftotext((await app.db.services.documents.preview(request)).bytes).replace(/\s+/g, ' ');
    expect(pdf).toContain('sudah terbentuk sejak 2019.');
    expect(pdf).toMatch(/1\. ?Kepala Dinas 2\. ?Sekretaris/);
    expect(pdf).not.toContain('**');
  });

  it('reloads the saved body as formatting, and axe finds nothing serious on the editor', async () => {
    // Straight after saving, before the screen's lists have reloaded: the editor takes the reloaded section then.
    await main()
      .getByRole('treeitem', { name: /Kesiapan Infrastruktur/ })
      .click();
    await main()
      .getByRole('treeitem', { name: /Kesiapan Struktur/ })
      .click();
    await expect.poll(() => body().locator('strong').textContent()).toBe('sudah terbentuk');
    expect(await body().locator('ol > li').count()).toBe(2);
    expect(await seriousFindings(page)).toEqual([]);
    expect(app.problems).toEqual([]);
  });
});

/** The first block anywhere in the model (nested contents included) that matches. */
function findBlock(model: unknown, match: (b: Block & Record<string, unknown>) => boolean): unknown {
  const seen: unknown[] = [model];
  while (seen.length) {
    const node = seen.pop();
    if (Array.isArray(node)) seen.push(...node);
    else if (node && typeof node === 'object') {
      if ('type' in node && match(node as Block & Record<string, unknown>)) return node;
      seen.push(...Object.values(node));
    }
  }
  return undefined;
}
