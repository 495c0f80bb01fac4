// The IPC handlers called directly against a real database: raw unknown input validated by the channel map,
// results and errors wrapped in envelopes the renderer can show in words.
import { afterEach, describe, expect, it } from 'vitest';
import { createHandlers, invokeChannel } from '../../../electron/ipc/handlers';
import { channels } from '../../../shared/ipc/channels';
import { minimalBundle, validNip } from '../../helpers/bundle-factory';
import { openTempDatabase, type TempDatabase } from '../../helpers/temp-db';

const open: TempDatabase[] = [];
afterEach(() => open.splice(0).forEach((t) => t.close()));
async function handlers() {
  const t = await openTempDatabase();
  open.push(t);
  return createHandlers(t.services);
}

describe('ipc handlers', () => {
  it('has a handler for every channel and no others', async () => {
    expect(Object.keys(await handlers()).sort()).toEqual(Object.keys(channels).sort());
  });

  it('imports a bundle and reads it back through the channels', async () => {
    const h = await handlers();
    const imported = await invokeChannel(h, 'bundle.import', { bundle: minimalBundle() });
    expect(imported).toMatchObject({ ok: true, value: { people: 3 } });
    const people = await invokeChannel(h, 'people.list', undefined);
    expect(people.ok && (people.value as { name: string }[]).map((p) => p.name)).toContain('Wasin Sinaga');
    const regency = await invokeChannel(h, 'profile.getRegency', undefined);
    expect(regency).toMatchObject({ ok: true, value: { name: 'Contoh', kind: 'kabupaten' } });
  });

  it('validates raw input: a bad NIP comes back as a validation envelope naming the field', async () => {
    const h = await handlers();
    const result = await invokeChannel(h, 'people.save', { name: 'A', nip: '1' });
    expect(result).toEqual({
      ok: false,
      error: { kind: 'validation', message: expect.stringMatching(/nip: NIP harus 18 digit/), problems: [{ path: 'nip', message: 'NIP harus 18 digit' }] },
    });
  });

  it('refuses unknown channels, wrong input types and reports user errors in words', async () => {
    const h = await handlers();
    expect(await invokeChannel(h, 'fs.readFile', '/etc/passwd')).toMatchObject({ ok: false, error: { kind: 'unexpected' } });
    expect(await invokeChannel(h, 'people.remove', 'all')).toMatchObject({ ok: false, error: { kind: 'validation' } });
    expect(await invokeChannel(h, 'people.remove', { id: 5 })).toMatchObject({ ok: false, error: { kind: 'user', message: expect.stringMatching(/tidak ditemukan/) } });
    const saved = await invokeChannel(h, 'people.save', { name: 'Baru', nip: validNip(77) });
    expect(saved).toMatchObject({ ok: true, value: { name: 'Baru' } });
  });
});
