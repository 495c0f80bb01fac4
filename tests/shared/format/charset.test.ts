// The characters the document fonts draw, block by block: both ends of every block are accepted and the code points
// just outside it refused (tests/electron/documents/pdf/charset.test.ts checks that the fonts draw each of them).
import { describe, expect, it } from 'vitest';
import { describeCharacter, firstUnprintable, isPrintable } from '../../../shared/format/charset';

// Each block the fonts cover: its first and last code point, and what it holds.
const BLOCKS: [number, number, string][] = [
  [0x09, 0x0a, 'tab and line feed'],
  [0x0d, 0x0d, 'carriage return'],
  [0x20, 0x7e, 'ASCII'],
  [0xa0, 0x377, 'Latin-1, Latin Extended, IPA, spacing and combining marks, early Greek'],
  [0x37a, 0x37f, 'Greek ypogegrammeni to yot'],
  [0x384, 0x38a, 'Greek tonos to Iota with tonos'],
  [0x38c, 0x38c, 'Greek Omicron with tonos'],
  [0x38e, 0x3a1, 'Greek Upsilon with tonos to Rho'],
  [0x3a3, 0x52f, 'Greek Sigma to the end of Cyrillic Supplement'],
  [0x1e00, 0x1eff, 'Latin Extended Additional (Vietnamese)'],
  [0x2000, 0x2064, 'spaces, dashes, quotes and invisible operators'],
  [0x2066, 0x2071, 'bidi isolates, superscript zero and i'],
  [0x2074, 0x208e, 'superscripts and subscripts'],
  [0x2090, 0x209c, 'subscript letters'],
  [0x20a0, 0x20be, 'currency signs up to the lari'],
  [0x2100, 0x214f, 'letterlike symbols'],
  [0x2153, 0x2154, 'one third and two thirds'],
  [0x215b, 0x215e, 'eighths'],
  [0x2190, 0x2195, 'arrows'],
  [0x2212, 0x2212, 'minus sign'],
  [0x221e, 0x221e, 'infinity'],
  [0x2260, 0x2260, 'not equal to'],
  [0x2264, 0x2265, 'less- and greater-than or equal to'],
  [0x25cf, 0x25cf, 'black circle (list bullet)'],
];

describe('isPrintable', () => {
  it.each(BLOCKS)('accepts both ends of U+%s..U+%s (%s)', (from, to) => {
    expect(isPrintable(from)).toBe(true);
    expect(isPrintable(to)).toBe(true);
    expect(isPrintable(Math.floor((from + to) / 2))).toBe(true);
  });

  it('refuses the code points between the blocks, and before the first and after the last', () => {
    const outside: number[] = [0, 0x08];
    BLOCKS.forEach(([, to], i) => {
      const next = BLOCKS[i + 1];
      if (!next || next[0] > to + 1) outside.push(to + 1);
      if (next && next[0] - 1 > to + 1) outside.push(next[0] - 1);
    });
    expect(outside).toContain(0x0b);
    expect(outside).toContain(0x25d0);
    for (const cp of outside) expect(isPrintable(cp), cp.toString(16)).toBe(false);
  });

  it('takes the characters of Indonesian documents and refuses emoji, CJK, Arabic script and controls', () => {
    for (const ch of 'Rp1.500.000,00 – “Jumat” ×½ é ñ ß ≤ ≥ ≠ − ∞ ● € ₹ Ω Ж ệ')
      expect(isPrintable(ch.codePointAt(0)!), ch).toBe(true);
    for (const ch of ['😀', '中', 'ب', 'ก', '☃', '\u0000', '\u007f', '\u0085', '\u20bf', '\u{10000}'])
      expect(isPrintable(ch.codePointAt(0)!), ch).toBe(false);
  });
});

describe('firstUnprintable', () => {
  it('finds the first character the fonts cannot draw, a whole emoji and not half of it', () => {
    expect(firstUnprintable('Aula Kantor Bupati, Lt. 2\tRuang “Harungguan”\r\n')).toBeNull();
    expect(firstUnprintable('')).toBeNull();
    expect(firstUnprintable('Camat 😀 Raya 中')).toBe('😀');
    expect(firstUnprintable('a\u0001b😀')).toBe('\u0001');
    expect(firstUnprintable('Raya中')).toBe('中');
  });
});

describe('describeCharacter', () => {
  it('names a character with its code point in capital hex, at least four digits', () => {
    expect(describeCharacter('😀')).toBe('"😀" (U+1F600)');
    expect(describeCharacter('\u0001')).toBe('"\u0001" (U+0001)');
    expect(describeCharacter('ب')).toBe('"ب" (U+0628)');
    expect(describeCharacter('☃')).toBe('"☃" (U+2603)');
  });
});
