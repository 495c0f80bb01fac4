// The Dokumen screen's chapter picker in real Chromium on the demo: every chapter stands under its book (Buku I and
// Buku II both have a Pendahuluan), the chosen one is named with its book, and a kind that needs a chapter asks for
// one instead of showing an empty preview.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, openScreen, type RunningApp, startApp } from './harness';

let browser: Browser;
let app: RunningApp;
let page: Page;

beforeAll(async () => {
  browser = await launchChromium();
  app = await startApp(browser, { demo: true });
  page = app.page;
});

afterAll(async () => {
  await app?.close();
  await browser?.close();
});

const main = () => page.getByRole('main');

describe('Dokumen: one chapter of the masterplan', () => {
  it('asks for a chapter, lists each under its book, and previews the one chosen', async () => {
    await openScreen(page, 'Dokumen');
    await expect.poll(() => main().getByTestId('preview-info').textContent(), { timeout: 20_000 }).toMatch(/\d+ halaman/);
    await main().getByRole('combobox', { name: 'Jenis dokumen' }).click();
    await page.getByRole('option', { name: 'Masterplan: satu bab' }).click();

    // No chapter yet: the screen says what to choose, and nothing of the previous kind stays to be saved.
    await main().getByText('Pilih bab masterplan di sebelah kiri untuk melihat pratinjaunya.').waitFor();
    expect(await main().getByTestId('preview-info').count()).toBe(0);
    expect(await main().getByRole('button', { name: 'Simpan PDF' }).getAttribute('aria-disabled')).toBe('true');

    const picker = main().getByRole('combobox', { name: 'Bab masterplan' });
    await picker.click();
    const volumes = app.db.services.masterplan.volumes.list();
    const chapters = app.db.services.masterplan.chapters.list();
    const groups = page.getByRole('listbox').getByRole('group');
    expect(
      await groups.evaluateAll((els) =>
        els.map(
          (el) => el.getAttribute('aria-labelledby') && document.getElementById(el.getAttribute('aria-labelledby')!)?.textContent,
        ),
      ),
    ).toEqual([...volumes].sort((a, b) => a.sortOrder - b.sortOrder).map((v) => v.title));
    const buku2 = volumes.find((v) => v.code === 'buku2')!;
    const pendahuluan = chapters.find((c) => c.volumeId === buku2.id && c.title === 'Pendahuluan')!;
    // The same chapter title in two books: each under its own.
    expect(await page.getByRole('option', { name: 'Pendahuluan', exact: true }).count()).toBe(2);
    await app.screenshot('dokumen-pilih-bab');
    await page.getByRole('group', { name: buku2.title }).getByRole('option', { name: 'Pendahuluan', exact: true }).click();
    await expect.poll(() => picker.textContent()).toBe(`${buku2.title} — Pendahuluan`);

    const shown = main().getByRole('region', { name: 'Pratinjau dokumen' });
    await expect.poll(() => shown.getAttribute('data-request'), { timeout: 20_000 }).toContain(`"chapterId":${pendahuluan.id}`);
    await expect.poll(() => main().getByTestId('preview-info').textContent(), { timeout: 20_000 }).toMatch(/\d+ halaman/);
    await expect.poll(() => main().getByText('Pilih bab masterplan di sebelah kiri').count()).toBe(0);
    await app.screenshot('dokumen-bab');
    expect(app.problems).toEqual([]);
  });
});
