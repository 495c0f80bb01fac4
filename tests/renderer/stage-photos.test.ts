// Dokumentasi foto of a Bimtek stage in real Chromium against the real services on the demo: a GIF refused with the
// reason at the file picker (nothing stored), a large JPEG added with its caption and listed as a thumbnail at its
// stored (scaled) size, a second photo moved above it, a caption edited in place, and one removed.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GIF_1X1, testJpeg, testPng } from '../helpers/test-photos';
import { seriousFindings } from './axe';
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

const section = () => page.getByRole('region', { name: /Dokumentasi foto/ });
const photoList = () => section().getByRole('list', { name: 'Foto tahap 1' });
const upload = (name: string, mimeType: string, bytes: Uint8Array) =>
  section()
    .getByLabel('Tambah foto…')
    .setInputFiles({ name, mimeType, buffer: Buffer.from(bytes) });
const stored = () => app.db.services.stagePhotos.list({ stageNumber: 1 });

describe('Dokumentasi foto of a Bimtek stage', () => {
  it('refuses a GIF at the file picker, adds photos scaled, reorders, edits a caption and removes one', async () => {
    await openScreen(page, 'Bimtek');
    await expect.poll(() => section().textContent()).toContain('Belum ada foto untuk tahap ini.');

    await upload('animasi.gif', 'image/gif', GIF_1X1);
    await expect.poll(() => section().textContent()).toContain('animasi.gif: berkas GIF tidak didukung');
    expect(stored()).toEqual([]);
    await section().scrollIntoViewIfNeeded();
    await app.screenshot('dokumentasi-foto-ditolak');
    // The refused state passes axe (the message tied to its field).
    expect(await seriousFindings(page)).toEqual([]);

    await section().getByRole('textbox', { name: 'Keterangan foto baru' }).fill('Pembukaan oleh Sekretaris Daerah');
    await upload('IMG_0001.jpg', 'image/jpeg', testJpeg(2400, 1800));
    await expect.poll(() => photoList().getByRole('listitem').count(), { timeout: 30_000 }).toBe(1);
    await expect.poll(() => section().textContent()).not.toContain('berkas GIF');
    const first = photoList().getByRole('listitem').first();
    expect(await first.getByRole('img', { name: 'Pembukaan oleh Sekretaris Daerah' }).count()).toBe(1);
    expect(await first.textContent()).toContain('1600 × 1200 piksel');
    expect(await section().getByRole('textbox', { name: 'Keterangan foto baru' }).inputValue()).toBe('');

    await upload('diskusi.png', 'image/png', testPng(600, 400));
    await expect.poll(() => photoList().getByRole('listitem').count(), { timeout: 30_000 }).toBe(2);
    await section().getByRole('button', { name: 'Naikkan Gambar 2' }).click();
    await expect.poll(() => stored().map((p) => p.width)).toEqual([600, 1600]);
    // The list shows the new order (the photo without a caption first) before its first caption is edited.
    await expect
      .poll(() =>
        photoList()
          .getByRole('img')
          .evaluateAll((imgs) => imgs.map((i) => i.getAttribute('alt'))),
      )
      .toEqual(['Gambar 1', 'Pembukaan oleh Sekretaris Daerah']);

    const caption = section().getByRole('textbox', { name: 'Keterangan Gambar 1' });
    await caption.fill('Diskusi kelompok');
    await caption.press('Enter');
    await expect.poll(() => stored().map((p) => p.caption)).toEqual(['Diskusi kelompok', 'Pembukaan oleh Sekretaris Daerah']);
    await app.screenshot('dokumentasi-foto');
    expect(await seriousFindings(page)).toEqual([]);

    await section().getByRole('button', { name: 'Hapus Gambar 2' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Hapus' }).click();
    await expect.poll(() => stored().map((p) => p.caption)).toEqual(['Diskusi kelompok']);
    await expect.poll(() => photoList().getByRole('listitem').count()).toBe(1);
    expect(app.problems).toEqual([]);
  });
});
