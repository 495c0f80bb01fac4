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
      lib: { entry: resolve(__dirname, 'electron/main/index.ts') },
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
