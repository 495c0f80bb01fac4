// Roman numerals for months and chapter numbers, strict in both directions.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fromRoman, toRoman } from '../../../shared/format/roman';

describe('roman numerals', () => {
  it('writes months and chapters', () => {
    expect([1, 4, 9, 11, 12, 14, 40, 90, 400, 2021].map(toRoman)).toEqual([
      'I',
      'IV',
      'IX',
      'XI',
      'XII',
      'XIV',
      'XL',
      'XC',
      'CD',
      'MMXXI',
    ]);
  });
  it('refuses 0 and fractions', () => {
    expect(() => toRoman(0)).toThrow();
    expect(() => toRoman(1.5)).toThrow();
  });
  it('reads only canonical numerals', () => {
    expect(fromRoman('xi')).toBe(11);
    expect(fromRoman('IIII')).toBeNull();
    expect(fromRoman('IC')).toBeNull();
    expect(fromRoman('ABC')).toBeNull();
  });
  it('round-trips every number', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 3999 }), (n) => {
        expect(fromRoman(toRoman(n))).toBe(n);
      }),
    );
  });
});
