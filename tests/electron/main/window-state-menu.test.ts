// Window state restored only when it is sound and on screen; the menu speaks Indonesian and has no dev tools.
import { describe, expect, it } from 'vitest';
import { menuTemplate } from '../../../electron/main/menu';
import { DEFAULT_STATE, restoreWindowState } from '../../../electron/main/window-state';

const laptop = [{ x: 0, y: 0, width: 1366, height: 728 }];

describe('restoreWindowState', () => {
  it('restores a sound state on screen', () => {
    expect(restoreWindowState({ x: 40, y: 30, width: 1200, height: 700, maximized: true }, laptop)).toEqual({
      x: 40,
      y: 30,
      width: 1200,
      height: 700,
      maximized: true,
    });
  });
  it('keeps the size but drops a position on a monitor that is gone', () => {
    expect(restoreWindowState({ x: 2200, y: 100, width: 1300, height: 700, maximized: false }, laptop)).toEqual({
      width: 1300,
      height: 700,
      maximized: false,
    });
  });
  it('falls back to the default for garbage and enforces the minimum size', () => {
    expect(restoreWindowState('rusak', laptop)).toEqual(DEFAULT_STATE);
    expect(restoreWindowState({ width: 'lebar' }, laptop)).toEqual(DEFAULT_STATE);
    expect(restoreWindowState({ width: 300, height: 200 }, laptop)).toMatchObject({ width: 1024, height: 640 });
  });
});

describe('menuTemplate', () => {
  it('is in Indonesian and offers no developer tools', () => {
    const template = menuTemplate('Smart City Desk', () => undefined);
    expect(template.map((m) => m.label)).toEqual(['Berkas', 'Sunting', 'Tampilan', 'Bantuan']);
    const roles = JSON.stringify(template);
    expect(roles).not.toMatch(/toggleDevTools|reload/);
    expect(roles).toContain('Tentang Smart City Desk');
  });
});
