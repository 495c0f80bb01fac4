// The clerk's day (issue 12) in real Chromium: every form behaves alike (errors at the field that clear as the
// field is corrected, Ctrl+S saves the form on screen, Enter submits a one-line form, Esc leaves an inline edit,
// a new form starts at its first field, error bars name fields by their label), and the Pejabat list holds 150
// officials without rows overlapping, is one Tab stop with arrow keys, and finds "plt".
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
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
const fieldOf = (name: string | RegExp) =>
  main()
    .locator('.fui-Field')
    .filter({ has: page.getByRole('textbox', { name, exact: typeof name === 'string' }) })
    .last();
/** The name attribute of the focused element, to see where the focus went. */
const focusedName = () => page.evaluate(() => (document.activeElement as HTMLInputElement | null)?.name ?? '');

describe('one form model', () => {
  it('OPD: empty-state line, an error at the field that clears as it is typed, Enter and Ctrl+S save, Esc leaves an edit', async () => {
    await openScreen(page, 'OPD & Kecamatan');
    await main().getByText('Belum ada OPD atau kecamatan').waitFor();
    const name = main().getByRole('textbox', { name: /^Nama( \*)?$/ });
    await name.focus();
    await page.keyboard.press('Control+s');
    await expect.poll(() => fieldOf(/^Nama( \*)?$/).textContent()).toContain('wajib diisi');
    // No browser bubble ("Please fill out this field."): the form validates itself.
    expect(await main().locator('form[novalidate]').count()).toBeGreaterThan(0);
    await name.pressSequentially('D');
    await expect.poll(() => fieldOf(/^Nama( \*)?$/).textContent()).not.toContain('wajib diisi');
    await name.fill('Dinas Kesehatan');
    await name.press('Enter');
    await main().getByRole('cell', { name: 'Dinas Kesehatan', exact: true }).waitFor();
    // The form is empty again, ready for the next unit, with the focus in its name.
    expect(await name.inputValue()).toBe('');
    await expect.poll(focusedName).toBe('unit-name');
    await name.fill('Dinas Pendidikan');
    await page.keyboard.press('Control+s');
    await main().getByRole('cell', { name: 'Dinas Pendidikan', exact: true }).waitFor();
    expect(app.db.services.units.list().map((u) => u.name)).toEqual(['Dinas Kesehatan', 'Dinas Pendidikan']);

    // Row buttons say which row they act on.
    await main().getByRole('button', { name: 'Ubah Dinas Kesehatan' }).click();
    await expect.poll(() => name.inputValue()).toBe('Dinas Kesehatan');
    await expect.poll(focusedName).toBe('unit-name');
    await name.fill('Dinas Kesehatan (diubah)');
    await page.keyboard.press('Escape');
    await expect.poll(() => name.inputValue()).toBe('');
    expect(await main().getByRole('button', { name: 'Tambah' }).count()).toBe(1);
    await main().getByRole('button', { name: 'Ubah Dinas Kesehatan' }).click();
    await main().getByLabel('Nama singkat').fill('Dinkes');
    await page.keyboard.press('Control+s');
    await main().getByRole('cell', { name: 'Dinkes', exact: true }).waitFor();
    expect(app.db.services.units.list().find((u) => u.name === 'Dinas Kesehatan')?.shortName).toBe('Dinkes');
    expect(app.problems).toEqual([]);
    await app.screenshot('opd-formulir');
  });

  it('Pejabat: a new person starts at Nama, takes positions before it is saved, and Ctrl+S saves both', async () => {
    await openScreen(page, 'Pejabat');
    await main().getByRole('button', { name: 'Tambah pejabat' }).click();
    await expect.poll(focusedName).toBe('person-name');
    await page.keyboard.press('Control+s');
    await expect.poll(() => fieldOf(/^Nama( \*)?$/).textContent()).toContain('wajib diisi');
    await page.keyboard.type('Lisbet Purba');
    await expect.poll(() => fieldOf(/^Nama( \*)?$/).textContent()).not.toContain('wajib diisi');
    await main().getByLabel('NIP').fill('19720405 199803 2 003');

    await main().getByRole('button', { name: 'Tambah jabatan' }).click();
    await expect.poll(focusedName).toBe('position-title');
    await page.keyboard.type('Kepala Dinas Kesehatan');
    await page.keyboard.press('Enter');
    await main().getByRole('list', { name: 'Jabatan yang dipegang' }).getByText('Kepala Dinas Kesehatan').waitFor();
    // A second position, then Esc: the form closes and nothing is added.
    await main().getByRole('button', { name: 'Tambah jabatan' }).click();
    await page.keyboard.type('Plh. Sekretaris Daerah');
    await page.keyboard.press('Escape');
    await main().getByRole('form', { name: 'Formulir jabatan' }).waitFor({ state: 'detached' });
    expect(await main().getByRole('list', { name: 'Jabatan yang dipegang' }).getByRole('listitem').count()).toBe(1);
    expect(app.db.services.people.list()).toHaveLength(0);

    await main().getByLabel('NIP').focus();
    await page.keyboard.press('Control+s');
    await toast('Lisbet Purba tersimpan').waitFor();
    const person = app.db.services.people.list().find((p) => p.name === 'Lisbet Purba')!;
    expect(person.gender).toBe('P');
    expect(app.db.services.positions.list().map((p) => [p.personId, p.title])).toEqual([[person.id, 'Kepala Dinas Kesehatan']]);
    await main().getByRole('button', { name: 'Ubah jabatan Kepala Dinas Kesehatan' }).waitFor();
    expect(app.problems).toEqual([]);
  });

  it('Dewan & Tim: Ctrl+S saves the card holding the focus; an empty name is refused at the field, named by its label', async () => {
    await openScreen(page, 'Dewan & Tim Pelaksana');
    const tim = main().getByRole('form', { name: 'SK Tim Pelaksana Smart City' });
    await tim.getByLabel('Nomor SK').fill('188.45/77/2021');
    await page.keyboard.press('Control+s');
    await toast('Tim Pelaksana Smart City tersimpan').waitFor();
    const teams = app.db.services.teams.list();
    expect(teams.map((t) => [t.kind, t.skNumber])).toEqual([['tim_pelaksana', '188.45/77/2021']]);

    await tim.getByLabel(/^Nama tim/).fill('');
    await page.keyboard.press('Control+s');
    await expect
      .poll(() => tim.locator('.fui-Field').filter({ has: page.getByRole('textbox', { name: /^Nama tim/ }) }).textContent())
      .toContain('wajib diisi');
    expect(app.db.services.teams.list()[0]!.name).toBe('Tim Pelaksana Smart City');
    expect(await main().textContent()).not.toMatch(/\bname:/);
    await tim.getByLabel(/^Nama tim/).fill('Tim Pelaksana Smart City Kabupaten');
    await tim.getByRole('button', { name: 'Simpan tim' }).click();
    await toast('Tim Pelaksana Smart City Kabupaten tersimpan').waitFor();

    // The member form opens at its first field and closes with Esc.
    const card = main().locator('.fui-Card').filter({ has: page.getByRole('form', { name: 'SK Tim Pelaksana Smart City' }) });
    await card.getByRole('button', { name: 'Tambah anggota' }).click();
    await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe('Anggota baru');
    await page.keyboard.press('Escape');
    await card.getByRole('button', { name: 'Tambah anggota' }).waitFor();
    expect(app.problems).toEqual([]);
  });
});

describe('the long forms', () => {
  it('Profil: a refused field loses its message as soon as it is corrected, and the save bar stays in view', async () => {
    await openScreen(page, 'Profil Daerah & Kop Surat');
    await main().getByRole('textbox', { name: /^Nama daerah/ }).waitFor();
    await page.keyboard.press('Control+s');
    const field = fieldOf(/^Nama daerah/);
    await expect.poll(() => field.textContent()).toContain('wajib diisi');
    await main().getByRole('textbox', { name: /^Nama daerah/ }).fill('Simalungun');
    await expect.poll(() => field.textContent()).not.toContain('wajib diisi');
    expect(app.db.services.profile.getRegency()).toBeNull();
    const bar = await page.getByTestId('save-bar').boundingBox();
    expect(bar!.y + bar!.height).toBeLessThanOrEqual(768);
    expect(bar!.y).toBeGreaterThan(650);
    // Nothing saved: leaving asks, and the clerk throws the changes away.
    await page.getByRole('navigation').getByText('Beranda', { exact: true }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Buang perubahan' }).click();
    await main().getByRole('heading', { name: /Smart City/ }).waitFor();
    expect(app.problems).toEqual([]);
  });
});

describe('dates in Indonesian, whatever the browser locale', () => {
  it('takes 19/11/2021, shows "19 November 2021", refuses 31/02/2021 at the field, and picks from an Indonesian calendar', async () => {
    await openScreen(page, 'Dewan & Tim Pelaksana');
    const dewan = main().getByRole('form', { name: 'SK Dewan Smart City' });
    const date = dewan.getByRole('textbox', { name: 'Tanggal SK' });
    await date.fill('31/02/2021');
    await expect
      .poll(() => dewan.locator('.fui-Field').filter({ has: page.getByRole('textbox', { name: 'Tanggal SK' }) }).textContent())
      .toContain('tanggal tidak dikenali');
    await date.fill('19/11/2021');
    await dewan.getByLabel('Nomor SK').focus();
    await expect.poll(() => date.inputValue()).toBe('19 November 2021');
    await page.keyboard.press('Control+s');
    await toast('Dewan Smart City tersimpan').waitFor();
    expect(app.db.services.teams.list().find((t) => t.kind === 'dewan')?.skDate).toBe('2021-11-19');

    // While edited the date reads as dd/mm/yyyy; the calendar speaks Indonesian and starts on Monday.
    await date.focus();
    expect(await date.inputValue()).toBe('19/11/2021');
    await dewan.getByRole('button', { name: 'Pilih dari kalender' }).click();
    const calendar = page.getByRole('dialog', { name: 'Kalender Tanggal SK' });
    await calendar.waitFor();
    expect(await calendar.textContent()).toMatch(/November 2021/);
    expect(await calendar.textContent()).toMatch(/Sen.*Sel.*Rab.*Kam.*Jum.*Sab.*Min/);
    expect(await calendar.textContent()).not.toMatch(/November 19/);
    await app.screenshot('tanggal-kalender');
    await calendar.getByRole('button', { name: /^20, November, 2021|^20 November 2021|^20$/ }).first().click();
    // The focus is back in the field, which reads the chosen date.
    await expect.poll(() => date.inputValue()).toBe('20/11/2021');
    await dewan.getByLabel('Nomor SK').focus();
    await expect.poll(() => date.inputValue()).toBe('20 November 2021');
    await page.keyboard.press('Control+s');
    await expect.poll(() => app.db.services.teams.list().find((t) => t.kind === 'dewan')?.skDate).toBe('2021-11-20');
    expect(app.problems).toEqual([]);
  });
});

describe('Pejabat with 150 officials', () => {
  beforeAll(async () => {
    const s = app.db.services;
    for (let i = 1; i <= 150; i++) {
      const person = s.people.save({
        id: null,
        name: `Pejabat Uji ${String(i).padStart(3, '0')}`,
        frontTitle: i % 3 === 0 ? 'Drs.' : null,
        backTitle: i % 2 === 0 ? 'S.Sos., M.Si.' : null,
        nip: null,
        niPppk: null,
        pangkat: null,
        phone: null,
        asn: true,
        institution: null,
        gender: null,
        eselon: null,
        isDemo: false,
      });
      s.positions.save({
        id: null,
        personId: person.id,
        // Every tenth official also acts in a second office; some jabatan are long enough to wrap.
        title: i % 7 === 0 ? 'Kepala Dinas Pemberdayaan Perempuan, Perlindungan Anak, Pengendalian Penduduk dan Keluarga Berencana' : `Kepala Bidang ${i}`,
        withRegion: false,
        unitId: null,
        role: 'lainnya',
        status: 'definitif',
        startDate: null,
        endDate: null,
      });
      if (i % 10 === 0) {
        s.positions.save({
          id: null,
          personId: person.id,
          title: `Kepala Dinas Urusan ${i}`,
          withRegion: false,
          unitId: null,
          role: 'kepala_opd',
          status: 'plt',
          startDate: null,
          endDate: null,
        });
      }
    }
  });

  /** The boxes of the rows drawn now, in order. */
  const rowBoxes = () =>
    main()
      .getByRole('list', { name: 'Daftar pejabat' })
      .getByRole('listitem')
      .evaluateAll((rows) =>
        rows
          .map((r) => {
            const box = r.getBoundingClientRect();
            return { top: box.top, bottom: box.bottom, index: Number(r.getAttribute('data-index')) };
          })
          .sort((a, b) => a.index - b.index),
      );

  it('draws no row over another, at the top and after scrolling', async () => {
    await openScreen(page, 'Pejabat');
    await main().getByText(/^15[12] orang$/).waitFor();
    const check = async () => {
      const boxes = await rowBoxes();
      expect(boxes.length).toBeGreaterThan(5);
      for (let i = 1; i < boxes.length; i++) {
        // The row holding the Tab stop stays drawn wherever the list is scrolled; only neighbours are compared.
        if (boxes[i]!.index !== boxes[i - 1]!.index + 1) continue;
        // Each row starts where the one before it ends (a pixel of rounding at most), never inside it.
        expect(boxes[i]!.top).toBeGreaterThanOrEqual(boxes[i - 1]!.bottom - 0.5);
        expect(boxes[i]!.top - boxes[i - 1]!.bottom).toBeLessThan(1);
      }
    };
    await expect.poll(async () => (await rowBoxes()).length).toBeGreaterThan(5);
    await check();
    await main().getByRole('list', { name: 'Daftar pejabat' }).evaluate((el) => (el.scrollTop = el.scrollHeight / 2));
    await page.waitForTimeout(150);
    await check();
    await app.screenshot('pejabat-150');
  });

  it('is one Tab stop: the arrows move, Enter opens the person, and the open one is marked current', async () => {
    const list = main().getByRole('list', { name: 'Daftar pejabat' });
    await list.evaluate((el) => (el.scrollTop = 0));
    expect(await list.locator('[role="listitem"][tabindex="0"]').count()).toBe(1);
    await main().getByRole('searchbox', { name: 'Cari pejabat' }).focus();
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('role'))).toBe('listitem');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    const current = list.locator('[aria-current="true"]');
    await expect.poll(() => current.getAttribute('data-index')).toBe('2');
    const name = (await current.locator('div').first().textContent())!.replace(/^Drs\. /, '').replace(/,.*$/, '');
    await expect.poll(() => main().getByRole('textbox', { name: /^Nama( \*)?$/ }).inputValue()).toBe(name);
    await page.keyboard.press('End');
    await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('data-index'))).toMatch(/^1[45][0-9]$/);
  });

  it('finds "plt" and "plt kepala dinas urusan 130"; a filter hiding the open person says so and keeps its positions', async () => {
    const search = main().getByRole('searchbox', { name: 'Cari pejabat' });
    await search.fill('plt');
    await main().getByText(/^15 orang$/).waitFor();
    await search.fill('plt kepala dinas urusan 130');
    await main().getByText(/^1 orang$/).waitFor();
    await main().getByRole('list', { name: 'Daftar pejabat' }).getByText(/Pejabat Uji 130/).click();
    const held = main().getByRole('list', { name: 'Jabatan yang dipegang' });
    await held.getByText('Plt. Kepala Dinas Urusan 130').waitFor();
    await search.fill('Pejabat Uji 131');
    await main().getByText(/tidak tampak di daftar karena pencarian atau saringan/).waitFor();
    expect(await held.textContent()).toContain('Plt. Kepala Dinas Urusan 130');
    expect(await held.textContent()).toContain('Kepala Bidang 130');
    await search.fill('');
    expect(app.problems).toEqual([]);
  });
});

describe('Beranda leads to the fix', () => {
  it('opens the very stage that lacks its dates, and does not call the closure done while no stage has dates', async () => {
    app.db.services.closure.save({
      // A closure not yet entered takes the schema's defaults for everything else.
      ...(app.db.services.closure.get() ?? {}),
      date: '2021-11-19',
    });
    await openScreen(page, 'Beranda');
    const timeline = main().getByRole('region', { name: 'Tahapan Bimtek' });
    expect(await timeline.getByLabel('Penutupan', { exact: true }).textContent()).toContain('Belum dijadwalkan');
    await main().getByRole('button', { name: 'Bimtek tahap 3 belum diisi' }).click();
    await main().getByRole('tab', { name: 'Tahap III' }).waitFor();
    expect(await main().getByRole('tab', { name: 'Tahap III' }).getAttribute('aria-selected')).toBe('true');
    await main().getByRole('button', { name: 'Simpan tahap' }).waitFor();
    await app.screenshot('beranda-ke-tahap');
    expect(app.problems).toEqual([]);
  });
});
