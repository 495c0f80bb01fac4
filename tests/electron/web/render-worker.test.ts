// Issue 12 §5: the web shell renders in the render worker, so that a list call answers while a 150-page draft is
// being rendered; a crashed worker is started again and the same UserError messages come back as before.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoBundle } from '../../../electron/demo/simalungun-2021';
import { workerRenderer, type DocumentRenderer } from '../../../electron/documents/render-pool';
import { createHandlers } from '../../../electron/ipc/handlers';
import { createServices, type Services } from '../../../electron/services/services';
import { startWebShell, type WebShell } from '../../../electron/web/server';
import { webPlatform } from '../../../electron/web/web-platform';
import { decodeWire, encodeWire } from '../../../shared/ipc/wire';
import { FIXED_NOW, openTempDatabase, type TempDatabase } from '../../helpers/temp-db';
import { http } from './http';

let db: TempDatabase;
let renderer: DocumentRenderer;
let services: Services;
let shell: WebShell;
let port: number;

/** Every section of the demo masterplan gets long plain text, so that the draft runs to at least 150 pages. */
function lengthenDraft(): void {
  const sentence = 'Bagian ini menguraikan kondisi, sasaran dan langkah pelaksanaan smart city daerah secara rinci. ';
  const body = Array.from({ length: 14 }, () => sentence.repeat(6)).join('\n\n');
  db.opened.db.prepare('UPDATE mp_section SET body = ?').run(body);
}

beforeAll(async () => {
  db = await openTempDatabase();
  db.services.bundle.import(demoBundle());
  lengthenDraft();
  renderer = workerRenderer();
  services = createServices(db.opened.db, { now: () => FIXED_NOW, renderer });
  writeFileSync(join(db.dir, 'index.html'), '<!doctype html><html><head><title>t</title></head><body></body></html>');
  shell = await startWebShell({ handlers: createHandlers(services, webPlatform(join(db.dir, 'unduhan'))), rendererDir: db.dir });
  port = Number(new URL(shell.url).port);
});

afterAll(async () => {
  await shell?.close();
  await renderer.close();
  db.close();
});

async function api<T>(channel: string, input: unknown): Promise<{ ok: boolean; value: T; error?: { message: string } }> {
  const answer = await http(port, {
    method: 'POST',
    path: `/api/${channel}`,
    headers: { 'Content-Type': 'application/json', 'X-SCD-Token': shell.token },
    body: encodeWire({ input }),
  });
  return decodeWire(answer.body) as { ok: boolean; value: T; error?: { message: string } };
}

describe('rendering in the web shell', () => {
  it('answers list calls while the 150-page draft renders', async () => {
    // The worker's first start (and tsx compiling its sources) is not what is measured.
    expect((await api('documents.preview', { kind: 'komitmen', format: 'pdf' })).ok).toBe(true);
    const draft = { kind: 'masterplan', format: 'pdf' };
    expect((await api<{ pageCount: number }>('documents.preview', draft)).value.pageCount).toBeGreaterThanOrEqual(150);

    const started = performance.now();
    let renderDone = false;
    let renderMs = 0;
    const rendering = api<{ pageCount: number }>('documents.preview', draft).then((answer) => {
      renderMs = performance.now() - started;
      renderDone = true;
      return answer;
    });
    // List calls one after another for as long as the render runs: each one that answered before the render did.
    const during: number[] = [];
    while (!renderDone) {
      const t = performance.now();
      const listed = await api<unknown[]>('people.list', undefined);
      expect(listed.ok).toBe(true);
      if (!renderDone) during.push(performance.now() - t);
    }
    const rendered = await rendering;
    expect(rendered.ok).toBe(true);
    expect(rendered.value.pageCount).toBeGreaterThanOrEqual(150);
    // In the calling thread the render blocks the server: no list call answers before it. In the worker many do,
    // each in a small part of the render's time.
    expect(during.length).toBeGreaterThanOrEqual(3);
    expect(Math.max(...during)).toBeLessThan(renderMs / 3);
  });

  it('returns the same UserError message from the worker as in process', async () => {
    const missing = await api('documents.preview', { kind: 'masterplan-bab', chapterId: 987654, format: 'pdf' });
    expect(missing.ok).toBe(false);
    expect(missing.error?.message).toBe('Bab dengan id 987654 tidak ditemukan.');
  });
});
