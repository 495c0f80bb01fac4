// The closure's signatories at real sizes, in Chromium: one action adds every head of OPD and every camat in the
// regency's standard order (kind of unit, then the unit's display order; camat last), skipping whoever is listed;
// "Pindah ke nomor …" moves an entry; from 20 entries each is one compact line, and the demo's sixty-odd fit on a
// few screens; the save bar stays in view.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Position } from '../../shared/domain/organisation';
import { launchChromium, openScreen, type RunningApp, startApp } from './harness';

let browser: Browser;

beforeAll(async () => {
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
});

describe('bulk add and move', () => {
  let app: RunningApp;
  let page: Page;
  const main = () => page.getByRole('main');

  beforeAll(async () => {
    app = await startApp(browser);
    page = app.page;
    const s = app.db.services;
    const unit = (kind: string, name: string, sortOrder: number) =>
      s.units.save({ id: null, kind, name, shortName: null, parentId: null, sortOrder }).id;
    // Entered out of order on purpose: the standard order comes from the kind and display order, not the ids.
    const kecB = unit('kecamatan', 'Kecamatan Raya', 2);
    const kecA = unit('kecamatan', 'Kecamatan Purba', 1);
    const dinasB = unit('dinas', 'Dinas Pendidikan', 2);
    const dinasA = unit('dinas', 'Dinas Kesehatan', 1);
    const inspektorat = unit('inspektorat', 'Inspektorat', 1);
    const badan = unit('badan', 'Badan Perencanaan Pembangunan Daerah', 1);
    const person = (
      name: string,
      title: string,
      role: Position['role'],
      unitId: number | null,
      status: Position['status'] = 'definitif',
    ) => {
      const p = s.people.save({
        id: null,
        name,
        frontTitle: null,
        backTitle: null,
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
        personId: p.id,
        title,
        withRegion: false,
        unitId,
        role,
        status,
        startDate: null,
        endDate: null,
      });
      return p;
    };
    person('Camat Raya Orang', 'Camat Raya', 'camat', kecB);
    person('Camat Purba Orang', 'Camat Purba', 'camat', kecA);
    person('Kadis Pendidikan', 'Kepala Dinas Pendidikan', 'kepala_opd', dinasB);
    const kesehatan = person('Kadis Kesehatan', 'Kepala Dinas Kesehatan', 'kepala_opd', dinasA);
    // The head of Bappeda is also Plt. head of the Inspektorat: listed once, at the Inspektorat (it comes first).
    const bappeda = person('Kepala Bappeda', 'Kepala Badan Perencanaan Pembangunan Daerah', 'kepala_opd', badan);
    s.positions.save({
      id: null,
      personId: bappeda.id,
      title: 'Inspektur',
      withRegion: false,
      unitId: inspektorat,
      role: 'kepala_opd',
      status: 'plt',
      startDate: null,
      endDate: null,
    });
    person('Bukan Kepala', 'Kepala Bidang Anggaran', 'kepala_bidang', badan);
    // Someone already listed is skipped.
    const listed = s.positions.list().find((p) => p.personId === kesehatan.id)!;
    s.closure.save({
      signatories: [
        {
          id: null,
          personId: kesehatan.id,
          positionIds: [listed.id],
          kind: 'penandatangan',
          onBehalfOf: null,
          byOrderOf: null,
          sortOrder: 1,
        },
      ],
    });
  });

  afterAll(async () => {
    await app?.close();
  });

  const order = () =>
    main()
      .getByRole('list', { name: 'Urutan penandatangan' })
      .getByRole('listitem')
      .evaluateAll((items) => items.map((li) => li.querySelector('div > div')?.textContent ?? ''));

  it('adds all heads of OPD and all camat in the standard order, skipping the one listed', async () => {
    await openScreen(page, 'Penutupan & Komitmen');
    await main().getByRole('button', { name: 'Tambah semua kepala OPD dan camat' }).click();
    await page.getByText('4 kepala OPD dan camat ditambahkan; 1 sudah tercantum').first().waitFor();
    expect(await order()).toEqual([
      'Kadis Kesehatan',
      'Kepala Bappeda',
      'Kadis Pendidikan',
      'Camat Purba Orang',
      'Camat Raya Orang',
    ]);
    // The Plt. Inspektur is the position the head of Bappeda signs in: the Inspektorat comes before the dinas.
    expect(await main().getByLabel('Jabatan penandatangan 2', { exact: true }).textContent()).toBe('Plt. Inspektur');
    await main().getByRole('button', { name: 'Tambah semua kepala OPD dan camat' }).click();
    await page.getByText('Semua kepala OPD dan camat sudah tercantum').first().waitFor();
    expect(await main().getByRole('list', { name: 'Urutan penandatangan' }).getByRole('listitem').count()).toBe(5);
  });

  it('moves an entry with "Pindah ke nomor …" and saves the order with Ctrl+S', async () => {
    await main()
      .getByRole('button', { name: /^Pindah Camat Raya Orang \(nomor 5\) ke nomor/ })
      .click();
    const box = page.getByRole('spinbutton', { name: 'Pindah ke nomor' });
    await box.fill('2');
    await box.press('Enter');
    await expect
      .poll(order)
      .toEqual(['Kadis Kesehatan', 'Camat Raya Orang', 'Kepala Bappeda', 'Kadis Pendidikan', 'Camat Purba Orang']);
    await page.keyboard.press('Control+s');
    await page.getByText('Penutupan dan penandatangan tersimpan').first().waitFor();
    const people = app.db.services.people.list();
    expect(
      app.db.services.closure
        .get()!
        .signatories.sort((a, b) => a.sortOrder - b.sortOrder)
        .map((s) => people.find((p) => p.id === s.personId)?.name),
    ).toEqual(['Kadis Kesehatan', 'Camat Raya Orang', 'Kepala Bappeda', 'Kadis Pendidikan', 'Camat Purba Orang']);
    expect(app.problems).toEqual([]);
  });
});

describe('the demo closure with sixty-odd signatories', () => {
  let app: RunningApp;

  beforeAll(async () => {
    app = await startApp(browser, { demo: true });
  });

  afterAll(async () => {
    await app?.close();
  });

  it('shows one compact line per signatory, none over another, with the save bar in view', async () => {
    const page = app.page;
    await openScreen(page, 'Penutupan & Komitmen');
    const rows = page.getByRole('main').getByRole('list', { name: 'Urutan penandatangan' }).getByRole('listitem');
    await expect.poll(() => rows.count()).toBeGreaterThan(59);
    expect(await page.getByRole('switch', { name: /Tampilan ringkas/ }).isChecked()).toBe(true);
    const boxes = await rows.evaluateAll((items) =>
      items.map((li) => li.getBoundingClientRect()).map((b) => ({ top: b.top, height: b.height })),
    );
    for (const [i, box] of boxes.entries()) {
      expect(box.height).toBeLessThanOrEqual(36);
      if (i > 0) expect(box.top).toBeGreaterThanOrEqual(boxes[i - 1]!.top + boxes[i - 1]!.height - 0.5);
    }
    await rows.nth(30).scrollIntoViewIfNeeded();
    await app.screenshot('penutupan-ringkas');
    // The save bar stays at the bottom of the window while the list scrolls under it.
    const bar = await page.getByTestId('save-bar').boundingBox();
    expect(bar!.y + bar!.height).toBeLessThanOrEqual(768);
    expect(bar!.y).toBeGreaterThan(600);
    // Details open on demand, with the full controls and the focus in them; Esc closes them, the focus back on the row.
    const focused = () => page.evaluate(() => document.activeElement?.getAttribute('aria-label') ?? '');
    await page.getByRole('button', { name: 'Rincian penandatangan 3', exact: true }).click();
    await page.getByRole('textbox', { name: 'a.n. penandatangan 3', exact: true }).waitFor();
    await expect.poll(focused).toBe('Peran penandatangan 3');
    await page.keyboard.press('Escape');
    await page.getByRole('textbox', { name: 'a.n. penandatangan 3', exact: true }).waitFor({ state: 'detached' });
    await expect.poll(focused).toBe('Rincian penandatangan 3');
    await page.keyboard.press('Enter');
    await page.getByRole('button', { name: 'Ringkas penandatangan 3', exact: true }).click();
    await expect.poll(focused).toBe('Rincian penandatangan 3');
    expect(app.problems).toEqual([]);
  });
});
