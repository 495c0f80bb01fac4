// Build of the three Electron parts: main (Node, dependencies external), preload (sandboxed, so everything
// bundled into one CommonJS file) and the React renderer.
import react from '@vitejs/plugin-react';
import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { defineConfig } from 'electron-vite';
import type { Plugin } from 'vite';
import { chromiumTarget } from './electron/main/chromium-target';

/** The Chromium inside the installed Electron: the renderer is built for it (see chromium-target.ts). */
const chromium = chromiumTarget(__dirname);

/** The migration SQL files are read at run time beside the main bundle (see electron/db/migrations.ts). */
function copyMigrations(): Plugin {
  const dir = resolve(__dirname, 'electron/db/migrations');
  return {
    name: 'copy-migrations',
    generateBundle() {
      for (const file of readdirSync(dir).filter((f) => f.endsWith('.sql'))) {
        this.emitFile({ type: 'asset', fileName: `migrations/${file}`, source: readFileSync(resolve(dir, file), 'utf8') });
      }
    },
  };
}

export default defineConfig({
  main: {
    build: {
      outDir: 'out/main',
      externalizeDeps: true,
      // The render worker is a second entry: render-pool.ts starts out/main/render-worker.js beside index.js.
      lib: {
        entry: {
          index: resolve(__dirname, 'electron/main/index.ts'),
          'render-worker': resolve(__dirname, 'electron/documents/render-worker.ts'),
        },
      },
      // Shared code goes into chunks beside the entries, so that import.meta.url of each is out/main.
      rollupOptions: { output: { chunkFileNames: '[name]-[hash].js' } },
    },
    plugins: [copyMigrations()],
  },
  preload: {
    build: {
      outDir: 'out/preload',
      externalizeDeps: false,
      lib: { entry: resolve(__dirname, 'electron/preload/index.ts') },
      rollupOptions: { output: { format: 'cjs', entryFileNames: '[name].cjs' } },
    },
  },
  renderer: {
    root: resolve(__dirname, 'renderer'),
    build: {
      outDir: resolve(__dirname, 'out/renderer'),
      target: chromium.buildTarget,
      rollupOptions: { input: resolve(__dirname, 'renderer/index.html') },
    },
    plugins: [react()],
  },
});
