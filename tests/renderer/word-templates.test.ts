// Templat Word kantor in real Chromium against the real services on the demo: a misspelt template refused with the
// placeholder and where it stands (nothing saved), the sample from docs/ added and listed with the stage data it
// takes, filled for a chosen stage into a DOCX (its participants read back from the file), and removed.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import PizZip from 'pizzip';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SAMPLE_FILE } from '../../scripts/word-template-docs';
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

const panel = () => page.getByRole('region', { name: 'Templat Word kantor' });
const list = () => panel().getByRole('table', { name: 'Templat Word tersimpan' });

/** The sample with one placeholder misspelt, as a clerk's typo in Word would leave it. */
function misspelt(): Buffer {
  const zip = new PizZip(readFileSync(SAMPLE_FILE));
  zip.file('word/document.xml', zip.file('word/document.xml')!.asText().replace('{nama_dinas}', '{nama_dinsa}'));
  return Buffer.from(zip.generate({ type: 'uint8array' }));
}

const upload = (name: string, buffer: Buffer) =>
  panel()
    .getByLabel('Tambah templat Word…')
    .setInputFiles({ name, mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', buffer });

describe('Templat Word kantor', () => {
  it('refuses a misspelt template, keeps the sample, fills it for a stage and removes it', async () => {
    await openScreen(page, 'Templat Naskah');
    await expect.poll(() => list().textContent()).toContain('Belum ada templat Word');

    await upload('undangan-salah.docx', misspelt());
    const alert = panel().getByRole('alert');
    await expect.poll(() => alert.textContent()).toMatch(/nama_dinsa.*paragraf ke-\d+/);
    expect(app.db.services.wordTemplates.list()).toEqual([]);

    await panel().getByRole('textbox', { name: 'Nama templat (kosong: nama berkas)' }).fill('Daftar peserta kantor');
    await upload('contoh-templat-word.docx', readFileSync(SAMPLE_FILE));
    const row = list().getByRole('row', { name: /Daftar peserta kantor/ });
    await expect.poll(() => row.textContent()).toMatch(/Data tahap Bimtek.*daftar: .*peserta/);
    await expect.poll(() => panel().getByRole('alert').count()).toBe(0);

    // Without a stage the app asks for one; with stage 4 the DOCX is written with the stage's participants.
    await row.getByRole('button', { name: /Isi ke DOCX/ }).click();
    await expect.poll(() => panel().getByRole('alert').textContent()).toContain('pilih tahap Bimtek');
    await row.getByRole('combobox', { name: 'Tahap Bimtek untuk Daftar peserta kantor' }).click();
    await page.getByRole('option', { name: 'Tahap 4' }).click();
    await row.getByRole('button', { name: /Isi ke DOCX/ }).click();
    await expect
      .poll(() => readdirSync(app.downloads).filter((f) => f.endsWith('.docx')))
      .toEqual(['Daftar-peserta-kantor-Tahap-4.docx']);
    const xml = new PizZip(readFileSync(join(app.downloads, 'Daftar-peserta-kantor-Tahap-4.docx')))
      .file('word/document.xml')!
      .asText();
    const text = xml.replace(/<[^>]+>/g, ' ');
    const someone = app.db.services.bimtek.participants.list().find((p) => p.stageNumber === 4)!;
    expect(text).toContain(app.db.services.repos.people.get(someone.personId)!.name);
    await app.screenshot('templat-word');

    await row.getByRole('button', { name: 'Hapus templat Daftar peserta kantor' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Hapus' }).click();
    await expect.poll(() => list().textContent()).toContain('Belum ada templat Word');
    expect(app.problems).toEqual([]);
  });
});
