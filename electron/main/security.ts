// Electron hardening in one place: content security policy, no navigation, no new windows, no permissions,
// and the single checked function through which links leave the app.
import { app, session, shell, type WebContents } from 'electron';
import { CONTENT_SECURITY_POLICY } from '../content-security-policy';
import { isAppUrl } from './app-url';

const ALLOWED_EXTERNAL = /^(https:\/\/|mailto:)/i;

/** The only way a link leaves the app: https and mailto, opened by the operating system. */
export async function openExternalLink(url: string): Promise<boolean> {
  if (!ALLOWED_EXTERNAL.test(url)) return false;
  try {
    new URL(url);
  } catch {
    return false;
  }
  await shell.openExternal(url);
  return true;
}

export function hardenSession(): void {
  session.defaultSession.webRequest.onHeadersReceived((details, callback) => {
    callback({ responseHeaders: { ...details.responseHeaders, 'Content-Security-Policy': [CONTENT_SECURITY_POLICY] } });
  });
  session.defaultSession.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.defaultSession.setPermissionCheckHandler(() => false);
}

export function hardenContents(contents: WebContents, appOrigin: () => string): void {
  contents.on('will-navigate', (event, url) => {
    if (!isAppUrl(url, appOrigin())) event.preventDefault();
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(({ url }) => {
    void openExternalLink(url);
    return { action: 'deny' };
  });
}

export function hardenApp(appOrigin: () => string): void {
  app.on('web-contents-created', (_event, contents) => hardenContents(contents, appOrigin));
}
