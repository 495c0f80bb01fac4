// Every main screen on the demo programme at 1366x768: it opens without an error, shows its data, and leaves a
// screenshot in test-artifacts/screenshots for a person to look at.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, openScreen, type RunningApp, startApp } from './harness';

let browser: Browser;
let app: RunningApp;

beforeAll(async () => {
  browser = await launchChromium();
  app = await startApp(browser, { demo: true });
  await app.db.services.backup.automatic();
});

afterAll(async () => {
  await app?.close();
  await browser?.close();
});

const SCREENS: [label: string, shows: string | RegExp][] = [
  ['Beranda', 'Yang masih kurang'],
  ['Profil Daerah & Kop Surat', 'PEMERINTAH KABUPATEN SIMALUNGUN'],
  ['OPD & Kecamatan', 'Dinas Komunikasi dan Informatika'],
  ['Pejabat', /^\d{3} orang$/],
  ['Dewan & Tim Pelaksana', 'Tim Pelaksana Smart City'],
  ['Bimtek', /Peserta \(\d+\)/],
  ['Penutupan & Komitmen', /Penandatangan \(6\d\)/],
  ['Masterplan', 'Buku I Analisis Strategis'],
  ['Dokumen', /\d+ halaman, kertas 210 × 297 mm/],
  ['Pengaturan', 'Cadangan basis data'],
];

describe('main screens', () => {
  it.each(SCREENS)('%s opens with its data', async (label, shows) => {
    await openScreen(app.page, label);
    await app.page.getByRole('main').getByText(shows).first().waitFor();
    // Let the last pictures (pdf.js pages, the kop) settle before the screenshot.
    await app.page.waitForLoadState('networkidle');
    await app.screenshot(label.replace(/\W+/g, '-').toLowerCase());
    expect(app.problems).toEqual([]);
  });

  it('links each missing item on Beranda to the screen that fixes it', async () => {
    await openScreen(app.page, 'Beranda');
    const link = app.page.getByRole('button', { name: /penandatangan belum punya NIP/ });
    const missing = Number((await link.textContent())!.split(' ')[0]);
    await link.click();
    await app.page.getByRole('main', { name: 'Pejabat' }).waitFor();
    // The list opens filtered to exactly those signatories.
    expect(await app.page.getByRole('combobox', { name: 'Saring status' }).textContent()).toBe('Penandatangan tanpa NIP');
    await app.page.getByText(new RegExp(`^${missing} orang$`)).waitFor();
    await openScreen(app.page, 'Beranda');
    await app.page.getByRole('button', { name: 'Logo daerah untuk kop surat belum diunggah' }).click();
    await app.page.getByRole('main', { name: 'Profil Daerah & Kop Surat' }).waitFor();
  });

  it('asks before leaving a screen with unsaved changes, and stays when asked to', async () => {
    await openScreen(app.page, 'Profil Daerah & Kop Surat');
    await app.page.getByLabel('Provinsi').fill('Sumatera Utara (diubah)');
    await app.page.getByRole('navigation').getByText('Pejabat', { exact: true }).click();
    const dialog = app.page.getByRole('dialog');
    await dialog.waitFor();
    expect(await dialog.textContent()).toMatch(/belum disimpan/i);
    await dialog.getByRole('button', { name: /Tetap di sini|Batal/ }).click();
    await expect.poll(() => app.page.getByLabel('Provinsi').inputValue()).toBe('Sumatera Utara (diubah)');
    expect(app.db.services.profile.getRegency()?.province).toBe('Sumatera Utara');
    await app.page.getByRole('navigation').getByText('Pejabat', { exact: true }).click();
    await dialog.getByRole('button', { name: 'Buang perubahan' }).click();
    await app.page.getByRole('main', { name: 'Pejabat' }).waitFor();
    expect(app.db.services.profile.getRegency()?.province).toBe('Sumatera Utara');
  });

  it('finds officials by name, NIP or position, with Ctrl+F in the search box', async () => {
    await openScreen(app.page, 'Pejabat');
    const everyone = Number((await app.page.getByText(/^\d+ orang$/).textContent())!.split(' ')[0]);
    await app.page.keyboard.press('Control+f');
    await app.page.keyboard.type('camat');
    const list = app.page.getByRole('list', { name: 'Daftar pejabat' });
    await expect.poll(async () => (await list.textContent()) ?? '').toMatch(/Camat/);
    const count = await app.page.getByText(/^\d+ orang$/).textContent();
    expect(Number(count!.split(' ')[0])).toBeLessThan(everyone);
    expect(Number(count!.split(' ')[0])).toBeGreaterThan(10);
  });

  it('lists the automatic backups and asks, naming both sides, before restoring one', async () => {
    await openScreen(app.page, 'Pengaturan');
    const list = app.page.getByRole('list', { name: 'Cadangan otomatis' });
    await list.getByRole('button', { name: 'Pulihkan' }).first().click();
    const dialog = app.page.getByRole('dialog');
    await dialog.waitFor();
    const units = app.db.services.units.list().length;
    expect(await dialog.textContent()).toMatch(new RegExp(`Sekarang.*${units} unit.*Cadangan.*${units} unit`, 's'));
    await dialog.getByRole('button', { name: 'Batal' }).click();
    await dialog.waitFor({ state: 'hidden' });
    expect(app.problems).toEqual([]);
  });

  it("shows an out-of-range margin at its field, and saves the office's own kop lines", async () => {
    const page = app.page;
    await openScreen(page, 'Profil Daerah & Kop Surat');
    const main = page.getByRole('main');
    await main.getByRole('spinbutton', { name: 'Kiri (mm)' }).fill('100');
    await page.keyboard.press('Control+s');
    const left = main.locator('.fui-Field').filter({ has: page.getByRole('spinbutton', { name: 'Kiri (mm)' }) });
    await expect.poll(() => left.textContent()).toMatch(/60/);
    expect(app.db.services.profile.getRegency()!.tataNaskah.margins.leftMm).toBe(30);
    await main.getByRole('spinbutton', { name: 'Kiri (mm)' }).fill('30');

    await main.getByRole('button', { name: 'Ubah baris kop sendiri' }).click();
    await main.getByRole('textbox', { name: 'Baris kop 2' }).fill('DINAS KOMUNIKASI, INFORMATIKA DAN PERSANDIAN');
    await expect
      .poll(() => main.getByLabel('Pratinjau kop surat').textContent())
      .toContain('DINAS KOMUNIKASI, INFORMATIKA DAN PERSANDIAN');
    await page.keyboard.press('Control+s');
    await expect
      .poll(() => app.db.services.profile.getRegency()!.tataNaskah.letterheadLines.map((l) => l.text)[1])
      .toBe('DINAS KOMUNIKASI, INFORMATIKA DAN PERSANDIAN');
    expect(app.problems).toEqual([]);
    await app.screenshot('profil-baris-kop');
  });

  it('previews the attendance list of a chosen stage and saves it as DOCX', async () => {
    const page = app.page;
    await openScreen(page, 'Dokumen');
    const main = page.getByRole('main');
    await main.getByRole('combobox', { name: 'Jenis dokumen' }).click();
    await page.getByRole('option', { name: /Daftar Hadir/ }).click();
    await main.getByRole('combobox', { name: 'Tahap Bimtek' }).click();
    await page.getByRole('option', { name: 'Tahap 4' }).click();
    const shown = main.getByRole('region', { name: 'Pratinjau dokumen' });
    await expect.poll(() => shown.getAttribute('data-request'), { timeout: 20_000 }).toMatch(/"kind":"daftar-hadir".*"stage":4/);
    await expect.poll(() => main.getByTestId('preview-info').textContent(), { timeout: 20_000 }).toMatch(/\d+ halaman/);
    await main.getByRole('button', { name: 'Simpan DOCX' }).click();
    await page
      .getByText(/Tersimpan: .*\.docx/)
      .first()
      .waitFor();
    const saved = readdirSync(app.downloads).filter((f) => f.endsWith('.docx'));
    expect(saved).toHaveLength(1);
    expect(readFileSync(join(app.downloads, saved[0]!)).subarray(0, 2).toString()).toBe('PK');
    expect(app.db.services.register.renders().some((r) => r.format === 'docx' && r.kind === 'daftar-hadir')).toBe(true);
    expect(app.problems).toEqual([]);
  });

  it('prints the current document with Ctrl+P', async () => {
    const page = app.page;
    await openScreen(page, 'Dokumen');
    await expect.poll(() => page.getByTestId('preview-info').textContent(), { timeout: 20_000 }).toMatch(/\d+ halaman/);
    await page.keyboard.press('Control+p');
    const message = page.getByText(/PDF untuk dicetak disimpan di .*\.pdf/).first();
    await message.waitFor();
    const file = /disimpan di (.*\.pdf)/.exec((await message.textContent())!)![1]!;
    expect(readFileSync(file).subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(app.problems).toEqual([]);
  });

  it('asks before another official replaces unsaved edits of the one open', async () => {
    const page = app.page;
    await openScreen(page, 'Pejabat');
    const list = page.getByRole('list', { name: 'Daftar pejabat' });
    await list.getByText('Agustina Simanjorang', { exact: true }).click();
    const name = page.getByRole('main').getByRole('textbox', { name: /^Nama( \*)?$/ });
    await name.fill('Agustina Simanjorang (diubah)');
    await list.getByText(/^Ade Irma Saragih/).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByRole('button', { name: 'Tetap di sini' }).click();
    await expect.poll(() => name.inputValue()).toBe('Agustina Simanjorang (diubah)');
    await list.getByText(/^Ade Irma Saragih/).click();
    await dialog.getByRole('button', { name: 'Buang perubahan' }).click();
    await expect.poll(() => name.inputValue()).toBe('Ade Irma Saragih');
    expect(app.db.services.people.list().some((p) => p.name === 'Agustina Simanjorang')).toBe(true);
    // Nothing is left unsaved now: leaving the screen does not ask.
    await openScreen(page, 'Beranda');
    expect(app.problems).toEqual([]);
  });

  it('records attendance when a day is ticked for a participant', async () => {
    const page = app.page;
    await openScreen(page, 'Bimtek');
    const box = page.getByRole('checkbox', { name: 'Hadir Juliper Purba 2021-09-06' });
    expect(await box.isChecked()).toBe(false);
    await box.click();
    const juliper = app.db.services.people.list().find((p) => p.name === 'Juliper Purba')!;
    const day = app.db.services.bimtek.days.list().find((d) => d.date === '2021-09-06')!;
    await expect
      .poll(
        () =>
          app.db.services.bimtek.participants.list().find((p) => p.personId === juliper.id && p.stageNumber === 1)
            ?.attendedDayIds,
      )
      .toContain(day.id);
    await expect.poll(() => box.isChecked()).toBe(true);
    expect(app.problems).toEqual([]);
  });

  it('draws preview pages as they scroll into view', async () => {
    const page = app.page;
    await openScreen(page, 'Dokumen');
    await expect.poll(() => page.getByTestId('preview-info').textContent(), { timeout: 20_000 }).toMatch(/\d+ halaman/);
    const inked = (label: string) =>
      page
        .getByRole('main')
        .getByLabel(label, { exact: true })
        .evaluate((canvas: HTMLCanvasElement) => {
          const { data } = canvas.getContext('2d')!.getImageData(0, 0, canvas.width, canvas.height);
          let dark = 0;
          for (let i = 0; i < data.length; i += 4) if (data[i]! < 128 && data[i + 3]! > 0) dark++;
          return dark;
        });
    const count = Number((await page.getByTestId('preview-info').textContent())!.split(' ')[0]);
    expect(count).toBeGreaterThan(2);
    await expect.poll(() => inked('Halaman 1')).toBeGreaterThan(1000);
    expect(await inked(`Halaman ${count}`)).toBe(0);
    await page.getByRole('main').getByLabel(`Halaman ${count}`, { exact: true }).scrollIntoViewIfNeeded();
    await expect.poll(() => inked(`Halaman ${count}`)).toBeGreaterThan(1000);
    expect(app.problems).toEqual([]);
  });

  it('marks each stage of the 2021 demo as done on the Beranda timeline', async () => {
    await openScreen(app.page, 'Beranda');
    const timeline = app.page.getByRole('region', { name: 'Tahapan Bimtek' });
    for (const card of ['Tahap I', 'Tahap II', 'Tahap III', 'Tahap IV', 'Penutupan']) {
      expect(await timeline.getByLabel(card, { exact: true }).textContent()).toContain('Selesai');
    }
  });
});
