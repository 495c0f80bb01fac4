// Before `npm start`/`npm run dev`: fetch Electron's binary if npm did not (its install script is not allowed to
// run at install time), and build better-sqlite3 for Electron's ABI into .electron-native/<version>/, apart from
// Node's copy, so that `npm test` and `npm start` never undo each other.
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const electronDir = dirname(require.resolve('electron/package.json'));
const electronVersion = JSON.parse(readFileSync(join(electronDir, 'package.json'), 'utf8')).version;
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
const run = (cmd, args, cwd) => execFileSync(cmd, args, { cwd, stdio: 'inherit', shell: process.platform === 'win32' });

if (!existsSync(join(electronDir, 'path.txt'))) {
  console.log(`Mengunduh Electron ${electronVersion} (sekali saja)…`);
  run(process.execPath, [join(electronDir, 'install.js')], electronDir);
}

const target = join(root, '.electron-native', electronVersion, 'better_sqlite3.node');
if (!existsSync(target)) {
  console.log(`Menyiapkan better-sqlite3 untuk Electron ${electronVersion} (sekali saja)…`);
  const source = dirname(require.resolve('better-sqlite3/package.json'));
  const work = mkdtempSync(join(tmpdir(), 'scd-sqlite-electron-'));
  try {
    cpSync(source, work, { recursive: true, filter: (path) => !path.includes(`${join('build', 'Release')}`) });
    const common = ['--runtime=electron', `--target=${electronVersion}`, `--arch=${process.arch}`];
    try {
      run(process.execPath, [require.resolve('prebuild-install/bin.js'), ...common, `--platform=${process.platform}`], work);
    } catch {
      run(
        npm,
        ['exec', '--yes', '--', 'node-gyp', 'rebuild', '--release', ...common, '--dist-url=https://electronjs.org/headers'],
        work,
      );
    }
    mkdirSync(dirname(target), { recursive: true });
    cpSync(join(work, 'build', 'Release', 'better_sqlite3.node'), target);
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}
