// The native save dialog behind the documents.save channel: proposes the document's name in the Documents folder.
import { app, type BrowserWindow, dialog, shell } from 'electron';
import { join } from 'node:path';
import type { Platform } from '../ipc/handlers';

const FILTERS = {
  pdf: [{ name: 'Dokumen PDF', extensions: ['pdf'] }],
  docx: [{ name: 'Dokumen Word', extensions: ['docx'] }],
  db: [{ name: 'Cadangan basis data', extensions: ['db'] }],
  json: [{ name: 'Bundel JSON', extensions: ['json'] }],
};

export function electronPlatform(window: () => BrowserWindow | null): Platform {
  return {
    async chooseSavePath(defaultName, format) {
      const options = {
        title: 'Simpan dokumen',
        defaultPath: join(app.getPath('documents'), defaultName),
        filters: FILTERS[format],
      };
      const owner = window();
      const result = owner ? await dialog.showSaveDialog(owner, options) : await dialog.showSaveDialog(options);
      return result.canceled || !result.filePath ? null : result.filePath;
    },
    async openFile(file) {
      const problem = await shell.openPath(file);
      if (problem) throw new Error(`Berkas tidak dapat dibuka: ${problem}`);
    },
  };
}
