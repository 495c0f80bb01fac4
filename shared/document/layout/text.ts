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
  /** Ordinary spaces in `text`, for justification. */
  spaces: number;
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

/**
 * Advance widths per style for every BMP code point, NaN until first asked, kept per measurer across layouts: a
 * word's width is then a sum over a typed array, cheaper than looking the word up in a map.
 */
const advanceTables = new WeakMap<Measurer, Record<FontStyle, Float64Array | undefined>>();

function advancesFor(metrics: Measurer): Record<FontStyle, Float64Array | undefined> {
  let tables = advanceTables.get(metrics);
  if (!tables) {
    tables = { regular: undefined, bold: undefined, italic: undefined, boldItalic: undefined };
    advanceTables.set(metrics, tables);
  }
  return tables;
}

/** Measures text with the layout's metrics and checks that its fonts can draw it; one per layout run. */
export class TextMeasure {
  private readonly advances: Record<FontStyle, Float64Array | undefined>;
  private readonly checked = new Set<number>();
  constructor(readonly metrics: Measurer) {
    this.advances = advancesFor(metrics);
  }

  /** Advances per BMP code unit in font units, NaN where not yet read from the font (see unitsOf). */
  table(style: FontStyle): Float64Array {
    let table = this.advances[style];
    if (!table) {
      table = new Float64Array(0x10000).fill(Number.NaN);
      this.advances[style] = table;
    }
    return table;
  }

  /** Reads the advance of a BMP code unit from the font into its table, the first time the unit is measured. */
  fill(style: FontStyle, code: number): number {
    const advance = this.metrics.advance(style, code);
    this.table(style)[code] = advance;
    return advance;
  }

  /** Width in points of `text` at `size`. */
  width(text: string, style: FontStyle, size: number): number {
    return this.widthOf(text, 0, text.length, style, size);
  }

  /** Width in points of `text.slice(start, end)` at `size`, without cutting it out. */
  widthOf(text: string, start: number, end: number, style: FontStyle, size: number): number {
    return (this.unitsOf(text, start, end, style) * size) / 1000;
  }

  /** Width in font units (per 1000 em) of `text.slice(start, end)`: widthOf before scaling to the size. */
  unitsOf(text: string, start: number, end: number, style: FontStyle): number {
    const table = this.table(style);
    let units = 0;
    for (let i = start; i < end; i++) {
      const code = text.charCodeAt(i);
      // Surrogate pairs are measured as one code point.
      if (code >= 0xd800 && code < 0xdc00) {
        units += this.metrics.advance(style, text.codePointAt(i)!);
        i++;
      } else {
        let advance = table[code]!;
        if (Number.isNaN(advance)) advance = this.fill(style, code);
        units += advance;
      }
    }
    return units;
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
    // Most text is printable ASCII, which every face has: one pass over the char codes settles it.
    let i = 0;
    // Stryker disable next-line ConditionalExpression,EqualityOperator: a shortcut; the loop below checks what it skips
    while (i < text.length) {
      const code = text.charCodeAt(i);
      // Stryker disable next-line ConditionalExpression,EqualityOperator: as above, stopping early only costs time
      if (code < 0x20 || code >= 0x7f) break;
      i++;
    }
    for (; i < text.length; i++) {
      // Printable ASCII is in every face; other characters are checked once per style.
      const unit = text.charCodeAt(i);
      if (unit >= 0x20 && unit < 0x7f) continue;
      const cp = text.codePointAt(i)!;
      if (cp > 0xffff) i++;
      const key = cp * 4 + STYLE_INDEX[style];
      if (this.checked.has(key)) continue;
      if (!this.metrics.hasGlyph(style, cp)) {
        const hex = cp.toString(16).toUpperCase().padStart(4, '0');
        const snippet = text.length > 60 ? `${text.slice(0, 57)}…` : text;
        throw new UserError(
          `Karakter "${String.fromCodePoint(cp)}" (U+${hex}) tidak tersedia pada huruf dokumen. Ubah teks: "${snippet}".`,
        );
      }
      this.checked.add(key);
    }
  }
}

const STYLE_INDEX: Record<FontStyle, number> = { regular: 0, bold: 1, italic: 2, boldItalic: 3 };

// Tabs and other control characters would draw as missing glyphs; they become spaces or disappear.
const CONTROL = /[\u0000-\u0009\u000B-\u001F\u007F]/g; // eslint-disable-line no-control-regex
const HAS_CONTROL = new RegExp(CONTROL.source);

function clean(text: string): string {
  // \r and \t are control characters too: text without any is returned as it is.
  // Stryker disable next-line ConditionalExpression: a shortcut; the replacements leave such text as it is anyway
  if (!HAS_CONTROL.test(text)) return text;
  return text.replace(/\r\n?/g, '\n').replace(/\t/g, ' ').replace(CONTROL, '');
}

const NEWLINE = 10;
const SPACE = 32;
/** What a row of ordinary spaces becomes in a line: one space. */
const ONE_SPACE = ' ';

/** A run as wrapping sees it: its cleaned text and the look of its pieces. */
interface RunInfo {
  text: string;
  style: FontStyle;
  underline: boolean;
  marker: boolean;
  /** The width of one space in the run's look, in font units: read once per run rather than once per word. */
  spaceUnits: number;
}

/**
 * Collects lines. A fragment's text is kept as a range of its source text while the pieces added to it follow each
 * other there (a word, one space, the next word), and is cut out once when the fragment is closed.
 */
class LineBuilder {
  readonly lines: Line[] = [];
  private fragments: Fragment[] = [];
  private width = 0;
  private spaces = 0;
  /** The open (last) fragment: its look, the text before its current range, and the range. */
  private open: Fragment | null = null;
  private prefix = '';
  private source = '';
  private start = 0;
  private end = 0;

  get used(): number {
    return this.width;
  }
  get empty(): boolean {
    return this.fragments.length === 0;
  }

  /** Adds `source[start, end)` in the look of `run`; `space` marks the one space that stands for a row of them. */
  add(run: RunInfo, source: string, start: number, end: number, width: number, space: boolean): void {
    const last = this.open;
    if (last && last.style === run.style && last.underline === run.underline && last.marker === run.marker) {
      if (source !== this.source || start !== this.end) {
        this.prefix += this.source.slice(this.start, this.end);
        this.source = source;
        this.start = start;
      }
      this.end = end;
      last.width += width;
    } else {
      this.close();
      const fragment: Fragment = { text: '', style: run.style, width, underline: run.underline, marker: run.marker, spaces: 0 };
      this.fragments.push(fragment);
      this.open = fragment;
      this.prefix = '';
      this.source = source;
      this.start = start;
      this.end = end;
    }
    this.width += width;
    if (space) {
      this.spaces += 1;
      this.open!.spaces += 1;
    }
  }

  private close(): void {
    if (!this.open) return;
    const range = this.source.slice(this.start, this.end);
    // Stryker disable next-line ConditionalExpression,StringLiteral: '' + range is range; the test only saves a copy
    this.open.text = this.prefix === '' ? range : this.prefix + range;
    this.open = null;
  }

  flush(last: boolean): void {
    this.close();
    this.lines.push({ fragments: this.fragments, width: this.width, spaces: this.spaces, last });
    this.fragments = [];
    this.width = 0;
    this.spaces = 0;
  }
}

/** The width in font units of the piece pieceEnd last measured, handed back without boxing a number per call. */
const PIECE_UNITS = new Float64Array(1);

/**
 * The end of the piece of `run.text` starting at `start` (up to a space, a line break or the end of the run); its
 * width in font units goes to PIECE_UNITS[0]. Measured while the end is sought, in one pass: the same sum as unitsOf,
 * so the same width. Its own function so that V8 keeps the sum unboxed: inside wrapRuns it cost one heap number
 * per character.
 */
function pieceEnd(measure: TextMeasure, run: RunInfo, table: Float64Array, start: number): number {
  const text = run.text;
  let units = 0;
  let end = start;
  while (end < text.length) {
    const next = text.charCodeAt(end);
    if (next === SPACE || next === NEWLINE) break;
    if (next >= 0xd800 && next < 0xdc00) {
      // A surrogate pair is measured as one code point (unitsOf skips the unit after a high surrogate).
      units += measure.metrics.advance(run.style, text.codePointAt(end)!);
      end++;
      if (end < text.length) {
        const low = text.charCodeAt(end);
        if (low === SPACE || low === NEWLINE) break;
        end++;
      }
      continue;
    }
    let advance = table[next]!;
    if (Number.isNaN(advance)) advance = measure.fill(run.style, next);
    units += advance;
    end++;
  }
  PIECE_UNITS[0] = units;
  return end;
}

/**
 * The pieces of the word wrapRuns is reading, kept between calls: wrapping runs thousands of times per document and
 * never re-enters itself, and four fresh arrays per call were a good part of what it allocated.
 */
const WORD = { pieceRuns: [] as RunInfo[], pieceStarts: [] as number[], pieceEnds: [] as number[], pieceWidths: [] as number[] };

/**
 * Wraps runs into lines no wider than `width` points (the first line no wider than `firstWidth`, for a first-line
 * indent). An empty paragraph gives one empty line. Breaks only at ordinary spaces (a row of them counts as one) and
 * hard line breaks; a word is the text between them, and may span runs of different looks.
 */
export function wrapRuns(
  measure: TextMeasure,
  runs: readonly TextRun[],
  size: number,
  fullWidth: number,
  base: TextStyle = {},
  firstWidth = fullWidth,
): Line[] {
  const infos: RunInfo[] = runs.map((run) => {
    const style = styleOf(run, base);
    return {
      text: clean(run.text),
      style,
      underline: run.underline ?? false,
      marker: run.marker ?? false,
      spaceUnits: measure.unitsOf(ONE_SPACE, 0, 1, style),
    };
  });
  for (const info of infos) measure.check(info.text.includes('\n') ? info.text.replace(/\n/g, ' ') : info.text, info.style);

  const builder = new LineBuilder();
  // The word being read: its pieces as ranges of run texts, and their widths (in the shared scratch arrays).
  const { pieceRuns, pieceStarts, pieceEnds, pieceWidths } = WORD;
  let pieces = 0;
  // What comes before it: the spaces (in the look of the text they are in), or a hard break.
  let spaceRun: RunInfo | null = null;
  let spaceStart = 0;
  let spaceEnd = 0;
  let hardBreak = false;

  const placeWord = () => {
    const width = builder.lines.length === 0 ? firstWidth : fullWidth;
    if (hardBreak) builder.flush(true);
    let wordWidth = 0;
    for (let p = 0; p < pieces; p++) wordWidth += pieceWidths[p]!;
    const spaceWidth = spaceRun && !builder.empty ? (spaceRun.spaceUnits * size) / 1000 : 0;
    // A line ended by a word too long for any line is not stretched: the cut word follows on its own.
    if (!builder.empty && builder.used + spaceWidth + wordWidth > width + 1e-6) builder.flush(wordWidth > fullWidth + 1e-6);
    if (!builder.empty && spaceRun) {
      // A single space is kept as part of the source range; a row of them becomes one space.
      // Stryker disable next-line ConditionalExpression,ArithmeticOperator,EqualityOperator: either way the text is ' '
      if (spaceEnd - spaceStart === 1) builder.add(spaceRun, spaceRun.text, spaceStart, spaceEnd, spaceWidth, true);
      else builder.add(spaceRun, ONE_SPACE, 0, 1, spaceWidth, true);
    }
    // A word that fits is added whole; cutting it would add the same characters one by one without a break.
    // Stryker disable next-line ConditionalExpression,EqualityOperator,ArithmeticOperator: a shortcut, same lines
    if (wordWidth <= (builder.lines.length === 0 ? firstWidth : fullWidth) - builder.used + 1e-6) {
      for (let p = 0; p < pieces; p++)
        builder.add(pieceRuns[p]!, pieceRuns[p]!.text, pieceStarts[p]!, pieceEnds[p]!, pieceWidths[p]!, false);
    } else {
      // A word wider than the column is cut between characters rather than spilling out of it.
      for (let p = 0; p < pieces; p++) {
        const run = pieceRuns[p]!;
        for (let i = pieceStarts[p]!; i < pieceEnds[p]!;) {
          // One character at a time, a surrogate pair as one.
          const code = run.text.charCodeAt(i);
          const low = i + 1 < pieceEnds[p]! ? run.text.charCodeAt(i + 1) : 0;
          const next = code >= 0xd800 && code < 0xdc00 && low >= 0xdc00 && low < 0xe000 ? i + 2 : i + 1;
          const w = measure.widthOf(run.text, i, next, run.style, size);
          if (!builder.empty && builder.used + w > (builder.lines.length === 0 ? firstWidth : fullWidth) + 1e-6)
            builder.flush(false);
          builder.add(run, run.text, i, next, w, false);
          i = next;
        }
      }
    }
    pieces = 0;
    spaceRun = null;
    hardBreak = false;
  };

  for (const run of infos) {
    const text = run.text;
    const table = measure.table(run.style);
    for (let i = 0; i < text.length;) {
      const code = text.charCodeAt(i);
      if (code === NEWLINE) {
        if (pieces > 0) placeWord();
        // A second break in a row ends the line the first one opened: an empty line, as the DOCX writes it.
        else if (hardBreak) builder.flush(true);
        i++;
        spaceRun = null;
        hardBreak = true;
        continue;
      }
      if (code === SPACE) {
        if (pieces > 0) placeWord();
        const start = i;
        while (i < text.length && text.charCodeAt(i) === SPACE) i++;
        spaceRun = run;
        spaceStart = start;
        spaceEnd = i;
        continue;
      }
      const end = pieceEnd(measure, run, table, i);
      const units = PIECE_UNITS[0]!;
      pieceRuns[pieces] = run;
      pieceStarts[pieces] = i;
      pieceEnds[pieces] = end;
      pieceWidths[pieces] = (units * size) / 1000;
      pieces++;
      i = end;
    }
  }
  if (pieces > 0) placeWord();
  builder.flush(true);
  // A hard break at the very start leaves an empty first line; keep it, it is what the writer typed.
  return builder.lines;
}
