// The Excel import as a clerk meets it in Chromium: a NIP that Excel stored as a number is named with its row and
// person and the fix, no message shows an internal key ("nip:", "status: … definitif, plt"), the preview shows the
// NIP column, and the template .xlsx downloads from the import screen and is read back by the import itself.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { xlsxBase64 } from '../helpers/spreadsheet';
import { launchChromium, openScreen, type RunningApp, startApp } from './harness';

let browser: Browser;
let app: RunningApp;
let page: Page;

beforeAll(async () => {
  browser = await launchChromium();
  app = await startApp(browser);
  page = app.page;
});

afterAll(async () => {
  await app?.close();
  await browser?.close();
});

const main = () => page.getByRole('main');

describe('Excel import', () => {
  it('names a NIP stored as a number by row and person, in plain words, with no internal key', async () => {
    const file = join(app.db.dir, 'angka.xlsx');
    const header = ['Nama', 'NIP', 'Jabatan', 'Status'];
    writeFileSync(
      file,
      Buffer.from(
        await xlsxBase64([
          header,
          ['Rosdiana Sitorus', '19690307 199503 2 002', 'Camat Raya', 'Definitif'],
          // What Excel keeps of 197508122000031002 typed into a number column.
          ['Hendra Saragih', 197508122000031000, 'Camat Purba', 'Definitif'],
          ['Januarti Simarmata', '19710105 199803 2 001', 'Camat Silau', 'sementara'],
        ]),
        'base64',
      ),
    );
    await openScreen(page, 'Pengaturan');
    await main().getByLabel('Pilih berkas impor pejabat…').setInputFiles(file);
    const table = main().getByRole('table', { name: 'Pratinjau impor' });
    await table.waitFor();
    const hendra = table.getByRole('row').filter({ hasText: 'Hendra Saragih' });
    expect(await hendra.textContent()).toContain(
      'NIP di baris 3 (Hendra Saragih) tersimpan sebagai angka di Excel, sehingga digitnya hilang; ubah kolom NIP menjadi Teks',
    );
    const januarti = table.getByRole('row').filter({ hasText: 'Januarti Simarmata' });
    expect(await januarti.textContent()).toContain('Status: tulis Definitif, Plt., Plh. atau Pj.');
    // The NIP column shows what will be written.
    expect(await table.getByRole('row').filter({ hasText: 'Rosdiana' }).textContent()).toContain('19690307 199503 2 002');
    const text = (await table.textContent()) ?? '';
    expect(text).not.toMatch(/\b(nip|status|name|title):/);
    expect(text).not.toMatch(/definitif, plt/);
    await app.screenshot('impor-nip-angka');
    expect(app.db.services.people.list()).toHaveLength(0);
  });

  it('downloads the template .xlsx, which the import reads back with every column recognised', async () => {
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      main().getByRole('button', { name: 'Unduh templat Excel' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('templat-impor-pejabat.xlsx');
    const file = join(app.db.dir, 'templat.xlsx');
    await download.saveAs(file);
    expect(readFileSync(file).subarray(0, 2).toString()).toBe('PK');
    const preview = await app.db.services.peopleImport.preview({
      fileName: 'templat.xlsx',
      base64: readFileSync(file).toString('base64'),
    });
    expect(preview.columns).toEqual([
      'Nama',
      'Gelar Depan',
      'Gelar Belakang',
      'NIP',
      'NI PPPK',
      'Pangkat/Golongan',
      'Telepon',
      'Jabatan',
      'Unit',
      'Status',
    ]);
    expect(preview.rows).toEqual([]);
    expect(app.problems).toEqual([]);
  });
});
