// The bridge of the web shell: every channel is a POST to /api/<channel> on the local server that started this
// page, carrying the per-run token the server wrote into the page. Same envelopes as the Electron preload.
import type { BridgeApi } from '../../../electron/preload/api';
import { channels, type Envelope } from '../../../shared/ipc/channels';
import { decodeWire, encodeWire } from '../../../shared/ipc/wire';

function pageToken(): string {
  return document.querySelector<HTMLMetaElement>('meta[name="scd-token"]')?.content ?? '';
}

async function post(name: string, input: unknown): Promise<Envelope<unknown>> {
  try {
    const response = await fetch(`/api/${encodeURIComponent(name)}`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'X-SCD-Token': pageToken() },
      body: encodeWire({ input }),
    });
    const text = await response.text();
    if (!response.ok && !text.startsWith('{')) {
      return { ok: false, error: { kind: 'unexpected', message: `Server menolak permintaan (${response.status}).` } };
    }
    return decodeWire(text) as Envelope<unknown>;
  } catch {
    return { ok: false, error: { kind: 'unexpected', message: 'Tidak dapat menghubungi layanan Smart City Desk.' } };
  }
}

export function createWebBridge(): BridgeApi {
  return Object.fromEntries(
    Object.keys(channels).map((name) => [name, (input?: unknown) => post(name, input)]),
  ) as unknown as BridgeApi;
}
