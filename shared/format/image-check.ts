// Full check of an uploaded image (the regency logo) before the app accepts it: the whole file is decoded, so
// that every document that later draws it can. PNG: signature, every chunk and its CRC, IHDR, palette, the IDAT
// stream inflated to exactly the size its scanlines need (every filter byte valid, Adler-32 checked). JPEG: decoded
// whole with jpeg-js. Pure JavaScript (fflate, jpeg-js), so the renderer and Node run the very same check.
import { Unzlib } from 'fflate';
import decodeJpeg from 'jpeg-js/lib/decoder.js';
import { imageSize } from '../document/image-size';

export type ImageMime = 'image/png' | 'image/jpeg';

/** Longest side accepted: a kop logo printed 3 cm wide needs about 350 px at 300 dpi. */
export const MAX_IMAGE_SIDE_PX = 3000;
/** Largest pixel count accepted (3000 × 3000), so that decoding a JPEG stays well within 300 MB. */
export const MAX_IMAGE_PIXELS = 3000 * 3000;

export type ImageCheck =
  | { ok: true; width: number; height: number }
  | { ok: false; /** Indonesian, for a clerk: what is wrong with the file. */ message: string };

class ImageProblem extends Error {}

const fail = (message: string): never => {
  throw new ImageProblem(message);
};

const CRC_TABLE = (() => {
  const table = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c >>> 0;
  }
  return table;
})();

function crc32(bytes: Uint8Array, start: number, end: number): number {
  let c = 0xffffffff;
  for (let i = start; i < end; i++) c = CRC_TABLE[(c ^ bytes[i]!) & 0xff]! ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

const u32 = (d: Uint8Array, i: number) => ((d[i]! << 24) | (d[i + 1]! << 16) | (d[i + 2]! << 8) | d[i + 3]!) >>> 0;

function checkDimensions(width: number, height: number): void {
  if (width < 1 || height < 1) fail('lebar atau tinggi gambar nol');
  if (width > MAX_IMAGE_SIDE_PX || height > MAX_IMAGE_SIDE_PX || width * height > MAX_IMAGE_PIXELS) {
    fail(`gambar terlalu besar (${width} × ${height} piksel; maksimal ${MAX_IMAGE_SIDE_PX} piksel per sisi)`);
  }
}

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
/** Bit depths each PNG colour type allows, and its samples per pixel. */
const COLOUR_TYPES: Record<number, { depths: number[]; samples: number }> = {
  0: { depths: [1, 2, 4, 8, 16], samples: 1 },
  2: { depths: [8, 16], samples: 3 },
  3: { depths: [1, 2, 4, 8], samples: 1 },
  4: { depths: [8, 16], samples: 2 },
  6: { depths: [8, 16], samples: 4 },
};
/** Adam7: the start and step of each pass, in x and y. */
const ADAM7 = [
  [0, 0, 8, 8],
  [4, 0, 8, 8],
  [0, 4, 4, 8],
  [2, 0, 4, 4],
  [0, 2, 2, 4],
  [1, 0, 2, 2],
  [0, 1, 1, 2],
] as const;

/** The scanlines of the image (one per pass row for interlaced images), each as its length in bytes. */
function scanlines(width: number, height: number, bitsPerPixel: number, interlaced: boolean): number[] {
  const passes = interlaced ? ADAM7 : ([[0, 0, 1, 1]] as const);
  const lines: number[] = [];
  for (const [x0, y0, dx, dy] of passes) {
    const w = Math.ceil((width - x0) / dx);
    const h = Math.ceil((height - y0) / dy);
    if (w <= 0 || h <= 0) continue;
    const bytes = 1 + Math.ceil((w * bitsPerPixel) / 8);
    for (let y = 0; y < h; y++) lines.push(bytes);
  }
  return lines;
}

function checkPng(d: Uint8Array): { width: number; height: number } {
  if (d.length < 8 || PNG_SIGNATURE.some((b, i) => d[i] !== b)) fail('berkas bukan gambar PNG');
  let pos = 8;
  let header: { width: number; height: number; depth: number; colour: number; interlaced: boolean } | null = null;
  let palette = false;
  let idatDone = false;
  let sawIdat = false;
  let ended = false;
  const idat: Uint8Array[] = [];
  while (!ended) {
    if (pos + 12 > d.length) fail('berkas PNG terpotong (tidak ada akhir gambar)');
    const length = u32(d, pos);
    const type = String.fromCharCode(d[pos + 4]!, d[pos + 5]!, d[pos + 6]!, d[pos + 7]!);
    if (!/^[A-Za-z]{4}$/.test(type)) fail('struktur PNG rusak');
    const dataStart = pos + 8;
    const dataEnd = dataStart + length;
    if (length > 0x7fffffff || dataEnd + 4 > d.length) fail('berkas PNG terpotong');
    if (crc32(d, pos + 4, dataEnd) !== u32(d, dataEnd)) fail(`berkas PNG rusak (CRC bagian ${type} salah)`);
    if (header === null && type !== 'IHDR') fail('berkas PNG rusak (IHDR tidak di awal)');
    if (sawIdat && type !== 'IDAT') idatDone = true;
    switch (type) {
      case 'IHDR': {
        if (header !== null || length !== 13) fail('berkas PNG rusak (IHDR)');
        const width = u32(d, dataStart);
        const height = u32(d, dataStart + 4);
        const depth = d[dataStart + 8]!;
        const colour = d[dataStart + 9]!;
        const rule = COLOUR_TYPES[colour];
        if (!rule || !rule.depths.includes(depth)) fail('jenis warna PNG tidak sah');
        if (d[dataStart + 10] !== 0 || d[dataStart + 11] !== 0 || d[dataStart + 12]! > 1) fail('berkas PNG rusak (IHDR)');
        checkDimensions(width, height);
        header = { width, height, depth, colour, interlaced: d[dataStart + 12] === 1 };
        break;
      }
      case 'PLTE':
        if (palette || sawIdat || length === 0 || length % 3 !== 0 || length > 768) fail('palet PNG rusak');
        if (header!.colour === 0 || header!.colour === 4) fail('palet PNG tidak sah untuk jenis warnanya');
        palette = true;
        break;
      case 'IDAT':
        if (idatDone) fail('berkas PNG rusak (data gambar terpisah-pisah)');
        sawIdat = true;
        idat.push(d.subarray(dataStart, dataEnd));
        break;
      case 'IEND':
        if (length !== 0) fail('berkas PNG rusak (IEND)');
        ended = true;
        break;
      default:
        // A critical chunk (upper-case first letter) the decoder does not know cannot be skipped safely.
        if (type.charCodeAt(0) < 0x61) fail(`berkas PNG memakai bagian ${type} yang tidak dikenal`);
    }
    pos = dataEnd + 4;
  }
  const h = header!;
  if (h.colour === 3 && !palette) fail('berkas PNG berpalet tanpa palet');
  if (!sawIdat) fail('berkas PNG tanpa data gambar');
  inflateScanlines(idat, scanlines(h.width, h.height, h.depth * COLOUR_TYPES[h.colour]!.samples, h.interlaced));
  return { width: h.width, height: h.height };
}

/** Inflates the zlib stream chunk by chunk (never the whole image in memory) and checks it against the scanlines. */
function inflateScanlines(idat: Uint8Array[], lines: number[]): void {
  let line = 0;
  let leftInLine = 0; // bytes of the current scanline still to come; 0 means the next byte is a filter byte
  let a = 1;
  let b = 0;
  let finished = false;
  const stream = new Unzlib((chunk, final) => {
    for (let i = 0; i < chunk.length; i++) {
      const byte = chunk[i]!;
      if (leftInLine === 0) {
        if (line >= lines.length) fail('data gambar PNG lebih panjang dari ukurannya');
        if (byte > 4) fail('data gambar PNG rusak (filter tidak sah)');
        leftInLine = lines[line++]! - 1;
      } else leftInLine--;
      a = (a + byte) % 65521;
      b = (b + a) % 65521;
    }
    if (final) finished = true;
  });
  try {
    idat.forEach((part, i) => stream.push(part, i === idat.length - 1));
  } catch (error) {
    if (error instanceof ImageProblem) throw error;
    fail('data gambar PNG rusak (tidak dapat diurai)');
  }
  if (!finished || line < lines.length || leftInLine > 0) fail('data gambar PNG terpotong');
  // The zlib stream ends with the Adler-32 of the inflated bytes, possibly split over the last IDAT chunks.
  const tail: number[] = [];
  for (let p = idat.length - 1; p >= 0 && tail.length < 4; p--) {
    for (let i = idat[p]!.length - 1; i >= 0 && tail.length < 4; i--) tail.unshift(idat[p]![i]!);
  }
  if (tail.length < 4 || u32(Uint8Array.from(tail), 0) !== ((b << 16) | a) >>> 0) {
    fail('data gambar PNG rusak (checksum salah)');
  }
}

function checkJpeg(d: Uint8Array): { width: number; height: number } {
  if (d.length < 4 || d[0] !== 0xff || d[1] !== 0xd8) fail('berkas bukan gambar JPEG');
  // The size the layout reads, checked before decoding so that a huge image is refused without decoding it.
  let size: { width: number; height: number };
  try {
    size = imageSize({ data: d, mime: 'image/jpeg' });
  } catch {
    return fail('berkas JPEG rusak (ukuran gambar tidak terbaca)');
  }
  checkDimensions(size.width, size.height);
  let decoded: { width: number; height: number };
  try {
    decoded = decodeJpeg(d, {
      useTArray: true,
      formatAsRGBA: false,
      tolerantDecoding: true, // else a grey JPEG whose last restart interval is short (valid) overruns the decoder
      maxResolutionInMP: MAX_IMAGE_PIXELS / 1e6,
      maxMemoryUsageInMB: 320,
    });
  } catch {
    return fail('berkas JPEG rusak atau jenisnya tidak didukung');
  }
  if (decoded.width !== size.width || decoded.height !== size.height) fail('berkas JPEG rusak (ukuran tidak konsisten)');
  // The PDF embeds the JPEG as it is and names its colour space by the component count: 1, 3 or 4 only.
  const components = jpegComponents(d);
  if (components !== 1 && components !== 3 && components !== 4) fail('jenis warna JPEG tidak didukung');
  return size;
}

/** Number of colour components in the first start-of-frame segment. */
function jpegComponents(d: Uint8Array): number | null {
  let i = 2;
  while (i + 9 < d.length) {
    if (d[i] !== 0xff) return null;
    const marker = d[i + 1]!;
    const isSof = marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc;
    if (isSof) return d[i + 9]!;
    i += 2 + ((d[i + 2]! << 8) | d[i + 3]!);
  }
  return null;
}

/** Decodes the whole image; the layout's own size reading must agree with it. */
export function checkImage(bytes: Uint8Array, mime: ImageMime): ImageCheck {
  try {
    const size = mime === 'image/png' ? checkPng(bytes) : checkJpeg(bytes);
    if (mime === 'image/png') {
      const read = imageSize({ data: bytes, mime });
      if (read.width !== size.width || read.height !== size.height) fail('berkas PNG rusak (ukuran tidak konsisten)');
    }
    return { ok: true, ...size };
  } catch (error) {
    if (error instanceof ImageProblem) return { ok: false, message: error.message };
    return { ok: false, message: 'berkas gambar rusak' };
  }
}

function base64Bytes(base64: string): Uint8Array {
  const binary = atob(base64);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

// The profile form validates on every keystroke: the last few logos checked are remembered.
const recent = new Map<string, ImageCheck>();

/** checkImage for base64 data, as the logo is stored and sent. */
export function checkBase64Image(base64: string, mime: ImageMime): ImageCheck {
  const key = `${mime}:${base64}`;
  const known = recent.get(key);
  if (known) return known;
  let result: ImageCheck;
  try {
    result = checkImage(base64Bytes(base64), mime);
  } catch {
    result = { ok: false, message: 'data base64 tidak valid' };
  }
  recent.set(key, result);
  if (recent.size > 4) recent.delete(recent.keys().next().value!);
  return result;
}
