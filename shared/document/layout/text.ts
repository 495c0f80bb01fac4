// Measures and wraps runs of text into lines with the embedded fonts' metrics: breaks only at ordinary spaces
// (never at U+00A0, so NIPs and amounts stay whole) and cuts a word that is wider than its column by characters.
import { UserError } from '../../errors';
import type { TextRun } from '../model';
import type { FontStyle, Measurer } from './types';

export interface Fragment {
  text: string;
  style: FontStyle;
  width: number;
  underline: boolean;
  marker: boolean;
}

export interface Line {
  fragments: Fragment[];
  width: number;
  /** Ordinary spaces inside the line, for justification. */
  spaces: number;
  /** The line ends its paragraph or a hard break: never justified. */
  last: boolean;
}

export interface TextStyle {
  bold?: boolean;
  italic?: boolean;
}

export function styleOf(run: { bold?: boolean; italic?: boolean }, base: TextStyle = {}): FontStyle {
  const bold = run.bold ?? base.bold ?? false;
  const italic = run.italic ?? base.italic ?? false;
  if (bold && italic) return 'boldItalic';
  if (bold) return 'bold';
  return italic ? 'italic' : 'regular';
}

/** Caches word widths per style; one per layout run, since documents repeat the same words. */
export class TextMeasure {
  private readonly cache: Record<FontStyle, Map<string, number>> = {
    regular: new Map(),
    bold: new Map(),
    italic: new Map(),
    boldItalic: new Map(),
  };
  private readonly checked = new Set<number>();
  constructor(readonly metrics: Measurer) {}

  /** Width in points of `text` at `size`. */
  width(text: string, style: FontStyle, size: number): number {
    const cache = this.cache[style];
    let units = cache.get(text);
    if (units === undefined) {
      units = 0;
      for (let i = 0; i < text.length; i++) {
        const code = text.charCodeAt(i);
        // Surrogate pairs are measured as one code point.
        if (code >= 0xd800 && code < 0xdc00) {
          units += this.metrics.advance(style, text.codePointAt(i)!);
          i++;
        } else {
          units += this.metrics.advance(style, code);
        }
      }
      cache.set(text, units);
    }
    return (units * size) / 1000;
  }

  lineHeight(size: number): number {
    return size * 1.15;
  }

  /** Baseline offset from the top of a line box. */
  baseline(size: number): number {
    const { ascent, descent } = this.metrics;
    const glyphHeight = ((ascent + descent) * size) / 1000;
    return (this.lineHeight(size) - glyphHeight) / 2 + (ascent * size) / 1000;
  }

  /** Refuses characters the fonts cannot draw, quoting the text so the clerk can find it. */
  check(text: string, style: FontStyle): void {
    for (const ch of text) {
      const cp = ch.codePointAt(0)!;
      // Printable ASCII is in every face; other characters are checked once per style.
      if (cp >= 0x20 && cp < 0x7f) continue;
      const key = cp * 4 + STYLE_INDEX[style];
      if (this.checked.has(key)) continue;
      if (!this.metrics.hasGlyph(style, cp)) {
        const hex = cp.toString(16).toUpperCase().padStart(4, '0');
        const snippet = text.length > 60 ? `${text.slice(0, 57)}…` : text;
        throw new UserError(`Karakter "${ch}" (U+${hex}) tidak tersedia pada huruf dokumen. Ubah teks: "${snippet}".`);
      }
      this.checked.add(key);
    }
  }
}

const STYLE_INDEX: Record<FontStyle, number> = { regular: 0, bold: 1, italic: 2, boldItalic: 3 };

interface Piece {
  text: string;
  style: FontStyle;
  underline: boolean;
  marker: boolean;
}

/** A run of pieces with no ordinary space between them: the unit of line breaking. */
interface Word {
  pieces: Piece[];
  /** The spaces before the word, in the style of the preceding text. */
  spaceBefore: Piece | null;
  hardBreakBefore: boolean;
}

// Tabs and other control characters would draw as missing glyphs; they become spaces or disappear.
const CONTROL = /[\u0000-\u0009\u000B-\u001F\u007F]/g; // eslint-disable-line no-control-regex

function clean(text: string): string {
  return text.replace(/\r\n?/g, '\n').replace(/\t/g, ' ').replace(CONTROL, '');
}

function splitWords(runs: readonly TextRun[], base: TextStyle): Word[] {
  const words: Word[] = [];
  let current: Word | null = null;
  let pendingSpace: Piece | null = null;
  let pendingBreak = false;
  for (const run of runs) {
    const style = styleOf(run, base);
    const underline = run.underline ?? false;
    const marker = run.marker ?? false;
    for (const token of clean(run.text).split(/(\n| +)/)) {
      if (token === '') continue;
      if (token === '\n') {
        current = null;
        pendingSpace = null;
        pendingBreak = true;
      } else if (token.startsWith(' ')) {
        current = null;
        pendingSpace = { text: ' ', style, underline, marker };
      } else if (current) {
        current.pieces.push({ text: token, style, underline, marker });
      } else {
        current = {
          pieces: [{ text: token, style, underline, marker }],
          spaceBefore: pendingSpace,
          hardBreakBefore: pendingBreak,
        };
        words.push(current);
        pendingSpace = null;
        pendingBreak = false;
      }
    }
  }
  return words;
}

class LineBuilder {
  readonly lines: Line[] = [];
  private fragments: Fragment[] = [];
  private width = 0;
  private spaces = 0;

  constructor(
    private readonly measure: TextMeasure,
    private readonly size: number,
  ) {}

  get used(): number {
    return this.width;
  }
  get lineCount(): number {
    return this.lines.length;
  }
  get empty(): boolean {
    return this.fragments.length === 0;
  }

  add(piece: Piece, width: number): void {
    const last = this.fragments[this.fragments.length - 1];
    if (last && last.style === piece.style && last.underline === piece.underline && last.marker === piece.marker) {
      last.text += piece.text;
      last.width += width;
    } else {
      this.fragments.push({ text: piece.text, style: piece.style, width, underline: piece.underline, marker: piece.marker });
    }
    this.width += width;
    if (piece.text === ' ') this.spaces += 1;
  }

  flush(last: boolean): void {
    this.lines.push({ fragments: this.fragments, width: this.width, spaces: this.spaces, last });
    this.fragments = [];
    this.width = 0;
    this.spaces = 0;
  }

  pieceWidth(piece: Piece): number {
    return this.measure.width(piece.text, piece.style, this.size);
  }
}

/**
 * Wraps runs into lines no wider than `width` points (the first line no wider than `firstWidth`, for a first-line
 * indent). An empty paragraph gives one empty line.
 */
export function wrapRuns(
  measure: TextMeasure,
  runs: readonly TextRun[],
  size: number,
  fullWidth: number,
  base: TextStyle = {},
  firstWidth = fullWidth,
): Line[] {
  const builder = new LineBuilder(measure, size);
  const limit = () => (builder.lines.length === 0 ? firstWidth : fullWidth);
  for (const run of runs) measure.check(clean(run.text).replace(/\n/g, ' '), styleOf(run, base));
  for (const word of splitWords(runs, base)) {
    const width = limit();
    if (word.hardBreakBefore) builder.flush(true);
    const wordWidth = word.pieces.reduce((sum, p) => sum + builder.pieceWidth(p), 0);
    const spaceWidth = word.spaceBefore && !builder.empty ? builder.pieceWidth(word.spaceBefore) : 0;
    // A line ended by a word too long for any line is not stretched: the cut word follows on its own.
    if (!builder.empty && builder.used + spaceWidth + wordWidth > width + 1e-6) builder.flush(wordWidth > fullWidth + 1e-6);
    if (!builder.empty && word.spaceBefore) builder.add(word.spaceBefore, spaceWidth);
    if (wordWidth <= limit() - builder.used + 1e-6) {
      for (const piece of word.pieces) builder.add(piece, builder.pieceWidth(piece));
    } else {
      addByCharacters(builder, word.pieces, limit);
    }
  }
  builder.flush(true);
  // A hard break at the very start leaves an empty first line; keep it, it is what the writer typed.
  return builder.lines;
}

/** A word wider than the column is cut between characters rather than spilling out of it. */
function addByCharacters(builder: LineBuilder, pieces: Piece[], limit: () => number): void {
  for (const piece of pieces) {
    for (const ch of piece.text) {
      const charPiece = { ...piece, text: ch };
      const w = builder.pieceWidth(charPiece);
      if (!builder.empty && builder.used + w > limit() + 1e-6) builder.flush(false);
      builder.add(charPiece, w);
    }
  }
}
