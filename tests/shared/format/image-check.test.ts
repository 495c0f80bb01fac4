// The logo check on its own, file by file: every PNG colour type and bit depth, Adam7 scanline sizes worked out by
// hand, each broken chunk rule with its exact message, JPEG grey/CMYK files and headers that disagree with the
// decoder, and the base64 cache of the profile form.
import { deflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { checkBase64Image, checkImage, MAX_IMAGE_PIXELS, MAX_IMAGE_SIDE_PX } from '../../../shared/format/image-check';
import { ihdr, jpeg, PNG_SIGNATURE, pngChunk, rawPng, rgbPng } from '../../faults/images';
import { tinyJpeg } from './jpeg-files';

const PNG = 'image/png' as const;
const JPEG = 'image/jpeg' as const;
const refused = (message: string) => ({ ok: false, message });
const accepted = (width: number, height: number) => ({ ok: true, width, height });
const IEND = pngChunk('IEND', new Uint8Array());
/** A PNG from its chunks, signature first. */
const chunks = (...parts: Buffer[]) => Buffer.concat([PNG_SIGNATURE, ...parts]);
/** An 8-bit grey image's IDAT: `lines` scanlines of `width` zero samples, filter byte 0. */
const greyIdat = (width: number, lines: number) => pngChunk('IDAT', deflateSync(Buffer.alloc((1 + width) * lines)));
/** A valid 3 × 2 grey PNG with `extra` chunks put where the caller says. */
const grey = (before: Buffer[] = [], between: Buffer[] = [], after: Buffer[] = []) =>
  chunks(ihdr(3, 2, 8, 0), ...before, greyIdat(3, 2), ...between, ...after, IEND);

describe('checkImage: PNG files it accepts', () => {
  it('reports the size of an RGB PNG, whose Adler-32 needs its modulo (large sums)', () => {
    expect(checkImage(rgbPng(3, 2), PNG)).toEqual(accepted(3, 2));
    expect(checkImage(rgbPng(120, 90), PNG)).toEqual(accepted(120, 90));
  });

  // Samples per pixel: grey 1, RGB 3, palette 1, grey+alpha 2, RGBA 4. A 5-pixel line holds 5 × samples × depth bits.
  const ALLOWED: [number, number[], number][] = [
    [0, [1, 2, 4, 8, 16], 1],
    [2, [8, 16], 3],
    [3, [1, 2, 4, 8], 1],
    [4, [8, 16], 2],
    [6, [8, 16], 4],
  ];
  for (const [colour, depths, samples] of ALLOWED) {
    for (const depth of depths) {
      it(`accepts colour type ${colour} at ${depth} bits, with a scanline of 1 + ceil(5 × ${samples} × ${depth} / 8) bytes`, () => {
        const lineBytes = 1 + Math.ceil((5 * samples * depth) / 8);
        const palette = colour === 3 ? Buffer.alloc(3 * 2) : undefined;
        const ok = rawPng({ width: 5, height: 3, colour, depth, raw: Buffer.alloc(lineBytes * 3), palette });
        expect(checkImage(ok, PNG)).toEqual(accepted(5, 3));
        const short = rawPng({ width: 5, height: 3, colour, depth, raw: Buffer.alloc(lineBytes * 3 - 1), palette });
        expect(checkImage(short, PNG)).toEqual(refused('data gambar PNG terpotong'));
      });
    }
  }

  it('refuses the colour types and depths PNG does not define', () => {
    const bad: [number, number][] = [
      [0, 3],
      [0, 32],
      [1, 8],
      [2, 1],
      [2, 4],
      [3, 16],
      [4, 4],
      [5, 8],
      [6, 1],
      [7, 8],
    ];
    for (const [colour, depth] of bad) {
      const png = rawPng({ width: 1, height: 1, colour, depth, raw: Buffer.alloc(9) });
      expect(checkImage(png, PNG), `${colour}/${depth}`).toEqual(refused('jenis warna PNG tidak sah'));
    }
  });

  it('reads an Adam7-interlaced image as its seven passes, each with its own scanline width', () => {
    // 8 × 8 grey: passes of 1×1, 1×1, 2×1, 2×2, 4×2, 4×4 and 8×4 pixels, each line one filter byte longer.
    const sizes8 = 2 + 2 + 3 + 2 * 3 + 2 * 5 + 4 * 5 + 4 * 9;
    expect(sizes8).toBe(79);
    const interlaced = (width: number, height: number, bytes: number, depth = 8) =>
      rawPng({ width, height, colour: 0, depth, interlace: 1, raw: Buffer.alloc(bytes) });
    expect(checkImage(interlaced(8, 8, 79), PNG)).toEqual(accepted(8, 8));
    expect(checkImage(interlaced(8, 8, 78), PNG)).toEqual(refused('data gambar PNG terpotong'));
    expect(checkImage(interlaced(8, 8, 80), PNG)).toEqual(refused('data gambar PNG lebih panjang dari ukurannya'));
    // 3 × 3: passes 2 and 3 start beyond the image (empty), the others give 1, 1, 1, 2 and 1 lines.
    expect(checkImage(interlaced(3, 3, 2 + 2 + 3 + 2 * 2 + 4), PNG)).toEqual(accepted(3, 3));
    expect(checkImage(interlaced(3, 3, 12), PNG)).toEqual(refused('data gambar PNG terpotong'));
    // At 1 bit a pixel every one of those six lines is 2 bytes.
    expect(checkImage(interlaced(3, 3, 12, 1), PNG)).toEqual(accepted(3, 3));
    // 1 × 1: only the first pass has a pixel.
    expect(checkImage(interlaced(1, 1, 2), PNG)).toEqual(accepted(1, 1));
    expect(checkImage(interlaced(1, 1, 3), PNG)).toEqual(refused('data gambar PNG lebih panjang dari ukurannya'));
  });

  it('takes filter bytes 0 to 4 and refuses 5, only at the start of a scanline', () => {
    const lines = (...filters: number[]) => Buffer.from(filters.flatMap((f) => [f, 255, 5, 9]));
    expect(checkImage(rawPng({ width: 3, height: 5, colour: 0, raw: lines(0, 1, 2, 3, 4) }), PNG)).toEqual(accepted(3, 5));
    expect(checkImage(rawPng({ width: 3, height: 2, colour: 0, raw: lines(0, 5) }), PNG)).toEqual(
      refused('data gambar PNG rusak (filter tidak sah)'),
    );
  });

  it('reads the Adler-32 even when the last IDAT chunks hold only part of it', () => {
    const z = deflateSync(Buffer.alloc(8));
    for (const cut of [1, 2, 3, 5]) {
      const png = chunks(
        ihdr(3, 2, 8, 0),
        pngChunk('IDAT', z.subarray(0, z.length - cut)),
        pngChunk('IDAT', z.subarray(z.length - cut)),
        IEND,
      );
      expect(checkImage(png, PNG), `last ${cut}`).toEqual(accepted(3, 2));
    }
    const three = chunks(
      ihdr(3, 2, 8, 0),
      pngChunk('IDAT', z.subarray(0, z.length - 3)),
      pngChunk('IDAT', z.subarray(z.length - 3, z.length - 1)),
      pngChunk('IDAT', z.subarray(z.length - 1)),
      IEND,
    );
    expect(checkImage(three, PNG)).toEqual(accepted(3, 2));
  });

  it('skips ancillary chunks, before or after the image data, and whatever follows IEND', () => {
    const text = pngChunk('tEXt', Buffer.from('Title\0Logo', 'latin1'));
    expect(checkImage(grey([text]), PNG)).toEqual(accepted(3, 2));
    expect(checkImage(grey([], [], [text]), PNG)).toEqual(accepted(3, 2));
    // "a" (0x61) is the first lower-case letter: an ancillary chunk.
    expect(checkImage(grey([pngChunk('aBCD', Buffer.alloc(2))]), PNG)).toEqual(accepted(3, 2));
    expect(checkImage(Buffer.concat([grey(), Buffer.from('rubbish')]), PNG)).toEqual(accepted(3, 2));
  });

  it('takes a suggested palette in an RGB or RGBA image, and a full 256-colour palette', () => {
    const plte = pngChunk('PLTE', Buffer.alloc(6));
    const rgb = chunks(ihdr(1, 1, 8, 2), plte, pngChunk('IDAT', deflateSync(Buffer.alloc(4))), IEND);
    const rgba = chunks(ihdr(1, 1, 8, 6), plte, pngChunk('IDAT', deflateSync(Buffer.alloc(5))), IEND);
    expect(checkImage(rgb, PNG)).toEqual(accepted(1, 1));
    expect(checkImage(rgba, PNG)).toEqual(accepted(1, 1));
    const full = rawPng({ width: 2, height: 1, colour: 3, raw: Buffer.from([0, 255, 1]), palette: Buffer.alloc(768) });
    expect(checkImage(full, PNG)).toEqual(accepted(2, 1));
  });

  it('takes the largest image allowed: 3000 pixels a side', () => {
    expect(MAX_IMAGE_SIDE_PX).toBe(3000);
    expect(MAX_IMAGE_PIXELS).toBe(9_000_000);
    const side = MAX_IMAGE_SIDE_PX;
    const oneBit = (w: number, h: number) =>
      rawPng({ width: w, height: h, colour: 0, depth: 1, raw: Buffer.alloc((1 + Math.ceil(w / 8)) * h) });
    expect(checkImage(oneBit(side, side), PNG)).toEqual(accepted(side, side));
    expect(checkImage(oneBit(side + 1, 1), PNG)).toEqual(
      refused('gambar terlalu besar (3001 × 1 piksel; maksimal 3000 piksel per sisi)'),
    );
    expect(checkImage(oneBit(1, side + 1), PNG)).toEqual(
      refused('gambar terlalu besar (1 × 3001 piksel; maksimal 3000 piksel per sisi)'),
    );
  });
});

describe('checkImage: PNG files it refuses, each with its reason', () => {
  it('refuses what does not start with the PNG signature', () => {
    expect(checkImage(PNG_SIGNATURE.subarray(0, 7), PNG)).toEqual(refused('berkas bukan gambar PNG'));
    expect(checkImage(new Uint8Array(), PNG)).toEqual(refused('berkas bukan gambar PNG'));
    for (let i = 0; i < 8; i++) {
      const png = grey();
      png[i] = png[i]! ^ 0x20;
      expect(checkImage(png, PNG), `byte ${i}`).toEqual(refused('berkas bukan gambar PNG'));
    }
  });

  it('refuses a file that ends before its IEND chunk', () => {
    expect(checkImage(PNG_SIGNATURE, PNG)).toEqual(refused('berkas PNG terpotong (tidak ada akhir gambar)'));
    expect(checkImage(chunks(ihdr(3, 2, 8, 0), greyIdat(3, 2)), PNG)).toEqual(
      refused('berkas PNG terpotong (tidak ada akhir gambar)'),
    );
    // Eleven bytes of a chunk header are not a chunk.
    expect(checkImage(Buffer.concat([grey().subarray(0, -12), IEND.subarray(0, 11)]), PNG)).toEqual(
      refused('berkas PNG terpotong (tidak ada akhir gambar)'),
    );
  });

  it('refuses a chunk that runs past the end of the file', () => {
    const png = rgbPng(30, 20);
    expect(checkImage(png.subarray(0, 60), PNG)).toEqual(refused('berkas PNG terpotong'));
    // The IDAT's data is all there, but its CRC is cut after two bytes.
    const idatEnd = 33 + 8 + png.readUInt32BE(33);
    expect(checkImage(png.subarray(0, idatEnd + 2), PNG)).toEqual(refused('berkas PNG terpotong'));
    // A chunk claiming 2 GiB.
    const huge = Buffer.concat([PNG_SIGNATURE, ihdr(3, 2, 8, 0), Buffer.alloc(30)]);
    huge.writeUInt32BE(0x80000000, 8);
    expect(checkImage(huge, PNG)).toEqual(refused('berkas PNG terpotong'));
  });

  it('refuses a chunk type that is not four letters', () => {
    expect(checkImage(grey([pngChunk('ID4T', Buffer.alloc(1))]), PNG)).toEqual(refused('struktur PNG rusak'));
    expect(checkImage(grey([pngChunk('tEX ', Buffer.alloc(1))]), PNG)).toEqual(refused('struktur PNG rusak'));
  });

  it('names the chunk whose CRC is wrong', () => {
    const png = grey();
    const header = Buffer.from(png);
    header[20] = header[20]! ^ 1; // height
    expect(checkImage(header, PNG)).toEqual(refused('berkas PNG rusak (CRC bagian IHDR salah)'));
    const end = Buffer.from(png);
    end[end.length - 1] = end[end.length - 1]! ^ 1;
    expect(checkImage(end, PNG)).toEqual(refused('berkas PNG rusak (CRC bagian IEND salah)'));
    const first = Buffer.from(png);
    first[12] = 0x69; // "iHDR": the CRC covers the type too
    expect(checkImage(first, PNG)).toEqual(refused('berkas PNG rusak (CRC bagian iHDR salah)'));
  });

  it('wants IHDR first, once, 13 bytes long, with compression and filter method 0 and interlace 0 or 1', () => {
    const text = pngChunk('tEXt', Buffer.from('a\0b', 'latin1'));
    expect(checkImage(chunks(text, ihdr(3, 2, 8, 0), greyIdat(3, 2), IEND), PNG)).toEqual(
      refused('berkas PNG rusak (IHDR tidak di awal)'),
    );
    expect(checkImage(chunks(greyIdat(3, 2), IEND), PNG)).toEqual(refused('berkas PNG rusak (IHDR tidak di awal)'));
    expect(checkImage(grey([ihdr(3, 2, 8, 0)]), PNG)).toEqual(refused('berkas PNG rusak (IHDR)'));
    const header = (bytes: number[]) => {
      const h = Buffer.alloc(13);
      h.writeUInt32BE(3, 0);
      h.writeUInt32BE(2, 4);
      h.set(bytes, 8);
      return h;
    };
    for (const bytes of [
      [8, 0, 1, 0, 0],
      [8, 0, 0, 1, 0],
      [8, 0, 0, 0, 2],
    ]) {
      expect(checkImage(chunks(pngChunk('IHDR', header(bytes)), greyIdat(3, 2), IEND), PNG), `${bytes}`).toEqual(
        refused('berkas PNG rusak (IHDR)'),
      );
    }
    expect(checkImage(chunks(pngChunk('IHDR', header([8, 0, 0, 0, 0]).subarray(0, 12)), IEND), PNG)).toEqual(
      refused('berkas PNG rusak (IHDR)'),
    );
    expect(checkImage(chunks(pngChunk('IHDR', Buffer.concat([header([8, 0, 0, 0, 0]), Buffer.alloc(1)])), IEND), PNG)).toEqual(
      refused('berkas PNG rusak (IHDR)'),
    );
  });

  it('refuses an image with no pixels', () => {
    expect(checkImage(rawPng({ width: 0, height: 1, raw: Buffer.alloc(1) }), PNG)).toEqual(
      refused('lebar atau tinggi gambar nol'),
    );
    expect(checkImage(rawPng({ width: 1, height: 0, raw: Buffer.alloc(0) }), PNG)).toEqual(
      refused('lebar atau tinggi gambar nol'),
    );
  });

  it('wants one palette, before the image data, of 1 to 256 colours, and none in a grey image', () => {
    const palette = (bytes: number) => pngChunk('PLTE', Buffer.alloc(bytes));
    const indexed = (...extra: Buffer[]) => chunks(ihdr(1, 1, 8, 3), ...extra, IEND);
    const idat = pngChunk('IDAT', deflateSync(Buffer.alloc(2)));
    expect(checkImage(indexed(palette(3), idat), PNG)).toEqual(accepted(1, 1));
    for (const [name, png] of [
      ['twice', indexed(palette(3), palette(3), idat)],
      ['after the data', indexed(idat, palette(3))],
      ['empty', indexed(palette(0), idat)],
      ['not a multiple of 3', indexed(palette(4), idat)],
      ['257 colours', indexed(palette(771), idat)],
    ] as const) {
      expect(checkImage(png, PNG), name).toEqual(refused('palet PNG rusak'));
    }
    for (const colour of [0, 4]) {
      const png = chunks(ihdr(1, 1, 8, colour), palette(3), pngChunk('IDAT', deflateSync(Buffer.alloc(2 + colour / 4))), IEND);
      expect(checkImage(png, PNG), `colour ${colour}`).toEqual(refused('palet PNG tidak sah untuk jenis warnanya'));
    }
    expect(checkImage(indexed(idat), PNG)).toEqual(refused('berkas PNG berpalet tanpa palet'));
  });

  it('wants the image data in consecutive IDAT chunks, and some of it', () => {
    const z = deflateSync(Buffer.alloc(8));
    const text = pngChunk('tEXt', Buffer.from('a\0b', 'latin1'));
    const split = chunks(ihdr(3, 2, 8, 0), pngChunk('IDAT', z.subarray(0, 4)), text, pngChunk('IDAT', z.subarray(4)), IEND);
    expect(checkImage(split, PNG)).toEqual(refused('berkas PNG rusak (data gambar terpisah-pisah)'));
    expect(checkImage(chunks(ihdr(3, 2, 8, 0), IEND), PNG)).toEqual(refused('berkas PNG tanpa data gambar'));
  });

  it('refuses an IEND with data and an unknown critical chunk', () => {
    expect(checkImage(chunks(ihdr(3, 2, 8, 0), greyIdat(3, 2), pngChunk('IEND', Buffer.alloc(1))), PNG)).toEqual(
      refused('berkas PNG rusak (IEND)'),
    );
    expect(checkImage(grey([pngChunk('ZZZZ', Buffer.alloc(1))]), PNG)).toEqual(
      refused('berkas PNG memakai bagian ZZZZ yang tidak dikenal'),
    );
    expect(checkImage(grey([], [], [pngChunk('Abcd', Buffer.alloc(0))]), PNG)).toEqual(
      refused('berkas PNG memakai bagian Abcd yang tidak dikenal'),
    );
  });

  it('refuses image data that is not what the header promises', () => {
    expect(checkImage(chunks(ihdr(3, 2, 8, 0), greyIdat(3, 1), IEND), PNG)).toEqual(refused('data gambar PNG terpotong'));
    expect(checkImage(chunks(ihdr(3, 2, 8, 0), greyIdat(3, 3), IEND), PNG)).toEqual(
      refused('data gambar PNG lebih panjang dari ukurannya'),
    );
    // Half a scanline missing at the end.
    const half = chunks(ihdr(3, 2, 8, 0), pngChunk('IDAT', deflateSync(Buffer.alloc(6))), IEND);
    expect(checkImage(half, PNG)).toEqual(refused('data gambar PNG terpotong'));
    const z = deflateSync(Buffer.alloc(8));
    expect(checkImage(chunks(ihdr(3, 2, 8, 0), pngChunk('IDAT', z.subarray(0, z.length - 6)), IEND), PNG)).toEqual(
      refused('data gambar PNG rusak (tidak dapat diurai)'),
    );
    expect(checkImage(chunks(ihdr(3, 2, 8, 0), pngChunk('IDAT', Buffer.from('bukan zlib')), IEND), PNG)).toEqual(
      refused('data gambar PNG rusak (tidak dapat diurai)'),
    );
    for (let back = 1; back <= 4; back++) {
      const wrong = Buffer.from(z);
      wrong[wrong.length - back] = wrong[wrong.length - back]! ^ 1;
      expect(checkImage(chunks(ihdr(3, 2, 8, 0), pngChunk('IDAT', wrong), IEND), PNG), `byte -${back}`).toEqual(
        refused('data gambar PNG rusak (checksum salah)'),
      );
    }
  });
});

describe('checkImage: JPEG files', () => {
  it('accepts grey, colour and CMYK (Adobe) files, and tables in any order', () => {
    expect(checkImage(jpeg(64, 48), JPEG)).toEqual(accepted(64, 48));
    expect(checkImage(tinyJpeg(), JPEG)).toEqual(accepted(8, 8));
    expect(checkImage(tinyJpeg({ width: 17, height: 9 }), JPEG)).toEqual(accepted(17, 9));
    expect(checkImage(tinyJpeg({ components: 3 }), JPEG)).toEqual(accepted(8, 8));
    expect(checkImage(tinyJpeg({ components: 4, adobe: true }), JPEG)).toEqual(accepted(8, 8));
    // A DHT (marker C4) ahead of the frame is no frame header.
    expect(checkImage(tinyJpeg({ tablesFirst: true }), JPEG)).toEqual(accepted(8, 8));
  });

  it('refuses what does not start like a JPEG', () => {
    expect(checkImage(Buffer.from([0xff, 0xd8, 0xff]), JPEG)).toEqual(refused('berkas bukan gambar JPEG'));
    expect(checkImage(Buffer.from([0xfe, 0xd8, 0xff, 0xd9]), JPEG)).toEqual(refused('berkas bukan gambar JPEG'));
    expect(checkImage(Buffer.from([0xff, 0xd9, 0xff, 0xd9]), JPEG)).toEqual(refused('berkas bukan gambar JPEG'));
    expect(checkImage(rgbPng(2, 2), JPEG)).toEqual(refused('berkas bukan gambar JPEG'));
    expect(checkImage(jpeg(8, 8), PNG)).toEqual(refused('berkas bukan gambar PNG'));
  });

  it('refuses a JPEG whose size cannot be read, or is out of bounds, before decoding it', () => {
    expect(checkImage(Buffer.from([0xff, 0xd8, 0xff, 0xd9]), JPEG)).toEqual(
      refused('berkas JPEG rusak (ukuran gambar tidak terbaca)'),
    );
    expect(checkImage(jpeg(64, 48).subarray(0, 30), JPEG)).toEqual(refused('berkas JPEG rusak (ukuran gambar tidak terbaca)'));
    expect(checkImage(tinyJpeg({ width: 3001 }), JPEG)).toEqual(
      refused('gambar terlalu besar (3001 × 8 piksel; maksimal 3000 piksel per sisi)'),
    );
    expect(checkImage(tinyJpeg({ height: 0 }), JPEG)).toEqual(refused('lebar atau tinggi gambar nol'));
  });

  it('accepts a grey JPEG whose restart interval is longer than the blocks left (the last interval may be short)', () => {
    expect(checkImage(tinyJpeg({ restartInterval: 100 }), JPEG)).toEqual(accepted(8, 8));
    expect(checkImage(tinyJpeg({ width: 16, restartInterval: 3 }), JPEG)).toEqual(accepted(16, 8));
    expect(checkImage(tinyJpeg({ width: 16, components: 3, restartInterval: 3 }), JPEG)).toEqual(accepted(16, 8));
  });

  it('refuses a JPEG the decoder cannot read whole: cut short, or of a colour model it does not know', () => {
    const whole = jpeg(64, 48);
    expect(checkImage(whole.subarray(0, whole.length - 100), JPEG)).toEqual(
      refused('berkas JPEG rusak atau jenisnya tidak didukung'),
    );
    expect(checkImage(tinyJpeg({ components: 2 }), JPEG)).toEqual(refused('berkas JPEG rusak atau jenisnya tidak didukung'));
    expect(checkImage(tinyJpeg({ components: 4 }), JPEG)).toEqual(refused('berkas JPEG rusak atau jenisnya tidak didukung'));
  });

  // A DQT that declares 3 bytes but holds a whole table: the decoder reads the table, a segment walker lands in it.
  const planted = (height: number, width: number, components: number) => [
    ...[0xff, 0xc0, 0, 11, 8, height >> 8, height & 255, width >> 8, width & 255, components],
    ...Array<number>(54).fill(1),
  ];

  it('refuses a JPEG whose header, read by segment lengths, disagrees with the decoder', () => {
    expect(checkImage(tinyJpeg({ dqtLength: 3, quant: planted(8, 9, 1) }), JPEG)).toEqual(
      refused('berkas JPEG rusak (ukuran tidak konsisten)'),
    );
    expect(checkImage(tinyJpeg({ dqtLength: 3, quant: planted(9, 8, 1) }), JPEG)).toEqual(
      refused('berkas JPEG rusak (ukuran tidak konsisten)'),
    );
    expect(checkImage(tinyJpeg({ dqtLength: 3, quant: planted(8, 8, 2) }), JPEG)).toEqual(
      refused('jenis warna JPEG tidak didukung'),
    );
    // The component count judged is that of the frame header the walker finds: 1, 3 and 4 pass.
    expect(checkImage(tinyJpeg({ dqtLength: 3, quant: planted(8, 8, 3) }), JPEG)).toEqual(accepted(8, 8));
    expect(checkImage(tinyJpeg({ dqtLength: 3, quant: planted(8, 8, 4) }), JPEG)).toEqual(accepted(8, 8));
    expect(checkImage(tinyJpeg({ dqtLength: 3, quant: planted(8, 8, 1) }), JPEG)).toEqual(accepted(8, 8));
    // The walker lands on a byte that is no marker: no frame header it can trust, not even one right behind it.
    expect(checkImage(tinyJpeg({ dqtLength: 3 }), JPEG)).toEqual(refused('jenis warna JPEG tidak didukung'));
    expect(checkImage(tinyJpeg({ dqtLength: 3, quant: [1, ...planted(8, 8, 3).slice(1)] }), JPEG)).toEqual(
      refused('jenis warna JPEG tidak didukung'),
    );
  });

  it('never throws: whatever goes wrong inside is a refusal', () => {
    expect(checkImage(undefined as unknown as Uint8Array, PNG)).toEqual(refused('berkas gambar rusak'));
    expect(checkImage(undefined as unknown as Uint8Array, JPEG)).toEqual(refused('berkas gambar rusak'));
  });
});

describe('checkBase64Image', () => {
  const base64 = (bytes: Uint8Array) => Buffer.from(bytes).toString('base64');

  it('checks the decoded bytes, and refuses text that is not base64', () => {
    expect(checkBase64Image(base64(rgbPng(4, 3)), PNG)).toEqual(accepted(4, 3));
    expect(checkBase64Image(base64(tinyJpeg({ width: 9 })), JPEG)).toEqual(accepted(9, 8));
    expect(checkBase64Image(base64(tinyJpeg({ width: 9 })), PNG)).toEqual(refused('berkas bukan gambar PNG'));
    expect(checkBase64Image('bukan base64!', PNG)).toEqual(refused('data base64 tidak valid'));
  });

  it('remembers the last four answers, and forgets the oldest after that', () => {
    const texts = ['a', 'b', 'c', 'd', 'e'].map((s) => base64(Buffer.from(`not an image ${s}`)));
    const first = texts.slice(0, 4).map((t) => checkBase64Image(t, PNG));
    expect(first[0]).toEqual(refused('berkas bukan gambar PNG'));
    // The same answer object: not checked again.
    texts.slice(0, 4).forEach((t, i) => expect(checkBase64Image(t, PNG)).toBe(first[i]));
    // The same text as another kind of image is another question.
    expect(checkBase64Image(texts[0]!, JPEG)).toEqual(refused('berkas bukan gambar JPEG'));
    // Five now asked: the oldest (texts[0] as PNG) is checked anew, the newest are still remembered.
    const again = checkBase64Image(texts[0]!, PNG);
    expect(again).toEqual(first[0]);
    expect(again).not.toBe(first[0]);
    expect(checkBase64Image(texts[0]!, JPEG)).toEqual(refused('berkas bukan gambar JPEG'));
  });
});
