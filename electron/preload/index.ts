// The preload: exposes one named function per IPC channel to the page, and nothing else (never ipcRenderer).
import { contextBridge, ipcRenderer } from 'electron';
import { channels } from '../../shared/ipc/channels';
import type { BridgeApi } from './api';

const api = Object.fromEntries(
  Object.keys(channels).map((name) => [name, (input?: unknown) => ipcRenderer.invoke(name, input)]),
) as unknown as BridgeApi;

contextBridge.exposeInMainWorld('smartCityDesk', api);
