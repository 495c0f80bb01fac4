// The app as a user meets it: the built renderer in Debian's Chromium, talking through the web shell to the real
// services over a real database file. Console errors and failed requests are collected for the tests to check.
// Every page runs under the API guard (api-guard.ts): the JavaScript and DOM APIs newer than the Chromium inside
// the app's Electron (electron/main/chromium-target.ts) are removed before the page's own scripts run.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { type Browser, chromium, type Page } from 'playwright-core';
import { demoBundle } from '../../electron/demo/simalungun-2021';
import { chromiumTarget } from '../../electron/main/chromium-target';
import { createHandlers } from '../../electron/ipc/handlers';
import { startWebShell, type WebShell } from '../../electron/web/server';
import { webPlatform } from '../../electron/web/web-platform';
import { openTempDatabase, type TempDatabase } from '../helpers/temp-db';
import { installApiGuard } from './api-guard';
import { requireReader } from '../helpers/readers';

export const SCREENSHOTS = join(__dirname, '..', '..', 'test-artifacts', 'screenshots');
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
/** The Chromium major inside the app's Electron: pages get no API that shipped after it. */
export const TARGET_CHROMIUM = chromiumTarget(join(__dirname, '..', '..')).chromium;

export interface RunningApp {
  page: Page;
  db: TempDatabase;
  shell: WebShell;
  downloads: string;
  /** Console errors and page errors seen so far. */
  problems: string[];
  screenshot(name: string): Promise<void>;
  close(): Promise<void>;
}

export function launchChromium(): Promise<Browser> {
  // A missing Chromium fails with what to install rather than Playwright's launch error.
  requireReader('chromium');
  return chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--no-first-run',
    ],
  });
}

export interface StartOptions {
  demo?: boolean;
  /** Remove the APIs newer than this Chromium major instead of the app's target (to try an older browser). */
  chromium?: number;
  /** Screen scale (1.25 and 1.5 are common on office laptops). */
  deviceScaleFactor?: number;
  /** Extra script run in every page before its own, after the guard (tests that break something on purpose). */
  initScript?: string;
}

export async function startApp(browser: Browser, options: StartOptions = {}): Promise<RunningApp> {
  const db = await openTempDatabase();
  if (options.demo) db.services.bundle.import(demoBundle(), { replace: true });
  const downloads = join(db.dir, 'unduhan');
  const shell = await startWebShell({
    handlers: createHandlers(db.services, webPlatform(downloads)),
    rendererDir: join(__dirname, '..', '..', 'out', 'renderer'),
  });
  const context = await browser.newContext({
    viewport: { width: 1366, height: 768 },
    locale: 'id-ID',
    // Fluent's motions (a toast fading in and out) end at once: an audit or a screenshot sees what stays on screen,
    // not a half-transparent toast that axe would count as text without contrast.
    reducedMotion: 'reduce',
    ...(options.deviceScaleFactor ? { deviceScaleFactor: options.deviceScaleFactor } : {}),
  });
  await installApiGuard(context, options.chromium ?? TARGET_CHROMIUM);
  if (options.initScript) await context.addInitScript({ content: options.initScript });
  const page = await context.newPage();
  page.setDefaultTimeout(15_000);
  const problems: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') problems.push(m.text());
  });
  page.on('pageerror', (e) => problems.push(e.message));
  await page.goto(shell.url);
  await page.getByRole('navigation').waitFor();
  mkdirSync(SCREENSHOTS, { recursive: true });
  return {
    page,
    db,
    shell,
    downloads,
    problems,
    screenshot: async (name) => {
      await page.screenshot({ path: join(SCREENSHOTS, `${name}.png`) });
    },
    close: async () => {
      await context.close();
      await shell.close();
      db.close();
    },
  };
}

/** Goes to a screen through the navigation drawer, as a user would. */
export async function openScreen(page: Page, label: string): Promise<void> {
  await page.getByRole('navigation').getByText(label, { exact: true }).click();
  await page.getByRole('main', { name: label }).waitFor();
}
