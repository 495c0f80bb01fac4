// The web shell's wire format: JSON in which byte arrays travel as {"$bytes": base64}, so documents and backups
// reach the page as the same Uint8Array the Electron preload hands over. Keys of the data that start with "$" are
// escaped with one more "$", so that no user data (an imported bundle) can pass for bytes.

const BYTES_KEY = '$bytes';

function toBase64(bytes: Uint8Array): string {
  let binary = '';
  const chunk = 0x8000;
  for (let i = 0; i < bytes.length; i += chunk) binary += String.fromCharCode(...bytes.subarray(i, i + chunk));
  return btoa(binary);
}

function fromBase64(text: string): Uint8Array {
  const binary = atob(text);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

const isPlainObject = (v: unknown): v is Record<string, unknown> =>
  v !== null && typeof v === 'object' && !Array.isArray(v) && !(v instanceof Uint8Array);

export function encodeWire(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) => {
    if (v instanceof Uint8Array) return { [BYTES_KEY]: toBase64(v) };
    if (isPlainObject(v) && Object.keys(v).some((k) => k.startsWith('$'))) {
      return Object.fromEntries(Object.entries(v).map(([k, x]) => [k.startsWith('$') ? `$${k}` : k, x]));
    }
    return v;
  });
}

export function decodeWire(text: string): unknown {
  return JSON.parse(text, (_key, v: unknown) => {
    if (!isPlainObject(v)) return v;
    const keys = Object.keys(v);
    const encoded = v[BYTES_KEY];
    if (keys.length === 1 && typeof encoded === 'string') return fromBase64(encoded);
    if (!keys.some((k) => k.startsWith('$'))) return v;
    return Object.fromEntries(Object.entries(v).map(([k, x]) => [k.startsWith('$$') ? k.slice(1) : k, x]));
  });
}
