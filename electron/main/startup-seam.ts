// The Electron side of the start-failure dialog (startup.ts): native message and file dialogs, the lock, the exit.
import { app, dialog } from 'electron';
import type { StartupSeam } from './startup';

const DATABASE_FILTERS = [
  { name: 'Basis data Smart City Desk', extensions: ['db', 'bak'] },
  { name: 'Semua berkas', extensions: ['*'] },
];

export function electronStartupSeam(): StartupSeam {
  return {
    async showFailure(d) {
      const quit = d.buttons.length - 1;
      const result = await dialog.showMessageBox({
        type: d.kind === 'locked' ? 'warning' : 'error',
        title: d.title,
        message: d.message,
        detail: d.detail,
        buttons: d.buttons.map((b) => b.label),
        defaultId: 0,
        cancelId: quit,
        noLink: true,
      });
      return result.response;
    },
    async chooseDatabase(defaultFolder) {
      const result = await dialog.showOpenDialog({
        title: 'Buka basis data lain',
        defaultPath: defaultFolder,
        filters: DATABASE_FILTERS,
        properties: ['openFile'],
      });
      return result.canceled ? null : (result.filePaths[0] ?? null);
    },
    async chooseBackup(defaultFolder) {
      const result = await dialog.showOpenDialog({
        title: 'Pilih cadangan untuk dipulihkan',
        defaultPath: defaultFolder,
        filters: DATABASE_FILTERS,
        properties: ['openFile'],
      });
      return result.canceled ? null : (result.filePaths[0] ?? null);
    },
    releaseLock: () => app.releaseSingleInstanceLock(),
    exit: (code) => app.exit(code),
    log: (error) => console.error(error),
  };
}
