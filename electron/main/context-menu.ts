// The right-click menu in Indonesian: Potong / Salin / Tempel / Pilih Semua in text fields, Salin on selected
// text elsewhere, nothing otherwise. Plain data with Electron roles, checked in Node.
import type { MenuItemConstructorOptions } from 'electron';

/** The parts of Electron's context-menu params the menu depends on. */
export interface ContextMenuParams {
  isEditable: boolean;
  selectionText: string;
  editFlags: { canCut: boolean; canCopy: boolean; canPaste: boolean; canSelectAll: boolean; canUndo: boolean; canRedo: boolean };
}

export function contextMenuTemplate(params: ContextMenuParams): MenuItemConstructorOptions[] {
  const flags = params.editFlags;
  if (params.isEditable) {
    return [
      { role: 'undo', label: 'Urungkan', enabled: flags.canUndo },
      { role: 'redo', label: 'Ulangi', enabled: flags.canRedo },
      { type: 'separator' },
      { role: 'cut', label: 'Potong', enabled: flags.canCut },
      { role: 'copy', label: 'Salin', enabled: flags.canCopy },
      { role: 'paste', label: 'Tempel', enabled: flags.canPaste },
      { type: 'separator' },
      { role: 'selectAll', label: 'Pilih Semua', enabled: flags.canSelectAll },
    ];
  }
  if (params.selectionText.trim() !== '') return [{ role: 'copy', label: 'Salin', enabled: flags.canCopy }];
  return [];
}
