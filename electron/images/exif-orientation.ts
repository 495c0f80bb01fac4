// The EXIF orientation of a JPEG (how a phone says "this photo was taken held sideways"), and turning decoded pixels
// upright by it: the re-encoded photo carries no EXIF, so without this a portrait photo would print lying down.

/** EXIF orientation 1–8 from the first APP1 Exif segment; 1 (as stored) when absent or unreadable. */
export function jpegOrientation(d: Uint8Array): number {
  let i = 2;
  while (i + 4 < d.length && d[i] === 0xff) {
    const marker = d[i + 1]!;
    const length = (d[i + 2]! << 8) | d[i + 3]!;
    if (marker === 0xda || length < 2) break; // start of scan: no more metadata
    if (marker === 0xe1 && length > 16 && String.fromCharCode(...d.subarray(i + 4, i + 8)) === 'Exif') {
      return orientationFromTiff(d.subarray(i + 10, i + 2 + length));
    }
    i += 2 + length;
  }
  return 1;
}

function orientationFromTiff(t: Uint8Array): number {
  if (t.length < 8) return 1;
  const little = t[0] === 0x49 && t[1] === 0x49;
  if (!little && !(t[0] === 0x4d && t[1] === 0x4d)) return 1;
  const u16 = (p: number) => (little ? t[p]! | (t[p + 1]! << 8) : (t[p]! << 8) | t[p + 1]!);
  const u32 = (p: number) => (little ? u16(p) | (u16(p + 2) << 16) : (u16(p) << 16) | u16(p + 2)) >>> 0;
  const ifd = u32(4);
  if (ifd + 2 > t.length) return 1;
  const entries = u16(ifd);
  for (let e = 0; e < entries; e++) {
    const p = ifd + 2 + e * 12;
    if (p + 12 > t.length) return 1;
    if (u16(p) === 0x0112) {
      const value = u16(p + 8);
      return value >= 1 && value <= 8 ? value : 1;
    }
  }
  return 1;
}

export interface Rgba {
  data: Uint8Array;
  width: number;
  height: number;
}

/** The pixels turned and mirrored as EXIF orientation 2–8 asks; the same object for 1. */
export function applyOrientation(image: Rgba, orientation: number): Rgba {
  if (orientation <= 1 || orientation > 8) return image;
  const { width: w, height: h, data } = image;
  const swap = orientation >= 5;
  const ow = swap ? h : w;
  const oh = swap ? w : h;
  const out = new Uint8Array(ow * oh * 4);
  for (let y = 0; y < oh; y++) {
    for (let x = 0; x < ow; x++) {
      // The source pixel shown at (x, y) of the upright image.
      let sx: number;
      let sy: number;
      switch (orientation) {
        case 2:
          sx = w - 1 - x;
          sy = y;
          break;
        case 3:
          sx = w - 1 - x;
          sy = h - 1 - y;
          break;
        case 4:
          sx = x;
          sy = h - 1 - y;
          break;
        case 5:
          sx = y;
          sy = x;
          break;
        case 6:
          sx = y;
          sy = h - 1 - x;
          break;
        case 7:
          sx = w - 1 - y;
          sy = h - 1 - x;
          break;
        default:
          sx = w - 1 - y;
          sy = x;
          break; // 8
      }
      const s = (sy * w + sx) * 4;
      const o = (y * ow + x) * 4;
      out[o] = data[s]!;
      out[o + 1] = data[s + 1]!;
      out[o + 2] = data[s + 2]!;
      out[o + 3] = data[s + 3]!;
    }
  }
  return { data: out, width: ow, height: oh };
}
