// Vitest global setup: builds the app once (electron-vite, the same build `npm start` uses) so that the Chromium
// tests load the real renderer from out/renderer through the web shell.
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';

export default function setup(): void {
  const cli = join(__dirname, '..', 'node_modules', 'electron-vite', 'bin', 'electron-vite.js');
  execFileSync(process.execPath, [cli, 'build', '--logLevel', 'warn'], { cwd: join(__dirname, '..'), stdio: 'inherit' });
}
