// The masterplan screen on the demo programme: a section written with the toolbar's markup and saved with Ctrl+S,
// a SWOT point added and removed, an element added to a dimension; each checked in the database.
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
  await openScreen(page, 'Masterplan');
});

afterAll(async () => {
  await app?.close();
  await browser?.close();
});

const main = () => page.getByRole('main');

describe('masterplan screen', () => {
  it('writes a section, turns its first line into a subheading with the toolbar, and saves with Ctrl+S', async () => {
    await main()
      .getByRole('treeitem', { name: /Analisis Kesiapan Daerah/ })
      .first()
      .click();
    await main()
      .getByRole('treeitem', { name: /Kesiapan Struktur/ })
      .click();
    const body = main().getByRole('textbox', { name: /Isi subbab/ });
    await body.fill('Perangkat daerah sudah memiliki unit TIK.');
    await body.press('Control+Home');
    await main()
      .getByRole('button', { name: /Subjudul/ })
      .click();
    await page.keyboard.press('Control+s');
    await main().getByText('Subbab tersimpan').or(page.getByText('Subbab tersimpan')).first().waitFor();
    const saved = app.db.services.masterplan.sections.list().find((s) => s.title === 'Kesiapan Struktur');
    expect(saved?.body).toBe('### Perangkat daerah sudah memiliki unit TIK.');
    await app.screenshot('masterplan-subbab');
  });

  it('moves a section down within its chapter', async () => {
    const order = () =>
      app.db.services.masterplan.sections
        .list()
        .filter((s) => s.title.startsWith('Kesiapan '))
        .sort((a, b) => a.sortOrder - b.sortOrder)
        .map((s) => s.title);
    expect(order()[0]).toBe('Kesiapan Struktur');
    await main().getByRole('button', { name: 'Turunkan' }).click();
    await expect.poll(order).toEqual(['Kesiapan Infrastruktur', 'Kesiapan Struktur', 'Kesiapan Suprastruktur']);
    const body = app.db.services.masterplan.sections.list().find((s) => s.title === 'Kesiapan Struktur')!.body;
    expect(body).toBe('### Perangkat daerah sudah memiliki unit TIK.');
  });

  it('adds a SWOT point with Enter and removes it after confirming', async () => {
    await main().getByRole('tab', { name: 'SWOT per dimensi' }).click();
    const input = main().getByRole('textbox', { name: 'Tambah Kekuatan Smart Governance' });
    await input.fill('Pusat data daerah bersertifikat');
    await input.press('Enter');
    const list = main().getByRole('list', { name: 'Kekuatan Smart Governance' });
    await list.getByText('Pusat data daerah bersertifikat').waitFor();
    expect(app.db.services.masterplan.swot.list().some((x) => x.text === 'Pusat data daerah bersertifikat')).toBe(true);
    await list.getByRole('button', { name: 'Hapus butir: Pusat data daerah bersertifikat' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Hapus' }).click();
    await expect
      .poll(() => app.db.services.masterplan.swot.list().some((x) => x.text === 'Pusat data daerah bersertifikat'))
      .toBe(false);
  });

  it('adds an element to a dimension', async () => {
    await main().getByRole('tab', { name: 'Dimensi dan elemen' }).click();
    await main().getByRole('textbox', { name: 'Elemen baru Smart Economy' }).fill('Ekosistem Industri Kreatif');
    await main().getByLabel('Dimensi Smart Economy').getByRole('button', { name: 'Tambah' }).click();
    await main().getByRole('list', { name: 'Elemen Smart Economy' }).getByText('Ekosistem Industri Kreatif').waitFor();
    expect(app.db.services.masterplan.elements.list().map((e) => e.name)).toContain('Ekosistem Industri Kreatif');
    await app.screenshot('masterplan-dimensi');
    expect(app.problems).toEqual([]);
  });
});
