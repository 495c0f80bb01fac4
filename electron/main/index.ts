// Electron main process: single instance, the hardened window, the database and the IPC handlers. Kept thin:
// everything that matters lives in plain TypeScript modules that the tests run in Node.
import { app, BrowserWindow, dialog, ipcMain, Menu, screen } from 'electron';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { openDatabase } from '../db/connection';
import { DATABASE_FILE_NAME } from '../db/default-location';
import { clearPrintFolder } from '../files/print-file';
import { privateTempDir } from '../files/private-temp';
import { createHandlers } from '../ipc/handlers';
import { registerIpcHandlers } from '../ipc/register-ipc';
import { createServices } from '../services/services';
import { workerRenderer } from '../documents/render-pool';
import { menuTemplate } from './menu';
import { electronPlatform } from './save-dialog';
import { placeWindow, restoreWindowState, workAreaFor } from './window-state';
import { isAppUrl } from './app-url';
import { applyAppIdentity } from './app-identity';
import { contextMenuTemplate } from './context-menu';
import { hardenApp, hardenSession } from './security';
import { openWithRecovery, startupDialog } from './startup';
import { electronStartupSeam } from './startup-seam';
import { readUpdateConfig, startUpdates, UPDATE_CONFIG_FILE, type Updater } from './updates';

const here = fileURLToPath(new URL('.', import.meta.url));
let mainWindow: BrowserWindow | null = null;

function rendererUrl(): string {
  // pathToFileURL, not string concatenation: on Windows the path has a drive letter and backslashes.
  return process.env.ELECTRON_RENDERER_URL ?? pathToFileURL(join(here, '../renderer/index.html')).href;
}

function appOrigin(): string {
  const url = rendererUrl();
  return url.startsWith('file://') ? url : new URL(url).origin;
}

/** In development Electron loads its own build of better-sqlite3, kept apart from Node's (scripts/ensure-electron.mjs). */
function nativeBinding(): string | undefined {
  if (app.isPackaged) return undefined;
  const candidate = join(app.getAppPath(), '.electron-native', process.versions.electron, 'better_sqlite3.node');
  return existsSync(candidate) ? candidate : undefined;
}

function readJson(file: string): unknown {
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as unknown;
  } catch {
    return null;
  }
}

async function start(): Promise<void> {
  hardenSession();
  const dataDir = app.getPath('userData');
  mkdirSync(dataDir, { recursive: true });
  // Files handed to the PDF viewer by earlier runs; one still open in a viewer stays until the next start.
  clearPrintFolder(privateTempDir('cetak'));
  // Copies of backups opened for a restore that a scanner held when the restore finished.
  clearPrintFolder(privateTempDir('pulihkan'));
  const binding = nativeBinding();
  // A database that cannot be opened (newer, damaged, locked, read-only) or a native module that does not load
  // ends in a dialog that says so and offers what can be done, never in a windowless process.
  const recovered = await openWithRecovery({
    databaseFile: join(dataDir, DATABASE_FILE_NAME),
    open: (file) => openDatabase(file, binding ? { nativeBinding: binding } : {}),
    seam: electronStartupSeam(),
  });
  if (!recovered) return;
  const opened = recovered.value;
  app.on('will-quit', () => opened.db.close());
  // A backup opened for inspection or restore is read with the same SQLite build as the database itself.
  // Documents render in a worker thread, so that the window's other calls answer meanwhile (issue 12 §5).
  const renderer = workerRenderer();
  app.on('will-quit', () => void renderer.close());
  const services = createServices(opened.db, { ...(binding ? { nativeBinding: binding } : {}), renderer });
  // One automatic backup per start, beside the database; the last ten starts, one a day for a week and one a week
  // for eight weeks are kept.
  services.backup.automatic().catch((error: unknown) => console.error('Cadangan otomatis gagal:', error));
  registerIpcHandlers(
    ipcMain,
    createHandlers(
      services,
      electronPlatform(() => mainWindow),
    ),
    (event) => {
      const frameUrl = event.senderFrame?.url ?? '';
      return mainWindow !== null && event.sender === mainWindow.webContents && isAppUrl(frameUrl, appOrigin());
    },
  );

  const stateFile = join(dataDir, 'jendela.json');
  const state = restoreWindowState(
    readJson(stateFile),
    screen.getAllDisplays().map((d) => d.workArea),
  );
  // Never larger than the screen's work area (1366×768 at 125 % leaves about 1093×580), maximised on small screens.
  const placement = placeWindow(
    state,
    workAreaFor(
      state,
      screen.getAllDisplays().map((d) => d.workArea),
      screen.getPrimaryDisplay().workArea,
    ),
  );
  mainWindow = new BrowserWindow({
    ...(placement.x !== undefined && placement.y !== undefined ? { x: placement.x, y: placement.y } : {}),
    width: placement.width,
    height: placement.height,
    minWidth: placement.minWidth,
    minHeight: placement.minHeight,
    title: 'Smart City Desk',
    show: false,
    webPreferences: {
      preload: join(here, '../preload/index.cjs'),
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
      spellcheck: false,
      // Middle-click on a link would open it outside the window-open handler.
      disableBlinkFeatures: 'Auxclick',
    },
  });
  mainWindow.once('ready-to-show', () => {
    if (placement.maximized) mainWindow?.maximize();
    mainWindow?.show();
  });
  // The page refuses to unload while a form holds unsaved changes; Electron would then ignore the close silently,
  // so the user is asked here, in the same words as inside the app.
  mainWindow.webContents.on('will-prevent-unload', (event) => {
    const choice = dialog.showMessageBoxSync(mainWindow!, {
      type: 'question',
      title: 'Perubahan belum disimpan',
      message: 'Perubahan pada formulir ini belum disimpan.',
      detail: 'Tutup Smart City Desk dan buang perubahan itu?',
      buttons: ['Buang perubahan dan tutup', 'Batal'],
      defaultId: 1,
      cancelId: 1,
    });
    if (choice === 0) event.preventDefault();
  });
  // Potong / Salin / Tempel on right-click in text fields (Electron shows no context menu of its own).
  mainWindow.webContents.on('context-menu', (_event, params) => {
    const template = contextMenuTemplate(params);
    if (template.length > 0 && mainWindow) Menu.buildFromTemplate(template).popup({ window: mainWindow });
  });
  mainWindow.on('close', () => {
    if (!mainWindow) return;
    const bounds = mainWindow.getNormalBounds();
    writeFileSync(stateFile, JSON.stringify({ ...bounds, maximized: mainWindow.isMaximized() }));
  });
  Menu.setApplicationMenu(
    Menu.buildFromTemplate(
      menuTemplate(
        'Smart City Desk',
        () =>
          void dialog.showMessageBox({
            title: 'Tentang Smart City Desk',
            message: `Smart City Desk ${app.getVersion()}`,
            detail: 'Masterplan dan dokumen Gerakan Menuju Smart City untuk Dinas Kominfo.',
          }),
      ),
    ),
  );
  mainWindow.on('closed', () => {
    mainWindow = null;
  });
  await mainWindow.loadURL(rendererUrl());
  await checkForUpdates(dataDir);
}

/** Only when the office configured an update address (pembaruan.json) and only in the installed app. */
async function checkForUpdates(dataDir: string): Promise<void> {
  const file = join(dataDir, UPDATE_CONFIG_FILE);
  const config = app.isPackaged && existsSync(file) ? readUpdateConfig(readFileSync(file, 'utf8')) : null;
  if (!config) return;
  const loaded = (await import('electron-updater')) as unknown as { autoUpdater?: Updater; default?: { autoUpdater: Updater } };
  const updater = loaded.autoUpdater ?? loaded.default?.autoUpdater;
  if (!updater) return;
  await startUpdates(
    updater,
    config,
    (message) => void dialog.showMessageBox({ type: 'info', title: 'Pembaruan', message }),
    (message, error) => console.error(message, error),
  );
}

/** Anything that still fails once the database is open (the window, the page): say so, release the lock, exit. */
async function failedStart(error: unknown): Promise<void> {
  console.error(error);
  const d = startupDialog(error, join(app.getPath('userData'), DATABASE_FILE_NAME));
  try {
    await dialog.showMessageBox({ type: 'error', title: d.title, message: d.message, detail: d.detail, buttons: ['Keluar'] });
  } finally {
    app.releaseSingleInstanceLock();
    app.exit(1);
  }
}

// Before 'ready': the Indonesian locale whatever the Windows display language, and the taskbar identity.
applyAppIdentity(app);

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  app.on('second-instance', () => {
    if (mainWindow?.isMinimized()) mainWindow.restore();
    mainWindow?.focus();
  });
  hardenApp(appOrigin);
  app.on('window-all-closed', () => app.quit());
  app
    .whenReady()
    .then(start)
    .catch((error: unknown) => failedStart(error));
}
