// The embedded fonts: Arimo (metric-compatible with Arial) and Tinos (with Times New Roman), read and parsed once
// per process. Widths and glyph ids are cached per code point, because fontkit is slow when asked again and again.
// Upstream fontkit, not pdf-lib's fork @pdf-lib/fontkit 1.1: the fork writes TrueType subsets of Arimo with a
// corrupt short loca table (glyphs go blank in poppler and Acrobat; fixed upstream in fontkit 1.8).
import { create, type Font } from 'fontkit';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { FontFamily } from '../../../shared/document/model';
import type { FontStyle, Measurer } from '../../../shared/document/layout/types';

const require = createRequire(import.meta.url);

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

/** One parsed face with per-code-point caches. */
export class FontFace {
  readonly scale: number;
  private readonly glyphIds = new Map<number, number>();
  private readonly advances = new Map<number, number>();
  private readonly glyphAdvances = new Map<number, number>();

  constructor(
    readonly font: Font,
    readonly postscriptName: string,
  ) {
    this.scale = 1000 / font.unitsPerEm;
  }

  glyphId(codePoint: number): number {
    let id = this.glyphIds.get(codePoint);
    if (id === undefined) {
      id = this.font.hasGlyphForCodePoint(codePoint) ? this.font.glyphForCodePoint(codePoint).id : 0;
      this.glyphIds.set(codePoint, id);
    }
    return id;
  }

  /** Advance in 1/1000 em. */
  advance(codePoint: number): number {
    let width = this.advances.get(codePoint);
    if (width === undefined) {
      width = this.glyphAdvance(this.glyphId(codePoint));
      this.advances.set(codePoint, width);
    }
    return width;
  }

  glyphAdvance(glyphId: number): number {
    let width = this.glyphAdvances.get(glyphId);
    if (width === undefined) {
      width = this.font.getGlyph(glyphId).advanceWidth * this.scale;
      this.glyphAdvances.set(glyphId, width);
    }
    return width;
  }
}

export type FontSet = Record<FontStyle, FontFace>;

const loaded = new Map<FontFamily, FontSet>();

/** The four faces of a family, parsed on first use and kept for the life of the process. */
export function fontSet(family: FontFamily): FontSet {
  let set = loaded.get(family);
  if (!set) {
    const load = (style: FontStyle) => {
      const font = create(readFileSync(require.resolve(FILES[family][style]))) as Font;
      return new FontFace(font, font.postscriptName ?? `${family}-${style}`);
    };
    set = { regular: load('regular'), bold: load('bold'), italic: load('italic'), boldItalic: load('boldItalic') };
    loaded.set(family, set);
  }
  return set;
}

/** Layout metrics backed by the same faces the PDF embeds. */
export function measurerFor(set: FontSet): Measurer {
  const regular = set.regular;
  return {
    advance: (style, cp) => set[style].advance(cp),
    hasGlyph: (style, cp) => cp === 0x0a || set[style].glyphId(cp) !== 0,
    ascent: regular.font.ascent * regular.scale,
    descent: Math.abs(regular.font.descent) * regular.scale,
  };
}
