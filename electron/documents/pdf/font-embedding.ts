// Embeds the glyphs a document uses as subset CID TrueType fonts (Identity-H) with a ToUnicode map, so that text
// can be searched and copied. Text is encoded glyph by glyph from cached ids, never shaped again.
import { createHash } from 'node:crypto';
import { deflateSync } from 'node:zlib';
import { PDFArray, PDFNumber, PDFRawStream, PDFString, type PDFContext, type PDFRef } from 'pdf-lib';
import type { FontStyle } from '../../../shared/document/layout/types';
import type { FontFace, FontSet } from './fonts';

/** fontkit's subset as it behaves at run time (@types/fontkit declares includeGlyph as returning a boolean). */
interface GlyphSubset {
  /** Original glyph ids in subset order. */
  glyphs: number[];
  includeGlyph(glyphId: number): number;
  encode(): Uint8Array;
}

/**
 * Compressed subset font files per face and glyph list, most recently used last. The same document made again (the
 * preview, then the saved file) or documents drawing the same glyphs reuse one instead of subsetting again: fontkit's
 * subset encoder and the deflate of its output are the dearest part of embedding.
 */
const subsetFiles = new WeakMap<FontFace, Map<string, { length: number; deflated: Uint8Array }>>();
const SUBSETS_KEPT_PER_FACE = 8;

/** The subset font file of `used`, encoded and compressed, from the cache when its glyph list was seen before. */
export function compressedSubset(used: { face: FontFace; subset: GlyphSubset }): { length: number; deflated: Uint8Array } {
  let files = subsetFiles.get(used.face);
  if (!files) {
    files = new Map();
    subsetFiles.set(used.face, files);
  }
  const key = used.subset.glyphs.join(',');
  let file = files.get(key);
  if (file) {
    files.delete(key);
  } else {
    const bytes = used.subset.encode();
    file = { length: bytes.length, deflated: deflateSync(bytes) };
    if (files.size >= SUBSETS_KEPT_PER_FACE) files.delete(files.keys().next().value!);
  }
  files.set(key, file);
  return file;
}

const HEX = Array.from({ length: 256 }, (_, i) => i.toString(16).padStart(2, '0'));

function hex4(n: number): string {
  return HEX[n >> 8]! + HEX[n & 255]!;
}

/**
 * Writes one byte of a literal string at `at`; returns the next position. Glyph codes go two bytes each into literal
 * strings, half the size of hex digits; parentheses and the backslash are escaped, and CR too (a bare CR in a string
 * reads as LF).
 */
function stringByte(bytes: Uint8Array, at: number, byte: number): number {
  if (byte === 0x28 || byte === 0x29 || byte === 0x5c) {
    bytes[at++] = 0x5c;
    bytes[at++] = byte;
  } else if (byte === 0x0d) {
    bytes[at++] = 0x5c;
    bytes[at++] = 0x72;
  } else {
    bytes[at++] = byte;
  }
  return at;
}

/** A growing byte buffer: content streams are written here rather than built as strings. */
export class ByteWriter {
  bytes = new Uint8Array(1 << 16);
  length = 0;

  reserve(n: number): void {
    if (this.length + n <= this.bytes.length) return;
    const grown = new Uint8Array(Math.max(this.bytes.length * 2, this.length + n));
    grown.set(this.bytes.subarray(0, this.length));
    this.bytes = grown;
  }

  /** Writes a string of ASCII characters. */
  ascii(text: string): void {
    this.reserve(text.length);
    const bytes = this.bytes;
    let at = this.length;
    for (let i = 0; i < text.length; i++) bytes[at++] = text.charCodeAt(i);
    this.length = at;
  }

  /**
   * Writes `n` as fmt writes it (at most two decimals, no exponent), without making a string: a long draft's pages
   * hold tens of thousands of coordinates.
   */
  num(n: number): void {
    const r = Math.round(n * 100) / 100;
    // Beyond what a page measures, and for what is not a number, the string form is written as fmt gives it.
    if (!(Math.abs(r) < 1e12)) return this.ascii(fmt(n));
    this.reserve(20);
    const bytes = this.bytes;
    let at = this.length;
    let cents = Math.round(Math.abs(r) * 100);
    if (r < 0 && cents > 0) bytes[at++] = 0x2d;
    const frac = cents % 100;
    cents = (cents - frac) / 100;
    // The integer part's digits, written backwards into place.
    let digits = 1;
    for (let v = cents; v >= 10; v = Math.floor(v / 10)) digits++;
    for (let i = digits - 1, v = cents; i >= 0; i--, v = Math.floor(v / 10)) bytes[at + i] = 0x30 + (v % 10);
    at += digits;
    if (frac > 0) {
      bytes[at++] = 0x2e;
      bytes[at++] = 0x30 + Math.floor(frac / 10);
      if (frac % 10 > 0) bytes[at++] = 0x30 + (frac % 10);
    }
    this.length = at;
  }

  view(): Uint8Array {
    return this.bytes.subarray(0, this.length);
  }
}

/** The glyphs one document uses from one face. */
class UsedFont {
  readonly subset: GlyphSubset;
  /** Original glyph id → subset glyph id (= CID). */
  private readonly cids = new Map<number, number>();
  /** CID per BMP code point, -1 until first drawn; code points above the BMP in a map. */
  private readonly bmpCids = new Int32Array(0x10000).fill(-1);
  private readonly astralCids = new Map<number, number>();
  /** Per CID: advance and the text it stands for. */
  readonly widths: number[] = [];
  readonly unicode: string[] = [];
  readonly ref: PDFRef;

  constructor(
    readonly face: FontFace,
    readonly name: string,
    context: PDFContext,
  ) {
    this.subset = face.font.createSubset() as unknown as GlyphSubset;
    this.widths[0] = face.glyphAdvance(0);
    this.unicode[0] = '';
    this.ref = context.nextRef();
  }

  /** The CID of a code point, cached: the content stream asks for every character. */
  cidOf(codePoint: number): number {
    if (codePoint < 0x10000) {
      let cid = this.bmpCids[codePoint]!;
      if (cid < 0) {
        cid = this.cid(String.fromCodePoint(codePoint), codePoint);
        this.bmpCids[codePoint] = cid;
      }
      return cid;
    }
    let cid = this.astralCids.get(codePoint);
    if (cid === undefined) {
      cid = this.cid(String.fromCodePoint(codePoint), codePoint);
      this.astralCids.set(codePoint, cid);
    }
    return cid;
  }

  private cid(char: string, codePoint: number): number {
    const gid = this.face.glyphId(codePoint);
    let cid = this.cids.get(gid);
    if (cid === undefined) {
      cid = this.subset.includeGlyph(gid);
      this.cids.set(gid, cid);
      this.widths[cid] = this.face.glyphAdvance(gid);
      this.unicode[cid] = char;
    }
    return cid;
  }
}

export class FontEmbedder {
  private readonly used = new Map<FontStyle, UsedFont>();

  constructor(
    private readonly context: PDFContext,
    private readonly fonts: FontSet,
  ) {}

  fontFor(style: FontStyle): UsedFont {
    let used = this.used.get(style);
    if (!used) {
      used = new UsedFont(this.fonts[style], `F${this.used.size + 1}`, this.context);
      this.used.set(style, used);
    }
    return used;
  }

  /**
   * The TJ array body for `text`: strings of two-byte glyph codes, and after each ordinary space a negative
   * adjustment that widens it by `gap` points (justification; word spacing does not apply to two-byte fonts).
   */
  encode(style: FontStyle, text: string, gap: number, size: number): string {
    const out = new ByteWriter();
    this.write(out, style, text, gap, size);
    return Buffer.from(out.view()).toString('latin1');
  }

  /**
   * Writes what `encode` returns into `out`. The hot loop of the PDF writer (every character of the document): room
   * for the worst case is reserved once, and the bytes are written through locals.
   */
  write(out: ByteWriter, style: FontStyle, text: string, gap: number, size: number): void {
    const font = this.fontFor(style);
    const adjust = gap > 0 ? `) ${fmt((-gap * 1000) / size)} (` : '';
    // Each UTF-16 unit: two bytes, each escaped at worst; a space may add the adjustment.
    out.reserve(2 + text.length * (4 + adjust.length));
    const bytes = out.bytes;
    let at = out.length;
    bytes[at++] = 0x28;
    for (let i = 0; i < text.length; i++) {
      let cp = text.charCodeAt(i);
      if (cp >= 0xd800 && cp < 0xdc00) {
        cp = text.codePointAt(i)!;
        i++;
      }
      const cid = font.cidOf(cp);
      at = stringByte(bytes, at, cid >> 8);
      at = stringByte(bytes, at, cid & 255);
      if (cp === 32 && adjust) for (let k = 0; k < adjust.length; k++) bytes[at++] = adjust.charCodeAt(k);
    }
    bytes[at++] = 0x29;
    out.length = at;
  }

  pageFonts(): UsedFont[] {
    return [...this.used.values()];
  }

  /** Writes every used face into the document; call once after all pages are drawn. */
  embedAll(): void {
    for (const used of this.used.values()) this.embed(used);
  }

  private embed(used: UsedFont): void {
    const ctx = this.context;
    const fontBytes = compressedSubset(used);
    const face = used.face;
    const scale = face.scale;
    // A subset tag derived from the glyphs keeps output reproducible for the same input.
    const digest = createHash('sha1').update(used.unicode.join('\u0000')).update(face.postscriptName).digest();
    const tag = Array.from(digest.subarray(0, 6), (b) => String.fromCharCode(65 + (b % 26))).join('');
    const baseFont = `${tag}+${face.postscriptName}`;
    const fontFile = ctx.register(
      PDFRawStream.of(ctx.obj({ Filter: 'FlateDecode', Length1: fontBytes.length }), fontBytes.deflated),
    );
    const m = face.metrics;
    const descriptor = ctx.register(
      ctx.obj({
        Type: 'FontDescriptor',
        FontName: baseFont,
        Flags: 32 + (m.italicAngle !== 0 ? 64 : 0),
        FontBBox: [m.bbox.minX * scale, m.bbox.minY * scale, m.bbox.maxX * scale, m.bbox.maxY * scale].map(Math.round),
        ItalicAngle: m.italicAngle,
        Ascent: Math.round(m.ascent * scale),
        Descent: Math.round(m.descent * scale),
        CapHeight: Math.round((m.capHeight || m.ascent) * scale),
        StemV: 80,
        FontFile2: fontFile,
      }),
    );
    const widths = PDFArray.withContext(ctx);
    for (const w of used.widths) widths.push(PDFNumber.of(Math.round(w)));
    const cidFont = ctx.register(
      ctx.obj({
        Type: 'Font',
        Subtype: 'CIDFontType2',
        BaseFont: baseFont,
        CIDSystemInfo: { Registry: PDFString.of('Adobe'), Ordering: PDFString.of('Identity'), Supplement: 0 },
        FontDescriptor: descriptor,
        W: [0, widths],
        CIDToGIDMap: 'Identity',
      }),
    );
    const cmap = toUnicodeCMap(used.unicode);
    const toUnicode = ctx.register(PDFRawStream.of(ctx.obj({ Filter: 'FlateDecode' }), deflateSync(Buffer.from(cmap, 'latin1'))));
    ctx.assign(
      used.ref,
      ctx.obj({
        Type: 'Font',
        Subtype: 'Type0',
        BaseFont: baseFont,
        Encoding: 'Identity-H',
        DescendantFonts: [cidFont],
        ToUnicode: toUnicode,
      }),
    );
  }
}

function utf16Hex(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; i++) out += hex4(text.charCodeAt(i));
  return out;
}

function toUnicodeCMap(unicode: string[]): string {
  const entries: string[] = [];
  unicode.forEach((text, cid) => {
    if (text) entries.push(`<${hex4(cid)}> <${utf16Hex(text)}>`);
  });
  const chunks: string[] = [];
  for (let i = 0; i < entries.length; i += 100) {
    const chunk = entries.slice(i, i + 100);
    chunks.push(`${chunk.length} beginbfchar\n${chunk.join('\n')}\nendbfchar`);
  }
  return [
    '/CIDInit /ProcSet findresource begin',
    '12 dict begin',
    'begincmap',
    '/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def',
    '/CMapName /Adobe-Identity-UCS def',
    '/CMapType 2 def',
    '1 begincodespacerange',
    '<0000> <FFFF>',
    'endcodespacerange',
    ...chunks,
    'endcmap',
    'CMapName currentdict /CIDInit /ProcSet findresource defineresource pop',
    'end',
    'end',
  ].join('\n');
}

/** Numbers in content streams: at most two decimals, no exponent. */
export function fmt(n: number): string {
  const r = Math.round(n * 100) / 100;
  return Object.is(r, -0) ? '0' : String(r);
}
