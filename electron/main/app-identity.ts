// Who the app is to Windows and what language it speaks, whatever the display language of Windows.

/**
 * Windows groups the taskbar button, notifications and pinned shortcuts by this id; it must be the appId the NSIS
 * installer writes into the shortcuts (electron.builder.yml), which a test checks.
 */
export const APP_USER_MODEL_ID = 'id.go.kominfo.smartcitydesk';

/**
 * The app's locale: Chromium takes it for navigator.language, Intl's default, date and number inputs (dd/mm/yyyy,
 * decimal comma) and its own dialogs, instead of the Windows display language.
 */
export const APP_LOCALE = 'id';

/** The parts of Electron's app the identity is set through. */
export interface IdentityTarget {
  commandLine: { appendSwitch(name: string, value?: string): void };
  setAppUserModelId(id: string): void;
}

/** Must run before app 'ready' (the locale switch is read when Chromium starts). */
export function applyAppIdentity(app: IdentityTarget, platform: NodeJS.Platform = process.platform): void {
  app.commandLine.appendSwitch('lang', APP_LOCALE);
  if (platform === 'win32') app.setAppUserModelId(APP_USER_MODEL_ID);
}
