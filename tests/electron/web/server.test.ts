// The web shell's server: the token and the host guard every call, input is validated by the same handlers as
// IPC, files outside the renderer stay out of reach, and oversized requests are refused.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHandlers } from '../../../electron/ipc/handlers';
import { startWebShell, type WebShell } from '../../../electron/web/server';
import { webPlatform } from '../../../electron/web/web-platform';
import { decodeWire, encodeWire } from '../../../shared/ipc/wire';
import { openTempDatabase, type TempDatabase } from '../../helpers/temp-db';
import { http } from './http';

let db: TempDatabase;
let shell: WebShell;
let port: number;

beforeAll(async () => {
  db = await openTempDatabase();
  const renderer = join(db.dir, 'renderer');
  mkdirSync(join(renderer, 'assets'), { recursive: true });
  writeFileSync(join(renderer, 'index.html'), '<!doctype html><html><head><title>t</title></head><body></body></html>');
  writeFileSync(join(renderer, 'assets', 'app.js'), 'console.log(1)');
  writeFileSync(join(db.dir, 'secret.txt'), 'rahasia');
  shell = await startWebShell({
    handlers: createHandlers(db.services, webPlatform(join(db.dir, 'unduhan'))),
    rendererDir: renderer,
    maxBodyBytes: 64 * 1024,
  });
  port = Number(new URL(shell.url).port);
});

afterAll(async () => {
  await shell.close();
  db.close();
});

const api = (channel: string, input: unknown, headers: Record<string, string> = {}) =>
  http(port, {
    method: 'POST',
    path: `/api/${channel}`,
    headers: { 'Content-Type': 'application/json', 'X-SCD-Token': shell.token, ...headers },
    body: encodeWire({ input }),
  });

describe('web shell server', () => {
  it('serves the page with the token and the content security policy, and only on 127.0.0.1', async () => {
    expect(shell.url).toBe(`http://127.0.0.1:${port}/?t=${shell.token}`);
    const page = await http(port, { path: `/?t=${shell.token}` });
    expect(page.status).toBe(200);
    expect(page.body).toContain(`<meta name="scd-token" content="${shell.token}" />`);
    expect(page.headers['content-security-policy']).toContain("script-src 'self'");
    expect(String(page.headers['set-cookie'])).toMatch(/^scd-token=[0-9a-f]+; HttpOnly; SameSite=Strict; Path=\//);
    expect((await http(port, { path: '/assets/app.js' })).headers['content-type']).toMatch(/^text\/javascript/);
  });

  it('answers a call with the same envelope as IPC, bytes and all', async () => {
    const saved = await api('units.save', {
      kind: 'dinas',
      name: 'Dinas Komunikasi dan Informatika',
      shortName: 'Diskominfo',
      order: 1,
    });
    expect(saved.status).toBe(200);
    expect((decodeWire(saved.body) as { ok: boolean }).ok).toBe(true);
    const listed = decodeWire((await api('units.list', undefined)).body) as { ok: true; value: { name: string }[] };
    expect(listed.value.map((u) => u.name)).toEqual(['Dinas Komunikasi dan Informatika']);
  });

  it('returns validation problems by field and writes nothing for bad input', async () => {
    const answer = decodeWire((await api('units.save', { kind: 'dinas', name: '', order: 'x' })).body) as {
      ok: false;
      error: { kind: string; problems: { path: string }[] };
    };
    expect(answer.ok).toBe(false);
    expect(answer.error.kind).toBe('validation');
    expect(answer.error.problems.map((p) => p.path)).toContain('name');
    expect(db.services.units.list()).toHaveLength(1);
  });

  it('refuses a call without the right token, from another host, or to an unknown channel', async () => {
    expect((await api('units.list', undefined, { 'X-SCD-Token': 'salah' })).status).toBe(403);
    expect(
      (await http(port, { method: 'POST', path: '/api/units.list', headers: { 'Content-Type': 'application/json' }, body: '{}' }))
        .status,
    ).toBe(403);
    expect((await api('units.list', undefined, { Host: `evil.example:${port}` })).status).toBe(403);
    expect((await http(port, { path: '/', headers: { Host: 'evil.example' } })).status).toBe(403);
    expect((await api('units.dropAll', undefined)).status).toBe(404);
    expect((await api('units.list', undefined, { 'Content-Type': 'text/plain' })).status).toBe(415);
    expect((await http(port, { method: 'GET', path: '/api/units.list', headers: { 'X-SCD-Token': shell.token } })).status).toBe(
      405,
    );
  });

  it('refuses a body over the limit without reading it, and malformed JSON', async () => {
    const big = await api('units.save', { kind: 'dinas', name: 'x'.repeat(100 * 1024), order: 1 });
    expect(big.status).toBe(413);
    // Without a length announced (chunked), the limit is found while reading, and the answer is still a 413.
    const chunked = await http(port, {
      method: 'POST',
      path: '/api/units.save',
      headers: { 'Content-Type': 'application/json', 'X-SCD-Token': shell.token, 'Transfer-Encoding': 'chunked' },
      body: encodeWire({ input: { kind: 'dinas', name: 'x'.repeat(100 * 1024) } }),
    });
    expect(chunked.status).toBe(413);
    expect(db.services.units.list()).toHaveLength(1);
    const broken = await http(port, {
      method: 'POST',
      path: '/api/units.list',
      headers: { 'Content-Type': 'application/json', 'X-SCD-Token': shell.token },
      body: '{"input":',
    });
    expect(broken.status).toBe(400);
  });

  it('gives the page, and so the token, only to whoever opened the launch address', async () => {
    const stranger = await http(port, { path: '/' });
    expect(stranger.status).toBe(403);
    expect(stranger.body).not.toContain(shell.token);
    expect((await http(port, { path: '/?t=tebakan' })).status).toBe(403);
    expect((await http(port, { path: '/index.html', headers: { Cookie: 'scd-token=tebakan' } })).status).toBe(403);
    const reload = await http(port, { path: '/', headers: { Cookie: `lain=1; scd-token=${shell.token}` } });
    expect(reload.status).toBe(200);
    expect(reload.body).toContain(shell.token);
  });

  it('serves nothing outside the renderer folder', async () => {
    // URL parsing already folds "/../" and "%2e%2e"; an encoded slash reaches the folder check itself.
    const paths = ['/../secret.txt', '/%2e%2e/secret.txt', '/..%2fsecret.txt', '/assets/..%2f..%2fsecret.txt', '/nope.js'];
    for (const path of paths) {
      const answer = await http(port, { path });
      expect(answer.status, path).toBe(404);
      expect(answer.body).not.toContain('rahasia');
    }
    expect((await http(port, { path: '/assets/%E0%A4%A' })).status).toBe(400);
  });

  it('saves documents into the downloads folder without overwriting an earlier file', async () => {
    db.services.bundle.import((await import('../../../electron/demo/simalungun-2021')).demoBundle(), { replace: true });
    const request = { kind: 'komitmen', format: 'pdf' };
    const first = decodeWire((await api('documents.save', request)).body) as { ok: true; value: { file: string } };
    const second = decodeWire((await api('documents.save', request)).body) as { ok: true; value: { file: string } };
    expect(first.value.file.startsWith(join(db.dir, 'unduhan'))).toBe(true);
    expect(second.value.file).not.toBe(first.value.file);
    expect(second.value.file).toMatch(/ \(2\)\.pdf$/);
  });
});
