// The Chromium the renderer targets comes from the installed Electron, through one table that must agree with
// electron-to-chromium (the data browserslist and Babel use), and is what the renderer build targets.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  CHROMIUM_OF_ELECTRON,
  chromiumForElectron,
  chromiumTarget,
  installedElectronVersion,
} from '../../../electron/main/chromium-target';

const root = join(__dirname, '..', '..', '..');
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { devDependencies: Record<string, string> };

describe('chromium target', () => {
  it('is the Chromium of the installed Electron, which is the pinned major', () => {
    const target = chromiumTarget(root);
    expect(target.electron).toBe(installedElectronVersion(root));
    expect(pkg.devDependencies.electron).toMatch(new RegExp(`^\\^?${target.electronMajor}\\.`));
    expect(target.chromium).toBe(CHROMIUM_OF_ELECTRON[target.electronMajor]);
    expect(target.buildTarget).toBe(`chrome${target.chromium}`);
  });

  it('uses a supported Electron line (45 or newer)', () => {
    expect(chromiumTarget(root).electronMajor).toBeGreaterThanOrEqual(45);
  });

  it('agrees with electron-to-chromium for every Electron major it knows', () => {
    // electron-to-chromium comes with electron-vite (through Babel's browserslist).
    const viteRequire = createRequire(createRequire(join(root, 'package.json')).resolve('electron-vite/package.json'));
    const babelRequire = createRequire(viteRequire.resolve('@babel/core/package.json'));
    const targetsRequire = createRequire(babelRequire.resolve('@babel/helper-compilation-targets/package.json'));
    const browserslistRequire = createRequire(targetsRequire.resolve('browserslist/package.json'));
    const e2c = browserslistRequire('electron-to-chromium') as { electronToChromium(v: string): string | undefined };
    let compared = 0;
    for (const [electron, chromium] of Object.entries(CHROMIUM_OF_ELECTRON)) {
      const known = e2c.electronToChromium(`${electron}.0`);
      if (known === undefined) continue;
      expect(Number(known), `Electron ${electron}`).toBe(chromium);
      compared++;
    }
    expect(compared).toBeGreaterThanOrEqual(5);
  });

  it('refuses an Electron whose Chromium is not recorded, naming the table', () => {
    expect(chromiumForElectron('38.8.6')).toBe(140);
    expect(() => chromiumForElectron('99.0.0')).toThrow(/CHROMIUM_OF_ELECTRON/);
  });

  it('is the renderer build target in electron.vite.config.ts', () => {
    const config = readFileSync(join(root, 'electron.vite.config.ts'), 'utf8');
    expect(config).toContain('chromiumTarget(__dirname)');
    expect(config).toMatch(/renderer:[\s\S]*target: chromium\.buildTarget/);
  });
});
