// A documentation photo made ready to store: the upload (JPEG or PNG only) is decoded whole, so a damaged file is
// refused now rather than when a report is printed; turned upright by its EXIF orientation; scaled down so its longest
// side is at most 1600 px (never up); and re-encoded, which also drops the camera's metadata (GPS position, device).
// Pure JavaScript (jpeg-js, pngjs), so the Electron main process, the web shell and the CLI run the same code.
import decodeJpeg from 'jpeg-js/lib/decoder.js';
import encodeJpeg from 'jpeg-js/lib/encoder.js';
import { PNG } from 'pngjs';
import { imageSize } from '../../shared/document/image-size';
import { MAX_PHOTO_SIDE_PX, MAX_PHOTO_UPLOAD_PIXELS, type PhotoMime } from '../../shared/domain/stage-photo';
import { applyOrientation, jpegOrientation, type Rgba } from './exif-orientation';

export const JPEG_QUALITY = 85;
/** A PNG with transparency stays PNG (JPEG has none) while it is this small; a larger one goes on white as JPEG. */
export const MAX_TRANSPARENT_PNG_BYTES = 1024 * 1024;

export interface ScaledPhoto {
  bytes: Uint8Array;
  mime: PhotoMime;
  width: number;
  height: number;
}

/** Why the upload cannot be used, in Indonesian for the clerk (the caller names the field). */
export class PhotoProblem extends Error {}

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

/** The kind of image by its first bytes (the file name's extension is not trusted). */
export function sniffImage(d: Uint8Array): PhotoMime {
  if (d.length >= 8 && PNG_SIGNATURE.every((b, i) => d[i] === b)) return 'image/png';
  if (d.length >= 3 && d[0] === 0xff && d[1] === 0xd8 && d[2] === 0xff) return 'image/jpeg';
  const head = String.fromCharCode(...d.subarray(0, 12));
  const other = head.startsWith('GIF8')
    ? 'GIF'
    : head.startsWith('RIFF') && head.endsWith('WEBP')
      ? 'WebP'
      : head.startsWith('BM')
        ? 'BMP'
        : /^(II\*\0|MM\0\*)/.test(head)
          ? 'TIFF'
          : head.slice(4, 12) === 'ftypheic' || head.slice(4, 12) === 'ftypmif1'
            ? 'HEIC'
            : null;
  throw new PhotoProblem(
    other
      ? `berkas ${other} tidak didukung; simpan foto sebagai JPEG atau PNG lalu pilih lagi`
      : 'berkas bukan gambar JPEG atau PNG',
  );
}

function checkPixels(width: number, height: number): void {
  if (width < 1 || height < 1) throw new PhotoProblem('lebar atau tinggi gambar nol');
  if (width * height > MAX_PHOTO_UPLOAD_PIXELS) {
    throw new PhotoProblem(
      `gambar terlalu besar (${width} × ${height} piksel; maksimal ${MAX_PHOTO_UPLOAD_PIXELS / 1e6} megapiksel)`,
    );
  }
}

function decodeJpegPhoto(d: Uint8Array): Rgba {
  let size: { width: number; height: number };
  try {
    size = imageSize({ data: d, mime: 'image/jpeg' });
  } catch {
    throw new PhotoProblem('berkas JPEG rusak (ukuran gambar tidak terbaca)');
  }
  checkPixels(size.width, size.height);
  let decoded: Rgba;
  try {
    decoded = decodeJpeg(d, {
      useTArray: true,
      formatAsRGBA: true,
      tolerantDecoding: false,
      maxResolutionInMP: MAX_PHOTO_UPLOAD_PIXELS / 1e6,
      maxMemoryUsageInMB: 1024,
    });
  } catch {
    throw new PhotoProblem('berkas JPEG rusak atau jenisnya tidak didukung');
  }
  if (decoded.width !== size.width || decoded.height !== size.height) {
    throw new PhotoProblem('berkas JPEG rusak (ukuran tidak konsisten)');
  }
  return applyOrientation(decoded, jpegOrientation(d));
}

function decodePngPhoto(d: Uint8Array): Rgba {
  if (d.length < 24) throw new PhotoProblem('berkas PNG terpotong');
  const size = imageSize({ data: d, mime: 'image/png' });
  checkPixels(size.width, size.height);
  try {
    // Every chunk's CRC is checked and the whole image inflated; the pixels come as 8-bit RGBA whatever the PNG's type.
    const png = PNG.sync.read(Buffer.from(d.buffer, d.byteOffset, d.byteLength), { checkCRC: true });
    return {
      data: new Uint8Array(png.data.buffer, png.data.byteOffset, png.data.byteLength),
      width: png.width,
      height: png.height,
    };
  } catch {
    throw new PhotoProblem('berkas PNG rusak atau terpotong');
  }
}

/** The stored size: the longest side at most `max`, the aspect kept, never enlarged. */
export function targetSize(width: number, height: number, max = MAX_PHOTO_SIDE_PX): { width: number; height: number } {
  const scale = Math.min(1, max / Math.max(width, height));
  if (scale === 1) return { width, height };
  return { width: Math.max(1, Math.round(width * scale)), height: Math.max(1, Math.round(height * scale)) };
}

/** The source span [from, to) each output index averages, with the weight of every source index in it. */
function spans(source: number, target: number): { first: number; weights: Float64Array }[] {
  const step = source / target;
  return Array.from({ length: target }, (_, i) => {
    const from = i * step;
    const to = Math.min(source, (i + 1) * step);
    const first = Math.floor(from);
    const last = Math.min(source - 1, Math.ceil(to) - 1);
    const weights = new Float64Array(last - first + 1);
    for (let s = first; s <= last; s++) weights[s - first] = (Math.min(to, s + 1) - Math.max(from, s)) / step;
    return { first, weights };
  });
}

/**
 * Area-average downscaling (each output pixel is the mean of the source pixels it covers), with colour weighted by
 * alpha so that transparent pixels leave no dark fringe. Rows are processed one output row at a time: memory stays
 * at the output's size even for a 50 MP photo.
 */
export function downscale(src: Rgba, width: number, height: number): Rgba {
  if (width === src.width && height === src.height) return src;
  const columns = spans(src.width, width);
  const rows = spans(src.height, height);
  const out = new Uint8Array(width * height * 4);
  const acc = new Float64Array(width * 4);
  const d = src.data;
  for (let y = 0; y < height; y++) {
    acc.fill(0);
    const { first: firstRow, weights: rowWeights } = rows[y]!;
    for (let r = 0; r < rowWeights.length; r++) {
      const wr = rowWeights[r]!;
      const rowStart = (firstRow + r) * src.width * 4;
      for (let x = 0; x < width; x++) {
        const { first, weights } = columns[x]!;
        let red = 0;
        let green = 0;
        let blue = 0;
        let alpha = 0;
        for (let c = 0; c < weights.length; c++) {
          const p = rowStart + (first + c) * 4;
          const wa = weights[c]! * d[p + 3]!;
          red += d[p]! * wa;
          green += d[p + 1]! * wa;
          blue += d[p + 2]! * wa;
          alpha += wa;
        }
        const a = x * 4;
        acc[a]! += red * wr;
        acc[a + 1]! += green * wr;
        acc[a + 2]! += blue * wr;
        acc[a + 3]! += alpha * wr;
      }
    }
    for (let x = 0; x < width; x++) {
      const a = x * 4;
      const o = (y * width + x) * 4;
      const alpha = acc[a + 3]!;
      out[o] = alpha > 0 ? Math.round(acc[a]! / alpha) : 0;
      out[o + 1] = alpha > 0 ? Math.round(acc[a + 1]! / alpha) : 0;
      out[o + 2] = alpha > 0 ? Math.round(acc[a + 2]! / alpha) : 0;
      out[o + 3] = Math.round(alpha);
    }
  }
  return { data: out, width, height };
}

const hasTransparency = (image: Rgba) => {
  for (let i = 3; i < image.data.length; i += 4) if (image.data[i]! < 255) return true;
  return false;
};

/** The pixels laid on white (JPEG has no transparency; a report's page is white). */
function onWhite(image: Rgba): Rgba {
  const out = new Uint8Array(image.data.length);
  for (let i = 0; i < out.length; i += 4) {
    const a = image.data[i + 3]! / 255;
    out[i] = Math.round(image.data[i]! * a + 255 * (1 - a));
    out[i + 1] = Math.round(image.data[i + 1]! * a + 255 * (1 - a));
    out[i + 2] = Math.round(image.data[i + 2]! * a + 255 * (1 - a));
    out[i + 3] = 255;
  }
  return { data: out, width: image.width, height: image.height };
}

/** Decodes, turns upright, scales and re-encodes an uploaded photo; throws PhotoProblem when it cannot be used. */
export function scalePhoto(upload: Uint8Array): ScaledPhoto {
  if (upload.length === 0) throw new PhotoProblem('berkas kosong');
  const mime = sniffImage(upload);
  const decoded = mime === 'image/jpeg' ? decodeJpegPhoto(upload) : decodePngPhoto(upload);
  const size = targetSize(decoded.width, decoded.height);
  const scaled = downscale(decoded, size.width, size.height);
  if (mime === 'image/png' && hasTransparency(scaled)) {
    const png = new PNG({ width: scaled.width, height: scaled.height });
    png.data = Buffer.from(scaled.data.buffer, scaled.data.byteOffset, scaled.data.byteLength);
    const bytes = PNG.sync.write(png, { colorType: 6 });
    if (bytes.length <= MAX_TRANSPARENT_PNG_BYTES) return { bytes: new Uint8Array(bytes), mime: 'image/png', ...size };
  }
  const jpeg = encodeJpeg(onWhite(scaled), JPEG_QUALITY);
  return { bytes: new Uint8Array(jpeg.data), mime: 'image/jpeg', ...size };
}
