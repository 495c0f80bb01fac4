// Line breaking: where lines break, where they must not, and what happens to words wider than their column.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { TextMeasure, wrapRuns, type Line } from '../../../../shared/document/layout/text';
import { fixedMetrics } from './fixed-metrics';

const measure = new TextMeasure(fixedMetrics);
const SIZE = 10; // a character is 5 pt, a space 2.5 pt
const textOf = (line: Line) => line.fragments.map((f) => f.text).join('');

describe('wrapRuns', () => {
  it('fills lines greedily and breaks at spaces', () => {
    const lines = wrapRuns(measure, [{ text: 'aaaa bbbb cccc dddd' }], SIZE, 50);
    expect(lines.map(textOf)).toEqual(['aaaa bbbb', 'cccc dddd']);
    expect(lines[0]!.width).toBeCloseTo(42.5);
    expect(lines[0]!.spaces).toBe(1);
    expect(lines.map((l) => l.last)).toEqual([false, true]);
  });

  it('never breaks at a no-break space, so a NIP stays on one line', () => {
    const nip = 'NIP.\u00a019700101\u00a0199503\u00a01\u00a0001';
    const lines = wrapRuns(measure, [{ text: `Nama ${nip}` }], SIZE, 140);
    expect(lines.map(textOf)).toEqual(['Nama', nip]);
  });

  it('cuts a word wider than the column by characters and does not stretch the line before it', () => {
    const lines = wrapRuns(measure, [{ text: 'ab ' + 'x'.repeat(25) }], SIZE, 50);
    expect(lines.map(textOf)).toEqual(['ab', 'x'.repeat(10), 'x'.repeat(10), 'x'.repeat(5)]);
    expect(lines[0]!.last).toBe(true);
    for (const line of lines) expect(line.width).toBeLessThanOrEqual(50);
  });

  it('keeps styles apart and joins adjacent text of one style', () => {
    const lines = wrapRuns(
      measure,
      [{ text: 'Pada hari ini ' }, { text: 'Jumat', bold: true }, { text: ', tanggal' }],
      SIZE,
      1000,
    );
    expect(lines[0]!.fragments.map((f) => [f.text, f.style])).toEqual([
      ['Pada hari ini ', 'regular'],
      ['Jumat', 'bold'],
      [', tanggal', 'regular'],
    ]);
  });

  it('honours hard line breaks and gives an empty paragraph one empty line', () => {
    expect(wrapRuns(measure, [{ text: 'satu\ndua' }], SIZE, 1000).map(textOf)).toEqual(['satu', 'dua']);
    expect(wrapRuns(measure, [{ text: '' }], SIZE, 1000)).toHaveLength(1);
  });

  it('refuses characters the font lacks, quoting the text', () => {
    expect(() => wrapRuns(measure, [{ text: 'Camat 東京' }], SIZE, 1000)).toThrow(
      /Karakter "東" \(U\+6771\) tidak tersedia.*Camat 東京/,
    );
  });

  it('keeps every character and never exceeds the width, whatever the text', () => {
    const word = fc.stringMatching(/^[a-zA-Z0-9.,\u00a0]{1,40}$/);
    fc.assert(
      fc.property(fc.array(word, { minLength: 1, maxLength: 40 }), fc.integer({ min: 20, max: 400 }), (words, width) => {
        const text = words.join(' ');
        const lines = wrapRuns(measure, [{ text }], SIZE, width);
        for (const line of lines) expect(line.width).toBeLessThanOrEqual(width + 1e-6);
        expect(lines.map(textOf).join('').replace(/ /g, '')).toBe(text.replace(/ /g, ''));
      }),
    );
  });

  it('gives each fragment the width measured over its own text, surrogate pairs and rows of spaces included', () => {
    // Widths that differ per character and per style, and astral characters the "font" has, so that the one-pass
    // measuring while words are sought must add up exactly what widthOf adds up.
    const varied = new TextMeasure({
      advance: (style, cp) => (cp === 32 ? 250 : 300 + (cp % 7) * 50 + (style === 'bold' ? 40 : 0) + (cp > 0xffff ? 333 : 0)),
      hasGlyph: () => true,
      ascent: 900,
      descent: 200,
    });
    const piece = fc.constantFrom('a', 'W', 'é', 'x', ' ', '  ', '\n', '\u{1F600}', '\u{10348}', '\u00a0');
    const run = fc.record({ text: fc.array(piece, { maxLength: 30 }).map((p) => p.join('')), bold: fc.boolean() });
    fc.assert(
      fc.property(fc.array(run, { minLength: 1, maxLength: 4 }), fc.integer({ min: 10, max: 300 }), (runs, width) => {
        for (const line of wrapRuns(varied, runs, SIZE, width)) {
          let sum = 0;
          for (const f of line.fragments) {
            expect(f.width).toBeCloseTo(varied.width(f.text, f.style, SIZE), 9);
            sum += f.width;
          }
          expect(line.width).toBeCloseTo(sum, 9);
        }
      }),
    );
  });
});
