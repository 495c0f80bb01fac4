// Updates through electron-updater's generic provider, pointed by the office at its own server: the app looks for
// updates only when `pembaruan.json` in its data folder names an address, e.g.
//   { "url": "https://intranet.kominfo.example.go.id/smart-city-desk/" }
// where the office puts the installer and the latest.yml that `npm run dist:win` writes beside it. A new version is
// downloaded in the background and installed when the app is closed.

export const UPDATE_CONFIG_FILE = 'pembaruan.json';

export interface UpdateConfig {
  url: string;
}

/** The update address from pembaruan.json's text, or null when absent or unusable (then no update is looked for). */
export function readUpdateConfig(text: string | null): UpdateConfig | null {
  if (text === null) return null;
  let parsed: unknown;
  try {
    parsed = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch {
    return null;
  }
  const url = (parsed as { url?: unknown } | null)?.url;
  if (typeof url !== 'string') return null;
  let address: URL;
  try {
    address = new URL(url.trim());
  } catch {
    return null;
  }
  if (address.protocol !== 'https:' && address.protocol !== 'http:') return null;
  return { url: address.href.endsWith('/') ? address.href : `${address.href}/` };
}

/** The part of electron-updater's autoUpdater used here (tests pass a stand-in). */
export interface Updater {
  autoDownload: boolean;
  autoInstallOnAppQuit: boolean;
  setFeedURL(options: { provider: 'generic'; url: string }): void;
  checkForUpdates(): Promise<unknown>;
  on(event: 'update-downloaded', listener: (info: { version: string }) => void): unknown;
  on(event: 'error', listener: (error: Error) => void): unknown;
}

export function startUpdates(
  updater: Updater,
  config: UpdateConfig,
  notify: (message: string) => void,
  log: (message: string, error?: unknown) => void,
): Promise<void> {
  updater.autoDownload = true;
  updater.autoInstallOnAppQuit = true;
  updater.setFeedURL({ provider: 'generic', url: config.url });
  updater.on('update-downloaded', (info) =>
    notify(`Smart City Desk ${info.version} sudah diunduh dan akan dipasang saat aplikasi ditutup.`),
  );
  // An office server that is down must never stop the clerk's work: logged, not shown.
  updater.on('error', (error) => log('Pemeriksaan pembaruan gagal:', error));
  return updater.checkForUpdates().then(
    () => undefined,
    (error: unknown) => log('Pemeriksaan pembaruan gagal:', error),
  );
}
