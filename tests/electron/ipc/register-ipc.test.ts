// IPC registration: one handler per channel, calls from an unexpected sender dropped before any handler runs.
import { describe, expect, it, vi } from 'vitest';
import type { Handlers } from '../../../electron/ipc/handlers';
import { registerIpcHandlers } from '../../../electron/ipc/register-ipc';
import { channels } from '../../../shared/ipc/channels';

type Registered = (event: unknown, raw: unknown) => Promise<unknown>;

function register(trusted: boolean) {
  const registered = new Map<string, Registered>();
  const ipcMain = { handle: (name: string, fn: Registered) => registered.set(name, fn) };
  const listUnits = vi.fn(() => [{ id: 1, name: 'Dinas Kominfo' }]);
  registerIpcHandlers(ipcMain as never, { 'units.list': listUnits } as unknown as Handlers, () => trusted);
  return { registered, listUnits };
}

describe('registerIpcHandlers', () => {
  it('registers every channel of the map and answers a trusted call with an envelope', async () => {
    const { registered, listUnits } = register(true);
    expect([...registered.keys()].sort()).toEqual(Object.keys(channels).sort());
    expect(await registered.get('units.list')!({}, undefined)).toEqual({ ok: true, value: [{ id: 1, name: 'Dinas Kominfo' }] });
    expect(listUnits).toHaveBeenCalledOnce();
  });

  it('drops a call from an unexpected sender without running the handler', async () => {
    const { registered, listUnits } = register(false);
    const answer = (await registered.get('units.list')!({}, undefined)) as { ok: boolean; error: { message: string } };
    expect(answer.ok).toBe(false);
    expect(answer.error.message).toMatch(/sumber yang tidak dikenal ditolak/);
    expect(listUnits).not.toHaveBeenCalled();
  });
});
