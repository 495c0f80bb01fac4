// Before `npm start`/`npm run dev`: fetch Electron's binary if npm did not (its install script is not allowed to
// run at install time), and build better-sqlite3 for Electron's ABI into .electron-native/<version>/, apart from
// Node's copy, so that `npm test` and `npm start` never undo each other.
//
// Run directly (npm run dev, npm run dist:win) it exits 1 with one Indonesian line when Electron or its SQLite
// cannot be had; `npm start` (scripts/start.mjs) calls ensureElectron() and falls back to the web shell instead.
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { commandLine, gypArgs, messages, prebuildArgs } from './electron-setup.mjs';

const defaultRoot = join(dirname(fileURLToPath(import.meta.url)), '..');

/** Runs a command without a shell (see commandLine); `quiet` keeps its output for the log instead of the screen. */
export function runCommand(file, args, { cwd, quiet = false } = {}) {
  const line = commandLine(file, args);
  return execFileSync(line.file, line.args, {
    cwd,
    shell: line.shell,
    stdio: quiet ? ['ignore', 'pipe', 'pipe'] : 'inherit',
    encoding: 'utf8',
    windowsHide: true,
  });
}

function outputOf(error) {
  const parts = [error?.stdout, error?.stderr].filter((p) => typeof p === 'string' && p.trim() !== '');
  return parts.length > 0 ? parts.join('\n') : String(error?.stack ?? error);
}

/**
 * Makes sure Electron and better-sqlite3 for it are there. Returns `{ status: 'ready' }`, or why not:
 * `no-electron` (the download failed; details written to `log`) or `no-sqlite` (with the reason in Indonesian).
 * `run` and `log` are injectable for the tests.
 */
export function ensureElectron({ root = defaultRoot, run = runCommand, say = console.log, platform = process.platform } = {}) {
  const require = createRequire(join(root, 'package.json'));
  const electronDir = dirname(require.resolve('electron/package.json'));
  const version = JSON.parse(readFileSync(join(electronDir, 'package.json'), 'utf8')).version;
  const log = join(root, '.electron-native', 'unduh-electron.log');

  if (!existsSync(join(electronDir, 'path.txt'))) {
    say(messages.downloading(version));
    try {
      run(process.execPath, [join(electronDir, 'install.js')], { cwd: electronDir, quiet: true });
    } catch (error) {
      mkdirSync(dirname(log), { recursive: true });
      writeFileSync(log, outputOf(error));
      return { status: 'no-electron', version, log };
    }
  }

  const target = join(root, '.electron-native', version, 'better_sqlite3.node');
  if (existsSync(target)) return { status: 'ready', version };

  // Electron ships the ABI its native modules must be built for; prebuild-install looks it up by version itself.
  const abiFile = join(electronDir, 'abi_version');
  const abi = existsSync(abiFile) ? readFileSync(abiFile, 'utf8').trim() : null;
  say(messages.preparingSqlite(version, abi ?? '?'));
  const source = dirname(require.resolve('better-sqlite3/package.json'));
  const sourceRequire = createRequire(join(source, 'package.json'));
  const work = mkdtempSync(join(tmpdir(), 'scd-sqlite-electron-'));
  try {
    cpSync(source, work, { recursive: true, filter: (path) => !path.includes(join('build', 'Release')) });
    let prebuilt = false;
    const prebuild = sourceRequire.resolve('prebuild-install/bin.js');
    const nodeAbi = createRequire(prebuild)('node-abi');
    let knownAbi = null;
    try {
      knownAbi = nodeAbi.getAbi(version, 'electron');
    } catch {
      // an Electron newer than prebuild-install's node-abi: no prebuilt can be named
    }
    if (abi !== null && knownAbi !== abi) {
      say(messages.abiMismatch(version, abi, knownAbi));
    } else {
      try {
        run(process.execPath, [prebuild, ...prebuildArgs({ electronVersion: version, platform })], { cwd: work, quiet: true });
        prebuilt = existsSync(join(work, 'build', 'Release', 'better_sqlite3.node'));
      } catch {
        prebuilt = false;
      }
    }
    if (!prebuilt) {
      say(messages.compileOnly(version, platform));
      try {
        let gyp = null;
        try {
          gyp = require.resolve('node-gyp/bin/node-gyp.js');
        } catch {
          gyp = null;
        }
        const args = gypArgs({ electronVersion: version });
        if (gyp) run(process.execPath, [gyp, ...args], { cwd: work });
        else run(platform === 'win32' ? 'npm.cmd' : 'npm', ['exec', '--yes', '--', 'node-gyp', ...args], { cwd: work });
      } catch {
        return { status: 'no-sqlite', version, reason: messages.compileFailed(version, platform) };
      }
    }
    mkdirSync(dirname(target), { recursive: true });
    cpSync(join(work, 'build', 'Release', 'better_sqlite3.node'), target);
    return { status: 'ready', version };
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const outcome = ensureElectron();
  if (outcome.status === 'no-electron') {
    console.error(
      `Electron ${outcome.version} tidak dapat diunduh (tidak ada internet, atau alamat unduhannya diblokir; rinciannya di ${outcome.log}).`,
    );
    process.exit(1);
  }
  if (outcome.status === 'no-sqlite') {
    console.error(outcome.reason);
    process.exit(1);
  }
}
