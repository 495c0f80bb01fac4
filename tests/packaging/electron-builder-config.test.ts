// The Windows installer configuration (electron.builder.yml), read and schema-checked by electron-builder itself,
// and one real packing run with a stand-in Electron to prove that everything the app reads at run time is inside.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { pathToFileURL } from 'node:url';
import { inflateSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MIGRATIONS } from '../../electron/db/migrations';
import { PRODUCT_NAME } from '../../electron/db/default-location';

const root = join(__dirname, '..', '..');
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as {
  main: string;
  productName?: string;
  scripts: Record<string, string>;
  dependencies: Record<string, string>;
};

// electron-builder's own modules, resolved the way the installed electron-builder resolves them, so the test reads
// the configuration with the same loader, schema and asar reader as `npm run dist:win`.
const projectRequire = createRequire(join(root, 'package.json'));
const builderRequire = createRequire(projectRequire.resolve('electron-builder/package.json'));
const libRequire = createRequire(builderRequire.resolve('app-builder-lib/package.json'));
const builderCli = projectRequire.resolve('electron-builder/cli.js');

interface TargetEntry {
  target: string;
  arch?: string[];
}
interface BuilderConfig {
  appId?: string;
  productName?: string;
  directories?: { output?: string; buildResources?: string };
  files?: (string | { from?: string; filter?: string[] })[];
  asarUnpack?: string[];
  npmRebuild?: boolean;
  icon?: string;
  win?: { target?: TargetEntry[]; signtoolOptions?: { sign?: string; signingHashAlgorithms?: string[] } };
  electronFuses?: Partial<Record<(typeof FUSES)[number], boolean>>;
  publish?: { provider: string; url?: string }[];
  nsis?: Record<string, unknown>;
}
const configModule = libRequire('app-builder-lib/out/util/config/config') as {
  getConfig(projectDir: string, configPath: string | null, configFromOptions: unknown): Promise<BuilderConfig>;
  validateConfiguration(config: BuilderConfig, debugLogger: { isEnabled: boolean; add(): void }): Promise<void>;
};
const asar = libRequire('@electron/asar') as {
  listPackage(archive: string, options: object): string[];
  statFile(archive: string, file: string): { unpacked?: boolean };
  extractFile(archive: string, file: string): Buffer;
};

const CONFIG_FILE = join(root, 'electron.builder.yml');
/** Marks the fuse wire in an Electron executable (@electron/fuses). */
const FUSE_SENTINEL = 'dL7pKGdnNz796PbbjQWNKmHXBZaB9tsX';
/** The fuses in wire order (@electron/fuses FuseV1Options). */
const FUSES = [
  'runAsNode',
  'enableCookieEncryption',
  'enableNodeOptionsEnvironmentVariable',
  'enableNodeCliInspectArguments',
  'enableEmbeddedAsarIntegrityValidation',
  'onlyLoadAppFromAsar',
  'loadBrowserProcessSpecificV8Snapshot',
  'grantFileProtocolExtraPrivileges',
] as const;
let config: BuilderConfig;

/** The fuses of an executable: '1' on, '0' off, after the sentinel, its version byte and its length byte. */
function fuseWire(binary: Buffer): Record<string, boolean> {
  const at = binary.indexOf(FUSE_SENTINEL) + FUSE_SENTINEL.length;
  const length = binary[at + 1]!;
  return Object.fromEntries(FUSES.slice(0, length).map((name, i) => [name, binary[at + 2 + i] === 0x31]));
}

beforeAll(async () => {
  config = await configModule.getConfig(root, CONFIG_FILE, null);
});

describe('electron.builder.yml', () => {
  it("is the file npm run dist:win names, and passes electron-builder's schema", async () => {
    expect(pkg.scripts['dist:win']).toContain('--config electron.builder.yml');
    expect(config.appId).toBe('id.go.kominfo.smartcitydesk');
    // The validator normalises what it checks (files become file sets), so it gets a copy.
    const copy = structuredClone(config);
    await expect(configModule.validateConfiguration(copy, { isEnabled: false, add: () => {} })).resolves.toBeUndefined();
  });

  it('builds an assisted NSIS installer for 64-bit Windows that installs per user', () => {
    const targets = config.win?.target ?? [];
    expect(targets).toContainEqual(expect.objectContaining({ target: 'nsis', arch: expect.arrayContaining(['x64']) }));
    expect(config.nsis).toMatchObject({ oneClick: false, perMachine: false, allowToChangeInstallationDirectory: true });
    // Per-machine only if the user picks it on the install-mode page; never by default and never forced.
    expect(config.nsis?.selectPerMachineByDefault).not.toBe(true);
    expect(config.nsis?.deleteAppDataOnUninstall).not.toBe(true);
  });

  it('speaks Indonesian first and names the shortcuts after the product', () => {
    expect(config.nsis?.installerLanguages).toContain('id_ID');
    expect(config.nsis?.language).toBe('1057'); // LCID of Indonesian
    expect(config.nsis?.shortcutName).toBe(PRODUCT_NAME);
    expect(config.nsis?.createDesktopShortcut).toBe(true);
  });

  it('gives Electron the product name the CLI uses for the data folder', () => {
    // Electron names app.getPath('userData') after package.json's productName (else its name).
    expect(config.productName).toBe(PRODUCT_NAME);
    expect(pkg.productName).toBe(PRODUCT_NAME);
  });

  it('rebuilds native modules for Electron and keeps them out of the asar', () => {
    expect(config.npmRebuild).toBe(true);
    expect(config.asarUnpack).toContain('**/*.node');
  });

  it('signs through scripts/sign-windows.cjs (certificate from the environment, never the repository), SHA-256 only', () => {
    const hook = config.win?.signtoolOptions?.sign;
    expect(hook).toBe('./scripts/sign-windows.cjs');
    expect(existsSync(join(root, hook!))).toBe(true);
    expect(config.win?.signtoolOptions?.signingHashAlgorithms).toEqual(['sha256']);
    expect(readFileSync(CONFIG_FILE, 'utf8')).not.toMatch(/certificatePassword|certificateFile|\.pfx|\.p12/);
  });

  it('switches off the Electron features the app does not use, keeping file:// privileges for the renderer', () => {
    expect(config.electronFuses).toMatchObject({
      runAsNode: false,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      onlyLoadAppFromAsar: true,
      enableEmbeddedAsarIntegrityValidation: true,
    });
    expect(config.electronFuses?.grantFileProtocolExtraPrivileges).not.toBe(false);
  });

  it('writes latest.yml for a generic update server, and dist:win never publishes by itself', () => {
    expect(config.publish).toEqual([expect.objectContaining({ provider: 'generic' })]);
    expect(pkg.scripts['dist:win']).toContain('--publish never');
  });

  it('packs the electron-vite build, which package.json main points into', () => {
    // electron-builder's loader merges plain patterns into one file set rooted at the project.
    const patterns = (config.files ?? []).flatMap((f) => (typeof f === 'string' ? [f] : f.from ? [] : (f.filter ?? [])));
    expect(patterns).toEqual(expect.arrayContaining(['out/**', 'package.json']));
    expect(pkg.main.startsWith('out/')).toBe(true);
    expect(config.directories).toMatchObject({ output: 'dist', buildResources: 'resources' });
  });
});

describe('resources/icon.png', () => {
  const file = join(root, 'resources', 'icon.png');

  /** The IHDR fields and the inflated image data of a PNG. */
  function decode(png: Buffer) {
    expect(png.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
    expect(png.toString('ascii', 12, 16)).toBe('IHDR');
    const idat: Buffer[] = [];
    for (let at = 8; at < png.length;) {
      const length = png.readUInt32BE(at);
      if (png.toString('ascii', at + 4, at + 8) === 'IDAT') idat.push(png.subarray(at + 8, at + 8 + length));
      at += length + 12;
    }
    return {
      width: png.readUInt32BE(16),
      height: png.readUInt32BE(20),
      bitDepth: png[24],
      colourType: png[25],
      pixels: inflateSync(Buffer.concat(idat)),
    };
  }

  it('is the configured icon: a 256x256 8-bit RGBA PNG, as electron-builder needs for the .ico', () => {
    expect(config.icon).toBe('resources/icon.png');
    expect(existsSync(file)).toBe(true);
    const png = decode(readFileSync(file));
    expect(png).toMatchObject({ width: 256, height: 256, bitDepth: 8, colourType: 6 });
    expect(png.pixels.length).toBe(256 * (256 * 4 + 1));
  });

  it('is what scripts/make-icon.mjs draws (regenerate it with that script after changing it)', async () => {
    const script = pathToFileURL(join(root, 'scripts', 'make-icon.mjs')).href;
    const { iconPng } = (await import(script)) as { iconPng: () => Buffer };
    expect(decode(iconPng()).pixels.equals(decode(readFileSync(file)).pixels)).toBe(true);
  });
});

// One real `electron-builder --dir` run. Electron cannot be downloaded here, so a stand-in Electron directory is
// given as electronDist and the native rebuild is skipped; the app files, node_modules selection and asar/unpack
// split are electron-builder's own and the same as for the Windows installer. Linux only: on Windows and macOS
// electron-builder would edit the stand-in executable's resources.
describe.runIf(process.platform === 'linux')('the packed app (stand-in Electron)', () => {
  let work: string;
  let archive: string;
  let unpacked: string;
  let files: Set<string>;
  let packedWire: Record<string, boolean> | null = null;

  beforeAll(() => {
    work = mkdtempSync(join(tmpdir(), 'scd-pack-'));
    const fakeElectron = join(work, 'electron-dist');
    mkdirSync(join(fakeElectron, 'resources'), { recursive: true });
    // A stand-in executable that carries a fuse wire (sentinel, version 1, eight fuses all on), as Electron's does,
    // so that electron-builder's fuse flipping runs on it as on the real one.
    writeFileSync(join(fakeElectron, 'electron'), `#!/bin/sh\n${FUSE_SENTINEL}\x01\x08${'1'.repeat(8)}\n`, { mode: 0o755 });
    const output = join(work, 'dist');
    const args = [builderCli, '--config', CONFIG_FILE, '--linux', 'dir', '--x64', '-c.npmRebuild=false'];
    args.push(`-c.electronDist=${fakeElectron}`, `-c.directories.output=${output}`);
    try {
      execFileSync(process.execPath, args, { cwd: root, stdio: 'pipe', env: { ...process.env, CI: 'true' } });
    } catch (error) {
      const e = error as { stdout?: Buffer; stderr?: Buffer };
      throw new Error(`electron-builder failed:\n${String(e.stdout ?? '')}\n${String(e.stderr ?? '')}`, { cause: error });
    }
    const resources = join(output, 'linux-unpacked', 'resources');
    const executable = readdirSync(join(output, 'linux-unpacked'))
      .map((name) => join(output, 'linux-unpacked', name))
      .find((file) => statSync(file).isFile() && readFileSync(file).includes(FUSE_SENTINEL));
    packedWire = executable ? fuseWire(readFileSync(executable)) : null;
    archive = join(resources, 'app.asar');
    unpacked = join(resources, 'app.asar.unpacked');
    // listPackage gives "/out/main/index.js" (with the platform's separator); keep them as posix paths without "/".
    files = new Set(asar.listPackage(archive, {}).map((f) => f.replace(/\\/g, '/').replace(/^\//, '')));
  }, 180_000);

  afterAll(() => {
    if (work) rmSync(work, { recursive: true, force: true });
  });

  it('has the fuses of electron.builder.yml flipped in the packed executable', () => {
    expect(packedWire).not.toBeNull();
    expect(packedWire).toEqual({ ...Object.fromEntries(FUSES.map((f) => [f, true])), ...config.electronFuses });
    expect(packedWire!.runAsNode).toBe(false);
  });

  it('holds the main script package.json names, the preload and the renderer', () => {
    expect(files).toContain(pkg.main);
    expect(files).toContain('out/preload/index.cjs'); // electron/main/index.ts: join(here, '../preload/index.cjs')
    expect(files).toContain('out/renderer/index.html');
    const packed = JSON.parse(asar.extractFile(archive, 'package.json').toString('utf8')) as typeof pkg;
    expect(packed.main).toBe(pkg.main);
    expect(packed.productName).toBe(PRODUCT_NAME);
  });

  it('holds every migration SQL file the main process reads beside its bundle', () => {
    expect(MIGRATIONS.length).toBeGreaterThan(0);
    for (const m of MIGRATIONS) expect(files).toContain(`out/main/migrations/${m.name}.sql`);
  });

  it('holds every font file the PDF renderer reads', () => {
    const source = readFileSync(join(root, 'electron', 'documents', 'pdf', 'fonts.ts'), 'utf8');
    const fonts = [...source.matchAll(/'(@expo-google-fonts\/[^']+\.ttf)'/g)].map((m) => m[1]!);
    expect(fonts.length).toBe(8); // regular, bold, italic, bold italic of Arimo and Tinos
    for (const font of fonts) {
      const location = relative(root, projectRequire.resolve(font)).replace(/\\/g, '/');
      expect(files).toContain(location);
    }
  });

  it('unpacks the better-sqlite3 addon to a real file beside the asar', () => {
    const addon = 'node_modules/better-sqlite3/build/Release/better_sqlite3.node';
    expect(asar.statFile(archive, addon).unpacked).toBe(true);
    expect(existsSync(join(unpacked, addon))).toBe(true);
  });

  it('holds the render worker beside the main script (electron/documents/render-pool.ts starts it from there)', () => {
    expect(files).toContain('out/main/render-worker.js');
    const worker = readFileSync(join(root, 'out', 'main', 'render-worker.js'), 'utf8');
    for (const m of worker.matchAll(/from\s*["']\.\/([^"']+)["']/g)) expect(files).toContain(`out/main/${m[1]}`);
  });

  it('holds every package the main bundle imports, with all their production dependencies', () => {
    // The main script and the chunks it shares with the render worker.
    const mainDir = dirname(join(root, pkg.main));
    const bundle = readdirSync(mainDir)
      .filter((f) => f.endsWith('.js'))
      .map((f) => readFileSync(join(mainDir, f), 'utf8'))
      .join('\n');
    const imported = new Set(
      [...bundle.matchAll(/(?:from\s*|import\s*\(\s*|require\s*\(\s*)["']([^"'./][^"']*)["']/g)]
        .map((m) => m[1]!)
        .filter((s) => !s.startsWith('node:') && s !== 'electron')
        .map((s) => (s.startsWith('@') ? s.split('/').slice(0, 2).join('/') : s.split('/')[0]!)),
    );
    expect(imported).toContain('better-sqlite3');
    for (const name of imported) expect(Object.keys(pkg.dependencies)).toContain(name);

    // Node's lookup: the package's own node_modules, then each parent's, up to the project.
    const locate = (name: string, from: string): string | undefined => {
      for (let dir = from; dir.startsWith(root); dir = dirname(dir)) {
        const candidate = join(dir, 'node_modules', name);
        if (existsSync(join(candidate, 'package.json'))) return candidate;
        if (dir === root) break;
      }
      return undefined;
    };
    // electron-builder may place a package elsewhere in the asar than npm did (it hoists
    // node_modules/fs-extra/node_modules/jsonfile to node_modules/jsonfile when no other version is packed there):
    // what counts is that Node's lookup inside the asar, from the package that requires it, finds the same version.
    const packedLookup = (name: string, from: string): string | null => {
      let base = from;
      for (;;) {
        const candidate = `${base ? `${base}/` : ''}node_modules/${name}`;
        if (files.has(`${candidate}/package.json`)) return candidate;
        if (!base) return null;
        const up = base.lastIndexOf('node_modules/');
        base = up <= 0 ? '' : base.slice(0, up).replace(/\/$/, '');
      }
    };
    const packedVersion = (at: string) =>
      (JSON.parse(asar.extractFile(archive, `${at}/package.json`).toString('utf8')) as { version?: string }).version;
    const missing: string[] = [];
    const seen = new Set<string>();
    const queue = [...imported].map((name) => ({ name, from: root, packedFrom: '' }));
    while (queue.length > 0) {
      const { name, from, packedFrom } = queue.pop()!;
      const dir = locate(name, from);
      if (!dir) {
        missing.push(`${name} (needed by ${relative(root, from) || 'the main bundle'}, not installed)`);
        continue;
      }
      const where = relative(root, dir).replace(/\\/g, '/');
      const manifest = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as {
        main?: string;
        exports?: unknown;
        types?: string;
        version?: string;
        dependencies?: Record<string, string>;
        optionalDependencies?: Record<string, string>;
      };
      const packedAt = packedLookup(name, packedFrom);
      const key = `${where}@${packedAt}`;
      if (seen.has(key)) continue;
      seen.add(key);
      // Type declarations only (@types/node under docx, undici-types): nothing to load at run time, and
      // electron-builder drops .d.ts files anyway.
      const typesOnly = !!manifest.types && !manifest.main && !manifest.exports && !existsSync(join(dir, 'index.js'));
      if (typesOnly) continue;
      if (packedAt === null || packedVersion(packedAt) !== manifest.version) {
        missing.push(
          `${where}${packedAt ? ` (found ${packedAt} ${packedVersion(packedAt)} instead of ${manifest.version})` : ''}`,
        );
        continue;
      }
      for (const dep of Object.keys(manifest.dependencies ?? {})) queue.push({ name: dep, from: dir, packedFrom: packedAt });
      // Optional dependencies count only when installed (platform packages).
      for (const dep of Object.keys(manifest.optionalDependencies ?? {})) {
        if (locate(dep, dir)) queue.push({ name: dep, from: dir, packedFrom: packedAt });
      }
    }
    expect(seen.size).toBeGreaterThan(imported.size);
    expect(missing).toEqual([]);
  });

  it('leaves out what only the CLI and the renderer build use', () => {
    const packages = [...files].filter((f) => /^node_modules\/(tsx|esbuild|@esbuild|@fluentui|@tanstack)\//.test(f));
    expect(packages).toEqual([]);
    expect([...files].some((f) => f.startsWith('node_modules/fontkit/'))).toBe(true);
  });
});
