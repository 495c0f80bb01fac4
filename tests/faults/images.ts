// Test helper: PNG files built byte by byte (any header, any raw scanlines, chunks in any order) and JPEG files from
// jpeg-js's encoder, for the logo checks.
import { deflateSync } from 'node:zlib';
import encodeJpeg from 'jpeg-js/lib/encoder.js';

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

export function crc32(bytes: Uint8Array): number {
  let c = 0xffffffff;
  for (const b of bytes) c = CRC_TABLE[(c ^ b) & 0xff]! ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

export function pngChunk(type: string, data: Uint8Array): Buffer {
  const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
  const out = Buffer.alloc(body.length + 8);
  out.writeUInt32BE(data.length, 0);
  body.copy(out, 4);
  out.writeUInt32BE(crc32(body), body.length + 4);
  return out;
}

export const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

export function ihdr(width: number, height: number, depth = 8, colour = 2, interlace = 0): Buffer {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([depth, colour, 0, 0, interlace], 8);
  return pngChunk('IHDR', header);
}

/** A PNG from its IHDR fields and the raw (filtered, uncompressed) scanline bytes. */
export function rawPng(options: {
  width: number;
  height: number;
  depth?: number;
  colour?: number;
  interlace?: number;
  raw: Uint8Array;
  palette?: Uint8Array;
  /** Splits the zlib stream over this many IDAT chunks. */
  idats?: number;
}): Buffer {
  const z = deflateSync(options.raw);
  const parts: Buffer[] = [];
  const n = options.idats ?? 1;
  const step = Math.ceil(z.length / n);
  for (let i = 0; i < n; i++) parts.push(pngChunk('IDAT', z.subarray(i * step, (i + 1) * step)));
  return Buffer.concat([
    PNG_SIGNATURE,
    ihdr(options.width, options.height, options.depth, options.colour, options.interlace),
    ...(options.palette ? [pngChunk('PLTE', options.palette)] : []),
    ...parts,
    pngChunk('IEND', new Uint8Array()),
  ]);
}

/** An 8-bit RGB PNG of a gradient, filter byte 0 on every line. */
export function rgbPng(width: number, height: number): Buffer {
  const raw = Buffer.alloc((width * 3 + 1) * height);
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) raw.set([x % 256, y % 256, (x + y) % 256], y * (width * 3 + 1) + 1 + x * 3);
  }
  return rawPng({ width, height, raw });
}

export function jpeg(width: number, height: number, quality = 80): Buffer {
  const data = Buffer.alloc(width * height * 4);
  for (let i = 0; i < width * height; i++) data.set([(i * 7) % 256, (i * 3) % 256, 128, 255], i * 4);
  return Buffer.from(encodeJpeg({ data, width, height }, quality).data);
}
