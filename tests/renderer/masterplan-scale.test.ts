// The masterplan screen at real sizes and on every tab: 150 programmes stay a short virtualised table that the
// keyboard walks (End, Enter opens the last in the editor); the Kata Pengantar's date is typed as 19/11/2021 and
// saved; a statistic, a sasaran and an M&E indicator are entered; axe-core (WCAG 2.1 AA) finds nothing serious on
// any tab. Screenshots at 1366x768.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
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
  const mp = app.db.services.masterplan;
  const dimensions = mp.dimensions.list();
  const existing = mp.programmes.list().length;
  for (let i = existing; i < 150; i++) {
    const dimension = dimensions[i % dimensions.length]!;
    mp.programmes.save({
      id: null,
      code: `UJI-${String(i + 1).padStart(3, '0')}`,
      name: `Program uji ke-${i + 1} untuk daftar panjang`,
      dimensionId: dimension.id,
      horizon: 'menengah',
      startYear: 2023,
      endYear: 2025,
      fundings: [{ source: 'APBD', amount: 100_000_000 + i }],
      sortOrder: i + 1,
    });
  }
  await openScreen(page, 'Masterplan');
});

afterAll(async () => {
  await app?.close();
  await browser?.close();
});

const main = () => page.getByRole('main');
const tab = (name: string) => main().getByRole('tab', { name, exact: true }).click();
const mp = () => app.db.services.masterplan;

async function audit(): Promise<{ id: string; impact: string | null; nodes: string[] }[]> {
  if (!(await page.evaluate(() => 'axe' in window))) {
    await page.evaluate(readFileSync(join(__dirname, '..', '..', 'node_modules', 'axe-core', 'axe.min.js'), 'utf8'));
  }
  return page.evaluate(async () => {
    type Result = { violations: { id: string; impact: string | null; nodes: { target: string[] }[] }[] };
    const axe = (window as unknown as { axe: { run: (ctx: unknown, opts: unknown) => Promise<Result> } }).axe;
    const result = await axe.run(
      { exclude: [['[data-tabster-dummy]'], ['[data-is-focus-trap-zone-bumper]']] },
      { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] }, resultTypes: ['violations'] },
    );
    return result.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      nodes: v.nodes.slice(0, 5).map((n) => n.target.join(' ')),
    }));
  });
}

describe('the masterplan screen at real sizes', () => {
  it('keeps 150 programmes a short virtualised table that the keyboard walks', async () => {
    expect(mp().programmes.list().length).toBe(150);
    await tab('Program dan quick win');
    const table = main().getByRole('table', { name: 'Program smart city' });
    await table.getByRole('row').first().waitFor();
    await main().getByText('150 dari 150 program').waitFor();
    // Only the rows in view (and a few more) are drawn.
    expect(await table.getByRole('row').count()).toBeLessThan(40);
    // The table fits the screen: its bottom is inside the 768 px window.
    const box = (await table.boundingBox())!;
    expect(box.y + box.height).toBeLessThanOrEqual(768);
    // One Tab stop: the first row; End goes to the last programme and Enter opens it.
    await table.getByRole('row').first().focus();
    await page.keyboard.press('End');
    await expect.poll(() => page.evaluate(() => document.activeElement?.textContent ?? '')).toContain('UJI-150');
    await page.keyboard.press('Enter');
    await main().getByRole('heading', { name: 'Ubah program UJI-150' }).waitFor();
    expect(await table.locator('[role="row"][tabindex="0"]').count()).toBe(1);
    await app.screenshot('masterplan-150-program');

    // The search narrows the list to what matches.
    await main().getByRole('searchbox', { name: 'Cari program' }).fill('UJI-07');
    await main()
      .getByText(/^\s*10 dari 150 program/)
      .waitFor();
  });

  it('saves the Kata Pengantar date typed as 19/11/2021 and shows it in Indonesian', async () => {
    await tab('Rencana');
    const form = main().getByRole('form', { name: 'Rencana masterplan' });
    const date = form.getByRole('textbox', { name: 'Tanggal Kata Pengantar' });
    // The demo has a date already: it is replaced as a clerk would, select all and type.
    await date.click();
    await date.press('Control+a');
    await date.pressSequentially('19/11/2021');
    await form.getByLabel('Tempat penandatanganan').fill('Pematang Raya');
    await expect.poll(() => date.inputValue()).toBe('19 November 2021');
    await page.keyboard.press('Control+s');
    await expect.poll(() => mp().plan.get().prefaceDate).toBe('2021-11-19');
    expect(mp().plan.get().prefacePlace).toBe('Pematang Raya');
    await date.scrollIntoViewIfNeeded();
    await app.screenshot('masterplan-rencana-kata-pengantar');
  });

  it('enters a baseline statistic, a regulation to revise, an element gap changed in place (Esc leaves a change), a sasaran and an M&E indicator', async () => {
    await tab('Gambaran daerah');
    const stat = main().getByRole('form', { name: 'Formulir statistik baru' });
    await stat.getByLabel('Data').fill('Menara BTS aktif');
    await stat.getByLabel('Nilai').fill('412 menara');
    await stat.getByLabel('Tahun').fill('2021');
    await stat.getByLabel('Sumber').fill('BPS Kabupaten Simalungun 2022');
    await stat.press('Enter');
    await main().getByRole('table', { name: 'Statistik dasar daerah' }).getByText('412 menara').waitFor();
    expect(
      mp()
        .statistics.list()
        .find((x) => x.label === 'Menara BTS aktif'),
    ).toMatchObject({
      value: '412 menara',
      year: 2021,
      source: 'BPS Kabupaten Simalungun 2022',
    });
    await app.screenshot('masterplan-gambaran-daerah');

    await main()
      .getByRole('tab', { name: /^Kebijakan dan regulasi/ })
      .click();
    const regulation = main().getByRole('form', { name: 'Formulir regulasi baru' });
    await regulation.getByRole('combobox', { name: 'Jenis regulasi' }).click();
    await page.getByRole('option', { name: 'RTRW', exact: true }).click();
    await regulation.getByLabel(/^Judul/).fill('Rencana Tata Ruang Wilayah 2012–2032');
    await regulation.getByRole('combobox', { name: 'Status regulasi' }).click();
    await page.getByRole('option', { name: 'Perlu direvisi' }).click();
    await regulation.getByRole('button', { name: 'Tambah' }).click();
    await expect
      .poll(
        () =>
          mp()
            .regulations.list()
            .find((r) => r.title === 'Rencana Tata Ruang Wilayah 2012–2032')?.status,
      )
      .toBe('perlu_direvisi');

    // An element's gap is changed in place; Esc leaves a change unsaved.
    await tab('Kesiapan daerah');
    await main()
      .getByRole('tab', { name: /^Kesenjangan elemen/ })
      .click();
    const gaps = main().getByRole('table', { name: 'Analisis kesenjangan' });
    const first = mp().elementGaps.list()[0]!;
    const element = mp()
      .elements.list()
      .find((e) => e.id === first.elementId)!;
    await gaps.getByRole('button', { name: `Ubah kesenjangan elemen ${element.name}`, exact: true }).click();
    const gapForm = main().getByRole('form', { name: 'Formulir ubah kesenjangan elemen' });
    const target = gapForm.getByLabel(/^Kondisi yang diharapkan/);
    await expect.poll(() => target.inputValue()).toBe(first.target);
    await target.fill('Semua layanan perizinan terbit daring dalam tiga hari');
    await target.press('Escape');
    await main().getByRole('form', { name: 'Formulir kesenjangan elemen baru' }).waitFor();
    expect(mp().elementGaps.list()[0]!.target).toBe(first.target);
    await gaps.getByRole('button', { name: `Ubah kesenjangan elemen ${element.name}`, exact: true }).click();
    await target.fill('Semua layanan perizinan terbit daring dalam tiga hari');
    await gapForm.getByRole('button', { name: 'Simpan' }).click();
    await expect
      .poll(
        () =>
          mp()
            .elementGaps.list()
            .find((g) => g.id === first.id)?.target,
      )
      .toBe('Semua layanan perizinan terbit daring dalam tiga hari');
    await app.screenshot('masterplan-kesenjangan');

    await tab('Sasaran');
    const goals = mp().goals.list().length;
    const goal = main().getByRole('form', { name: 'Formulir sasaran baru' });
    await goal.getByRole('button', { name: 'Tambah' }).click();
    await expect
      .poll(() =>
        goal
          .locator('.fui-Field')
          .filter({ has: page.getByLabel(/^Indikator/) })
          .first()
          .textContent(),
      )
      .toContain('wajib diisi');
    await goal.getByLabel(/^Sasaran/).fill('Meningkatnya layanan publik berbasis elektronik');
    await goal.getByLabel(/^Indikator/).fill('Indeks SPBE');
    await goal.getByLabel('Baseline', { exact: true }).fill('1,9');
    await goal.getByLabel('Tahun baseline').fill('2021');
    await goal.getByLabel(/^Target/).fill('3,5');
    await goal.getByLabel('Tahun target').fill('2031');
    await goal.getByRole('button', { name: 'Tambah' }).click();
    await expect.poll(() => mp().goals.list().length).toBe(goals + 1);
    expect(
      mp()
        .goals.list()
        .find((g) => g.indicator === 'Indeks SPBE' && g.targetYear === 2031),
    ).toMatchObject({ indicator: 'Indeks SPBE', baseline: '1,9', target: '3,5', targetYear: 2031 });
    await main().getByRole('table', { name: 'Sasaran' }).getByText('Indeks SPBE').waitFor();
    await app.screenshot('masterplan-sasaran');

    await tab('Monev');
    const indicators = mp().monitoring.list().length;
    const me = main().getByRole('form', { name: 'Formulir indikator monev baru' });
    await me.getByLabel(/^Indikator/).fill('Persentase OPD memakai naskah dinas elektronik');
    await me.getByLabel('Target', { exact: true }).fill('100%');
    await me.getByRole('button', { name: 'Tambah' }).click();
    await expect.poll(() => mp().monitoring.list().length).toBe(indicators + 1);
    expect(
      mp()
        .monitoring.list()
        .find((m) => m.indicator.startsWith('Persentase OPD memakai')),
    ).toMatchObject({
      kind: 'output',
      target: '100%',
    });
    await app.screenshot('masterplan-monev');
  });

  it.each([
    'Bab dan subbab',
    'Rencana',
    'Gambaran daerah',
    'Kesiapan daerah',
    'Dimensi dan elemen',
    'SWOT per dimensi dan strategi',
    'Sasaran',
    'Program dan quick win',
    'Monev',
    'Kelengkapan buku',
  ])('the %s tab has no serious or critical WCAG 2.1 AA finding', async (name) => {
    await tab(name);
    if (name === 'Program dan quick win') {
      // With a quick win open: the editor and the profile form are audited too.
      await main().getByRole('searchbox', { name: 'Cari program' }).fill('GOV-01');
      await main().getByRole('table', { name: 'Program smart city' }).getByRole('row').first().click();
      await main().getByRole('form', { name: 'Profil quick win' }).waitFor();
    }
    await page.waitForLoadState('networkidle');
    await page.waitForTimeout(200);
    const findings = (await audit()).filter((f) => f.impact === 'serious' || f.impact === 'critical');
    if (findings.length) console.log(name, JSON.stringify(findings, null, 1));
    expect(findings).toEqual([]);
    expect(await page.locator('main form:not([novalidate])').count()).toBe(0);
  });

  it('ends without a console error', () => {
    expect(app.problems).toEqual([]);
  });
});
