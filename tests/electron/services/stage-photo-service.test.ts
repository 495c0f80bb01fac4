// Documentation photos of a Bimtek stage with a real database file: added scaled, listed in order, captioned, moved
// and removed; refused at the field with a reason; carried by the bundle byte for byte; and the older databases
// (the v6 fixture, a v7 file) open with the new table empty and take photos.
import Database from 'better-sqlite3';
import { copyFileSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../../../electron/db/connection';
import { MIGRATIONS, migrationSql } from '../../../electron/db/migrations';
import { demoBundle } from '../../../electron/demo/simalungun-2021';
import { serializeBundle } from '../../../electron/services/bundle-service';
import { createServices } from '../../../electron/services/services';
import { imageSize } from '../../../shared/document/image-size';
import { MAX_PHOTOS_PER_STAGE } from '../../../shared/domain/stage-photo';
import { ValidationError } from '../../../shared/errors';
import { FIXED_NOW, openTempDatabase, tempDir, type TempDatabase } from '../../helpers/temp-db';
import { GIF_1X1, testJpeg, testPng, toBase64 } from '../../helpers/test-photos';

const FIXTURES = fileURLToPath(new URL('../../fixtures/', import.meta.url));
let db: TempDatabase;
const dirs: (() => void)[] = [];
beforeAll(async () => {
  db = await openTempDatabase();
  db.services.bundle.import(demoBundle());
});
afterAll(() => {
  db.close();
  dirs.forEach((c) => c());
});

async function refusal(fn: () => unknown): Promise<ValidationError> {
  try {
    await fn();
  } catch (error) {
    if (error instanceof ValidationError) return error;
    throw error;
  }
  throw new Error('not refused');
}

const photos = () => db.services.stagePhotos;

describe('stage photos', () => {
  it('adds a large photo scaled down (aspect kept) and lists the stage’s photos in order with their bytes', async () => {
    const big = await photos().add({
      stageNumber: 3,
      caption: '  Pembukaan  ',
      fileName: 'IMG_0001.jpg',
      base64: toBase64(testJpeg(2000, 1500)),
    });
    expect(big).toMatchObject({ stageNumber: 3, caption: 'Pembukaan', mime: 'image/jpeg', width: 1600, height: 1200 });
    const bytes = Buffer.from(big.base64, 'base64');
    expect(bytes.length).toBe(big.sizeBytes);
    expect(imageSize({ data: bytes, mime: 'image/jpeg' })).toEqual({ width: 1600, height: 1200 });
    const small = await photos().add({ stageNumber: 3, caption: 'Diskusi', base64: toBase64(testPng(300, 200)) });
    expect(small).toMatchObject({ mime: 'image/jpeg', width: 300, height: 200 });
    expect(
      photos()
        .list({ stageNumber: 3 })
        .map((p) => p.caption),
    ).toEqual(['Pembukaan', 'Diskusi']);
    expect(photos().list({ stageNumber: 4 })).toEqual([]);
  });

  it('edits a caption, moves a photo up and down (nothing past either end) and removes one', () => {
    const [first, second] = photos().list({ stageNumber: 3 });
    expect(photos().setCaption({ id: second!.id, caption: 'Diskusi kelompok' }).caption).toBe('Diskusi kelompok');
    expect(
      photos()
        .move({ id: second!.id, direction: 'up' })
        .map((p) => p.id),
    ).toEqual([second!.id, first!.id]);
    expect(
      photos()
        .move({ id: second!.id, direction: 'up' })
        .map((p) => p.id),
    ).toEqual([second!.id, first!.id]);
    expect(
      photos()
        .move({ id: second!.id, direction: 'down' })
        .map((p) => p.id),
    ).toEqual([first!.id, second!.id]);
    photos().remove(first!.id);
    expect(
      photos()
        .list({ stageNumber: 3 })
        .map((p) => p.caption),
    ).toEqual(['Diskusi kelompok']);
    expect(() => photos().setCaption({ id: first!.id, caption: 'x' })).toThrow(/tidak ada lagi/);
  });

  it('refuses a GIF, a damaged JPEG and a caption too long, each at its field, storing nothing', async () => {
    const before = photos().list({ stageNumber: 3 }).length;
    const gif = await refusal(() => photos().add({ stageNumber: 3, fileName: 'animasi.gif', base64: toBase64(GIF_1X1) }));
    expect(gif.problems).toEqual([
      { path: 'base64', message: 'animasi.gif: berkas GIF tidak didukung; simpan foto sebagai JPEG atau PNG lalu pilih lagi' },
    ]);
    const jpeg = testJpeg(200, 100);
    const damaged = await refusal(() => photos().add({ stageNumber: 3, base64: toBase64(jpeg.subarray(0, 300)) }));
    expect(damaged.problems[0]).toMatchObject({ path: 'base64', message: expect.stringMatching(/JPEG rusak/) });
    const long = await refusal(() => photos().add({ stageNumber: 3, caption: 'x'.repeat(301), base64: toBase64(jpeg) }));
    expect(long.problems[0]).toMatchObject({ path: 'caption', message: expect.stringMatching(/maksimal 300/) });
    expect(photos().list({ stageNumber: 3 })).toHaveLength(before);
  });

  it(`takes at most ${MAX_PHOTOS_PER_STAGE} photos per stage`, async () => {
    const tiny = toBase64(testJpeg(32, 24));
    while (photos().list({ stageNumber: 4 }).length < MAX_PHOTOS_PER_STAGE) await photos().add({ stageNumber: 4, base64: tiny });
    const full = await refusal(() => photos().add({ stageNumber: 4, base64: tiny }));
    expect(full.problems[0]).toMatchObject({ path: 'base64', message: expect.stringMatching(/sudah memiliki 20 foto/) });
    // Another stage still takes photos.
    expect((await photos().add({ stageNumber: 1, caption: 'Registrasi', base64: tiny })).stageNumber).toBe(1);
  });

  it('travels in the bundle: a round trip through a new database exports byte for byte the same file', async () => {
    const exported = serializeBundle(db.services.bundle.export());
    const parsed = JSON.parse(exported);
    expect(parsed.stagePhotos.length).toBe(MAX_PHOTOS_PER_STAGE + 2);
    expect(parsed.stagePhotos[0]).toMatchObject({ stageNumber: 3, caption: 'Diskusi kelompok', width: 300, height: 200 });
    const other = await openTempDatabase('other.db');
    try {
      other.services.bundle.import(parsed);
      expect(serializeBundle(other.services.bundle.export())).toBe(exported);
      expect(other.services.stagePhotos.list({ stageNumber: 3 })[0]!.base64).toBe(parsed.stagePhotos[0].base64);
    } finally {
      other.close();
    }
  });

  it('refuses a bundle photo of a stage that does not exist or whose image disagrees with its size', async () => {
    const bundle = JSON.parse(serializeBundle(db.services.bundle.export()));
    bundle.stages = bundle.stages.filter((s: { number: number }) => s.number !== 4);
    bundle.stageDays = bundle.stageDays.filter((d: { stageNumber: number }) => d.stageNumber !== 4);
    bundle.stageFacilitators = bundle.stageFacilitators.filter((d: { stageNumber: number }) => d.stageNumber !== 4);
    bundle.participants = bundle.participants.filter((d: { stageNumber: number }) => d.stageNumber !== 4);
    bundle.stagePaperwork = bundle.stagePaperwork.filter((d: { stageNumber: number }) => d.stageNumber !== 4);
    bundle.stagePhotos[0].width = 301;
    const error = await refusal(() => db.services.bundle.import(bundle, { replace: true }));
    const paths = error.problems.map((p) => p.path);
    expect(paths).toContain('stagePhotos[0].base64');
    expect(paths).toContain('stagePhotos[1].stageNumber');
    expect(error.problems.find((p) => p.path === 'stagePhotos[0].base64')!.message).toMatch(/300 × 200 piksel/);
    expect(photos().list({ stageNumber: 4 })).toHaveLength(MAX_PHOTOS_PER_STAGE);
  });
});

describe('older files', () => {
  for (const [version, file] of [
    [1, 'v1/demo.json'],
    [2, 'v6/demo.json'],
  ] as const) {
    it(`imports a version-${version} bundle (no photos) and a photo can then be added`, async () => {
      const target = await openTempDatabase(`v${version}.db`);
      try {
        const bundle = JSON.parse(readFileSync(join(FIXTURES, file), 'utf8'));
        expect(bundle.version).toBe(version);
        target.services.bundle.import(bundle);
        expect(target.services.bundle.export().stagePhotos).toEqual([]);
        await target.services.stagePhotos.add({ stageNumber: 2, base64: toBase64(testJpeg(64, 48)) });
        expect(target.services.bundle.export().stagePhotos).toHaveLength(1);
      } finally {
        target.close();
      }
    });
  }

  it('migrates the v6 demo database: stage_photo empty, and its stages take photos', async () => {
    const { dir, cleanup } = tempDir();
    dirs.push(cleanup);
    const file = join(dir, 'demo.db');
    copyFileSync(join(FIXTURES, 'v6/demo.db'), file);
    const opened = await openDatabase(file, { now: () => FIXED_NOW });
    try {
      expect(opened.migrated).toContain(9);
      expect(opened.db.prepare('SELECT count(*) AS n FROM stage_photo').get()).toEqual({ n: 0 });
      const services = createServices(opened.db, { now: () => FIXED_NOW });
      await services.stagePhotos.add({ stageNumber: 1, caption: 'Pembukaan', base64: toBase64(testJpeg(64, 48)) });
      expect(services.stagePhotos.list({ stageNumber: 1 }).map((p) => p.caption)).toEqual(['Pembukaan']);
    } finally {
      opened.db.close();
    }
  });

  it('opens a version-7 database and upgrades it to one that holds photos, deleting them with their stage', async () => {
    const { dir, cleanup } = tempDir();
    dirs.push(cleanup);
    const file = join(dir, 'v7.db');
    const v7 = new Database(file);
    v7.exec('CREATE TABLE schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL) STRICT');
    for (const m of MIGRATIONS.slice(0, 7)) {
      v7.exec(migrationSql(m));
      v7.prepare('INSERT INTO schema_migrations VALUES (?, ?, ?)').run(m.version, m.name, '2026-01-01T00:00:00.000Z');
    }
    v7.prepare(`INSERT INTO stage (number, title, facilitators, agenda, outputs) VALUES (2, 'Tahap II', '[]', '[]', '[]')`).run();
    v7.close();
    const opened = await openDatabase(file, { now: () => FIXED_NOW });
    try {
      expect(opened.migrated).toEqual([8, 9]);
      const services = createServices(opened.db, { now: () => FIXED_NOW });
      await services.stagePhotos.add({ stageNumber: 2, base64: toBase64(testJpeg(64, 48)) });
      opened.db.prepare('DELETE FROM stage WHERE number = 2').run();
      expect(opened.db.prepare('SELECT count(*) AS n FROM stage_photo').get()).toEqual({ n: 0 });
    } finally {
      opened.db.close();
    }
  });
});
