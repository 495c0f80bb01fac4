// Entry of the render worker thread: takes render jobs (plain data) and photos to scale from the main thread, works
// them one after another and posts the bytes back (transferred, not copied); an error goes back as its message.
import { parentPort } from 'node:worker_threads';
import { UserError } from '../../shared/errors';
import { PhotoProblem, scalePhoto } from '../images/photo-scale';
import { renderJob } from './render-job';
import type { WorkerReply, WorkerRequest } from './render-pool';

const port = parentPort;
if (!port) throw new Error('render-worker.ts runs only as a worker thread');

port.on('message', (message: WorkerRequest) => {
  const work = 'job' in message ? renderJob(message.job) : Promise.resolve().then(() => scalePhoto(message.photo));
  work.then(
    (output) => {
      const reply: WorkerReply = { id: message.id, ok: true, output };
      // Bytes that fill their own buffer move without a copy; a view into a larger (perhaps pooled) buffer is copied.
      const { bytes } = output;
      const whole = bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength;
      port.postMessage(reply, whole && bytes.buffer instanceof ArrayBuffer ? [bytes.buffer] : []);
    },
    (error: unknown) => {
      const reply: WorkerReply = {
        id: message.id,
        ok: false,
        user: error instanceof UserError,
        photo: error instanceof PhotoProblem,
        message: error instanceof Error ? error.message : String(error),
        stack: error instanceof Error ? error.stack : undefined,
      };
      port.postMessage(reply);
    },
  );
});
