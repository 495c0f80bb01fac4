// `npm start` and scripts/ensure-electron.mjs without Electron: how commands are spawned (a shell only for npm.cmd,
// paths with spaces quoted), what happens when Electron cannot be downloaded (one Indonesian line, then the web
// shell on the same database), and what is said when compiling better-sqlite3 is the only way.
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
// @ts-expect-error plain ESM script without types
import { commandLine, messages, planStart, quoteForCmd } from '../../scripts/electron-setup.mjs';
// @ts-expect-error plain ESM script without types
import { ensureElectron } from '../../scripts/ensure-electron.mjs';

interface Call {
  file: string;
  args: string[];
  cwd?: string;
}
type Outcome = { status: 'ready' | 'no-electron' | 'no-sqlite'; version: string; log?: string; reason?: string };
type Ensure = (options: {
  root: string;
  run: (file: string, args: string[], options: { cwd?: string }) => string;
  say: (line: string) => void;
  platform?: string;
}) => Outcome;
type Plan = { action: 'electron' } | { action: 'web'; message: string };

const root = join(__dirname, '..', '..');
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as {
  scripts: Record<string, string>;
  allowScripts: Record<string, boolean>;
};

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

function write(file: string, content: string) {
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, content);
}

/** A project folder (with a space in its path) holding stand-ins for electron, better-sqlite3 and its prebuild-install. */
function fakeProject(options: { downloaded: boolean; knownAbi: string | null }) {
  const dir = join(mkdtempSync(join(tmpdir(), 'scd-start-')), 'Dokumen Saya', 'smart city desk');
  dirs.push(dirname(dirname(dir)));
  write(join(dir, 'package.json'), '{"name":"x","type":"module"}');
  const electron = join(dir, 'node_modules', 'electron');
  write(join(electron, 'package.json'), '{"name":"electron","version":"45.5.0"}');
  write(join(electron, 'install.js'), '');
  write(join(electron, 'abi_version'), '150\n');
  if (options.downloaded) write(join(electron, 'path.txt'), 'electron');
  const sqlite = join(dir, 'node_modules', 'better-sqlite3');
  write(join(sqlite, 'package.json'), '{"name":"better-sqlite3","version":"12.11.1"}');
  const prebuild = join(sqlite, 'node_modules', 'prebuild-install');
  write(join(prebuild, 'package.json'), '{"name":"prebuild-install","version":"7.1.3"}');
  write(join(prebuild, 'bin.js'), '');
  write(join(prebuild, 'node_modules', 'node-abi', 'package.json'), '{"name":"node-abi","version":"3.0.0","main":"index.js"}');
  write(
    join(prebuild, 'node_modules', 'node-abi', 'index.js'),
    options.knownAbi === null
      ? "exports.getAbi = () => { throw new Error('Could not detect abi'); };"
      : `exports.getAbi = () => ${JSON.stringify(options.knownAbi)};`,
  );
  return dir;
}

/** A stand-in runner: records every call; `fails` names the steps that fail; a build step leaves an addon. */
function runner(fails: ('download' | 'prebuild' | 'compile')[]) {
  const calls: Call[] = [];
  const run = (file: string, args: string[], options: { cwd?: string }) => {
    calls.push({ file, args, cwd: options.cwd });
    const step = args.some((a) => a.endsWith('install.js'))
      ? 'download'
      : args.some((a) => a.includes('prebuild-install'))
        ? 'prebuild'
        : 'compile';
    if (fails.includes(step)) {
      throw Object.assign(new Error(`${step} failed`), { stderr: `Error: ${step} failed\n    at raw stack trace` });
    }
    if (step !== 'download') write(join(options.cwd!, 'build', 'Release', 'better_sqlite3.node'), 'addon');
    return '';
  };
  return { calls, run };
}

describe('spawning commands', () => {
  it('never uses a shell except for npm.cmd on Windows, whose arguments are then quoted', () => {
    const nodeExe = 'C:\\Program Files\\nodejs\\node.exe';
    const script = 'C:\\Users\\Budi Santoso\\smart city desk\\node_modules\\electron\\install.js';
    expect(commandLine(nodeExe, [script], 'win32')).toEqual({ file: nodeExe, args: [script], shell: false });
    expect(commandLine('npm', ['exec', 'node-gyp'], 'linux')).toEqual({ file: 'npm', args: ['exec', 'node-gyp'], shell: false });
    expect(commandLine('npm.cmd', ['exec', '--yes', '--', 'node-gyp', '--target=45.5.0', script], 'win32')).toEqual({
      file: 'npm.cmd',
      args: ['exec', '--yes', '--', 'node-gyp', '"--target=45.5.0"', `"${script}"`],
      shell: true,
    });
  });

  it('quotes for cmd.exe only what needs it', () => {
    expect(quoteForCmd('rebuild')).toBe('rebuild');
    expect(quoteForCmd('C:\\Program Files\\x')).toBe('"C:\\Program Files\\x"');
    expect(quoteForCmd('a&b')).toBe('"a&b"');
    expect(quoteForCmd('')).toBe('""');
    expect(quoteForCmd('say "hi"')).toBe('"say ""hi"""');
  });
});

describe('npm start', () => {
  it("is scripts/start.mjs, and npm never runs Electron's own download at install time", () => {
    expect(pkg.scripts.start).toBe('node scripts/start.mjs');
    expect(pkg.allowScripts.electron).toBe(false);
    const start = readFileSync(join(root, 'scripts', 'start.mjs'), 'utf8');
    expect(start).toContain("join(root, 'electron', 'web', 'main.ts')");
  });

  it('starts Electron when it and its SQLite are ready', () => {
    expect((planStart as (o: Outcome) => Plan)({ status: 'ready', version: '45.5.0' })).toEqual({ action: 'electron' });
  });

  it('without Electron says so in one Indonesian line and starts the web shell; the raw error goes to a log', () => {
    const dir = fakeProject({ downloaded: false, knownAbi: '150' });
    const { calls, run } = runner(['download']);
    const said: string[] = [];
    const outcome = (ensureElectron as Ensure)({ root: dir, run, say: (l) => said.push(l) });
    expect(outcome).toMatchObject({ status: 'no-electron', version: '45.5.0' });
    expect(calls).toHaveLength(1);
    expect(readFileSync(outcome.log!, 'utf8')).toContain('raw stack trace');
    const plan = (planStart as (o: Outcome) => Plan)(outcome);
    expect(plan.action).toBe('web');
    const message = (plan as { message: string }).message;
    expect(message.split('\n')).toHaveLength(1);
    expect(message).toMatch(/^Electron 45\.5\.0 tidak dapat diunduh .*dibuka di peramban saja, dengan basis data yang sama\.$/);
    expect(said.join('\n')).not.toContain('stack');
  });

  it('fetches the prebuilt better-sqlite3 for Electron into .electron-native/<version>/, spawning no shell', () => {
    const dir = fakeProject({ downloaded: true, knownAbi: '150' });
    const { calls, run } = runner([]);
    const said: string[] = [];
    expect((ensureElectron as Ensure)({ root: dir, run, say: (l) => said.push(l), platform: 'win32' })).toMatchObject({
      status: 'ready',
    });
    expect(existsSync(join(dir, '.electron-native', '45.5.0', 'better_sqlite3.node'))).toBe(true);
    expect(calls).toHaveLength(1);
    expect(calls[0]!.file).toBe(process.execPath);
    expect(calls[0]!.args).toEqual(expect.arrayContaining(['--runtime=electron', '--target=45.5.0']));
    expect(said.join('\n')).toContain('ABI 150');
    // A second start finds it and does nothing.
    const again = runner([]);
    expect((ensureElectron as Ensure)({ root: dir, run: again.run, say: () => {} })).toMatchObject({ status: 'ready' });
    expect(again.calls).toHaveLength(0);
  });

  it('says plainly that compiling is the only way, and what it needs, when no prebuilt can be had', () => {
    const dir = fakeProject({ downloaded: true, knownAbi: '150' });
    const { calls, run } = runner(['prebuild', 'compile']);
    const said: string[] = [];
    const outcome = (ensureElectron as Ensure)({ root: dir, run, say: (l) => said.push(l), platform: 'win32' });
    expect(said.join('\n')).toContain(messages.compileOnly('45.5.0', 'win32'));
    expect(said.join('\n')).toContain('Visual Studio Build Tools');
    expect(outcome).toMatchObject({ status: 'no-sqlite' });
    expect(outcome.reason).toContain('Visual Studio Build Tools');
    // node-gyp is not in this stand-in project, so npm.cmd runs it: the one command that goes through cmd.exe.
    expect(calls.at(-1)!.file).toBe('npm.cmd');
    expect(commandLine(calls.at(-1)!.file, calls.at(-1)!.args, 'win32').shell).toBe(true);
    const plan = (planStart as (o: Outcome) => Plan)(outcome);
    expect(plan).toMatchObject({ action: 'web', message: expect.stringContaining('dibuka di peramban saja') });
  });

  it("compiles straight away when prebuild-install does not know this Electron's ABI", () => {
    const dir = fakeProject({ downloaded: true, knownAbi: null });
    const { calls, run } = runner([]);
    const said: string[] = [];
    expect((ensureElectron as Ensure)({ root: dir, run, say: (l) => said.push(l), platform: 'linux' })).toMatchObject({
      status: 'ready',
    });
    expect(calls.some((c) => c.args.some((a) => a.includes('prebuild-install')))).toBe(false);
    expect(said.join('\n')).toContain('ABI 150');
    expect(said.join('\n')).toContain('satu-satunya jalan adalah mengompilasinya');
  });
});
