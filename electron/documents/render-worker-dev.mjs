// Development entry of the render worker (tsx, vitest): registers tsx in the worker thread, then loads the
// TypeScript entry. The built app starts out/main/render-worker.js instead (see render-pool.ts).
import { register } from 'tsx/esm/api';

register();
await import('./render-worker.ts');
