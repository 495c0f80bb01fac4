// Terbilang: the irregular words (sebelas, seratus, seribu) and a parser-based round trip over many numbers.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { countWithWords, terbilang } from '../../../shared/format/terbilang';

describe('terbilang', () => {
  it.each([
    [0, 'nol'],
    [1, 'satu'],
    [10, 'sepuluh'],
    [11, 'sebelas'],
    [12, 'dua belas'],
    [19, 'sembilan belas'],
    [20, 'dua puluh'],
    [21, 'dua puluh satu'],
    [100, 'seratus'],
    [101, 'seratus satu'],
    [111, 'seratus sebelas'],
    [250, 'dua ratus lima puluh'],
    [1000, 'seribu'],
    [1001, 'seribu satu'],
    [1100, 'seribu seratus'],
    [2021, 'dua ribu dua puluh satu'],
    [11000, 'sebelas ribu'],
    [100000, 'seratus ribu'],
    [1000000, 'satu juta'],
    [1500000, 'satu juta lima ratus ribu'],
    [1_000_000_000, 'satu miliar'],
    [2_000_000_000_000, 'dua triliun'],
    [1_001_001, 'satu juta seribu satu'],
    [-5, 'minus lima'],
  ])('%i → %s', (n, words) => expect(terbilang(n)).toBe(words));

  it('writes counts the way running text does', () => {
    expect(countWithWords(2)).toBe('2 (dua)');
  });

  it('refuses fractions and numbers a double cannot hold exactly, naming them', () => {
    expect(() => terbilang(1.5)).toThrow('bukan bilangan bulat: 1.5');
    expect(() => terbilang(Number.NaN)).toThrow('bukan bilangan bulat: NaN');
    expect(() => terbilang(2 ** 53)).toThrow('bukan bilangan bulat: 9007199254740992');
    // The largest safe integer is a number, but past 1000 triliun.
    expect(() => terbilang(2 ** 53 - 1)).toThrow('terlalu besar untuk terbilang');
    expect(terbilang(999_999_999_999_999)).toBe(terbilang(999_999_999_999_999n));
  });

  it('takes bigints up to the last number below 1000 triliun', () => {
    expect(terbilang(12n)).toBe('dua belas');
    expect(terbilang(-1_000_000n)).toBe('minus satu juta');
    expect(terbilang(999_999_999_999_999n)).toBe(
      'sembilan ratus sembilan puluh sembilan triliun sembilan ratus sembilan puluh sembilan miliar sembilan ratus sembilan puluh sembilan juta sembilan ratus sembilan puluh sembilan ribu sembilan ratus sembilan puluh sembilan',
    );
    expect(() => terbilang(1_000_000_000_000_000n)).toThrow('terlalu besar untuk terbilang');
    expect(() => terbilang(-1_000_000_000_000_000n)).toThrow('terlalu besar untuk terbilang');
  });

  it('says seribu only for one thousand, and reads the thousands of millions', () => {
    expect(terbilang(1999)).toBe('seribu sembilan ratus sembilan puluh sembilan');
    expect(terbilang(1_000_000_001)).toBe('satu miliar satu');
    expect(terbilang(1_001_000)).toBe('satu juta seribu');
    expect(terbilang(2_001_000_000_000)).toBe('dua triliun satu miliar');
    expect(terbilang(111_000)).toBe('seratus sebelas ribu');
    expect(countWithWords(11)).toBe('11 (sebelas)');
  });

  // An independent reader of the words: if it recovers every number, no word is missing, doubled or misplaced.
  const UNITS: Record<string, number> = {
    satu: 1,
    dua: 2,
    tiga: 3,
    empat: 4,
    lima: 5,
    enam: 6,
    tujuh: 7,
    delapan: 8,
    sembilan: 9,
  };
  function read(words: string): number {
    let total = 0;
    let group = 0;
    let current = 0;
    for (const w of words.split(' ')) {
      if (w in UNITS) current += UNITS[w]!;
      else if (w === 'sepuluh') current += 10;
      else if (w === 'sebelas') current += 11;
      else if (w === 'belas') current += 10;
      else if (w === 'puluh') current *= 10;
      else if (w === 'seratus') group += 100;
      else if (w === 'ratus') {
        group += current * 100;
        current = 0;
      } else if (w === 'seribu') group += 1000;
      else if (w === 'ribu') {
        group = (group + current) * 1000;
        current = 0;
      } else if (w === 'juta' || w === 'miliar' || w === 'triliun') {
        total += (group + current) * { juta: 1e6, miliar: 1e9, triliun: 1e12 }[w];
        group = 0;
        current = 0;
      } else if (w === 'nol') continue;
      else throw new Error(`kata asing: ${w}`);
      if (w === 'puluh' || w === 'belas') {
        group += current;
        current = 0;
      }
    }
    return total + group + current;
  }

  it('can be read back to the same number', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 999_999_999_999_999 }), (n) => {
        const words = terbilang(n);
        expect(words).not.toMatch(/\bsatu (ratus|puluh|belas)/);
        expect(words).not.toMatch(/(^|juta |miliar |triliun )satu ribu/);
        expect(words).not.toMatch(/\s{2}|^\s|\s$/);
        expect(read(words)).toBe(n);
      }),
      { numRuns: 2000 },
    );
  });
});
