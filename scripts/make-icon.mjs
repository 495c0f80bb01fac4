// Draws the application icon, resources/icon.png (256x256 RGBA), from code: a rounded Fluent-blue square with a
// white city skyline. Plain Node (zlib; CRC-32 and the PNG chunks written here), so it needs no image library.
// electron-builder turns this PNG into the .ico of the Windows executable and installer.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { deflateSync } from 'node:zlib';

const SIZE = 256;
// Samples per pixel along each axis: 4x4 supersampling gives smooth edges without a rasteriser.
const SUPERSAMPLE = 4;

const BLUE_TOP = [0x1b, 0x7f, 0xd6]; // a step lighter than the brand blue, for a gentle top-to-bottom gradient
const BLUE_BOTTOM = [0x0f, 0x6c, 0xbd]; // Fluent brand blue #0F6CBD
const WHITE = [0xff, 0xff, 0xff];

/** Inside a rectangle with rounded corners (radius r)? */
function inRoundedRect(x, y, left, top, right, bottom, r) {
  if (x < left || x > right || y < top || y > bottom) return false;
  const cx = Math.min(Math.max(x, left + r), right - r);
  const cy = Math.min(Math.max(y, top + r), bottom - r);
  return (x - cx) ** 2 + (y - cy) ** 2 <= r * r;
}

// The skyline: five buildings of different heights standing on one street, each with a row of windows.
const STREET = 208;
const BUILDINGS = [
  { left: 50, width: 26, height: 60 },
  { left: 82, width: 28, height: 98 },
  { left: 116, width: 30, height: 128 },
  { left: 152, width: 28, height: 86 },
  { left: 186, width: 22, height: 110 },
];

function inWindow(x, y, b) {
  const top = STREET - b.height;
  const cols = b.width >= 28 ? 2 : 1;
  const w = 6;
  const h = 8;
  const gap = (b.width - cols * w) / (cols + 1);
  for (let row = top + 14; row + h <= STREET - 14; row += 18) {
    for (let c = 0; c < cols; c++) {
      const wl = b.left + gap + c * (w + gap);
      if (x >= wl && x <= wl + w && y >= row && y <= row + h) return true;
    }
  }
  return false;
}

function inSkyline(x, y) {
  if (inRoundedRect(x, y, 42, STREET - 2, 214, STREET + 10, 5)) return true; // the street
  for (const b of BUILDINGS) {
    if (inRoundedRect(x, y, b.left, STREET - b.height, b.left + b.width, STREET + 2, 4)) return !inWindow(x, y, b);
  }
  // A small signal above the tallest building: the "smart" in Smart City.
  const sx = 131;
  const sy = STREET - 128 - 16;
  const d = Math.hypot(x - sx, y - sy);
  if (d <= 5) return true;
  const above = y < sy - 2 && Math.abs(x - sx) < (sy - y) * 1.1;
  return above && ((d >= 11 && d <= 16) || (d >= 22 && d <= 27));
}

function pixels() {
  const data = Buffer.alloc(SIZE * SIZE * 4);
  const n = SUPERSAMPLE * SUPERSAMPLE;
  for (let py = 0; py < SIZE; py++) {
    const t = py / (SIZE - 1);
    const blue = BLUE_TOP.map((c, i) => c + (BLUE_BOTTOM[i] - c) * t);
    for (let px = 0; px < SIZE; px++) {
      let square = 0;
      let white = 0;
      for (let sy = 0; sy < SUPERSAMPLE; sy++) {
        for (let sx = 0; sx < SUPERSAMPLE; sx++) {
          const x = px + (sx + 0.5) / SUPERSAMPLE;
          const y = py + (sy + 0.5) / SUPERSAMPLE;
          if (!inRoundedRect(x, y, 8, 8, 248, 248, 52)) continue;
          square++;
          if (inSkyline(x, y)) white++;
        }
      }
      const o = (py * SIZE + px) * 4;
      const mix = square === 0 ? 0 : white / square;
      for (let i = 0; i < 3; i++) data[o + i] = Math.round(blue[i] + (WHITE[i] - blue[i]) * mix);
      data[o + 3] = Math.round((255 * square) / n);
    }
  }
  return data;
}

const CRC_TABLE = new Uint32Array(256).map((_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(bytes) {
  let c = 0xffffffff;
  for (const b of bytes) c = CRC_TABLE[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type, body) {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(body.length, 0);
  head.write(type, 4, 'ascii');
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), body])), 0);
  return Buffer.concat([head, body, crc]);
}

export function iconPng() {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(SIZE, 0);
  ihdr.writeUInt32BE(SIZE, 4);
  ihdr[8] = 8; // bits per channel
  ihdr[9] = 6; // colour type: RGBA
  // compression, filter and interlace methods stay 0
  const rgba = pixels();
  const raw = Buffer.alloc(SIZE * (SIZE * 4 + 1));
  for (let y = 0; y < SIZE; y++) {
    raw[y * (SIZE * 4 + 1)] = 0; // filter type None for every scanline
    rgba.copy(raw, y * (SIZE * 4 + 1) + 1, y * SIZE * 4, (y + 1) * SIZE * 4);
  }
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  return Buffer.concat([
    signature,
    chunk('IHDR', ihdr),
    chunk('IDAT', deflateSync(raw, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const target = join(dirname(fileURLToPath(import.meta.url)), '..', 'resources', 'icon.png');
  mkdirSync(dirname(target), { recursive: true });
  writeFileSync(target, iconPng());
  console.log(`Ikon ditulis: ${target}`);
}
