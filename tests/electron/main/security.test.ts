// Electron hardening without Electron: the app-URL test, and what the hooks on a web contents do with foreign
// navigation, webviews and new windows (Electron's API replaced by a recorder).
import { beforeEach, describe, expect, it, vi } from 'vitest';

const openExternal = vi.fn(() => Promise.resolve());
vi.mock('electron', () => ({ app: { on: vi.fn() }, session: {}, shell: { openExternal } }));

const { isAppUrl } = await import('../../../electron/main/app-url');
const { hardenContents, openExternalLink } = await import('../../../electron/main/security');

describe('isAppUrl', () => {
  it('matches the dev server by origin, not by prefix', () => {
    expect(isAppUrl('http://localhost:5173/#/dokumen', 'http://localhost:5173')).toBe(true);
    expect(isAppUrl('http://localhost:5173.evil.example/', 'http://localhost:5173')).toBe(false);
    expect(isAppUrl('http://localhost:5174/', 'http://localhost:5173')).toBe(false);
    expect(isAppUrl('not a url', 'http://localhost:5173')).toBe(false);
  });

  it('matches the packaged page by its exact file, on Windows paths too', () => {
    const app = 'file:///C:/Users/staf/AppData/Local/Programs/smart-city-desk/resources/app.asar/out/renderer/index.html';
    expect(isAppUrl(`${app}#pejabat`, app)).toBe(true);
    expect(isAppUrl('file:///C:/Users/staf/Downloads/evil.html', app)).toBe(false);
    // Windows paths match whatever the drive letter's case or the encoding of a space.
    const spaced = 'file:///C:/Program%20Files/Smart%20City%20Desk/resources/app.asar/out/renderer/index.html';
    expect(isAppUrl('file:///c:/Program Files/Smart City Desk/resources/app.asar/out/renderer/index.html', spaced)).toBe(true);
    expect(isAppUrl('file:///home/staf/out/renderer/INDEX.html', 'file:///home/staf/out/renderer/index.html')).toBe(false);
    expect(isAppUrl('https://example.com/', app)).toBe(false);
  });
});

describe('hardenContents', () => {
  type Listener = (event: { preventDefault: () => void }, url?: string) => void;
  let listeners: Map<string, Listener>;
  let openHandler: (details: { url: string }) => { action: string };

  beforeEach(() => {
    listeners = new Map();
    openExternal.mockClear();
    const contents = {
      on: (name: string, fn: Listener) => listeners.set(name, fn),
      setWindowOpenHandler: (fn: typeof openHandler) => (openHandler = fn),
    };
    hardenContents(contents as never, () => 'http://localhost:5173');
  });

  const prevented = (name: string, url?: string) => {
    const event = { preventDefault: vi.fn() };
    listeners.get(name)!(event, url);
    return event.preventDefault.mock.calls.length > 0;
  };

  it('blocks navigation away from the app and every webview', () => {
    expect(prevented('will-navigate', 'https://evil.example/')).toBe(true);
    expect(prevented('will-navigate', 'http://localhost:5173.evil.example/')).toBe(true);
    expect(prevented('will-navigate', 'http://localhost:5173/')).toBe(false);
    expect(prevented('will-attach-webview')).toBe(true);
  });

  it('denies every new window and hands only https and mailto links to the system', async () => {
    expect(openHandler({ url: 'https://jdih.kominfo.go.id/' }).action).toBe('deny');
    expect(openHandler({ url: 'file:///C:/Windows/system32/calc.exe' }).action).toBe('deny');
    expect(openHandler({ url: 'javascript:alert(1)' }).action).toBe('deny');
    await Promise.resolve();
    expect(openExternal.mock.calls.map((c) => (c as unknown[])[0])).toEqual(['https://jdih.kominfo.go.id/']);
    expect(await openExternalLink('mailto:diskominfo@simalungunkab.go.id')).toBe(true);
    expect(await openExternalLink('smb://server/share')).toBe(false);
  });
});
