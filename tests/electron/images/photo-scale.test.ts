// Scaling of documentation photos before they are stored: the aspect is kept, nothing is enlarged, the EXIF
// orientation turns the pixels upright, and GIFs, damaged files and oversized images are refused with a reason.
import decodeJpeg from 'jpeg-js/lib/decoder.js';
import { PNG } from 'pngjs';
import { describe, expect, it } from 'vitest';
import { imageSize } from '../../../shared/document/image-size';
import { downscale, PhotoProblem, scalePhoto, targetSize } from '../../../electron/images/photo-scale';
import { GIF_1X1, testJpeg, testPng, withExifOrientation } from '../../helpers/test-photos';

const pixelAt = (bytes: Uint8Array, x: number, y: number) => {
  const d = decodeJpeg(bytes, { useTArray: true, formatAsRGBA: true });
  const i = (y * d.width + x) * 4;
  return [d.data[i]!, d.data[i + 1]!, d.data[i + 2]!];
};
const problem = (bytes: Uint8Array) => {
  try {
    scalePhoto(bytes);
  } catch (error) {
    expect(error).toBeInstanceOf(PhotoProblem);
    return (error as Error).message;
  }
  throw new Error('not refused');
};

describe('targetSize', () => {
  it('brings the longest side to 1600 px and keeps the aspect', () => {
    expect(targetSize(4000, 3000)).toEqual({ width: 1600, height: 1200 });
    expect(targetSize(3000, 4000)).toEqual({ width: 1200, height: 1600 });
    expect(targetSize(6000, 1000)).toEqual({ width: 1600, height: 267 });
  });
  it('never enlarges', () => {
    expect(targetSize(800, 600)).toEqual({ width: 800, height: 600 });
    expect(targetSize(1600, 10)).toEqual({ width: 1600, height: 10 });
  });
});

describe('downscale', () => {
  it('averages the pixels each output pixel covers', () => {
    // 4 × 2: a black and a white pixel per output pixel in each row give mid grey.
    const data = Uint8Array.from(
      [0, 0, 0, 255, 255, 255, 255, 255, 0, 0, 0, 255, 255, 255, 255, 255].concat([
        0, 0, 0, 255, 255, 255, 255, 255, 0, 0, 0, 255, 255, 255, 255, 255,
      ]),
    );
    const out = downscale({ data, width: 4, height: 2 }, 2, 1);
    expect(Array.from(out.data)).toEqual([128, 128, 128, 255, 128, 128, 128, 255]);
  });
  it('lets transparent pixels add no colour', () => {
    const data = Uint8Array.from([255, 0, 0, 255, 0, 0, 0, 0]);
    expect(Array.from(downscale({ data, width: 2, height: 1 }, 1, 1).data)).toEqual([255, 0, 0, 128]);
  });
});

describe('scalePhoto', () => {
  it('scales a large JPEG down to 1600 px on its longest side, aspect kept, as JPEG', () => {
    const out = scalePhoto(testJpeg(2400, 1800));
    expect(out).toMatchObject({ mime: 'image/jpeg', width: 1600, height: 1200 });
    expect(imageSize({ data: out.bytes, mime: 'image/jpeg' })).toEqual({ width: 1600, height: 1200 });
    // The dark quarter stays in the top left: the picture is not turned or mirrored.
    expect(pixelAt(out.bytes, 100, 100).every((c) => c < 60)).toBe(true);
    expect(pixelAt(out.bytes, 1500, 1100)[0]).toBeGreaterThan(200);
  });

  it('keeps a small photo at its size (re-encoded, never enlarged)', () => {
    const out = scalePhoto(testJpeg(640, 480));
    expect(out).toMatchObject({ mime: 'image/jpeg', width: 640, height: 480 });
  });

  it('turns a photo upright by its EXIF orientation', () => {
    // Stored 300 × 200 with orientation 6: shown 200 wide, 300 high, the stored top-left now at the top right.
    const out = scalePhoto(withExifOrientation(testJpeg(300, 200), 6));
    expect(out).toMatchObject({ width: 200, height: 300 });
    expect(pixelAt(out.bytes, 180, 20).every((c) => c < 60)).toBe(true);
    expect(pixelAt(out.bytes, 20, 20).every((c) => c < 60)).toBe(false);
  });

  it('makes an opaque PNG a JPEG and keeps a small transparent PNG as PNG', () => {
    expect(scalePhoto(testPng(2000, 1000))).toMatchObject({ mime: 'image/jpeg', width: 1600, height: 800 });
    const transparent = scalePhoto(testPng(400, 300, (x) => (x < 200 ? 0 : 255)));
    expect(transparent).toMatchObject({ mime: 'image/png', width: 400, height: 300 });
    const png = PNG.sync.read(Buffer.from(transparent.bytes));
    expect(png.data[3]).toBe(0);
    expect(png.data[(300 * 400 - 1) * 4 + 3]).toBe(255);
  });

  it('refuses a GIF, naming the format', () => {
    expect(problem(GIF_1X1)).toMatch(/GIF tidak didukung/);
  });

  it('refuses a damaged JPEG and a damaged PNG', () => {
    const jpeg = testJpeg(400, 300);
    expect(problem(jpeg.subarray(0, Math.floor(jpeg.length / 2)))).toMatch(/JPEG rusak/);
    const png = testPng(64, 64);
    const broken = Uint8Array.from(png);
    broken[60] = broken[60]! ^ 0xff; // inside the IDAT data: its CRC no longer matches
    expect(problem(broken)).toMatch(/PNG rusak/);
  });

  it('refuses what is not an image, and an empty file', () => {
    expect(problem(new TextEncoder().encode('%PDF-1.7 not a photo'))).toBe('berkas bukan gambar JPEG atau PNG');
    expect(problem(new Uint8Array())).toBe('berkas kosong');
  });

  it('refuses an image of more megapixels than it will decode, before decoding it', () => {
    // A PNG header claiming 10000 × 10000: refused from the header alone.
    const png = testPng(8, 8);
    const view = new DataView(png.buffer, png.byteOffset);
    view.setUint32(16, 10_000);
    view.setUint32(20, 10_000);
    expect(problem(png)).toMatch(/terlalu besar \(10000 × 10000 piksel/);
  });
});
