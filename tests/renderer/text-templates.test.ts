// Templat Naskah in real Chromium against the real services on the demo: the attendance list's heading edited, the
// real PDF preview redrawn with the unsaved wording, the wording saved (the database holds it and the next visit shows
// it as the office's own), a misspelt placeholder refused at its line and column before anything is saved, and the
// reset back to the default.
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
const preview = () => main().getByRole('region', { name: 'Pratinjau dokumen' });
const HEADING = 'Daftar hadir: judul (satu baris per baris)';

/** A fingerprint of the first preview page's pixels: changes when what is drawn changes. */
const pageOne = () =>
  main()
    .getByLabel('Halaman 1', { exact: true })
    .evaluate((canvas: HTMLCanvasElement) => {
      const { data } = canvas.getContext('2d')!.getImageData(0, 0, canvas.width, canvas.height);
      let dark = 0;
      let sum = 0;
      for (let i = 0; i < data.length; i += 4)
        if (data[i]! < 128 && data[i + 3]! > 0) {
          dark++;
          sum = (sum + i) % 1_000_000_007;
        }
      return dark > 1000 ? `${dark}:${sum}` : null;
    });

describe('Templat Naskah', () => {
  it('previews an edited heading live, saves it, and refuses a wrong placeholder at its position', async () => {
    await openScreen(page, 'Templat Naskah');
    await main().getByRole('combobox', { name: 'Jenis dokumen' }).click();
    await page.getByRole('option', { name: 'Daftar Hadir Bimtek' }).click();
    const editor = main().getByRole('textbox', { name: HEADING });
    await expect.poll(() => editor.inputValue()).toBe('DAFTAR HADIR');
    // The placeholders with what they become on the demo.
    const placeholders = main().getByRole('table', { name: 'Placeholder yang tersedia' });
    await expect.poll(() => placeholders.getByRole('row', { name: /\{tahap_romawi\}/ }).textContent()).toMatch(/I$/);
    await expect.poll(() => placeholders.getByRole('row', { name: /\{nama_daerah\}/ }).textContent()).toMatch(/Simalungun$/);

    await expect.poll(() => preview().getAttribute('data-request'), { timeout: 20_000 }).toContain('DAFTAR HADIR"');
    await expect.poll(pageOne, { timeout: 20_000 }).not.toBeNull();
    const before = await pageOne();

    await editor.fill('Daftar Hadir Peserta\nBimtek Tahap {tahap_romawi} {nama_daerah}');
    await expect
      .poll(() => preview().getAttribute('data-request'), { timeout: 20_000 })
      .toContain('Bimtek Tahap {tahap_romawi} {nama_daerah}');
    await expect.poll(pageOne, { timeout: 20_000 }).not.toBe(before);
    const edited = await pageOne();
    expect(edited).not.toBeNull();

    const section = main().getByRole('region', { name: HEADING });
    await section.getByRole('button', { name: 'Simpan' }).click();
    await page.getByText('Templat disimpan: Daftar hadir: judul').first().waitFor();
    // The button keeps the focus while and after it saves (a disabled one would drop it to the page).
    expect(await section.getByRole('button', { name: 'Simpan' }).evaluate((el) => el === document.activeElement)).toBe(true);
    expect(app.db.services.textTemplates.list().find((t) => t.kind === 'daftar-hadir')!.text).toBe(
      'Daftar Hadir Peserta\nBimtek Tahap {tahap_romawi} {nama_daerah}',
    );
    await expect.poll(() => section.getByText('milik kantor').count()).toBe(1);

    // A misspelt placeholder on the second line: named at its position, nothing saved, the preview waits.
    await editor.fill('Daftar Hadir Peserta\nBimtek Tahap {tahap_romawy}');
    const message = 'placeholder {tahap_romawy} tidak dikenal (baris 2, kolom 14)';
    await expect.poll(() => section.getByText(message, { exact: false }).count()).toBe(1);
    expect(await section.getByRole('button', { name: 'Simpan' }).isEnabled()).toBe(true);
    await section.getByRole('button', { name: 'Simpan' }).click();
    await main().getByRole('alert').filter({ hasText: 'belum bisa disimpan' }).waitFor();
    await main().getByText('Pratinjau menunggu templat tanpa kesalahan.').waitFor();
    expect(app.db.services.textTemplates.list().find((t) => t.kind === 'daftar-hadir')!.text).toBe(
      'Daftar Hadir Peserta\nBimtek Tahap {tahap_romawi} {nama_daerah}',
    );
    // An unclosed brace too.
    await editor.fill('Daftar Hadir {tahap');
    await expect
      .poll(() => section.getByText('kurung kurawal "{" tidak ditutup (baris 1, kolom 14)', { exact: false }).count())
      .toBe(1);

    // Back to the default: the editor, the database and the preview.
    await section.getByRole('button', { name: 'Kembalikan ke bawaan' }).click();
    await page.getByText('Templat kembali ke bawaan: Daftar hadir: judul').first().waitFor();
    await expect.poll(() => editor.inputValue()).toBe('DAFTAR HADIR');
    expect(app.db.services.textTemplates.list().find((t) => t.kind === 'daftar-hadir')!.text).toBeNull();
    await expect.poll(pageOne, { timeout: 20_000 }).toBe(before);
    await app.screenshot('templat-naskah');
    expect(app.problems).toEqual([]);
  });
});
