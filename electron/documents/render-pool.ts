// Renders documents off the main thread (Electron's main process, the web shell's server), so that every other call
// still answers while a long draft renders: one worker thread, started on the first render, started again after a
// crash. The built app runs out/main/render-worker.js; tsx and vitest run the TypeScript source through tsx.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { UserError } from '../../shared/errors';
import { PhotoProblem, scalePhoto, type ScaledPhoto } from '../images/photo-scale';
import { renderJob, type RenderJob, type RenderOutput } from './render-job';

/**
 * Turns a render job into bytes, and scales an uploaded photo (the other long piece of CPU work): in the calling
 * thread (CLI, tests) or in the render worker.
 */
export interface DocumentRenderer {
  render(job: RenderJob): Promise<RenderOutput>;
  /** Decodes, turns upright, scales and re-encodes a photo; throws PhotoProblem for an image it refuses. */
  scalePhoto(upload: Uint8Array): Promise<ScaledPhoto>;
  /** Stops the worker, if any; a later render starts it again. */
  close(): Promise<void>;
}

/** What the worker is asked: a render, or a photo to scale. */
export type WorkerRequest = { id: number; job: RenderJob } | { id: number; photo: Uint8Array };

export type WorkerReply =
  | { id: number; ok: true; output: RenderOutput | ScaledPhoto }
  | { id: number; ok: false; user: boolean; photo?: boolean; message: string; stack: string | undefined };

/** Renders in the calling thread: for the CLI's one-shot process and for tests of what is rendered. */
export const inProcessRenderer: DocumentRenderer = {
  render: renderJob,
  scalePhoto: (upload) => Promise.resolve().then(() => scalePhoto(upload)),
  close: () => Promise.resolve(),
};

/**
 * The worker's entry: beside the bundle in the built app (electron.vite.config.ts builds it into out/main), else
 * render-worker-dev.mjs, which loads the TypeScript source through tsx.
 */
export function renderWorkerEntry(): URL {
  const built = new URL('./render-worker.js', import.meta.url);
  return existsSync(fileURLToPath(built)) ? built : new URL('./render-worker-dev.mjs', import.meta.url);
}

interface Pending {
  resolve: (output: RenderOutput | ScaledPhoto) => void;
  reject: (error: Error) => void;
}

/** A renderer backed by one worker thread; `entry` is for tests that need a worker that misbehaves. */
export function workerRenderer(entry: URL = renderWorkerEntry()): DocumentRenderer {
  let worker: Worker | null = null;
  let nextId = 1;
  const pending = new Map<number, Pending>();

  const failAll = (error: Error) => {
    for (const p of pending.values()) p.reject(error);
    pending.clear();
  };

  const start = (): Worker => {
    const w = new Worker(entry);
    // Idle, the worker does not keep the process alive; while a render waits on it, the pending promise does.
    w.unref();
    w.on('message', (reply: WorkerReply) => {
      const p = pending.get(reply.id);
      if (!p) return;
      pending.delete(reply.id);
      if (pending.size === 0) w.unref();
      if (reply.ok) {
        p.resolve(reply.output);
      } else if (reply.photo) {
        p.reject(new PhotoProblem(reply.message));
      } else if (reply.user) {
        p.reject(new UserError(reply.message));
      } else {
        const error = new Error(reply.message);
        if (reply.stack) error.stack = reply.stack;
        p.reject(error);
      }
    });
    w.on('error', (error) => {
      if (worker === w) worker = null;
      failAll(error);
    });
    w.on('exit', (code) => {
      if (worker === w) worker = null;
      failAll(new Error(`Proses pembuat dokumen berhenti (kode ${code}); coba lagi.`));
    });
    return w;
  };

  const ask = <T extends RenderOutput | ScaledPhoto>(request: WorkerRequest): Promise<T> => {
    const w = (worker ??= start());
    return new Promise<T>((resolve, reject) => {
      pending.set(request.id, { resolve: resolve as Pending['resolve'], reject });
      try {
        w.postMessage(request);
        w.ref();
      } catch (error) {
        pending.delete(request.id);
        reject(error as Error);
      }
    });
  };

  return {
    render: (job) => ask<RenderOutput>({ id: nextId++, job }),
    scalePhoto: (photo) => ask<ScaledPhoto>({ id: nextId++, photo }),
    async close() {
      const w = worker;
      worker = null;
      if (w) await w.terminate();
    },
  };
}
