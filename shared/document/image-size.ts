// Pixel size of PNG and JPEG images read from their headers, so that layout can keep the aspect ratio.
import type { ImageData } from './model';

export function imageSize(image: ImageData): { width: number; height: number } {
  const d = image.data;
  if (image.mime === 'image/png') {
    if (d.length < 24) throw new Error('PNG terlalu pendek');
    const view = new DataView(d.buffer, d.byteOffset, d.byteLength);
    return { width: view.getUint32(16), height: view.getUint32(20) };
  }
  // JPEG: walk the segments to the first start-of-frame marker.
  let i = 2;
  while (i + 9 < d.length) {
    if (d[i] !== 0xff) {
      i++;
      continue;
    }
    const marker = d[i + 1]!;
    const length = (d[i + 2]! << 8) | d[i + 3]!;
    const isSof = marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc;
    if (isSof) return { height: (d[i + 5]! << 8) | d[i + 6]!, width: (d[i + 7]! << 8) | d[i + 8]! };
    i += 2 + length;
  }
  throw new Error('ukuran gambar JPEG tidak terbaca');
}
