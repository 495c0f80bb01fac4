// The masterplan screen on the demo programme: a section written with the toolbar's markup and saved with Ctrl+S,
// a SWOT point added and removed, a programme with its code and two funding sources, an element added to a
// dimension; each checked in the database.
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

  it('adds a programme with its code and two funding sources, and refuses a source named twice at its field', async () => {
    await main().getByRole('tab', { name: 'Program dan quick win' }).click();
    await main().getByRole('button', { name: 'Tambah program' }).click();
    const form = main().getByLabel('Formulir program');
    await form.getByLabel('Kode program').fill('GOV-09');
    await form.getByLabel('Nama program').fill('Satu Data Simalungun');
    await form.getByLabel('Anggaran sumber dana 1').fill('250000000');
    await form.getByRole('button', { name: 'Tambah sumber dana' }).click();
    // The second line starts with the next unused source; set it to APBD too, which is refused at its field.
    await form.getByRole('combobox', { name: 'Sumber dana 2' }).click();
    await page.getByRole('option', { name: 'APBD', exact: true }).click();
    await form.getByRole('button', { name: 'Simpan program' }).click();
    await expect
      .poll(() =>
        form
          .locator('.fui-Field')
          .filter({ has: page.getByRole('combobox', { name: 'Sumber dana 2' }) })
          .textContent(),
      )
      .toContain('sumber dana APBD disebut dua kali');
    expect(app.db.services.masterplan.programmes.list().some((p) => p.code === 'GOV-09')).toBe(false);

    await form.getByRole('combobox', { name: 'Sumber dana 2' }).click();
    await page.getByRole('option', { name: 'CSR', exact: true }).click();
    await form.getByLabel('Anggaran sumber dana 2').fill('50000000');
    await app.screenshot('masterplan-program-sumber-dana');
    await form.getByRole('button', { name: 'Simpan program' }).click();
    const row = main().getByRole('table', { name: 'Program smart city' }).getByRole('row').filter({ hasText: 'GOV-09' });
    await row.waitFor();
    expect(await row.textContent()).toMatch(
      /Satu Data Simalungun.*Rp300\.000\.000,00APBD Rp250\.000\.000,00; CSR Rp50\.000\.000,00/,
    );
    const saved = app.db.services.masterplan.programmes.list().find((p) => p.code === 'GOV-09')!;
    expect(saved.fundings).toEqual([
      { source: 'APBD', amount: 250_000_000 },
      { source: 'CSR', amount: 50_000_000 },
    ]);
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
