// The Chromium tests run in Debian's Chromium, which may be newer than the Chromium inside Electron. Before any
// page or worker script runs, this guard deletes the JavaScript and DOM APIs that shipped after a given Chromium
// version, so a renderer that quietly depends on one (pdf.js 5's modern build calls
// Map.prototype.getOrInsertComputed, Chromium 145) fails here as it would in the app.
//
// Versions are the first Chrome release with the API enabled by default, from MDN's browser-compat-data 8.1.9
// (javascript.builtins.* and api.*). Add a line when a renderer dependency starts using something new.
import type { BrowserContext, Route } from 'playwright-core';

export interface GuardedApi {
  /** `Name` (a global), `Name.member` (static) or `Name.prototype.member`. */
  path: string;
  /** The Chromium major that shipped it. */
  chromium: number;
}

export const GUARDED_APIS: readonly GuardedApi[] = [
  // ECMAScript
  { path: 'Iterator.prototype.map', chromium: 122 },
  { path: 'Iterator.prototype.filter', chromium: 122 },
  { path: 'Iterator.prototype.take', chromium: 122 },
  { path: 'Iterator.prototype.drop', chromium: 122 },
  { path: 'Iterator.prototype.flatMap', chromium: 122 },
  { path: 'Iterator.prototype.reduce', chromium: 122 },
  { path: 'Iterator.prototype.toArray', chromium: 122 },
  { path: 'Iterator.prototype.forEach', chromium: 122 },
  { path: 'Iterator.prototype.some', chromium: 122 },
  { path: 'Iterator.prototype.every', chromium: 122 },
  { path: 'Iterator.prototype.find', chromium: 122 },
  { path: 'Iterator.from', chromium: 122 },
  { path: 'Set.prototype.union', chromium: 122 },
  { path: 'Set.prototype.intersection', chromium: 122 },
  { path: 'Set.prototype.difference', chromium: 122 },
  { path: 'Set.prototype.symmetricDifference', chromium: 122 },
  { path: 'Set.prototype.isSubsetOf', chromium: 122 },
  { path: 'Set.prototype.isSupersetOf', chromium: 122 },
  { path: 'Set.prototype.isDisjointFrom', chromium: 122 },
  { path: 'URL.parse', chromium: 126 },
  { path: 'Promise.try', chromium: 128 },
  { path: 'Intl.DurationFormat', chromium: 129 },
  { path: 'Atomics.pause', chromium: 133 },
  { path: 'Error.isError', chromium: 134 },
  { path: 'DisposableStack', chromium: 134 },
  { path: 'AsyncDisposableStack', chromium: 134 },
  { path: 'SuppressedError', chromium: 134 },
  { path: 'Float16Array', chromium: 135 },
  { path: 'Math.f16round', chromium: 135 },
  { path: 'DataView.prototype.getFloat16', chromium: 135 },
  { path: 'DataView.prototype.setFloat16', chromium: 135 },
  { path: 'RegExp.escape', chromium: 136 },
  { path: 'Uint8Array.fromBase64', chromium: 140 },
  { path: 'Uint8Array.fromHex', chromium: 140 },
  { path: 'Uint8Array.prototype.toBase64', chromium: 140 },
  { path: 'Uint8Array.prototype.toHex', chromium: 140 },
  { path: 'Uint8Array.prototype.setFromBase64', chromium: 140 },
  { path: 'Uint8Array.prototype.setFromHex', chromium: 140 },
  { path: 'Temporal', chromium: 144 },
  { path: 'Date.prototype.toTemporalInstant', chromium: 144 },
  { path: 'Map.prototype.getOrInsert', chromium: 145 },
  { path: 'Map.prototype.getOrInsertComputed', chromium: 145 },
  { path: 'WeakMap.prototype.getOrInsert', chromium: 145 },
  { path: 'WeakMap.prototype.getOrInsertComputed', chromium: 145 },
  { path: 'Iterator.concat', chromium: 146 },
  { path: 'Math.sumPrecise', chromium: 147 },
  { path: 'Iterator.zip', chromium: 153 },
  { path: 'Iterator.zipKeyed', chromium: 153 },
  // DOM
  { path: 'Element.prototype.moveBefore', chromium: 133 },
  { path: 'HTMLDialogElement.prototype.requestClose', chromium: 134 },
  { path: 'Selection.prototype.getComposedRanges', chromium: 137 },
  { path: 'Element.prototype.ariaNotify', chromium: 141 },
  { path: 'Document.prototype.ariaNotify', chromium: 141 },
  { path: 'Blob.prototype.bytes', chromium: 144 },
  { path: 'Origin', chromium: 145 },
  { path: 'Sanitizer', chromium: 146 },
  { path: 'Element.prototype.setHTML', chromium: 146 },
  { path: 'ShadowRoot.prototype.setHTML', chromium: 146 },
  { path: 'Document.parseHTML', chromium: 146 },
  { path: 'Element.prototype.startViewTransition', chromium: 147 },
  { path: 'Element.prototype.pseudo', chromium: 149 },
  { path: 'Blob.prototype.textStream', chromium: 151 },
  { path: 'Request.prototype.textStream', chromium: 151 },
  { path: 'Response.prototype.textStream', chromium: 151 },
  { path: 'Element.prototype.appendHTML', chromium: 157 },
  { path: 'Element.prototype.prependHTML', chromium: 157 },
  { path: 'Element.prototype.beforeHTML', chromium: 157 },
  { path: 'Element.prototype.afterHTML', chromium: 157 },
  { path: 'Element.prototype.replaceWithHTML', chromium: 157 },
];

export function apisNewerThan(chromium: number): GuardedApi[] {
  return GUARDED_APIS.filter((api) => api.chromium > chromium);
}

/**
 * Plain script (for pages and workers alike) that deletes every API newer than `chromium` and records in
 * `globalThis.__apiGuard` which ones it found and removed, so a test can check that the guard really acted.
 */
export function guardScript(chromium: number): string {
  const paths = apisNewerThan(chromium).map((api) => api.path);
  return `;(() => {
  const removed = [];
  for (const path of ${JSON.stringify(paths)}) {
    const parts = path.split('.');
    const name = parts.pop();
    let owner = globalThis;
    for (const part of parts) owner = owner == null ? undefined : owner[part];
    if (owner == null || !(name in owner)) continue;
    if (Reflect.deleteProperty(owner, name) && !(name in owner)) removed.push(path);
    else throw new Error('API guard could not remove ' + path);
  }
  Object.defineProperty(globalThis, '__apiGuard', { value: { chromium: ${chromium}, removed }, configurable: true });
})();
`;
}

/**
 * Installs the guard in a browser context: as an init script for every page, and prepended to every script the
 * web shell serves that a page starts as a worker (pdf.js draws in a worker; init scripts do not reach workers).
 */
export async function installApiGuard(context: BrowserContext, chromium: number): Promise<void> {
  const script = guardScript(chromium);
  await context.addInitScript({ content: script });
  await context.route(/worker[^/]*\.m?js(\?.*)?$/, async (route: Route) => {
    const response = await route.fetch();
    await route.fulfill({ response, body: script + (await response.text()) });
  });
}
