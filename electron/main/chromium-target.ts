// The one place that says which Chromium the renderer runs in: the Chromium inside the Electron the app is built
// with. The renderer build target (electron.vite.config.ts) and the Chromium tests' API guard
// (tests/renderer/api-guard.ts) both take it from here, so an Electron upgrade moves them together.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';

/**
 * Electron major → the Chromium major it ships, as electron-to-chromium records it (a test compares this table
 * with the electron-to-chromium installed beside electron-vite). Add the new line when moving to a new Electron.
 */
export const CHROMIUM_OF_ELECTRON: Readonly<Record<number, number>> = {
  38: 140,
  39: 142,
  40: 144,
  41: 146,
  42: 148,
  43: 150,
  44: 152,
  45: 156,
};

export interface ChromiumTarget {
  /** The Electron version installed in node_modules (what `npm start` runs and electron-builder packs). */
  electron: string;
  electronMajor: number;
  /** Chromium major of that Electron: the newest browser APIs the renderer may use. */
  chromium: number;
  /** The same as a Vite/esbuild build target, e.g. `chrome156`. */
  buildTarget: string;
}

export function chromiumForElectron(electronVersion: string): number {
  const major = Number.parseInt(electronVersion, 10);
  const chromium = CHROMIUM_OF_ELECTRON[major];
  if (chromium === undefined) {
    throw new Error(
      `Electron ${electronVersion}: its Chromium version is not recorded in electron/main/chromium-target.ts (CHROMIUM_OF_ELECTRON).`,
    );
  }
  return chromium;
}

/** The installed Electron's version, read from its package.json (the binary is not needed). */
export function installedElectronVersion(projectRoot: string): string {
  const require = createRequire(join(projectRoot, 'package.json'));
  const file = require.resolve('electron/package.json');
  return (JSON.parse(readFileSync(file, 'utf8')) as { version: string }).version;
}

export function chromiumTarget(projectRoot: string): ChromiumTarget {
  const electron = installedElectronVersion(projectRoot);
  const chromium = chromiumForElectron(electron);
  return { electron, electronMajor: Number.parseInt(electron, 10), chromium, buildTarget: `chrome${chromium}` };
}
