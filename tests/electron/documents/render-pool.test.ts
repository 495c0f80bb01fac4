// The render worker (issue 12 §5): the same bytes as a render in the calling thread, the same UserError messages,
// a photo scaled there as here, and a worker that dies is started again for the next render while the renders it
// held fail with a message.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoBundle } from '../../../electron/demo/simalungun-2021';
import { inProcessRenderer, workerRenderer } from '../../../electron/documents/render-pool';
import type { RenderJob } from '../../../electron/documents/render-job';
import { createServices } from '../../../electron/services/services';
import { PhotoProblem } from '../../../electron/images/photo-scale';
import { UserError } from '../../../shared/errors';
import { FIXED_NOW, openTempDatabase, type TempDatabase } from '../../helpers/temp-db';
import { testJpeg, toBase64 } from '../../helpers/test-photos';

let db: TempDatabase;
const worker = workerRenderer();

beforeAll(async () => {
  db = await openTempDatabase();
  db.services.bundle.import(demoBundle());
  // A documentation photo: its bytes must reach the worker (structured clone of the report's data) intact.
  await db.services.stagePhotos.add({ stageNumber: 1, caption: 'Pembukaan', base64: toBase64(testJpeg(640, 480)) });
});

afterAll(async () => {
  await worker.close();
  db.close();
});

describe('render worker', () => {
  it('renders the same PDF and DOCX bytes as the calling thread', async () => {
    const inWorker = createServices(db.opened.db, { now: () => FIXED_NOW, renderer: worker });
    for (const request of [
      { kind: 'komitmen', format: 'pdf' },
      { kind: 'laporan-bimtek', stage: 1, format: 'docx' },
      { kind: 'laporan-bimtek', stage: 1, format: 'pdf' },
      { kind: 'masterplan', format: 'pdf' },
    ] as const) {
      const here = await db.services.documents.preview(request);
      const there = await inWorker.documents.preview(request);
      expect(there.pageCount).toBe(here.pageCount);
      expect(there.bytes.length).toBeGreaterThan(1000);
      expect(Buffer.from(there.bytes).equals(Buffer.from(here.bytes))).toBe(true);
    }
  });

  it('gives a builder refusal back as a UserError with its message', async () => {
    const job: RenderJob = { source: { kind: 'masterplan-bab', data: { chapterId: 0 } as never, chapterId: 0 }, format: 'pdf' };
    const missing = { kind: 'masterplan-bab', chapterId: 4242, format: 'pdf' } as const;
    const inWorker = createServices(db.opened.db, { now: () => FIXED_NOW, renderer: worker });
    const here = await db.services.documents.preview(missing).catch((e: unknown) => e);
    const there = await inWorker.documents.preview(missing).catch((e: unknown) => e);
    expect(there).toBeInstanceOf(UserError);
    expect((there as Error).message).toBe((here as Error).message);
    expect((there as Error).message).toBe('Bab dengan id 4242 tidak ditemukan.');
    // Data the builder cannot read is a plain error, not a message for the user.
    const broken = await worker.render(job).catch((e: unknown) => e);
    expect(broken).toBeInstanceOf(Error);
    expect(broken).not.toBeInstanceOf(UserError);
    expect(await inProcessRenderer.render(job).catch((e: unknown) => (e as Error).message)).toBe((broken as Error).message);
  });

  it('scales an uploaded photo in the worker to the same bytes, and gives a refused image back as a PhotoProblem', async () => {
    const upload = testJpeg(2000, 1500);
    const here = await inProcessRenderer.scalePhoto(upload);
    const there = await worker.scalePhoto(upload);
    expect([there.mime, there.width, there.height]).toEqual(['image/jpeg', 1600, 1200]);
    expect(Buffer.from(there.bytes).equals(Buffer.from(here.bytes))).toBe(true);
    const gif = new Uint8Array(Buffer.from('GIF89a\x01\x00\x01\x00', 'latin1'));
    const refused = await worker.scalePhoto(gif).catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(PhotoProblem);
    expect((refused as Error).message).toBe(await inProcessRenderer.scalePhoto(gif).catch((e: unknown) => (e as Error).message));
    // Through the service the refusal is still a problem at the file's field.
    const inWorker = createServices(db.opened.db, { now: () => FIXED_NOW, renderer: worker });
    await expect(inWorker.stagePhotos.add({ stageNumber: 1, base64: toBase64(gif) })).rejects.toMatchObject({
      problems: [{ path: 'base64', message: expect.stringMatching(/GIF/) }],
    });
  });

  it('starts the worker again after it died, failing only the renders it held', async () => {
    const fake = workerRenderer(new URL('../../fixtures/workers/crashing-render-worker.mjs', import.meta.url));
    const job = (format: string) => ({ source: { kind: 'masterplan' }, format }) as unknown as RenderJob;
    try {
      expect((await fake.render(job('pdf'))).bytes).toEqual(new Uint8Array([1, 2, 3]));
      await expect(fake.render(job('crash'))).rejects.toThrow('Proses pembuat dokumen berhenti (kode 3); coba lagi.');
      expect((await fake.render(job('pdf'))).pageCount).toBe(1);
      const plain = await fake.render(job('throw')).catch((e: unknown) => e);
      expect(plain).not.toBeInstanceOf(UserError);
      expect((plain as Error).message).toBe('rusak di dalam');
      expect((await fake.render(job('docx'))).pageCount).toBe(1);
    } finally {
      await fake.close();
    }
  });
});
