// Registers every channel on Electron's ipcMain, dropping calls from any frame but the app's own page.
import type { IpcMain, IpcMainInvokeEvent } from 'electron';
import { channels, type Envelope } from '../../shared/ipc/channels';
import { type Handlers, invokeChannel } from './handlers';

export function registerIpcHandlers(
  ipcMain: IpcMain,
  handlers: Handlers,
  isTrustedSender: (event: IpcMainInvokeEvent) => boolean,
): void {
  for (const name of Object.keys(channels)) {
    ipcMain.handle(name, async (event, raw: unknown): Promise<Envelope<unknown>> => {
      if (!isTrustedSender(event)) {
        return { ok: false, error: { kind: 'unexpected', message: 'Permintaan dari sumber yang tidak dikenal ditolak.' } };
      }
      return invokeChannel(handlers, name, raw);
    });
  }
}
