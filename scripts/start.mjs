// `npm start`: the desktop app when Electron and its SQLite can be had; otherwise one Indonesian line saying why,
// then the web shell (`npm run web`) on the same default database, printing the address to open.
import { spawn } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { planStart } from './electron-setup.mjs';
import { ensureElectron } from './ensure-electron.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const electronVite = join(root, 'node_modules', 'electron-vite', 'bin', 'electron-vite.js');
const tsx = join(root, 'node_modules', 'tsx', 'dist', 'cli.mjs');

/** Runs `node script args…` (no shell), passing Ctrl+C on; resolves with its exit code. */
function node(script, args) {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [script, ...args], { cwd: root, stdio: 'inherit', windowsHide: false });
    const forward = (signal) => child.kill(signal);
    process.on('SIGINT', forward);
    process.on('SIGTERM', forward);
    child.on('exit', (code, signal) => {
      process.off('SIGINT', forward);
      process.off('SIGTERM', forward);
      resolve(code ?? (signal ? 1 : 0));
    });
  });
}

const plan = planStart(ensureElectron({ root }));
if (plan.action === 'electron') {
  process.exitCode = await node(electronVite, ['preview', ...process.argv.slice(2)]);
} else {
  console.log(plan.message);
  const built = await node(electronVite, ['build', '--logLevel', 'warn']);
  // The web shell opens the default database (the same file the desktop app uses) unless --db is given.
  process.exitCode = built !== 0 ? built : await node(tsx, [join(root, 'electron', 'web', 'main.ts'), ...process.argv.slice(2)]);
}
