// The IPC handlers called directly against a real database: raw unknown input validated by the channel map,
// results and errors wrapped in envelopes the renderer can show in words.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createHandlers, invokeChannel } from '../../../electron/ipc/handlers';
import { channels } from '../../../shared/ipc/channels';
import { demoBundle } from '../../../electron/demo/simalungun-2021';
import { minimalBundle, validNip } from '../../helpers/bundle-factory';
import { tempDatabasePerTest } from '../../helpers/temp-db';

const openDb = tempDatabasePerTest();
/** The save dialog answers with a file in the test's folder, or cancels when `cancel` is set. */
const dialog = { cancel: false, dir: '' };
async function handlers(openFile?: (file: string) => Promise<void>) {
  const t = await openDb();
  dialog.dir = t.dir;
  return createHandlers(t.services, {
    chooseSavePath: async (name) => (dialog.cancel ? null : join(dialog.dir, name)),
    ...(openFile ? { openFile } : {}),
  });
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
      error: {
        kind: 'validation',
        message: expect.stringMatching(/nip: NIP harus 18 digit/),
        problems: [{ path: 'nip', message: 'NIP harus 18 digit' }],
      },
    });
  });

  it('refuses unknown channels, wrong input types and reports user errors in words', async () => {
    const h = await handlers();
    expect(await invokeChannel(h, 'fs.readFile', '/etc/passwd')).toMatchObject({ ok: false, error: { kind: 'unexpected' } });
    expect(await invokeChannel(h, 'people.remove', 'all')).toMatchObject({ ok: false, error: { kind: 'validation' } });
    expect(await invokeChannel(h, 'people.remove', { id: 5 })).toMatchObject({
      ok: false,
      error: { kind: 'user', message: expect.stringMatching(/tidak ditemukan/) },
    });
    const saved = await invokeChannel(h, 'people.save', { name: 'Baru', nip: validNip(77) });
    expect(saved).toMatchObject({ ok: true, value: { name: 'Baru' } });
  });

  it('previews and saves documents through the channels; a cancelled dialog writes nothing', async () => {
    const h = await handlers();
    await invokeChannel(h, 'bundle.import', { bundle: demoBundle() });
    const preview = await invokeChannel(h, 'documents.preview', { kind: 'komitmen', format: 'pdf' });
    expect(preview.ok).toBe(true);
    const view = (preview as { value: { bytes: Uint8Array; pageCount: number } }).value;
    expect(Buffer.from(view.bytes.subarray(0, 5)).toString('latin1')).toBe('%PDF-');
    expect(view.pageCount).toBeGreaterThan(1);
    expect(await invokeChannel(h, 'register.renders', undefined)).toEqual({ ok: true, value: [] });

    dialog.cancel = true;
    expect(await invokeChannel(h, 'documents.save', { kind: 'berita-acara', format: 'docx' })).toEqual({ ok: true, value: null });
    expect(await invokeChannel(h, 'register.numbers', undefined)).toEqual({ ok: true, value: [] });

    dialog.cancel = false;
    const saved = await invokeChannel(h, 'documents.save', { kind: 'berita-acara', format: 'docx' });
    const value = (saved as { value: { file: string; number: string; render: { kind: string } } }).value;
    expect(existsSync(value.file)).toBe(true);
    expect(value.number).toMatch(/\/1\//);
    expect(value.render.kind).toBe('berita-acara');

    const missing = await invokeChannel(h, 'documents.preview', { kind: 'daftar-hadir', format: 'pdf' });
    expect(missing).toMatchObject({ ok: false, error: { kind: 'validation', problems: [{ path: 'stage' }] } });
  });

  it('prints by handing the exact PDF to the system viewer, or says where it is when there is none', async () => {
    const opened: string[] = [];
    const h = await handlers(async (file) => {
      opened.push(file);
    });
    await invokeChannel(h, 'bundle.import', { bundle: demoBundle() });
    const printed = (await invokeChannel(h, 'documents.print', { kind: 'komitmen', format: 'pdf' })) as {
      value: { file: string; opened: boolean };
    };
    expect(printed.value.opened).toBe(true);
    expect(opened).toEqual([printed.value.file]);
    expect(readFileSync(printed.value.file).subarray(0, 5).toString('latin1')).toBe('%PDF-');

    const webLike = await handlers();
    await invokeChannel(webLike, 'bundle.import', { bundle: demoBundle() });
    const saved = (await invokeChannel(webLike, 'documents.print', { kind: 'komitmen', format: 'pdf' })) as {
      value: { file: string; opened: boolean };
    };
    expect(saved.value.opened).toBe(false);
    expect(existsSync(saved.value.file)).toBe(true);
  });
});

describe('ipc: the masterplan books collections', () => {
  it('saves a programme with its yearly budget and a strategy with its links, refusing a foreign SWOT item by path', async () => {
    const h = await handlers();
    await invokeChannel(h, 'bundle.import', { bundle: minimalBundle() });
    const programme = await invokeChannel(h, 'masterplan.programmes.list', undefined);
    const p = (programme.ok ? (programme.value as Record<string, unknown>[]) : [])[0]!;
    const saved = await invokeChannel(h, 'masterplan.programmes.save', {
      ...p,
      budgets: [{ year: 2022, source: 'APBD', amount: 5 }],
    });
    expect(saved).toMatchObject({ ok: true, value: { budgets: [{ year: 2022, source: 'APBD', amount: 5 }] } });
    const ok = await invokeChannel(h, 'masterplan.strategies.save', {
      dimensionId: 1,
      kind: 'SO',
      text: 'Strategi',
      swotIds: [1],
      programmeIds: [1],
    });
    expect(ok).toMatchObject({ ok: true, value: { swotIds: [1], programmeIds: [1] } });
    const bad = await invokeChannel(h, 'masterplan.strategies.save', {
      dimensionId: 1,
      kind: 'WT',
      text: 'Strategi',
      swotIds: [1],
    });
    expect(bad).toMatchObject({
      ok: false,
      error: {
        kind: 'validation',
        problems: [{ path: 'swotIds[0]', message: 'strategi W-T menjawab Kelemahan dan Ancaman, bukan Kekuatan' }],
      },
    });
    const list = await invokeChannel(h, 'masterplan.strategies.list', undefined);
    expect(list.ok && (list.value as unknown[]).length).toBe(1);
  });
});
