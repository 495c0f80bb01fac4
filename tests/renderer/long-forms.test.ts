// The long forms on the shared form model (issue 12 §1) in real Chromium from an empty database: Profil, Bimtek
// and Penutupan refuse at the field and in an error bar that names fields by label, a corrected field loses its
// message at once, Enter in a one-line field saves, Esc leaves an inline entry, a new entry starts at its first
// field, and the save bar stays in view on a long form.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seriousFindings } from './axe';
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
const toast = (text: string | RegExp) => page.getByText(text).first();
/** The Fluent field (label, control and message) around the text box with this name. */
const fieldOf = (name: string | RegExp, scope = main()) =>
  scope
    .locator('.fui-Field')
    .filter({ has: page.getByRole('textbox', { name, exact: typeof name === 'string' }) })
    .last();
const errorBar = (scope = main()) => scope.locator('.fui-MessageBar').first();
/** What holds the focus: its name attribute, else its label, else its text. */
const focused = () =>
  page.evaluate(() => {
    const el = document.activeElement as HTMLInputElement | null;
    if (!el || el === document.body) return 'body';
    return el.name || el.getAttribute('aria-label') || el.textContent?.trim() || el.tagName;
  });
const saveBarInView = async () => {
  const bar = await page.getByTestId('save-bar').first().boundingBox();
  return !!bar && bar.y >= 0 && bar.y + 20 <= 768;
};

describe('Profil', () => {
  it('refuses at the field with labels in the error bar, clears as corrected, saves on Enter and keeps the focus on Simpan', async () => {
    await openScreen(page, 'Profil Daerah & Kop Surat');
    await main()
      .getByRole('textbox', { name: /^Nama daerah/ })
      .waitFor();
    await page.keyboard.press('Control+s');
    await expect.poll(() => fieldOf(/^Nama daerah/).textContent()).toContain('wajib diisi');
    // The focus goes to the first field refused.
    await expect.poll(focused).toBe('name');
    const bar = errorBar();
    await expect.poll(() => bar.textContent()).toMatch(/Periksa isian yang ditandai \(4\)/);
    expect(await bar.textContent()).toContain('Nama daerah: wajib diisi');
    expect(await bar.textContent()).not.toMatch(/\b(name|regency|province):/);
    // The refused form passes axe as well (WCAG 2.1 AA: messages tied to their fields, alerts named).
    expect(await seriousFindings(page)).toEqual([]);
    await app.screenshot('profil-ditolak');

    await main()
      .getByRole('textbox', { name: /^Nama daerah/ })
      .fill('Simalungun');
    await expect.poll(() => fieldOf(/^Nama daerah/).textContent()).not.toContain('wajib diisi');
    await expect.poll(() => bar.textContent()).toMatch(/Periksa isian yang ditandai \(3\)/);
    await main()
      .getByRole('textbox', { name: /^Provinsi/ })
      .fill('Sumatera Utara');
    await main()
      .getByRole('textbox', { name: /^Ibu kota/ })
      .fill('Pematang Raya');
    await main()
      .getByRole('textbox', { name: /^Alamat/ })
      .fill('Jalan Asahan Km. 3');
    await main().getByRole('textbox', { name: 'Kode pos' }).fill('2116');
    await main().getByRole('textbox', { name: 'Kode pos' }).press('Enter');
    await expect.poll(() => fieldOf('Kode pos').textContent()).toContain('kode pos harus 5 digit');
    expect(await errorBar().textContent()).toContain('Kode pos: kode pos harus 5 digit');
    expect(app.db.services.profile.getRegency()).toBeNull();

    // Enter in a one-line field saves the form.
    await main().getByRole('textbox', { name: 'Kode pos' }).fill('21162');
    await main().getByRole('textbox', { name: 'Kode pos' }).press('Enter');
    await toast('Profil daerah tersimpan').waitFor();
    expect(app.db.services.profile.getRegency()?.postalCode).toBe('21162');
    expect(await main().locator('.fui-MessageBar').count()).toBe(0);

    // Simpan keeps the focus while and after saving.
    await main().getByRole('textbox', { name: 'Telepon' }).fill('(0622) 7551234');
    await page
      .getByTestId('save-bar')
      .getByRole('button', { name: /Simpan|Menyimpan/ })
      .click();
    await expect.poll(() => app.db.services.profile.getRegency()?.phone).toBe('(0622) 7551234');
    await expect.poll(focused).toMatch(/^Simpan/);
    expect(app.problems).toEqual([]);
  });

  it('keeps the kop lines a list of lines, focuses a new line, and names a bad margin by its label', async () => {
    await main().getByRole('button', { name: 'Ubah baris kop sendiri' }).click();
    const list = main().getByRole('list', { name: 'Baris kop' });
    await list.waitFor();
    await expect.poll(focused).toBe('Baris kop 1');
    // Every child of the list is a list item; the buttons that change the list stand outside it.
    const children = await list.evaluate((el) => [...el.children].map((c) => c.tagName.toLowerCase()));
    expect(children.length).toBeGreaterThan(1);
    expect(new Set(children)).toEqual(new Set(['li']));
    expect(await list.getByRole('button', { name: 'Tambah baris' }).count()).toBe(0);
    const before = children.length;
    await main().getByRole('button', { name: 'Tambah baris' }).click();
    await expect.poll(focused).toBe(`Baris kop ${before + 1}`);
    await page.keyboard.type('Website: simalungunkab.go.id');
    // A removed line hands the focus to the line now in its place.
    await main().getByRole('button', { name: 'Hapus baris kop 2' }).click();
    await expect.poll(focused).toBe('Baris kop 2');
    expect(await list.getByRole('listitem').count()).toBe(before);

    await main().getByRole('spinbutton', { name: 'Atas (mm)' }).fill('');
    await page.keyboard.press('Control+s');
    await expect.poll(() => errorBar().textContent()).toContain('Margin, atas: wajib diisi');
    await main().getByRole('spinbutton', { name: 'Atas (mm)' }).fill('25');
    await expect.poll(() => main().locator('.fui-MessageBar').count()).toBe(0);
    await page.keyboard.press('Control+s');
    await expect
      .poll(() => app.db.services.profile.getRegency()?.tataNaskah.letterheadLines.at(-1)?.text)
      .toBe('Website: simalungunkab.go.id');
    expect(app.db.services.profile.getRegency()?.tataNaskah.margins.topMm).toBe(25);
    // The long form's save bar is in view wherever the form is scrolled.
    await main()
      .getByRole('textbox', { name: /^Nama daerah/ })
      .scrollIntoViewIfNeeded();
    expect(await saveBarInView()).toBe(true);
    await app.screenshot('profil-formulir');
    expect(app.problems).toEqual([]);
  });
});

describe('Bimtek', () => {
  it('stage form: field errors by label that clear, daring needs its link, Enter saves, the save bar stays in view', async () => {
    await openScreen(page, 'Bimtek');
    const stage = main().getByRole('form', { name: 'Data tahap I' });
    await stage.getByRole('textbox', { name: 'Judul' }).fill('');
    await page.keyboard.press('Control+s');
    await expect.poll(() => fieldOf('Judul', stage).textContent()).toContain('wajib diisi');
    expect(await errorBar(stage).textContent()).toContain('Judul: wajib diisi');
    expect(await main().textContent()).not.toMatch(/\btitle:/);
    expect(await seriousFindings(page)).toEqual([]);
    await stage.getByRole('textbox', { name: 'Judul' }).fill('Bimbingan Teknis Tahap I');
    await expect.poll(() => fieldOf('Judul', stage).textContent()).not.toContain('wajib diisi');

    await stage.getByRole('combobox', { name: 'Bentuk kegiatan' }).click();
    await page.getByRole('option', { name: 'Hybrid' }).click();
    await stage.getByRole('textbox', { name: 'Nama tempat' }).fill('Balei Harungguan');
    await stage.getByRole('textbox', { name: 'Nama tempat' }).press('Enter');
    await expect.poll(() => fieldOf('Tautan rapat', stage).textContent()).toContain('memerlukan tautan rapat');
    await expect.poll(focused).toBe('meeting-link');
    expect(app.db.services.bimtek.stages.list()).toHaveLength(0);
    await page.keyboard.type('https://zoom.us/j/123');
    await expect.poll(() => fieldOf('Tautan rapat', stage).textContent()).not.toContain('memerlukan');

    const agenda = Array.from(
      { length: 40 },
      (_, i) => `${String(8 + Math.floor(i / 4)).padStart(2, '0')}.${String((i % 4) * 15).padStart(2, '0')} | Sesi ${i + 1}`,
    );
    await stage.getByRole('textbox', { name: /^Agenda/ }).fill(agenda.join('\n'));
    await stage.getByRole('textbox', { name: 'Nama tempat' }).press('Enter');
    await toast('Tahap I tersimpan').waitFor();
    const saved = app.db.services.bimtek.stages.list()[0]!;
    expect([saved.mode, saved.meetingLink, saved.venueName, saved.agenda.length]).toEqual([
      'hybrid',
      'https://zoom.us/j/123',
      'Balei Harungguan',
      40,
    ]);
    expect(saved.agenda[1]).toEqual({ time: '08.15', text: 'Sesi 2' });
    // With forty agenda lines the stage's save bar is still in view at its title.
    await stage.getByRole('textbox', { name: 'Judul' }).scrollIntoViewIfNeeded();
    const bar = await stage.getByTestId('save-bar').boundingBox();
    expect(bar!.y + bar!.height).toBeLessThanOrEqual(768 + 20);
    expect(bar!.y).toBeLessThan(768 - 30);
    await stage.getByRole('textbox', { name: 'Judul' }).focus();
    await app.screenshot('bimtek-formulir');
    // With nothing changed and the focus outside the forms, Ctrl+S saves the stage, not the empty new day.
    const saves: string[] = [];
    const listen = (r: { url: () => string }) => void (/\/api\/bimtek\.(stages|days)\.save/.test(r.url()) && saves.push(r.url()));
    page.on('request', listen);
    await main().getByRole('heading', { name: 'Bimtek', level: 1 }).focus();
    await page.keyboard.press('Control+s');
    await expect.poll(() => saves.length).toBe(1);
    page.off('request', listen);
    expect(saves[0]).toMatch(/bimtek\.stages\.save$/);
    const dayForm = main().getByRole('form', { name: 'Hari baru' });
    expect(await fieldOf('Tanggal', dayForm).textContent()).not.toContain('wajib diisi');
    expect(app.problems).toEqual([]);
  });

  it('day form: Enter adds the day, the date takes the focus again; a bad time is refused at its field; Esc empties it', async () => {
    const days = main().getByRole('form', { name: 'Hari baru' });
    const date = days.getByRole('textbox', { name: 'Tanggal' });
    await date.press('Enter');
    await expect.poll(() => fieldOf('Tanggal', days).textContent()).toContain('wajib diisi');
    await date.fill('06/09/2021');
    await expect.poll(() => fieldOf('Tanggal', days).textContent()).not.toContain('wajib diisi');
    await days.getByRole('textbox', { name: 'Selesai' }).fill('07.00');
    await days.getByRole('textbox', { name: 'Selesai' }).press('Enter');
    await expect.poll(() => fieldOf('Selesai', days).textContent()).toContain('jam selesai tidak boleh sebelum jam mulai');
    await days.getByRole('textbox', { name: 'Selesai' }).fill('16.00');
    await days.getByRole('textbox', { name: 'Selesai' }).press('Enter');
    await toast('Hari ditambahkan').waitFor();
    expect(app.db.services.bimtek.days.list().map((d) => [d.date, d.startTime, d.endTime])).toEqual([
      ['2021-09-06', '08.00', '16.00'],
    ]);
    await expect.poll(focused).toBe('day-date');
    expect(await date.inputValue()).toBe('');
    await main()
      .getByRole('list', { name: 'Hari tahap 1' })
      .getByText(/6 September 2021/)
      .waitFor();

    // Esc leaves a half-typed new facilitator: the form empties, nothing is added.
    const facilitator = main().getByRole('form', { name: 'Narasumber baru' });
    await facilitator.getByRole('radio', { name: 'Orang baru (non-ASN)' }).click();
    await facilitator.getByRole('textbox', { name: 'Nama narasumber' }).fill('Andi Wijaya');
    await facilitator.getByRole('button', { name: 'Tambah narasumber' }).click();
    await expect.poll(() => fieldOf('Instansi narasumber', facilitator).textContent()).toContain('tuliskan instansinya');
    await facilitator.getByRole('textbox', { name: 'Instansi narasumber' }).fill('Kementerian Kominfo');
    await expect.poll(() => fieldOf('Instansi narasumber', facilitator).textContent()).not.toContain('tuliskan');
    await facilitator.getByRole('textbox', { name: 'Instansi narasumber' }).press('Escape');
    await expect.poll(() => facilitator.getByRole('textbox', { name: 'Nama narasumber' }).inputValue()).toBe('');
    await facilitator.getByRole('textbox', { name: 'Nama narasumber' }).fill('Andi Wijaya');
    await facilitator.getByRole('textbox', { name: 'Instansi narasumber' }).fill('Kementerian Kominfo');
    await facilitator.getByRole('textbox', { name: 'Instansi narasumber' }).press('Enter');
    await toast('Narasumber ditambahkan').waitFor();
    expect(app.db.services.bimtek.facilitators.list().map((f) => f.role)).toEqual(['Narasumber']);
    expect(app.db.services.people.list().map((p) => [p.name, p.institution, p.asn])).toEqual([
      ['Andi Wijaya', 'Kementerian Kominfo', false],
    ]);
    expect(app.problems).toEqual([]);
  });
});

describe('Penutupan', () => {
  it('refuses a bad time and copies at their fields, drops blank paragraphs, saves on Enter, and keeps the focus on Simpan', async () => {
    await openScreen(page, 'Penutupan & Komitmen');
    const time = main().getByRole('textbox', { name: 'Jam selesai' });
    await time.fill('25.70');
    await main().getByRole('spinbutton', { name: 'Rangkap' }).fill('0');
    await page.keyboard.press('Control+s');
    await expect.poll(() => errorBar().textContent()).toMatch(/Periksa isian yang ditandai \(2\)/);
    expect(await errorBar().textContent()).toContain('Rangkap: minimal 1 rangkap');
    expect(await errorBar().textContent()).toMatch(/Jam selesai: /);
    expect(await errorBar().textContent()).not.toMatch(/closingTime|copies/);
    await expect.poll(focused).toBe('closing-time');
    expect(await seriousFindings(page)).toEqual([]);
    await app.screenshot('penutupan-ditolak');
    await time.fill('16.00');
    await expect.poll(() => errorBar().textContent()).toMatch(/Periksa isian yang ditandai \(1\)/);
    await main().getByRole('spinbutton', { name: 'Rangkap' }).fill('3');
    await expect.poll(() => main().locator('.fui-MessageBar').count()).toBe(0);

    // A new paragraph starts with the focus in it.
    await main().getByRole('button', { name: 'Tambah paragraf' }).click();
    await expect.poll(focused).toBe('Paragraf pokok 1');
    await main().getByRole('button', { name: 'Tambah paragraf' }).click();
    await expect.poll(focused).toBe('Paragraf pokok 2');
    await page.keyboard.type('Penutupan dihadiri seluruh OPD.');
    await main().getByRole('textbox', { name: 'Tempat acara' }).fill('Balei Harungguan');
    await main().getByRole('textbox', { name: 'Tempat acara' }).press('Enter');
    await toast('Penutupan dan penandatangan tersimpan').waitFor();
    const closure = app.db.services.closure.get()!;
    expect([closure.closingTime, closure.copies, closure.venue, closure.beritaAcaraPoints]).toEqual([
      '16.00',
      3,
      'Balei Harungguan',
      ['Penutupan dihadiri seluruh OPD.'],
    ]);
    await expect
      .poll(() =>
        main()
          .getByRole('textbox', { name: /^Paragraf pokok/ })
          .count(),
      )
      .toBe(1);

    await main().getByRole('textbox', { name: 'Tempat penandatanganan' }).fill('Pematang Raya');
    await page.getByTestId('save-bar').getByRole('button', { name: 'Simpan (Ctrl+S)' }).click();
    await expect.poll(() => app.db.services.closure.get()?.place).toBe('Pematang Raya');
    await expect.poll(focused).toBe('Simpan (Ctrl+S)');
    expect(await saveBarInView()).toBe(true);
    await app.screenshot('penutupan-formulir');
    expect(app.problems).toEqual([]);
  });
});
