// Keyboard and screen readers in Chromium on the demo programme: axe-core (WCAG 2.1 A and AA rules) on every main
// screen finds nothing serious or critical; Fluent's tabster helpers (invisible focus guards) are left out, as the
// issue agreed. A new screen puts the focus on its heading; a dialog gives the focus back to what opened it; a toast is
// no Tab stop; a button waiting on its save, a ticked attendance box and Beranda's links never drop the focus to the
// page; the document preview scrolls by keyboard.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditPage } from './axe';
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

const SCREENS = [
  'Beranda',
  'Profil Daerah & Kop Surat',
  'OPD & Kecamatan',
  'Pejabat',
  'Dewan & Tim Pelaksana',
  'Bimtek',
  'Penutupan & Komitmen',
  'Masterplan',
  'Dokumen',
  'Templat Naskah',
  'Pengaturan',
];

const audit = () => auditPage(page);

describe('axe-core on every screen', () => {
  it.each(SCREENS)('%s has no serious or critical WCAG 2.1 AA finding', async (label) => {
    await openScreen(page, label);
    await page.waitForLoadState('networkidle');
    await page.waitForTimeout(300);
    const findings = (await audit()).filter((f) => f.impact === 'serious' || f.impact === 'critical');
    if (findings.length) console.log(label, JSON.stringify(findings, null, 1));
    expect(findings).toEqual([]);
    // Fluent's own English labels are replaced by Indonesian ones.
    const english = page.locator(
      ['^="Open"', '="Clear selection"', '="clear"', '="Dismiss"', '="dismiss"', '="close"', '="information"', '$=" value"']
        .map((match) => `[aria-label${match}]`)
        .join(', '),
    );
    expect(await english.evaluateAll((els) => els.map((e) => e.getAttribute('aria-label')))).toEqual([]);
    // Every form checks itself: no browser bubble ("Please fill out this field.") in the system's language.
    expect(await page.locator('main form:not([novalidate])').count()).toBe(0);
  });
});

describe('the audit itself', () => {
  it('does find a button without a name and text without contrast (so a silent audit cannot pass)', async () => {
    await openScreen(page, 'Beranda');
    await page.evaluate(() => {
      const probe = document.createElement('div');
      probe.id = 'probe';
      probe.innerHTML = '<button></button><p style="color:#eee;background:#fff">pudar</p>';
      document.querySelector('main')!.append(probe);
    });
    const ids = (await audit()).map((f) => f.id);
    await page.evaluate(() => document.getElementById('probe')?.remove());
    expect(ids).toEqual(expect.arrayContaining(['button-name', 'color-contrast']));
  });
});

describe('focus', () => {
  const focused = () =>
    page.evaluate(() => {
      const el = document.activeElement;
      return el ? `${el.tagName.toLowerCase()}:${el.getAttribute('aria-label') ?? el.textContent?.trim() ?? ''}` : '';
    });

  it("moves to a new screen's heading", async () => {
    await openScreen(page, 'Beranda');
    await openScreen(page, 'OPD & Kecamatan');
    await expect.poll(focused).toBe('h1:OPD & Kecamatan');
    await openScreen(page, 'Penutupan & Komitmen');
    await expect.poll(focused).toBe('h1:Penutupan & Komitmen');
  });

  it('returns to the button that opened a dialog when it closes', async () => {
    await openScreen(page, 'OPD & Kecamatan');
    const unit = app.db.services.units.list()[0]!;
    await page.getByRole('button', { name: `Hapus ${unit.name}`, exact: true }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Batal' }).click();
    await expect.poll(focused).toBe(`button:Hapus ${unit.name}`);
    expect(app.db.services.units.list()[0]!.id).toBe(unit.id);
  });

  it("after a confirmed delete, moves to the same button of the row that took the deleted row's place", async () => {
    const added = app.db.services.units.save({
      id: null,
      kind: 'dinas',
      name: 'Unit Uji Fokus Hapus',
      shortName: null,
      parentId: null,
      sortOrder: 0,
    });
    await openScreen(page, 'Penutupan & Komitmen');
    await openScreen(page, 'OPD & Kecamatan');
    const table = page.getByRole('table', { name: 'Daftar OPD dan kecamatan' });
    const labels = await table
      .getByRole('button', { name: /^Hapus / })
      .evaluateAll((els) => els.map((e) => e.getAttribute('aria-label') ?? ''));
    const at = labels.indexOf(`Hapus ${added.name}`);
    expect(at).toBeGreaterThanOrEqual(0);
    const next = labels[at + 1] ?? labels[at - 1]!;
    await table.getByRole('button', { name: `Hapus ${added.name}`, exact: true }).focus();
    await page.keyboard.press('Enter');
    await page.getByRole('dialog').getByRole('button', { name: 'Hapus' }).click();
    await expect.poll(() => app.db.services.units.list().some((u) => u.id === added.id)).toBe(false);
    await expect.poll(focused).toBe(`button:${next}`);
    expect(app.problems).toEqual([]);
  });

  it('follows an item moved with the arrow buttons, so that Enter moves it on', async () => {
    await openScreen(page, 'Masterplan');
    await page.getByRole('main').getByRole('tab', { name: 'Rencana' }).click();
    const missions = page.getByRole('group', { name: 'Misi' });
    const item = (n: number) => missions.getByRole('textbox', { name: `Misi ${n}`, exact: true });
    const first = await item(1).inputValue();
    await missions.getByRole('button', { name: 'Turunkan Misi 1', exact: true }).focus();
    await page.keyboard.press('Enter');
    await expect.poll(focused).toBe('button:Turunkan Misi 2');
    await page.keyboard.press('Enter');
    await expect.poll(focused).toBe('button:Turunkan Misi 3');
    expect(await item(3).inputValue()).toBe(first);
    await page.keyboard.press('Shift+Tab');
    await page.keyboard.press('Enter');
    await expect.poll(focused).toBe('button:Naikkan Misi 2');
    expect(await item(2).inputValue()).toBe(first);
    // Nothing is saved by moving: leaving asks, and the clerk throws the change away.
    await page.getByRole('navigation').getByText('Beranda', { exact: true }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Buang perubahan' }).click();
    expect(app.problems).toEqual([]);
  });

  it('returns to the navigation item when the user stays on a form with unsaved changes', async () => {
    await openScreen(page, 'Profil Daerah & Kop Surat');
    await page.getByLabel('Provinsi').fill('Sumatera Utara (diubah)');
    await page.getByRole('navigation').getByText('Pejabat', { exact: true }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Tetap di sini' }).click();
    await expect.poll(focused).toMatch(/Pejabat/);
    await page.getByRole('navigation').getByText('Pejabat', { exact: true }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Buang perubahan' }).click();
    await expect.poll(focused).toBe('h1:Pejabat');
    expect(app.problems).toEqual([]);
  });
});

describe('the keyboard never gets stuck or lost', () => {
  const focused = () =>
    page.evaluate(() => {
      const el = document.activeElement;
      if (!el || el === document.body) return 'body';
      return `${el.tagName.toLowerCase()}:${el.getAttribute('aria-label') ?? el.textContent?.trim() ?? ''}`;
    });

  it('Tab passes a save toast by instead of staying in it', async () => {
    await openScreen(page, 'OPD & Kecamatan');
    const unit = app.db.services.units.list()[0]!;
    await page.getByRole('button', { name: `Ubah ${unit.name}`, exact: true }).click();
    await page.keyboard.press('Control+s');
    await page.getByText('Unit diperbarui').first().waitFor();
    // From the last Tab stop of the screen, Tab goes on; it never rests inside the toast.
    await page.getByRole('table', { name: 'Daftar OPD dan kecamatan' }).getByRole('button').last().focus();
    const seen: { inToast: boolean; id: string }[] = [];
    for (let i = 0; i < 4; i++) {
      await page.keyboard.press('Tab');
      seen.push(
        await page.evaluate(() => ({
          inToast: !!document.activeElement?.closest('[data-toaster-position]'),
          id: document.activeElement?.outerHTML.slice(0, 80) ?? '',
        })),
      );
    }
    expect(seen.filter((s) => s.inToast)).toEqual([]);
    expect(new Set(seen.map((s) => s.id)).size).toBeGreaterThan(1);
    expect(await page.getByText('Unit diperbarui').count()).toBeGreaterThan(0);
  });

  it('Simpan PDF keeps the focus while it saves, and the preview scrolls with the keys', async () => {
    await openScreen(page, 'Dokumen');
    await expect.poll(() => page.getByTestId('preview-info').textContent(), { timeout: 20_000 }).toMatch(/\d+ halaman/);
    const save = page.getByRole('button', { name: 'Simpan PDF' });
    await save.focus();
    await page.keyboard.press('Enter');
    await page
      .getByText(/Tersimpan: /)
      .first()
      .waitFor();
    await expect.poll(focused).toBe('button:Simpan PDF');

    const pages = page.getByRole('region', { name: 'Halaman pratinjau' });
    // A Tab stop of its own, reached from the options beside it.
    await page.getByRole('button', { name: 'Perbarui pratinjau' }).focus();
    await page.keyboard.press('Tab');
    await expect.poll(focused).toBe('div:Halaman pratinjau');
    expect(await pages.evaluate((el) => el.scrollTop)).toBe(0);
    await page.keyboard.press('PageDown');
    await expect.poll(() => pages.evaluate((el) => el.scrollTop), { timeout: 5000 }).toBeGreaterThan(100);
    await page.keyboard.press('End');
    await expect.poll(() => pages.evaluate((el) => el.scrollHeight - el.clientHeight - el.scrollTop)).toBeLessThan(2);
    expect(app.problems).toEqual([]);
  });

  it('a ticked attendance box keeps the focus while its row is saved', async () => {
    await openScreen(page, 'Bimtek');
    const box = page.getByRole('checkbox', { name: /^Hadir / }).first();
    const name = await box.getAttribute('aria-label');
    const before = await box.isChecked();
    await box.focus();
    await page.keyboard.press('Space');
    await expect.poll(() => box.isChecked()).toBe(!before);
    await page.waitForLoadState('networkidle');
    await expect.poll(focused).toBe(`input:${name}`);
    await page.keyboard.press('Space');
    await expect.poll(() => box.isChecked()).toBe(before);
  });

  it("Beranda's links lead to the new screen's heading, by mouse or by Enter", async () => {
    await openScreen(page, 'Beranda');
    await page.getByRole('button', { name: /penandatangan belum punya NIP/ }).click();
    await page.getByRole('main', { name: 'Pejabat' }).waitFor();
    await expect.poll(focused).toBe('h1:Pejabat');
    await openScreen(page, 'Beranda');
    const ready = page.getByRole('region', { name: 'Yang sudah siap' }).getByRole('button').first();
    await ready.focus();
    await page.keyboard.press('Enter');
    await page.getByRole('main', { name: 'Dokumen' }).waitFor();
    await expect.poll(focused).toBe('h1:Dokumen');
    expect(app.problems).toEqual([]);
  });
});
