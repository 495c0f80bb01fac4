// Electron main process: single instance, the hardened window, the database and the IPC handlers. Kept thin:
// everything that matters lives in plain TypeScript modules that the tests run in Node.
import { app, BrowserWindow, dialog, ipcMain, Menu, screen } from 'electron';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { openDatabase } from '../db/connection';
import { DATABASE_FILE_NAME } from '../db/default-location';
import { createHandlers } from '../ipc/handlers';
import { registerIpcHandlers } from '../ipc/register-ipc';
import { createServices } from '../services/services';
import { menuTemplate } from './menu';
import { electronPlatform } from './save-dialog';
import { restoreWindowState } from './window-state';
import { isAppUrl } from './app-url';
import { hardenApp, hardenSession } from './security';

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
  const binding = nativeBinding();
  const opened = await openDatabase(join(dataDir, DATABASE_FILE_NAME), binding ? { nativeBinding: binding } : {});
  app.on('will-quit', () => opened.db.close());
  const services = createServices(opened.db);
  // One automatic backup per start, beside the database; the newest ten are kept.
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
  mainWindow = new BrowserWindow({
    ...(state.x !== undefined && state.y !== undefined ? { x: state.x, y: state.y } : {}),
    width: state.width,
    height: state.height,
    minWidth: 1024,
    minHeight: 640,
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
    if (state.maximized) mainWindow?.maximize();
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
}

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  app.on('second-instance', () => {
    if (mainWindow?.isMinimized()) mainWindow.restore();
    mainWindow?.focus();
  });
  hardenApp(appOrigin);
  app.on('window-all-closed', () => app.quit());
  app.whenReady().then(start, (error: unknown) => {
    console.error(error);
    app.quit();
  });
}
