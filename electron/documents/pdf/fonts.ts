// The embedded fonts: Arimo (metric-compatible with Arial) and Tinos (with Times New Roman), each face read once
// per process when first used. Widths and glyph ids are read from the file's tables and cached per code point.
// Upstream fontkit, not pdf-lib's fork @pdf-lib/fontkit 1.1: the fork writes TrueType subsets of Arimo with a
// corrupt short loca table (glyphs go blank in poppler and Acrobat; fixed upstream in fontkit 1.8).
import { create, type Font } from 'fontkit';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { FontFamily } from '../../../shared/document/model';
import type { FontStyle, Measurer } from '../../../shared/document/layout/types';
import { Sfnt, type SfntMetrics } from './sfnt';

// Not named `require`: the main build shims a `require` of its own into any chunk that mentions one, and a second
// declaration of the name in the same chunk (the render worker's shared chunk) does not load.
const resolver = createRequire(import.meta.url);

const FILES: Record<FontFamily, Record<FontStyle, string>> = {
  Arial: {
    regular: '@expo-google-fonts/arimo/400Regular/Arimo_400Regular.ttf',
    bold: '@expo-google-fonts/arimo/700Bold/Arimo_700Bold.ttf',
    italic: '@expo-google-fonts/arimo/400Regular_Italic/Arimo_400Regular_Italic.ttf',
    boldItalic: '@expo-google-fonts/arimo/700Bold_Italic/Arimo_700Bold_Italic.ttf',
  },
  'Times New Roman': {
    regular: '@expo-google-fonts/tinos/400Regular/Tinos_400Regular.ttf',
    bold: '@expo-google-fonts/tinos/700Bold/Tinos_700Bold.ttf',
    italic: '@expo-google-fonts/tinos/400Regular_Italic/Tinos_400Regular_Italic.ttf',
    boldItalic: '@expo-google-fonts/tinos/700Bold_Italic/Tinos_700Bold_Italic.ttf',
  },
};

/** The font file of one face (the printing window embeds the same files the PDF subsets). */
export function fontFile(family: FontFamily, style: FontStyle): string {
  return resolver.resolve(FILES[family][style]);
}

/**
 * One face, read on first use: metrics and glyph ids come from the file's own tables (sfnt.ts), cached per code
 * point; fontkit parses the file only when a document embeds a subset of it.
 */
export class FontFace {
  private sfntValue: Sfnt | undefined;
  private fontValue: Font | undefined;
  /** Glyph id per BMP code point, -1 until asked; code points above the BMP in a map. */
  private readonly bmpGlyphIds = new Int32Array(0x10000).fill(-1);
  private readonly astralGlyphIds = new Map<number, number>();
  /** Advance per glyph id in 1/1000 em, NaN until asked. */
  private glyphAdvances = new Float64Array(0);

  constructor(
    private readonly file: string,
    private readonly fallbackName: string,
  ) {}

  private get sfnt(): Sfnt {
    this.sfntValue ??= new Sfnt(readFileSync(resolver.resolve(this.file)));
    return this.sfntValue;
  }

  /** fontkit's view of the face, for subsetting. */
  get font(): Font {
    this.fontValue ??= create(this.sfnt.bytes as Buffer) as Font;
    return this.fontValue;
  }

  get metrics(): SfntMetrics {
    return this.sfnt.metrics;
  }

  /** Font units to 1/1000 em. */
  get scale(): number {
    return 1000 / this.metrics.unitsPerEm;
  }

  get postscriptName(): string {
    return this.metrics.postscriptName ?? this.fallbackName;
  }

  glyphId(codePoint: number): number {
    if (codePoint < 0x10000) {
      let id = this.bmpGlyphIds[codePoint]!;
      if (id < 0) {
        id = this.sfnt.glyphId(codePoint);
        this.bmpGlyphIds[codePoint] = id;
      }
      return id;
    }
    let id = this.astralGlyphIds.get(codePoint);
    if (id === undefined) {
      id = this.sfnt.glyphId(codePoint);
      this.astralGlyphIds.set(codePoint, id);
    }
    return id;
  }

  /** Advance in 1/1000 em. */
  advance(codePoint: number): number {
    return this.glyphAdvance(this.glyphId(codePoint));
  }

  glyphAdvance(glyphId: number): number {
    if (glyphId >= this.glyphAdvances.length) {
      const grown = new Float64Array(Math.max(glyphId + 1, this.glyphAdvances.length * 2, 1024)).fill(Number.NaN);
      grown.set(this.glyphAdvances);
      this.glyphAdvances = grown;
    }
    let width = this.glyphAdvances[glyphId]!;
    if (Number.isNaN(width)) {
      width = this.sfnt.advance(glyphId) * this.scale;
      this.glyphAdvances[glyphId] = width;
    }
    return width;
  }
}

export type FontSet = Record<FontStyle, FontFace>;

const loaded = new Map<FontFamily, FontSet>();

/** The four faces of a family, each read on first use and kept for the life of the process. */
export function fontSet(family: FontFamily): FontSet {
  let set = loaded.get(family);
  if (!set) {
    const face = (style: FontStyle) => new FontFace(FILES[family][style], `${family}-${style}`);
    set = { regular: face('regular'), bold: face('bold'), italic: face('italic'), boldItalic: face('boldItalic') };
    loaded.set(family, set);
  }
  return set;
}

const measurers = new WeakMap<FontSet, Measurer>();

/** Layout metrics backed by the same faces the PDF embeds; one per family, so layout caches keyed by it last. */
export function measurerFor(set: FontSet): Measurer {
  let measurer = measurers.get(set);
  if (!measurer) {
    const regular = set.regular;
    measurer = {
      advance: (style, cp) => set[style].advance(cp),
      hasGlyph: (style, cp) => cp === 0x0a || set[style].glyphId(cp) !== 0,
      ascent: regular.metrics.ascent * regular.scale,
      descent: Math.abs(regular.metrics.descent) * regular.scale,
    };
    measurers.set(set, measurer);
  }
  return measurer;
}
