// The web shell: the same handlers as Electron's IPC on 127.0.0.1. The page is served only to whoever opens the
// address printed at launch (its token becomes an HttpOnly cookie), every API call carries the token, and requests
// naming another host are refused (DNS rebinding).
import { randomBytes, timingSafeEqual } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { decodeWire, encodeWire } from '../../shared/ipc/wire';
import { CONTENT_SECURITY_POLICY } from '../content-security-policy';
import { type Handlers, invokeChannel, isChannelName } from '../ipc/handlers';

/**
 * Largest request body of any call but a backup's: the largest bundle the format allows, 20,000 people with their
 * positions and 20,000 Bimtek participants, is 8.4 MB of JSON as `npm run bench` builds it; with uids, times, long
 * names, a 2 MB logo and a full masterplan it stays under 30 MB, so 64 MiB leaves room. A larger body is refused with 413 as soon as it is seen to be larger
 * (by Content-Length or while streaming), never held in memory.
 */
export const MAX_BODY_BYTES = 64 * 1024 * 1024;

/** backup.inspect and backup.restore carry a whole backup as base64 (at most 270 MB, shared/domain/backup.ts). */
export const MAX_BACKUP_BODY_BYTES = 280 * 1024 * 1024;
const BACKUP_CHANNELS = new Set(['backup.inspect', 'backup.restore']);

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.wasm': 'application/wasm',
};

export interface WebShellOptions {
  handlers: Handlers;
  /** The built renderer (out/renderer). */
  rendererDir: string;
  /** 0 or absent: any free port. */
  port?: number;
  /** Largest request body accepted; MAX_BODY_BYTES unless a test wants less. */
  maxBodyBytes?: number;
  /** Largest body of backup.inspect and backup.restore; MAX_BACKUP_BODY_BYTES unless a test wants less. */
  maxBackupBodyBytes?: number;
}

export interface WebShell {
  /** The address to open, with the token that lets the page in. */
  url: string;
  token: string;
  close(): Promise<void>;
}

class HttpError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

function readBody(request: IncomingMessage, limit: number): Promise<string> {
  return new Promise((done, fail) => {
    if (Number(request.headers['content-length'] ?? 0) > limit) {
      fail(new HttpError(413, 'Permintaan terlalu besar.'));
      return;
    }
    const chunks: Buffer[] = [];
    let size = 0;
    request.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) {
        // The rest is read and dropped, so that the client still gets its 413 (the connection then closes).
        request.removeAllListeners('data');
        request.resume();
        chunks.length = 0;
        fail(new HttpError(413, 'Permintaan terlalu besar.'));
        return;
      }
      chunks.push(chunk);
    });
    request.on('end', () => done(Buffer.concat(chunks).toString('utf8')));
    request.on('error', fail);
  });
}

function decodePath(path: string): string {
  try {
    return decodeURIComponent(path);
  } catch {
    throw new HttpError(400, 'Alamat tidak sah.');
  }
}

function sameToken(given: string | string[] | undefined, token: string): boolean {
  if (typeof given !== 'string') return false;
  const a = Buffer.from(given);
  const b = Buffer.from(token);
  return a.length === b.length && timingSafeEqual(a, b);
}

function send(response: ServerResponse, status: number, type: string, body: string | Buffer): void {
  response.writeHead(status, {
    // An unread request body must not be taken for the next request on a kept-alive connection.
    ...(status === 413 ? { Connection: 'close' } : {}),
    'Content-Type': type,
    'Content-Security-Policy': CONTENT_SECURITY_POLICY,
    'X-Content-Type-Options': 'nosniff',
    'Cache-Control': 'no-store',
  });
  response.end(body);
}

const sendError = (response: ServerResponse, status: number, message: string) =>
  send(response, status, 'application/json; charset=utf-8', encodeWire({ ok: false, error: { kind: 'unexpected', message } }));

export async function startWebShell(options: WebShellOptions): Promise<WebShell> {
  const token = randomBytes(24).toString('hex');
  const root = resolve(options.rendererDir);
  // Read on every request, so that a rebuilt renderer is picked up without restarting; fails early if missing.
  const indexHtml = async () =>
    (await readFile(join(root, 'index.html'), 'utf8')).replace(
      /<head(\s[^>]*)?>/i,
      (head) => `${head}\n    <meta name="scd-token" content="${token}" />`,
    );
  if (!(await indexHtml()).includes(token)) throw new Error(`${join(root, 'index.html')} has no <head> for the token`);
  let allowedHosts: string[] = [];

  async function api(request: IncomingMessage, response: ServerResponse, name: string): Promise<void> {
    if (request.method !== 'POST') throw new HttpError(405, 'Gunakan POST.');
    if (!sameToken(request.headers['x-scd-token'], token)) throw new HttpError(403, 'Token tidak sah.');
    if (!isChannelName(name)) throw new HttpError(404, `Saluran tidak dikenal: ${name}`);
    if (!(request.headers['content-type'] ?? '').startsWith('application/json')) {
      throw new HttpError(415, 'Isi permintaan harus JSON.');
    }
    let body: unknown;
    try {
      const limit = BACKUP_CHANNELS.has(name)
        ? (options.maxBackupBodyBytes ?? MAX_BACKUP_BODY_BYTES)
        : (options.maxBodyBytes ?? MAX_BODY_BYTES);
      body = decodeWire(await readBody(request, limit));
    } catch (error) {
      if (error instanceof HttpError) throw error;
      throw new HttpError(400, 'Isi permintaan bukan JSON yang sah.');
    }
    const input = body !== null && typeof body === 'object' ? (body as { input?: unknown }).input : undefined;
    const envelope = await invokeChannel(options.handlers, name, input);
    send(response, 200, 'application/json; charset=utf-8', encodeWire(envelope));
  }

  /** The page holds the token, so it goes only to a request that shows the token (the launch URL, then the cookie). */
  async function page(request: IncomingMessage, response: ServerResponse, url: URL): Promise<void> {
    const cookie = /(?:^|;\s*)scd-token=([0-9a-f]+)/.exec(request.headers.cookie ?? '')?.[1];
    if (!sameToken(url.searchParams.get('t') ?? undefined, token) && !sameToken(cookie, token)) {
      throw new HttpError(403, 'Buka alamat lengkap yang dicetak saat npm run web dimulai.');
    }
    response.setHeader('Set-Cookie', `scd-token=${token}; HttpOnly; SameSite=Strict; Path=/`);
    send(response, 200, TYPES['.html']!, await indexHtml());
  }

  async function asset(response: ServerResponse, path: string): Promise<void> {
    const file = normalize(join(root, decodePath(path)));
    if (!file.startsWith(root + sep)) throw new HttpError(404, 'Tidak ditemukan.');
    let bytes: Buffer;
    try {
      bytes = await readFile(file);
    } catch {
      throw new HttpError(404, 'Tidak ditemukan.');
    }
    send(response, 200, TYPES[extname(file)] ?? 'application/octet-stream', bytes);
  }

  const server = createServer((request, response) => {
    const handle = async () => {
      if (!allowedHosts.includes(request.headers.host ?? '')) throw new HttpError(403, 'Host tidak dikenal.');
      const url = new URL(request.url ?? '/', 'http://127.0.0.1');
      const path = url.pathname;
      if (path.startsWith('/api/')) return api(request, response, decodePath(path.slice('/api/'.length)));
      if (request.method !== 'GET' && request.method !== 'HEAD') throw new HttpError(405, 'Metode tidak didukung.');
      if (path === '/' || path === '/index.html') return page(request, response, url);
      return asset(response, path);
    };
    handle().catch((error: unknown) => {
      if (response.headersSent) return;
      if (error instanceof HttpError) sendError(response, error.status, error.message);
      else sendError(response, 500, 'Terjadi kesalahan pada server.');
    });
  });
  await new Promise<void>((done, fail) => {
    server.once('error', fail);
    server.listen(options.port ?? 0, '127.0.0.1', done);
  });
  const { port } = server.address() as AddressInfo;
  allowedHosts = [`127.0.0.1:${port}`, `localhost:${port}`];
  return {
    url: `http://127.0.0.1:${port}/?t=${token}`,
    token,
    close: () =>
      new Promise<void>((done) => {
        server.closeAllConnections();
        server.close(() => done());
      }),
  };
}
