// Reads the few TrueType tables that layout and the font descriptor need (head, hhea, hmtx, post, OS/2, name, cmap)
// straight from the file's bytes. fontkit decodes whole tables through generic structures on first use (the post
// table's glyph names, every name record, each glyph's outline for its metrics): tens of milliseconds per face on
// the first document of a process. fontkit is still what writes the subsets (font-embedding.ts); a test checks that
// these values equal fontkit's for every face.

export interface SfntMetrics {
  unitsPerEm: number;
  /** hhea ascent and descent (descent negative), in font units. */
  ascent: number;
  descent: number;
  /** OS/2 capHeight (version 2 and later), else the ascent, as fontkit gives it. */
  capHeight: number;
  italicAngle: number;
  bbox: { minX: number; minY: number; maxX: number; maxY: number };
  postscriptName: string | null;
}

export class Sfnt {
  private readonly view: DataView;
  private readonly tables = new Map<string, { offset: number; length: number }>();
  readonly metrics: SfntMetrics;
  private readonly numberOfHMetrics: number;
  private readonly hmtx: number;
  private readonly lookup: (codePoint: number) => number;

  constructor(readonly bytes: Uint8Array) {
    this.view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    const v = this.view;
    const numTables = v.getUint16(4);
    for (let i = 0; i < numTables; i++) {
      const record = 12 + 16 * i;
      const tag = String.fromCharCode(bytes[record]!, bytes[record + 1]!, bytes[record + 2]!, bytes[record + 3]!);
      this.tables.set(tag, { offset: v.getUint32(record + 8), length: v.getUint32(record + 12) });
    }
    const head = this.table('head');
    const hhea = this.table('hhea');
    const post = this.table('post');
    const ascent = v.getInt16(hhea + 4);
    const os2 = this.tables.get('OS/2');
    // OS/2 versions before 2 end before sCapHeight (offset 88); fontkit then leaves it undefined.
    const capHeight = os2 && v.getUint16(os2.offset) >= 2 ? v.getInt16(os2.offset + 88) : os2 ? Number.NaN : ascent;
    this.metrics = {
      unitsPerEm: v.getUint16(head + 18),
      ascent,
      descent: v.getInt16(hhea + 6),
      capHeight,
      italicAngle: v.getInt32(post + 4) / 65536,
      bbox: {
        minX: v.getInt16(head + 36),
        minY: v.getInt16(head + 38),
        maxX: v.getInt16(head + 40),
        maxY: v.getInt16(head + 42),
      },
      postscriptName: this.postscriptName(),
    };
    this.numberOfHMetrics = v.getUint16(hhea + 34);
    this.hmtx = this.table('hmtx');
    this.lookup = this.cmap();
  }

  private table(tag: string): number {
    const table = this.tables.get(tag);
    if (!table) throw new Error(`font has no ${tag} table`);
    return table.offset;
  }

  /** Glyph id of a code point, 0 when the font has none. */
  glyphId(codePoint: number): number {
    return this.lookup(codePoint);
  }

  /** Advance width of a glyph in font units (glyphs past the last long metric share its advance). */
  advance(glyphId: number): number {
    const index = Math.min(glyphId, this.numberOfHMetrics - 1);
    return this.view.getUint16(this.hmtx + 4 * index);
  }

  /** Name id 6, from a Windows Unicode record or else a Macintosh Roman one. */
  private postscriptName(): string | null {
    const name = this.tables.get('name');
    if (!name) return null;
    const v = this.view;
    const count = v.getUint16(name.offset + 2);
    const strings = name.offset + v.getUint16(name.offset + 4);
    let mac: string | null = null;
    for (let i = 0; i < count; i++) {
      const record = name.offset + 6 + 12 * i;
      if (v.getUint16(record + 6) !== 6) continue;
      const platform = v.getUint16(record);
      const length = v.getUint16(record + 8);
      const start = strings + v.getUint16(record + 10);
      if (platform === 3 || platform === 0) {
        let text = '';
        for (let j = 0; j + 1 < length; j += 2) text += String.fromCharCode(v.getUint16(start + j));
        return text;
      }
      if (platform === 1 && mac === null) mac = String.fromCharCode(...this.bytes.subarray(start, start + length));
    }
    return mac;
  }

  /** The best Unicode cmap subtable, as fontkit picks it: a full-repertoire format 12 first, then format 4. */
  private cmap(): (codePoint: number) => number {
    const v = this.view;
    const cmap = this.table('cmap');
    const count = v.getUint16(cmap + 2);
    const subtables = new Map<string, number>();
    for (let i = 0; i < count; i++) {
      const record = cmap + 4 + 8 * i;
      subtables.set(`${v.getUint16(record)}-${v.getUint16(record + 2)}`, cmap + v.getUint32(record + 4));
    }
    for (const key of ['3-10', '0-6', '0-4', '3-1', '0-3', '0-2', '0-1', '0-0']) {
      const offset = subtables.get(key);
      if (offset === undefined) continue;
      const format = v.getUint16(offset);
      if (format === 4) return this.format4(offset);
      if (format === 12) return this.format12(offset);
    }
    throw new Error('font has no Unicode cmap of format 4 or 12');
  }

  private format4(offset: number): (codePoint: number) => number {
    const v = this.view;
    const segments = v.getUint16(offset + 6) / 2;
    const ends = offset + 14;
    const starts = ends + 2 * segments + 2;
    const deltas = starts + 2 * segments;
    const rangeOffsets = deltas + 2 * segments;
    return (cp) => {
      if (cp > 0xffff) return 0;
      let lo = 0;
      let hi = segments - 1;
      while (lo <= hi) {
        const mid = (lo + hi) >> 1;
        if (cp > v.getUint16(ends + 2 * mid)) lo = mid + 1;
        else if (cp < v.getUint16(starts + 2 * mid)) hi = mid - 1;
        else {
          const rangeOffset = v.getUint16(rangeOffsets + 2 * mid);
          const delta = v.getUint16(deltas + 2 * mid);
          if (rangeOffset === 0) return (cp + delta) & 0xffff;
          const at = rangeOffsets + 2 * mid + rangeOffset + 2 * (cp - v.getUint16(starts + 2 * mid));
          const glyph = v.getUint16(at);
          return glyph === 0 ? 0 : (glyph + delta) & 0xffff;
        }
      }
      return 0;
    };
  }

  private format12(offset: number): (codePoint: number) => number {
    const v = this.view;
    const groups = v.getUint32(offset + 12);
    const first = offset + 16;
    return (cp) => {
      let lo = 0;
      let hi = groups - 1;
      while (lo <= hi) {
        const mid = (lo + hi) >> 1;
        const group = first + 12 * mid;
        if (cp < v.getUint32(group)) hi = mid - 1;
        else if (cp > v.getUint32(group + 4)) lo = mid + 1;
        else return v.getUint32(group + 8) + cp - v.getUint32(group);
      }
      return 0;
    };
  }
}
