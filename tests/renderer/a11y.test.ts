// Keyboard and screen readers in Chromium on the demo programme: axe-core (WCAG 2.1 A and AA rules) on every main
// screen finds nothing serious or critical; Fluent's tabster helpers (invisible focus guards) are left out, as the
// issue agreed. A new screen puts the focus on its heading; a dialog gives the focus back to what opened it.
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
});

afterAll(async () => {
  await app?.close();
  await browser?.close();
});

const SCREENS = [
  'Beranda',
  'Profil Daerah & Kop Surat',
  'OPD & Kecamatan',
  'Pejabat',
  'Dewan & Tim Pelaksana',
  'Bimtek',
  'Penutupan & Komitmen',
  'Masterplan',
  'Dokumen',
  'Templat Naskah',
  'Pengaturan',
];

interface Finding {
  id: string;
  impact: string | null;
  help: string;
  nodes: string[];
}

async function audit(): Promise<Finding[]> {
  if (!(await page.evaluate(() => 'axe' in window))) {
    // Evaluated through the DevTools protocol: the page's CSP (script-src 'self') rightly refuses an injected tag.
    await page.evaluate(readFileSync(join(__dirname, '..', '..', 'node_modules', 'axe-core', 'axe.min.js'), 'utf8'));
  }
  return page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (ctx: unknown, opts: unknown) => Promise<{ violations: { id: string; impact: string | null; help: string; nodes: { target: string[]; failureSummary: string }[] }[] }> } }).axe;
    const result = await axe.run(
      { exclude: [['[data-tabster-dummy]'], ['[data-is-focus-trap-zone-bumper]']] },
      { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] }, resultTypes: ['violations'] },
    );
    return result.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      nodes: v.nodes.slice(0, 5).map((n) => `${n.target.join(' ')} — ${n.failureSummary.split('\n').slice(1, 2).join('')}`),
    }));
  });
}

describe('axe-core on every screen', () => {
  it.each(SCREENS)('%s has no serious or critical WCAG 2.1 AA finding', async (label) => {
    await openScreen(page, label);
    await page.waitForLoadState('networkidle');
    await page.waitForTimeout(300);
    const findings = (await audit()).filter((f) => f.impact === 'serious' || f.impact === 'critical');
    if (findings.length) console.log(label, JSON.stringify(findings, null, 1));
    expect(findings).toEqual([]);
    // Fluent's own English labels are replaced by Indonesian ones.
    const english = page.locator('[aria-label^="Open"], [aria-label="Clear selection"], [aria-label="clear"], [aria-label="Dismiss"]');
    expect(await english.evaluateAll((els) => els.map((e) => e.getAttribute('aria-label')))).toEqual([]);
  });
});

describe('the audit itself', () => {
  it('does find a button without a name and text without contrast (so a silent audit cannot pass)', async () => {
    await openScreen(page, 'Beranda');
    await page.evaluate(() => {
      const probe = document.createElement('div');
      probe.id = 'probe';
      probe.innerHTML = '<button></button><p style="color:#eee;background:#fff">pudar</p>';
      document.querySelector('main')!.append(probe);
    });
    const ids = (await audit()).map((f) => f.id);
    await page.evaluate(() => document.getElementById('probe')?.remove());
    expect(ids).toEqual(expect.arrayContaining(['button-name', 'color-contrast']));
  });
});

describe('focus', () => {
  const focused = () =>
    page.evaluate(() => {
      const el = document.activeElement;
      return el ? `${el.tagName.toLowerCase()}:${el.getAttribute('aria-label') ?? el.textContent?.trim() ?? ''}` : '';
    });

  it("moves to a new screen's heading", async () => {
    await openScreen(page, 'Beranda');
    await openScreen(page, 'OPD & Kecamatan');
    await expect.poll(focused).toBe('h1:OPD & Kecamatan');
    await openScreen(page, 'Penutupan & Komitmen');
    await expect.poll(focused).toBe('h1:Penutupan & Komitmen');
  });

  it('returns to the button that opened a dialog when it closes', async () => {
    await openScreen(page, 'OPD & Kecamatan');
    const unit = app.db.services.units.list()[0]!;
    await page.getByRole('button', { name: `Hapus ${unit.name}`, exact: true }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Batal' }).click();
    await expect.poll(focused).toBe(`button:Hapus ${unit.name}`);
    expect(app.db.services.units.list()[0]!.id).toBe(unit.id);
  });

  it('returns to the navigation item when the user stays on a form with unsaved changes', async () => {
    await openScreen(page, 'Profil Daerah & Kop Surat');
    await page.getByLabel('Provinsi').fill('Sumatera Utara (diubah)');
    await page.getByRole('navigation').getByText('Pejabat', { exact: true }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Tetap di sini' }).click();
    await expect.poll(focused).toMatch(/Pejabat/);
    await page.getByRole('navigation').getByText('Pejabat', { exact: true }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Buang perubahan' }).click();
    await expect.poll(focused).toBe('h1:Pejabat');
    expect(app.problems).toEqual([]);
  });
});
