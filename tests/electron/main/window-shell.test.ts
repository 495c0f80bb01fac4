// The shell's Windows manners, checked as plain data: the window fits the work area (1366×768 at 125 % included)
// and opens maximised on small screens; the right-click menu in text fields; the AppUserModelId and the locale;
// and main/index.ts wires them (and the start-failure dialog) in.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { APP_LOCALE, APP_USER_MODEL_ID, applyAppIdentity } from '../../../electron/main/app-identity';
import { contextMenuTemplate, type ContextMenuParams } from '../../../electron/main/context-menu';
import { placeWindow, restoreWindowState, workAreaFor } from '../../../electron/main/window-state';

const root = join(__dirname, '..', '..', '..');
/** 1366×768 at 125 %: 1093×614 device-independent pixels, less a 40 px taskbar. */
const laptop125 = { x: 0, y: 0, width: 1093, height: 574 };
const fullHd = { x: 0, y: 0, width: 1920, height: 1040 };
const secondScreen = { x: 1920, y: 0, width: 1280, height: 984 };

describe('placeWindow', () => {
  it('never opens larger than the work area, nor with a minimum size beyond it, and maximises on small screens', () => {
    const placed = placeWindow(restoreWindowState(null, [laptop125]), laptop125);
    expect(placed.width).toBeLessThanOrEqual(laptop125.width);
    expect(placed.height).toBeLessThanOrEqual(laptop125.height);
    expect(placed.minWidth).toBeLessThanOrEqual(laptop125.width);
    expect(placed.minHeight).toBeLessThanOrEqual(laptop125.height);
    expect(placed.maximized).toBe(true);
  });

  it('keeps a saved window that fits, where it was, on a large screen', () => {
    const state = restoreWindowState({ x: 100, y: 50, width: 1400, height: 900, maximized: false }, [fullHd]);
    expect(placeWindow(state, fullHd)).toEqual({
      x: 100,
      y: 50,
      width: 1400,
      height: 900,
      minWidth: 1024,
      minHeight: 640,
      maximized: false,
    });
  });

  it('pulls a window that would hang over the edge back inside the work area', () => {
    const state = restoreWindowState({ x: 1500, y: 600, width: 1400, height: 900, maximized: false }, [fullHd]);
    const placed = placeWindow(state, fullHd);
    expect(placed.x! + placed.width).toBeLessThanOrEqual(fullHd.width);
    expect(placed.y! + placed.height).toBeLessThanOrEqual(fullHd.height);
  });

  it('uses the work area of the screen the window was on, else the primary one', () => {
    const on2 = restoreWindowState({ x: 2000, y: 100, width: 1200, height: 800, maximized: false }, [fullHd, secondScreen]);
    expect(workAreaFor(on2, [fullHd, secondScreen], fullHd)).toEqual(secondScreen);
    const gone = restoreWindowState({ x: 5000, y: 100, width: 1200, height: 800, maximized: false }, [fullHd]);
    expect(workAreaFor(gone, [fullHd], fullHd)).toEqual(fullHd);
  });
});

const flags = { canCut: true, canCopy: true, canPaste: true, canSelectAll: true, canUndo: false, canRedo: false };
const params = (p: Partial<ContextMenuParams>): ContextMenuParams => ({
  isEditable: false,
  selectionText: '',
  editFlags: flags,
  ...p,
});

describe('contextMenuTemplate', () => {
  it('offers Potong / Salin / Tempel / Pilih Semua in a text field', () => {
    const items = contextMenuTemplate(params({ isEditable: true }));
    const labelled = items.filter((i) => i.label).map((i) => [i.role, i.label]);
    expect(labelled).toEqual([
      ['undo', 'Urungkan'],
      ['redo', 'Ulangi'],
      ['cut', 'Potong'],
      ['copy', 'Salin'],
      ['paste', 'Tempel'],
      ['selectAll', 'Pilih Semua'],
    ]);
    expect(items.find((i) => i.role === 'undo')?.enabled).toBe(false);
  });

  it('offers Salin on selected text elsewhere, and nothing on a bare page', () => {
    expect(contextMenuTemplate(params({ selectionText: 'Simalungun' }))).toEqual([
      { role: 'copy', label: 'Salin', enabled: true },
    ]);
    expect(contextMenuTemplate(params({}))).toEqual([]);
  });
});

describe('app identity', () => {
  it('is the appId the installer gives its shortcuts, set on Windows with the Indonesian locale', () => {
    const builder = readFileSync(join(root, 'electron.builder.yml'), 'utf8');
    expect(builder).toMatch(new RegExp(`^appId: ${APP_USER_MODEL_ID.replace(/\./g, '\\.')}$`, 'm'));
    const calls: string[] = [];
    const app = {
      commandLine: { appendSwitch: (name: string, value?: string) => calls.push(`${name}=${value}`) },
      setAppUserModelId: (id: string) => calls.push(`aumid=${id}`),
    };
    applyAppIdentity(app, 'win32');
    expect(calls).toEqual([`lang=${APP_LOCALE}`, `aumid=${APP_USER_MODEL_ID}`]);
    expect(APP_LOCALE).toBe('id');
    calls.length = 0;
    applyAppIdentity(app, 'linux');
    expect(calls).toEqual([`lang=${APP_LOCALE}`]);
  });
});

describe('main/index.ts', () => {
  const source = readFileSync(join(root, 'electron', 'main', 'index.ts'), 'utf8');
  it('catches every start failure, and opens the database through the recovery dialog', () => {
    expect(source).toMatch(/\.whenReady\(\)\s*\.then\(start\)\s*\.catch\(/);
    expect(source).toContain('openWithRecovery(');
    expect(source).toContain('app.releaseSingleInstanceLock()');
  });
  it('sets identity before the lock, clears old print files, places the window and adds the context menu', () => {
    expect(source.indexOf('applyAppIdentity(app)')).toBeLessThan(source.indexOf('requestSingleInstanceLock()'));
    expect(source).toContain("clearPrintFolder(privateTempDir('cetak'))");
    expect(source).toMatch(/minWidth: placement\.minWidth/);
    expect(source).toContain("webContents.on('context-menu'");
  });
});
