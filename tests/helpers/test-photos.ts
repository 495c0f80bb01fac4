// Made-up photos for tests: JPEG and PNG images of a given size with a recognisable pattern (a colour gradient with
// a dark band in the top-left quarter), so that scaling, turning and printing can be checked on real encoded bytes.
import encodeJpeg from 'jpeg-js/lib/encoder.js';
import { PNG } from 'pngjs';

/** RGBA pixels: red rises left to right, green top to bottom; the top-left quarter is dark; alpha as given. */
export function testPixels(width: number, height: number, alpha: (x: number, y: number) => number = () => 255): Uint8Array {
  const data = new Uint8Array(width * height * 4);
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const i = (y * width + x) * 4;
      const dark = x < width / 2 && y < height / 2;
      data[i] = dark ? 20 : Math.round((255 * x) / Math.max(1, width - 1));
      data[i + 1] = dark ? 20 : Math.round((255 * y) / Math.max(1, height - 1));
      data[i + 2] = dark ? 20 : 160;
      data[i + 3] = alpha(x, y);
    }
  }
  return data;
}

export function testJpeg(width: number, height: number, quality = 90): Uint8Array {
  return new Uint8Array(encodeJpeg({ data: testPixels(width, height), width, height }, quality).data);
}

export function testPng(width: number, height: number, alpha?: (x: number, y: number) => number): Uint8Array {
  const png = new PNG({ width, height });
  png.data = Buffer.from(testPixels(width, height, alpha));
  return new Uint8Array(PNG.sync.write(png, { colorType: 6 }));
}

/** A JPEG with an EXIF APP1 segment giving `orientation` (6: the camera was turned a quarter clockwise). */
export function withExifOrientation(jpeg: Uint8Array, orientation: number): Uint8Array {
  // TIFF header (big-endian), one IFD with one entry: 0x0112 SHORT 1 = orientation.
  const tiff = [0x4d, 0x4d, 0, 42, 0, 0, 0, 8, 0, 1, 0x01, 0x12, 0, 3, 0, 0, 0, 1, 0, orientation, 0, 0, 0, 0, 0, 0];
  const payload = [...Array.from('Exif', (c) => c.charCodeAt(0)), 0, 0, ...tiff];
  const length = payload.length + 2;
  const app1 = [0xff, 0xe1, length >> 8, length & 0xff, ...payload];
  return Uint8Array.from([...jpeg.subarray(0, 2), ...app1, ...jpeg.subarray(2)]);
}

/** A tiny GIF (1 × 1), which the photo upload refuses. */
export const GIF_1X1 = Uint8Array.from(Buffer.from('R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7', 'base64'));

export const toBase64 = (bytes: Uint8Array): string => Buffer.from(bytes).toString('base64');
