// Measuring and wrapping in detail (fixed metrics: a character 5 pt, a space 2.5 pt at 10 pt): styles, widths of
// slices and surrogate pairs, the line box, control characters, rows of spaces, first-line widths, hard breaks,
// words across runs, and the refusal of characters the fonts lack.
import { describe, expect, it } from 'vitest';
import { styleOf, TextMeasure, wrapRuns, type Line } from '../../../../shared/document/layout/text';
import type { Measurer } from '../../../../shared/document/layout/types';
import { fixedMetrics } from './fixed-metrics';

const measure = new TextMeasure(fixedMetrics);
const SIZE = 10;
const textOf = (line: Line) => line.fragments.map((f) => f.text).join('');
const wrap = (text: string, width: number, firstWidth?: number) =>
  wrapRuns(measure, [{ text }], SIZE, width, {}, firstWidth ?? width).map(textOf);

/** Astral characters 700/1000 em, other characters 500, spaces 250; every glyph present. */
const astral: Measurer = {
  advance: (_style, cp) => (cp === 32 ? 250 : cp > 0xffff ? 700 : 500),
  hasGlyph: () => true,
  ascent: 800,
  descent: 200,
};

describe('styleOf', () => {
  it('combines bold and italic, the run overriding the base', () => {
    expect(styleOf({})).toBe('regular');
    expect(styleOf({ bold: true })).toBe('bold');
    expect(styleOf({ italic: true })).toBe('italic');
    expect(styleOf({ bold: true, italic: true })).toBe('boldItalic');
    expect(styleOf({}, { bold: true, italic: true })).toBe('boldItalic');
    expect(styleOf({}, { italic: true })).toBe('italic');
    expect(styleOf({ bold: false }, { bold: true })).toBe('regular');
    expect(styleOf({ italic: false }, { bold: true, italic: true })).toBe('bold');
  });
});

describe('TextMeasure', () => {
  it('measures text and slices of it in points', () => {
    expect(measure.width('ab c', 'regular', SIZE)).toBeCloseTo(17.5, 9);
    expect(measure.width('', 'bold', SIZE)).toBe(0);
    expect(measure.widthOf('xxab cyy', 2, 6, 'regular', 12)).toBeCloseTo(((500 * 3 + 250) * 12) / 1000, 9);
    expect(measure.unitsOf('abc', 1, 3, 'italic')).toBe(1000);
  });

  it('measures a surrogate pair as one code point', () => {
    const m = new TextMeasure(astral);
    expect(m.width('\u{1F600}', 'regular', 10)).toBeCloseTo(7, 9);
    expect(m.width('a\u{1F600}b', 'regular', 10)).toBeCloseTo(17, 9);
  });

  it('measures surrogate pairs from the first high surrogate on, and a lone low surrogate as itself', () => {
    const m = new TextMeasure(astral);
    // U+10348 begins with U+D800, the first high surrogate.
    expect(m.width('\u{10348}', 'regular', 10)).toBeCloseTo(7, 9);
    expect(m.width('\udc00a', 'regular', 10)).toBeCloseTo(10, 9);
  });

  it('reads each advance from the font once, across measures of the same font', () => {
    const calls: number[] = [];
    const counting: Measurer = { ...fixedMetrics, advance: (s, cp) => (calls.push(cp), fixedMetrics.advance(s, cp)) };
    new TextMeasure(counting).width('aab', 'regular', 10);
    expect(calls).toEqual([97, 98]);
    expect(new TextMeasure(counting).width('ba', 'regular', 10)).toBeCloseTo(10, 9);
    expect(calls).toEqual([97, 98]);
    // Another style has its own advances.
    new TextMeasure(counting).width('a', 'bold', 10);
    expect(calls).toEqual([97, 98, 97]);
    // Wrapping reads the same advances.
    expect(wrapRuns(new TextMeasure(counting), [{ text: 'ab ba' }], 10, 1000)[0]!.width).toBeCloseTo(22.5, 9);
    expect(calls).toEqual([97, 98, 97, 32]);
  });

  it('has a line box of 1.15 times the size with the glyphs centred in it', () => {
    expect(measure.lineHeight(10)).toBeCloseTo(11.5, 9);
    // Glyphs 1.1 em high (ascent 0.9, descent 0.2): 0.25 pt above them, the baseline 9 pt lower.
    expect(measure.baseline(10)).toBeCloseTo(9.25, 9);
    expect(new TextMeasure(astral).baseline(20)).toBeCloseTo(1.5 + 16, 9);
  });

  it('names the missing character and its code, quoting a long text shortened', () => {
    const noEAcute: Measurer = { ...fixedMetrics, hasGlyph: (_s, cp) => cp !== 0xe9 };
    const m = new TextMeasure(noEAcute);
    expect(() => m.check('Café', 'regular')).toThrow(
      'Karakter "é" (U+00E9) tidak tersedia pada huruf dokumen. Ubah teks: "Café".',
    );
    const long = `${'a'.repeat(70)}é`;
    expect(() => m.check(long, 'regular')).toThrow(`Ubah teks: "${'a'.repeat(57)}…".`);
    const sixty = `${'a'.repeat(59)}é`;
    expect(() => m.check(sixty, 'regular')).toThrow(`Ubah teks: "${sixty}".`);
    expect(() => measure.check('x\u{1F600}', 'regular')).toThrow('(U+1F600)');
  });

  it('lets printable ASCII through without asking the font, and asks once per character and style', () => {
    const asked: string[] = [];
    const font: Measurer = {
      ...fixedMetrics,
      hasGlyph: (style, cp) => (asked.push(`${style}:${cp.toString(16)}`), !(style === 'bold' && cp === 0xfc)),
    };
    const m = new TextMeasure(font);
    m.check('Plain ASCII ~ text!', 'bold');
    expect(asked).toEqual([]);
    m.check('Süd ü', 'regular');
    m.check('über', 'regular');
    expect(asked).toEqual(['regular:fc']);
    // Each style is asked for itself: the bold face lacks ü although the regular has it.
    m.check('é', 'italic');
    m.check('é', 'boldItalic');
    expect(() => m.check('ü', 'bold')).toThrow('U+00FC');
    expect(asked).toEqual(['regular:fc', 'italic:e9', 'boldItalic:e9', 'bold:fc']);
  });

  it('checks a character after printable ASCII and a DEL or control character', () => {
    const none: Measurer = { ...fixedMetrics, hasGlyph: (_s, cp) => cp >= 0x20 && cp < 0x7f };
    expect(() => new TextMeasure(none).check('abc\u007f', 'regular')).toThrow('U+007F');
    expect(() => new TextMeasure(none).check('\u001fabc', 'regular')).toThrow('U+001F');
    expect(() => new TextMeasure(none).check('~ok', 'regular')).not.toThrow();
  });
});

describe('wrapRuns', () => {
  it('turns \\r\\n, a lone \\r and \\n into line breaks, tabs into spaces, and drops other control characters', () => {
    expect(wrap('satu\r\ndua\rtiga\nempat', 1000)).toEqual(['satu', 'dua', 'tiga', 'empat']);
    expect(wrap('a\tb', 1000)).toEqual(['a b']);
    expect(wrap('a\u0000b\u0007c\u007fd\u001b', 1000)).toEqual(['abcd']);
    // Clean text is left as it is.
    expect(wrap('é — ü', 1000)).toEqual(['é — ü']);
  });

  it('measures a control-free run of \\r\\n as a single break, so no empty line appears between', () => {
    const lines = wrapRuns(measure, [{ text: 'Hari\r\nTanggal' }], SIZE, 1000);
    expect(lines.map(textOf)).toEqual(['Hari', 'Tanggal']);
    expect(lines.map((l) => l.last)).toEqual([true, true]);
    expect(lines[1]!.width).toBeCloseTo(35, 9);
  });

  it('keeps an empty line the writer typed between two hard breaks', () => {
    expect(wrap('satu\n\ntiga', 1000)).toEqual(['satu', '', 'tiga']);
    expect(wrap('\nb', 1000)).toEqual(['', 'b']);
  });

  it('keeps a single space as typed, sets a row of spaces as one, and drops spaces at the ends', () => {
    const lines = wrapRuns(measure, [{ text: '  ab   cd e  ' }], SIZE, 1000);
    expect(lines.map(textOf)).toEqual(['ab cd e']);
    expect(lines[0]!.width).toBeCloseTo(5 * 5 + 2 * 2.5, 9);
    expect(lines[0]!.spaces).toBe(2);
    expect(lines[0]!.fragments[0]!.spaces).toBe(2);
  });

  it('does not split a word that fits except for the space after it', () => {
    // "aaaaaaaaaa" is exactly 50 pt; the space after it is never drawn at a line end.
    expect(wrap('aaaaaaaaaa bb', 50)).toEqual(['aaaaaaaaaa', 'bb']);
    expect(wrap('aaaaaaaaaa ', 50)).toEqual(['aaaaaaaaaa']);
    // "aaaa bbbbb" is 47.5 pt: it fits 47.5 exactly, and moves a word down in 47.4.
    expect(wrap('aaaa bbbbb', 47.5)).toEqual(['aaaa bbbbb']);
    expect(wrap('aaaa bbbbb', 47.4)).toEqual(['aaaa', 'bbbbb']);
  });

  it('moves a word that fits a fresh line to the next line whole, cutting only words wider than any line', () => {
    expect(wrap('aaaaaa bbbbbbbb', 50)).toEqual(['aaaaaa', 'bbbbbbbb']);
    expect(wrap('aaaaaa bbbbbbbbbb', 50)).toEqual(['aaaaaa', 'bbbbbbbbbb']);
    // Eleven characters fit no line of 50 pt: the word is cut after ten.
    expect(wrap('aaaaaa bbbbbbbbbbb', 50)).toEqual(['aaaaaa', 'bbbbbbbbbb', 'b']);
  });

  it('marks the line before a word too wide for any line as ending, and the line before a plain wrap as not', () => {
    const cut = wrapRuns(measure, [{ text: 'ab cd ' + 'x'.repeat(12) }], SIZE, 50);
    expect(cut.map(textOf)).toEqual(['ab cd', 'x'.repeat(10), 'xx']);
    expect(cut.map((l) => l.last)).toEqual([true, false, true]);
    const wrapped = wrapRuns(measure, [{ text: 'ab cd ' + 'x'.repeat(10) }], SIZE, 50);
    expect(wrapped.map((l) => l.last)).toEqual([false, true]);
  });

  it('cuts a long word after what is already on the line when it must be cut anyway', () => {
    // Fourteen characters fit no line of 50 pt; after "ab " the first seven go on the first line.
    expect(wrap('ab ' + 'x'.repeat(14), 50)).toEqual(['ab', 'x'.repeat(10), 'x'.repeat(4)]);
  });

  it('uses the first width for the first line only', () => {
    // A first-line indent: 30 pt on the first line ("aa bb cc" would be 35), 50 pt after (four words, 47.5).
    expect(wrap('aa bb cc dd ee ff', 50, 30)).toEqual(['aa bb', 'cc dd ee ff']);
    // A long word cut on the first line follows the first width there, the full width after.
    expect(wrap('x'.repeat(16), 50, 30)).toEqual(['x'.repeat(6), 'x'.repeat(10)]);
  });

  it('cuts a word that is wider than the first line but fits the others on the first line', () => {
    // Eight characters (40 pt) fit no first line of 30 pt; the first width applies to the cut too.
    expect(wrap('x'.repeat(8), 50, 30)).toEqual(['x'.repeat(6), 'xx']);
  });

  it('never cuts a surrogate pair in two', () => {
    const m = new TextMeasure(astral);
    const face = '\u{1F600}';
    // Each is 7 pt: two fit 15 pt, a third does not.
    const lines = wrapRuns(m, [{ text: face.repeat(5) }], 10, 15);
    expect(lines.map(textOf)).toEqual([face.repeat(2), face.repeat(2), face]);
    expect(lines[0]!.width).toBeCloseTo(14, 9);
  });

  it('cuts a pair whose low surrogate is U+DC00 as one character too', () => {
    const m = new TextMeasure(astral);
    const rat = '\u{1F400}'; // U+D83D U+DC00
    expect(wrapRuns(m, [{ text: rat.repeat(3) }], 10, 15).map(textOf)).toEqual([rat.repeat(2), rat]);
  });

  it('sets one character per line in a column narrower than a character, without empty lines', () => {
    expect(wrap('xy', 3)).toEqual(['x', 'y']);
  });

  it('joins two runs of the same text and look into one fragment with both', () => {
    const lines = wrapRuns(measure, [{ text: 'ab' }, { text: 'ab' }], SIZE, 1000);
    expect(lines[0]!.fragments.map((f) => [f.text, f.width])).toEqual([['abab', 20]]);
  });

  it('measures a character above the surrogates, or a lone low surrogate, as one character in a word', () => {
    const m = new TextMeasure(astral);
    // U+FF21 and U+DC00 are single code units: the letter after each is measured too.
    expect(wrapRuns(m, [{ text: '\uff21b \udc00b' }], 10, 1000)[0]!.width).toBeCloseTo(10 + 2.5 + 10, 9);
  });

  it('ends a word at a space or a break even right after a lone high surrogate', () => {
    const m = new TextMeasure(astral);
    const lines = wrapRuns(m, [{ text: '\ud83d b\ud83d\nc' }], 10, 1000);
    expect(lines.map(textOf)).toEqual(['\ud83d b\ud83d', 'c']);
    expect(lines[0]!.spaces).toBe(1);
  });

  it('cuts a word of one run after a word of several runs without reusing the earlier pieces', () => {
    const lines = wrapRuns(measure, [{ text: 'a' }, { text: 'b ', bold: true }, { text: 'x'.repeat(12) }], SIZE, 50);
    expect(lines.map(textOf)).toEqual(['ab', 'x'.repeat(10), 'xx']);
  });

  it('drops a space before a line break and takes one space between runs that both hold one', () => {
    const broken = wrapRuns(measure, [{ text: 'a \nb' }], SIZE, 1000);
    expect(broken.map(textOf)).toEqual(['a', 'b']);
    expect(broken[0]!.width).toBe(5);
    const joined = wrapRuns(measure, [{ text: 'a ' }, { text: ' b' }], SIZE, 1000);
    expect(joined.map(textOf)).toEqual(['a b']);
    expect(joined[0]!.spaces).toBe(1);
  });

  it('ends the empty line between two breaks as a paragraph end, never justified', () => {
    expect(wrapRuns(measure, [{ text: 'a\n\nb' }], SIZE, 1000).map((l) => l.last)).toEqual([true, true, true]);
  });

  it('keeps a marked run apart from plain text of the same style', () => {
    const lines = wrapRuns(measure, [{ text: 'a ' }, { text: 'b', marker: true }], SIZE, 1000);
    expect(lines[0]!.fragments.map((f) => [f.text, f.marker])).toEqual([
      ['a ', false],
      ['b', true],
    ]);
  });

  it('checks the character after a non-ASCII one, and takes a surrogate pair as one character', () => {
    const m = new TextMeasure({ ...fixedMetrics, hasGlyph: (_s, cp) => cp !== 0xfc && cp !== 0xde00 && cp !== 0xd83d });
    expect(() => m.check('éü', 'regular')).toThrow('U+00FC');
    expect(() => m.check('\u{1F600}', 'regular')).not.toThrow();
  });

  it('tells a checked character of one style from its neighbours in another', () => {
    // Keys of (character, style) pairs must not collide: é in bold italic is not ê in bold, nor í in regular.
    const lacking = new Set(['bold:ea', 'regular:ed']);
    const m = new TextMeasure({ ...fixedMetrics, hasGlyph: (s, cp) => !lacking.has(`${s}:${cp.toString(16)}`) });
    m.check('é', 'boldItalic');
    m.check('é', 'bold');
    expect(() => m.check('ê', 'bold')).toThrow('U+00EA');
    expect(() => m.check('í', 'regular')).toThrow('U+00ED');
  });

  it('keeps a word that spans runs of different looks together and moves it whole', () => {
    const lines = wrapRuns(measure, [{ text: 'aaaa ' }, { text: 'bb', bold: true }, { text: 'cc' }], SIZE, 35);
    expect(lines.map(textOf)).toEqual(['aaaa', 'bbcc']);
    expect(lines[1]!.fragments.map((f) => [f.text, f.style, f.width])).toEqual([
      ['bb', 'bold', 10],
      ['cc', 'regular', 10],
    ]);
  });

  it('joins text of one look from several runs into one fragment, and keeps different looks apart', () => {
    const joined = wrapRuns(measure, [{ text: 'satu' }, { text: ' dua' }, { text: ' tiga' }], SIZE, 1000);
    expect(joined[0]!.fragments.map((f) => [f.text, f.spaces])).toEqual([['satu dua tiga', 2]]);
    const looks = wrapRuns(
      measure,
      [{ text: 'a ' }, { text: 'b', underline: true }, { text: ' c', marker: true }, { text: 'd', marker: true }],
      SIZE,
      1000,
    );
    expect(looks[0]!.fragments.map((f) => [f.text, f.underline, f.marker])).toEqual([
      ['a ', false, false],
      ['b', true, false],
      [' cd', false, true],
    ]);
  });

  it('sets the space between runs in the look of the run it is in', () => {
    const lines = wrapRuns(measure, [{ text: 'a' }, { text: '   ', underline: true }, { text: 'b' }], SIZE, 1000);
    expect(lines[0]!.fragments.map((f) => [f.text, f.underline, f.spaces])).toEqual([
      ['a', false, 0],
      [' ', true, 1],
      ['b', false, 0],
    ]);
    expect(lines[0]!.width).toBeCloseTo(12.5, 9);
  });

  it('applies the base style unless a run says otherwise', () => {
    const lines = wrapRuns(measure, [{ text: 'a' }, { text: 'b', bold: false }], SIZE, 1000, { bold: true });
    expect(lines[0]!.fragments.map((f) => f.style)).toEqual(['bold', 'regular']);
  });

  it('refuses a missing character even in a run that holds a line break', () => {
    expect(() => wrapRuns(measure, [{ text: 'satu\n東' }], SIZE, 1000)).toThrow('Ubah teks: "satu 東"');
  });
});
