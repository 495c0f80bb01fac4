// The web shell's limits: a body larger than the largest real bundle is refused with 413 as soon as its size is
// known, without waiting for or holding it; only the two backup calls take a whole backup. Printing writes into a
// folder only this user can enter.
import { chmodSync, chownSync, mkdirSync, statSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { invokeChannel } from '../../../electron/ipc/handlers';
import { createHandlers } from '../../../electron/ipc/handlers';
import { privateTempDir } from '../../../electron/files/private-temp';
import { MAX_BACKUP_BODY_BYTES, MAX_BODY_BYTES, startWebShell, type WebShell } from '../../../electron/web/server';
import { webPlatform } from '../../../electron/web/web-platform';
import { demoBundle } from '../../../electron/demo/simalungun-2021';
import { encodeWire } from '../../../shared/ipc/wire';
import { openTempDatabase, tempDir, type TempDatabase } from '../../helpers/temp-db';
import { http } from './http';

let db: TempDatabase;
let shell: WebShell;
let port: number;

beforeAll(async () => {
  db = await openTempDatabase();
  const renderer = join(db.dir, 'renderer');
  mkdirSync(renderer, { recursive: true });
  writeFileSync(join(renderer, 'index.html'), '<!doctype html><html><head><title>t</title></head><body></body></html>');
  // The real limits: no maxBodyBytes given.
  shell = await startWebShell({
    handlers: createHandlers(db.services, webPlatform(join(db.dir, 'unduhan'))),
    rendererDir: renderer,
  });
  port = Number(new URL(shell.url).port);
});

afterAll(async () => {
  await shell.close();
  db.close();
});

/** Declares a body of `declared` bytes, sends only the first kilobyte, and times the answer. */
function declareHuge(channel: string, declared: number): Promise<{ status: number; ms: number }> {
  const started = Date.now();
  return new Promise((done, fail) => {
    const req = request(
      {
        host: '127.0.0.1',
        port,
        method: 'POST',
        path: `/api/${channel}`,
        headers: { 'Content-Type': 'application/json', 'X-SCD-Token': shell.token, 'Content-Length': String(declared) },
      },
      (res) => {
        res.resume();
        done({ status: res.statusCode ?? 0, ms: Date.now() - started });
        req.destroy();
      },
    );
    req.on('error', (error: NodeJS.ErrnoException) =>
      error.code === 'ECONNRESET' || error.code === 'EPIPE' ? undefined : fail(error),
    );
    req.write('x'.repeat(1024));
    // Never finished: a server that waited for the body would not answer before the timeout.
    setTimeout(() => {
      done({ status: 0, ms: Date.now() - started });
      req.destroy();
    }, 3000);
  });
}

describe('web shell limits', () => {
  it('caps ordinary calls at a documented size well under the backup size', () => {
    expect(MAX_BODY_BYTES).toBe(64 * 1024 * 1024);
    expect(MAX_BACKUP_BODY_BYTES).toBeGreaterThanOrEqual(270_000_000);
  });

  it('refuses a body over the cap with 413 at once, without waiting for it', async () => {
    const answer = await declareHuge('bundle.import', MAX_BODY_BYTES + 1);
    expect(answer.status).toBe(413);
    expect(answer.ms).toBeLessThan(2000);
  });

  it('a streamed body over the cap gets 413 too', async () => {
    const chunk = 'a'.repeat(1024 * 1024);
    const answer = await new Promise<number>((done, fail) => {
      const req = request(
        {
          host: '127.0.0.1',
          port,
          method: 'POST',
          path: '/api/bundle.import',
          headers: { 'Content-Type': 'application/json', 'X-SCD-Token': shell.token, 'Transfer-Encoding': 'chunked' },
        },
        (res) => {
          res.resume();
          done(res.statusCode ?? 0);
        },
      );
      req.on('error', (error: NodeJS.ErrnoException) =>
        error.code === 'ECONNRESET' || error.code === 'EPIPE' ? undefined : fail(error),
      );
      let sent = 0;
      const pump = () => {
        while (sent <= MAX_BODY_BYTES / chunk.length + 1) {
          sent++;
          if (!req.write(chunk)) return void req.once('drain', pump);
        }
        req.end();
      };
      pump();
    });
    expect(answer).toBe(413);
  });

  it('a backup call may be larger than the cap (its own limit applies)', async () => {
    const answer = await declareHuge('backup.restore', MAX_BODY_BYTES + 1);
    expect(answer.status).toBe(0); // still reading the body, as it should
  });

  it('an ordinary call under the cap is answered', async () => {
    const answer = await http(port, {
      method: 'POST',
      path: '/api/units.list',
      headers: { 'Content-Type': 'application/json', 'X-SCD-Token': shell.token },
      body: encodeWire({ input: undefined }),
    });
    expect(answer.status).toBe(200);
  });
});

describe('printing', () => {
  it('writes the PDF into a folder of this user with mode 700, not a shared one', async () => {
    db.services.bundle.import(demoBundle());
    const handlers = createHandlers(db.services, webPlatform(join(db.dir, 'unduhan')));
    const printed = (await invokeChannel(handlers, 'documents.print', { kind: 'komitmen', format: 'pdf' })) as {
      ok: true;
      value: { file: string };
    };
    expect(printed.ok).toBe(true);
    const folder = join(printed.value.file, '..');
    expect(folder).not.toBe(join(tmpdir(), 'smart-city-desk-cetak'));
    expect(folder).toContain(`smart-city-desk-${process.getuid!()}`);
    expect(statSync(folder).mode & 0o777).toBe(0o700);
    expect(statSync(join(folder, '..')).mode & 0o777).toBe(0o700);
  });

  it('never uses a folder of that name that someone else made beforehand', () => {
    const t = tempDir('scd-private-');
    const saved = process.env.XDG_RUNTIME_DIR;
    const savedTmp = process.env.TMPDIR;
    try {
      delete process.env.XDG_RUNTIME_DIR;
      process.env.TMPDIR = t.dir;
      const planted = join(t.dir, `smart-city-desk-${process.getuid!()}`);
      mkdirSync(planted, { mode: 0o777 });
      chmodSync(planted, 0o777);
      chownSync(planted, 65534, 65534);
      const dir = privateTempDir('cetak');
      expect(dir.startsWith(planted)).toBe(false);
      expect(statSync(dir).mode & 0o777).toBe(0o700);
      expect(statSync(dir).uid).toBe(process.getuid!());
    } finally {
      if (saved === undefined) delete process.env.XDG_RUNTIME_DIR;
      else process.env.XDG_RUNTIME_DIR = saved;
      if (savedTmp === undefined) delete process.env.TMPDIR;
      else process.env.TMPDIR = savedTmp;
      t.cleanup();
    }
  });
});
