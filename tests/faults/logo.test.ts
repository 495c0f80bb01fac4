// The logo is decoded whole before the app accepts it: every image the check passes can be drawn by the PDF
// renderer and measured by the layout, and a damaged one is refused at the logo field, at bundle import and at
// profile save, so no document can fail later (exit 2) on a logo the app took.
import fc from 'fast-check';
import { PDFDocument } from 'pdf-lib';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { runCli } from '../../electron/cli/main';
import { imageSize } from '../../shared/document/image-size';
import { logoSchema } from '../../shared/domain/regency';
import { checkImage, MAX_IMAGE_SIDE_PX } from '../../shared/format/image-check';
import { minimalBundle, TINY_PNG_BASE64 } from '../helpers/bundle-factory';
import { openTempDatabase, tempDir } from '../helpers/temp-db';
import { ihdr, jpeg, PNG_SIGNATURE, pngChunk, rawPng, rgbPng } from './images';
import { deflateSync } from 'node:zlib';

const cleanups: (() => void)[] = [];
afterEach(() => cleanups.splice(0).forEach((c) => c()));

async function drawable(bytes: Uint8Array, mime: 'image/png' | 'image/jpeg'): Promise<void> {
  // A fresh array, as the letterhead decodes it (pdf-lib's JPEG reader ignores a view's offset).
  bytes = Uint8Array.from(bytes);
  const doc = await PDFDocument.create();
  const image = mime === 'image/png' ? await doc.embedPng(bytes) : await doc.embedJpg(bytes);
  doc.addPage().drawImage(image, { x: 10, y: 10, width: 50, height: 50 });
  await doc.save();
  imageSize({ data: bytes, mime });
}

const tiny = Buffer.from(TINY_PNG_BASE64, 'base64');
const flip = (bytes: Buffer, at: number, mask = 0x5a) => {
  const copy = Buffer.from(bytes);
  copy[at] = copy[at]! ^ mask;
  return copy;
};
/** A PNG whose IDAT holds `raw` as given (CRCs right), so only decoding can find what is wrong. */
const withRaw = (width: number, height: number, raw: Uint8Array) => rawPng({ width, height, raw });

const GOOD: [string, Buffer, 'image/png' | 'image/jpeg'][] = [
  ['the 1 × 1 PNG of the tests', tiny, 'image/png'],
  ['an RGB PNG', rgbPng(90, 60), 'image/png'],
  ['an interlaced PNG', rawPng({ width: 9, height: 7, interlace: 1, raw: interlacedRaw(9, 7, 3) }), 'image/png'],
  [
    'a palette PNG',
    rawPng({ width: 4, height: 2, colour: 3, depth: 2, raw: Buffer.from([0, 0x1b, 0, 0xe4]), palette: Buffer.alloc(12, 200) }),
    'image/png',
  ],
  ['a 16-bit grey PNG', rawPng({ width: 3, height: 2, colour: 0, depth: 16, raw: Buffer.alloc(2 * 7) }), 'image/png'],
  [
    'an RGBA PNG in three IDAT chunks',
    rawPng({ width: 20, height: 20, colour: 6, raw: Buffer.alloc(20 * 81), idats: 3 }),
    'image/png',
  ],
  ['a JPEG', jpeg(64, 48), 'image/jpeg'],
];

/** Raw bytes of an Adam7-interlaced image with `samples` 8-bit samples per pixel, all filter bytes 0. */
function interlacedRaw(width: number, height: number, samples: number): Buffer {
  const passes = [
    [0, 0, 8, 8],
    [4, 0, 8, 8],
    [0, 4, 4, 8],
    [2, 0, 4, 4],
    [0, 2, 2, 4],
    [1, 0, 2, 2],
    [0, 1, 1, 2],
  ];
  let size = 0;
  for (const [x0, y0, dx, dy] of passes) {
    const w = Math.ceil((width - x0!) / dx!);
    const h = Math.ceil((height - y0!) / dy!);
    if (w > 0 && h > 0) size += h * (1 + w * samples);
  }
  return Buffer.alloc(size, 0);
}

const good = rgbPng(30, 20);
const goodJpeg = jpeg(64, 48);
const BAD: [string, Buffer, 'image/png' | 'image/jpeg', RegExp][] = [
  ['a PNG cut after its header', good.subarray(0, 33), 'image/png', /terpotong/],
  ['a PNG cut inside its data', good.subarray(0, good.length - 30), 'image/png', /terpotong/],
  ['a PNG with a damaged byte (CRC)', flip(good, 60), 'image/png', /CRC/],
  [
    'a PNG whose compressed data is damaged (CRC recomputed)',
    Buffer.concat([
      PNG_SIGNATURE,
      ihdr(30, 20),
      pngChunk('IDAT', flip(deflateSync(Buffer.alloc(20 * 91)), 5, 0xff)),
      pngChunk('IEND', Buffer.alloc(0)),
    ]),
    'image/png',
    /rusak|terpotong/,
  ],
  ['a PNG with fewer scanlines than its header says', withRaw(30, 20, Buffer.alloc(19 * 91)), 'image/png', /terpotong/],
  ['a PNG with more data than its header says', withRaw(30, 20, Buffer.alloc(21 * 91)), 'image/png', /lebih panjang/],
  ['a PNG with a filter byte 9', withRaw(2, 1, Buffer.from([9, 1, 2, 3, 4, 5, 6])), 'image/png', /filter/],
  ['a PNG of bit depth 3', rawPng({ width: 2, height: 1, depth: 3, raw: Buffer.alloc(3) }), 'image/png', /jenis warna/],
  ['a palette PNG without palette', rawPng({ width: 2, height: 1, colour: 3, raw: Buffer.alloc(3) }), 'image/png', /tanpa palet/],
  [
    'a PNG wider than the limit',
    withRaw(MAX_IMAGE_SIDE_PX + 1, 1, Buffer.alloc(1 + (MAX_IMAGE_SIDE_PX + 1) * 3)),
    'image/png',
    /terlalu besar/,
  ],
  ['a PNG of zero width', withRaw(0, 1, Buffer.alloc(1)), 'image/png', /nol/],
  ['a JPEG named PNG', goodJpeg, 'image/png', /bukan gambar PNG/],
  ['a JPEG cut short', goodJpeg.subarray(0, goodJpeg.length - 100), 'image/jpeg', /JPEG rusak/],
  ['a JPEG with only its header', goodJpeg.subarray(0, 40), 'image/jpeg', /JPEG rusak/],
  ['a PNG named JPEG', good, 'image/jpeg', /bukan gambar JPEG/],
];

describe('checkImage', () => {
  it.each(GOOD)('accepts %s, and the PDF renderer draws it', async (_name, bytes, mime) => {
    expect(checkImage(bytes, mime)).toMatchObject({ ok: true });
    await drawable(bytes, mime);
  });

  it.each(BAD)('refuses %s', (_name, bytes, mime, message) => {
    const result = checkImage(bytes, mime);
    expect(result.ok).toBe(false);
    expect(result.ok === false && result.message).toMatch(message);
  });

  it('whatever bytes it accepts, the PDF renderer can draw and the layout can measure (fuzzed)', async () => {
    const seeds: [Buffer, 'image/png' | 'image/jpeg'][] = [
      [good, 'image/png'],
      [tiny, 'image/png'],
      [goodJpeg, 'image/jpeg'],
    ];
    await fc.assert(
      fc.asyncProperty(
        fc.integer({ min: 0, max: seeds.length - 1 }),
        fc.array(fc.tuple(fc.nat(), fc.integer({ min: 1, max: 255 })), { minLength: 1, maxLength: 4 }),
        fc.option(fc.nat(), { nil: undefined }),
        async (seed, flips, cut) => {
          const [original, mime] = seeds[seed]!;
          let bytes = Buffer.from(original);
          for (const [at, mask] of flips) bytes[at % bytes.length] = bytes[at % bytes.length]! ^ mask;
          if (cut !== undefined) bytes = bytes.subarray(0, cut % bytes.length);
          if (checkImage(bytes, mime).ok) await drawable(bytes, mime);
        },
      ),
      { numRuns: 400, seed: 20261122 },
    );
  });
});

describe('the logo at the app boundaries', () => {
  const truncated = good.subarray(0, 40).toString('base64');

  it('the logo schema names the logo field', () => {
    const result = logoSchema.safeParse({ mime: 'image/png', base64: truncated });
    expect(result.success).toBe(false);
    expect(result.error!.issues[0]).toMatchObject({
      path: ['base64'],
      message: expect.stringMatching(/^logo tidak dapat dipakai/),
    });
  });

  it('profile save refuses a damaged logo and keeps the saved profile', async () => {
    const t = await openTempDatabase();
    cleanups.push(t.close);
    const regency = t.services.profile.saveRegency(minimalBundle().regency);
    expect(() => t.services.profile.saveRegency({ ...regency, logo: { mime: 'image/png', base64: truncated } })).toThrow(
      /logo\.base64: logo tidak dapat dipakai/,
    );
    expect(t.services.profile.getRegency()!.logo!.base64).toBe(TINY_PNG_BASE64);
  });

  it('a bundle with a damaged logo is refused at import (exit 1), not accepted and then failing every document', async () => {
    const { dir, cleanup } = tempDir('scd-logo-');
    cleanups.push(cleanup);
    const bundle = minimalBundle();
    bundle.regency.logo = { mime: 'image/png', base64: truncated };
    writeFileSync(join(dir, 'b.json'), JSON.stringify(bundle));
    const err: string[] = [];
    const io = { out: () => {}, err: (s: string) => err.push(s) };
    const db = join(dir, 'a.db');
    expect(await runCli(['import', '--db', db, join(dir, 'b.json')], io)).toBe(1);
    expect(err.join('\n')).toMatch(/regency\.logo\.base64: logo tidak dapat dipakai: berkas PNG terpotong/);
    // Had it been taken, the commitment sheet would now exit 2; the database holds nothing to render from.
    expect(await runCli(['render', 'komitmen', '--db', db, '--out', join(dir, 'k.pdf')], io)).toBe(1);
  });
});
