// A new user's path from an empty database, in real Chromium against the real services: profile with a logo,
// OPDs and people (a bad NIP is refused at the field), an .xlsx import, the closure's signatories, the commitment
// sheet previewed and saved as PDF, the paper switched to F4, and a backup made and restored.
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makePng } from '../helpers/sample-models';
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
const toast = (text: string | RegExp) => page.getByRole('status').getByText(text).or(page.getByText(text)).first();

async function choose(dropdownLabel: string, option: string | RegExp): Promise<void> {
  await main().getByRole('combobox', { name: dropdownLabel }).click();
  await page.getByRole('option', { name: option }).first().click();
}

describe('a new user from an empty database', () => {
  it('fills the regency profile with a logo and sees it in the kop preview', async () => {
    await openScreen(page, 'Profil Daerah & Kop Surat');
    await main().getByLabel('Nama daerah').fill('Simalungun');
    await main().getByLabel('Provinsi').fill('Sumatera Utara');
    await main().getByLabel('Ibu kota').fill('Pematang Raya');
    await main().getByLabel('Alamat').fill('Jalan Asahan Km. 3, Pematang Raya');
    const logo = join(app.db.dir, 'logo.png');
    writeFileSync(
      logo,
      makePng(120, 140, (x, y) => [20 + (x % 200), 90, 150 + (y % 100)]),
    );
    await main().getByLabel('Unggah logo…').setInputFiles(logo);
    await main().getByRole('img', { name: 'Logo daerah' }).waitFor();
    await main().getByLabel('Tahun program').fill('2021');
    await page.keyboard.press('Control+s');
    await toast('Profil daerah tersimpan').waitFor();
    const regency = app.db.services.profile.getRegency();
    expect(regency?.name).toBe('Simalungun');
    expect(regency?.logo?.mime).toBe('image/png');
    expect(Buffer.from(regency!.logo!.base64, 'base64').equals(readFileSync(logo))).toBe(true);
    await expect.poll(() => main().getByLabel('Pratinjau kop surat').textContent()).toContain('PEMERINTAH KABUPATEN SIMALUNGUN');
  });

  it('adds an OPD', async () => {
    await openScreen(page, 'OPD & Kecamatan');
    await choose('Jenis unit', 'Dinas');
    await main()
      .getByRole('textbox', { name: /^Nama( \*)?$/ })
      .fill('Dinas Komunikasi dan Informatika');
    await main().getByLabel('Nama singkat').fill('Diskominfo');
    await main().getByRole('button', { name: 'Tambah' }).click();
    await main().getByRole('cell', { name: 'Diskominfo' }).waitFor();
    expect(app.db.services.units.list().map((u) => u.shortName)).toEqual(['Diskominfo']);
  });

  it('refuses an invalid NIP at its field and saves nothing, then saves the corrected person with a position', async () => {
    await openScreen(page, 'Pejabat');
    await main().getByRole('button', { name: 'Tambah pejabat' }).click();
    await main()
      .getByRole('textbox', { name: /^Nama( \*)?$/ })
      .fill('Hendra Saragih');
    await main().getByLabel('NIP').fill('19751301 200003 1 002');
    await main().getByRole('button', { name: 'Simpan pejabat' }).click();
    const nipField = main()
      .locator('.fui-Field')
      .filter({ has: page.getByLabel('NIP') });
    await expect.poll(() => nipField.textContent()).toMatch(/tanggal lahir|bulan/i);
    expect(app.db.services.people.list()).toHaveLength(0);

    await main().getByLabel('NIP').fill('19750812 200003 1 002');
    await main().getByRole('button', { name: 'Simpan pejabat' }).click();
    await toast('Hendra Saragih tersimpan').waitFor();
    expect(app.db.services.people.list().map((p) => p.nip)).toEqual(['197508122000031002']);

    await main().getByRole('button', { name: 'Tambah jabatan' }).click();
    await main()
      .getByRole('textbox', { name: /^Jabatan( \*)?$/ })
      .fill('Kepala Dinas Komunikasi dan Informatika');
    await choose('Unit jabatan', 'Dinas Komunikasi dan Informatika');
    await main().getByRole('button', { name: 'Simpan jabatan' }).click();
    await toast('Jabatan tersimpan').waitFor();
    expect(app.db.services.positions.list().map((p) => p.title)).toEqual(['Kepala Dinas Komunikasi dan Informatika']);
  });

  it('imports people from an .xlsx file after a preview by row', async () => {
    const file = join(app.db.dir, 'pejabat.xlsx');
    const header = [
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
    ];
    const rows = [
      ['Rosdiana Sitorus', null, 'S.H.', '19690307 199503 2 002', null, 'IV/b', null, 'Camat Raya', null, 'Definitif'],
      ['Januarti Simarmata', null, 'S.Hut.', '19710105 199803 2 001', null, 'IV/a', null, 'Camat Purba', null, 'Definitif'],
    ];
    writeFileSync(file, Buffer.from(await xlsxBase64([header, ...rows]), 'base64'));
    await openScreen(page, 'Pengaturan');
    await main().getByLabel('Pilih berkas impor pejabat…').setInputFiles(file);
    await main().getByText('2 baris baik').waitFor();
    await main().getByRole('button', { name: 'Impor 2 pejabat' }).click();
    await expect.poll(() => app.db.services.people.list().length).toBe(3);
    // The import button goes with its preview; the focus returns to the file picker, not to the page.
    await expect.poll(() => page.evaluate(() => document.activeElement?.textContent ?? '')).toBe('Pilih berkas impor pejabat…');
    expect(app.db.services.positions.list().map((p) => p.title)).toContain('Camat Raya');
  });

  it('sets the closure and its signatories', async () => {
    await openScreen(page, 'Penutupan & Komitmen');
    await main().getByLabel('Tanggal penutupan').fill('2021-11-19');
    await main().getByLabel('Tempat acara').fill('Balei Harungguan Djabanten Damanik');
    for (const name of ['Hendra Saragih', 'Rosdiana Sitorus', 'Januarti Simarmata']) {
      const box = main().getByRole('combobox', { name: 'Tambah penandatangan' });
      await box.click();
      await box.pressSequentially(name.split(' ')[0]!);
      await page
        .getByRole('option', { name: new RegExp(name.split(' ')[0]!) })
        .first()
        .click();
    }
    const order = main().getByRole('list', { name: 'Urutan penandatangan' }).getByRole('listitem');
    await expect.poll(() => order.count()).toBe(3);
    // The head of the office signs first: dragged from the last place to the top.
    // Dragged by its grip at the left edge of the row, as a user would.
    await order
      .filter({ hasText: 'Januarti Simarmata' })
      .dragTo(order.filter({ hasText: 'Hendra Saragih' }), { sourcePosition: { x: 12, y: 16 }, targetPosition: { x: 12, y: 8 } });
    await expect.poll(async () => (await order.first().textContent()) ?? '').toContain('Januarti Simarmata');
    // The third signs for the Bupati through the Sekda (a.n. … u.b. …).
    await main().getByRole('textbox', { name: 'a.n. penandatangan 3' }).fill('Bupati Simalungun');
    await main().getByRole('textbox', { name: 'u.b. penandatangan 3' }).fill('Sekretaris Daerah');
    await page.keyboard.press('Control+s');
    await expect.poll(() => app.db.services.closure.get()?.signatories.length ?? 0).toBe(3);
    const people = app.db.services.people.list();
    const positions = app.db.services.positions.list();
    const nameOf = (personId: number) => people.find((p) => p.id === personId)?.name;
    const signatories = app.db.services.closure.get()!.signatories;
    // Each signs in the one position picked, and that position is their own.
    for (const s of signatories) {
      expect(s.positionIds).toHaveLength(1);
      expect(positions.find((p) => p.id === s.positionIds[0])?.personId).toBe(s.personId);
    }
    expect(signatories.map((s) => nameOf(s.personId))).toEqual(['Januarti Simarmata', 'Hendra Saragih', 'Rosdiana Sitorus']);
    const third = app.db.services.closure.get()!.signatories[2]!;
    expect([third.onBehalfOf, third.byOrderOf]).toEqual(['Bupati Simalungun', 'Sekretaris Daerah']);
  });

  it('previews the commitment sheet, saves it as PDF, and sees the preview change to F4', async () => {
    await openScreen(page, 'Dokumen');
    await choose('Jenis dokumen', 'Lembar Komitmen Bersama (tabel)');
    const info = main().getByTestId('preview-info');
    await expect.poll(() => info.textContent(), { timeout: 20_000 }).toMatch(/\d+ halaman, kertas 210 × 297 mm/);
    await main().getByRole('button', { name: 'Simpan PDF' }).click();
    await toast(/Tersimpan: /).waitFor();
    const saved = readdirSync(app.downloads).filter((f) => f.endsWith('.pdf'));
    expect(saved).toHaveLength(1);
    const pdf = join(app.downloads, saved[0]!);
    expect(readFileSync(pdf).subarray(0, 5).toString()).toBe('%PDF-');
    const text = execFileSync('pdftotext', [pdf, '-'], { encoding: 'utf8' });
    for (const name of ['Hendra Saragih', 'Rosdiana Sitorus', 'Januarti Simarmata']) expect(text).toContain(name);
    expect(text).toContain('NIP. 19750812 200003 1 002');

    await choose('Kertas', 'F4 215 × 330 mm');
    await expect.poll(() => info.textContent(), { timeout: 20_000 }).toMatch(/kertas 215 × 330 mm/);
    await main().getByRole('table', { name: 'Register dokumen' }).getByText(saved[0]!).waitFor();
  });

  it('makes a backup, and restoring it brings back the data as it was', async () => {
    await openScreen(page, 'Pengaturan');
    await main()
      .getByText(/Belum pernah disalin ke folder lain atau flashdisk/)
      .waitFor();
    await main().getByRole('button', { name: 'Salin ke folder atau flashdisk…' }).click();
    await toast(/Cadangan tersimpan/).waitFor();
    await main()
      .getByText(/Salinan terakhir ke folder lain atau flashdisk: hari ini pukul/)
      .waitFor();
    const backup = readdirSync(app.downloads).find((f) => f.endsWith('.db'));
    expect(backup).toBeDefined();

    app.db.services.units.save({ kind: 'badan', name: 'Badan Setelah Cadangan', shortName: null, order: 2 });
    expect(app.db.services.units.list()).toHaveLength(2);

    await main().getByLabel('Pulihkan dari cadangan…').setInputFiles(join(app.downloads, backup!));
    const dialog = page.getByRole('dialog');
    await dialog.waitFor();
    expect(await dialog.textContent()).toMatch(/Sekarang.*2 unit.*Cadangan.*1 unit/s);
    await dialog.getByRole('button', { name: 'Ganti dengan cadangan' }).click();
    await toast('Data dipulihkan dari cadangan').waitFor();
    await dialog.waitFor({ state: 'hidden' });
    expect(app.db.services.units.list().map((u) => u.name)).toEqual(['Dinas Komunikasi dan Informatika']);
    expect(app.db.services.people.list()).toHaveLength(3);
    expect(app.problems).toEqual([]);
    await app.screenshot('pengaturan-setelah-pulih');
  });
});
