// What the shell does for the web version: files "saved" by the user land in one downloads folder, never
// overwriting an earlier file; there is no system viewer to open.
import { existsSync, mkdirSync } from 'node:fs';
import { extname, join } from 'node:path';
import type { Platform } from '../ipc/handlers';

/** `name`, or `name (2)`, `name (3)`… when the folder already holds a file of that name. */
export function freePath(dir: string, name: string): string {
  const ext = extname(name);
  const stem = name.slice(0, name.length - ext.length);
  let candidate = join(dir, name);
  for (let n = 2; existsSync(candidate); n++) candidate = join(dir, `${stem} (${n})${ext}`);
  return candidate;
}

export function webPlatform(downloadsDir: string): Platform {
  return {
    chooseSavePath(defaultName) {
      mkdirSync(downloadsDir, { recursive: true });
      return Promise.resolve(freePath(downloadsDir, defaultName));
    },
  };
}
