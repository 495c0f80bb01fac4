// Before tests: make sure better-sqlite3 loads in this Node. If its native module was built for another ABI
// (e.g. electron-builder rebuilt it for Electron), rebuild it for Node. Electron's own copy lives elsewhere.
import { execFileSync, spawnSync } from 'node:child_process';
import { commandLine } from './electron-setup.mjs';

const probe = spawnSync(process.execPath, ['-e', "new (require('better-sqlite3'))(':memory:').close()"], { encoding: 'utf8' });
if (probe.status !== 0) {
  console.log('better-sqlite3 tidak cocok dengan Node ini; dibangun ulang untuk Node…');
  // npm.cmd only through cmd.exe, its arguments quoted (scripts/electron-setup.mjs).
  const line = commandLine(process.platform === 'win32' ? 'npm.cmd' : 'npm', ['rebuild', 'better-sqlite3']);
  execFileSync(line.file, line.args, { stdio: 'inherit', shell: line.shell });
}
