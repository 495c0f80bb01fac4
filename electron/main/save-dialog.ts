// The native save dialog behind the documents.save channel: proposes the document's name in the Documents folder;
// opening a file in its program; printing from inside the app in a hidden window at true size.
import { app, BrowserWindow, dialog, shell } from 'electron';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { InAppPrintOptions } from '../documents/print-html';
import { freshPrintPath } from '../files/print-file';
import { privateTempDir } from '../files/private-temp';
import type { Platform } from '../ipc/handlers';

/**
 * Loads the printing page (print-html.ts: the laid-out pages, @page the paper's size) in a hidden window of its own
 * in-memory session, without scripts, and opens the system print dialog with no margins at scale 100.
 */
async function printInHiddenWindow(
  html: string,
  options: InAppPrintOptions,
): Promise<{ printed: boolean; reason: string | null }> {
  const file = freshPrintPath(privateTempDir('cetak'), 'cetak.html');
  writeFileSync(file, html);
  const window = new BrowserWindow({
    show: false,
    webPreferences: {
      partition: 'cetak',
      sandbox: true,
      contextIsolation: true,
      nodeIntegration: false,
      webSecurity: true,
      javascript: false,
      spellcheck: false,
    },
  });
  try {
    await window.loadFile(file);
    return await new Promise((resolve) => {
      window.webContents.print(options, (printed, reason) => resolve({ printed, reason: printed ? null : reason || null }));
    });
  } finally {
    window.destroy();
  }
}

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
    printHtml: printInHiddenWindow,
    async openFile(file) {
      const problem = await shell.openPath(file);
      if (problem) throw new Error(`Berkas tidak dapat dibuka: ${problem}`);
    },
  };
}
