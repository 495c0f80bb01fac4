// `npm run web`: the app in a browser on this computer, for work without Electron and for the UI tests. Opens the
// database (creating it when new), serves the built renderer on 127.0.0.1 and prints the address to open.
import { mkdirSync } from 'node:fs';
import { homedir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { openDatabase } from '../db/connection';
import { defaultDatabasePath } from '../db/default-location';
import { createHandlers } from '../ipc/handlers';
import { workerRenderer } from '../documents/render-pool';
import { createServices } from '../services/services';
import { startWebShell } from './server';
import { webPlatform } from './web-platform';

const here = dirname(fileURLToPath(import.meta.url));

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      db: { type: 'string' },
      port: { type: 'string', default: '5180' },
      downloads: { type: 'string' },
    },
  });
  const dbFile = resolve(values.db ?? defaultDatabasePath());
  const port = Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`--port harus bilangan 0–65535, bukan ${values.port}`);
  const downloads = resolve(values.downloads ?? join(homedir(), 'Downloads', 'Smart City Desk'));
  // A first start on this computer: the app-data folder does not exist yet.
  mkdirSync(dirname(dbFile), { recursive: true });
  const opened = await openDatabase(dbFile);
  // Documents render in a worker thread, so that other calls answer meanwhile (issue 12 §5).
  const renderer = workerRenderer();
  const services = createServices(opened.db, { renderer });
  // As in the desktop app: one automatic backup per start, beside the database.
  await services.backup.automatic().catch((error: unknown) => console.error('Cadangan otomatis gagal:', error));
  const shell = await startWebShell({
    handlers: createHandlers(services, webPlatform(downloads)),
    rendererDir: join(here, '../../out/renderer'),
    port,
  });
  console.log(`Smart City Desk (web) untuk ${dbFile}`);
  console.log(`Buka ${shell.url} di peramban. Berkas yang disimpan masuk ke ${downloads}. Ctrl+C untuk berhenti.`);
  const stop = () =>
    void shell
      .close()
      .then(() => renderer.close())
      .then(() => opened.db.close())
      .then(() => process.exit(0));
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
