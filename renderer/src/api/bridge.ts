// The one way the screens reach the services: the preload's window.smartCityDesk in Electron, or the same contract
// over fetch in the web shell. `call` unwraps the envelope and throws a CallError the screens can show in words.
import type { BridgeApi } from '../../../electron/preload/api';
import type { ChannelInput, ChannelName, ChannelOutput, Envelope } from '../../../shared/ipc/channels';
import { createWebBridge } from './web-bridge';

export type Problem = { path: string; message: string };

export class CallError extends Error {
  constructor(
    message: string,
    readonly kind: 'validation' | 'user' | 'unexpected',
    readonly problems: Problem[] = [],
  ) {
    super(message);
    this.name = 'CallError';
  }

  /** The message for one form field, by its path ("nip", "signatories[2].positionId"). */
  fieldMessage(path: string): string | undefined {
    return this.problems.find((p) => p.path === path)?.message;
  }
}

let bridge: BridgeApi | null = null;

export function getBridge(): BridgeApi {
  const current: BridgeApi =
    bridge ?? (typeof window !== 'undefined' && window.smartCityDesk ? window.smartCityDesk : createWebBridge());
  bridge = current;
  return current;
}

export function unwrap<T>(envelope: Envelope<T>): T {
  if (envelope.ok) return envelope.value;
  throw new CallError(envelope.error.message, envelope.error.kind, envelope.error.problems ?? []);
}

export async function call<K extends ChannelName>(
  name: K,
  ...input: ChannelInput<K> extends undefined ? [] : [ChannelInput<K>]
): Promise<ChannelOutput<K>> {
  const fn = getBridge()[name] as (input?: unknown) => Promise<Envelope<ChannelOutput<K>>>;
  return unwrap(await fn(input[0]));
}
