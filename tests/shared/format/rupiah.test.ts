// Money amounts: dots for thousands, comma for sen, words in brackets.
import { describe, expect, it } from 'vitest';
import { formatRupiah, rupiahWithWords } from '../../../shared/format/rupiah';

describe('rupiah', () => {
  it('groups thousands with dots and writes sen after a comma', () => {
    expect(formatRupiah(1500000)).toBe('Rp1.500.000,00');
    expect(formatRupiah(999)).toBe('Rp999,00');
    expect(formatRupiah(1234.5)).toBe('Rp1.234,50');
    expect(formatRupiah(0)).toBe('Rp0,00');
  });
  it('adds the amount in words', () => {
    expect(rupiahWithWords(1500000)).toBe('Rp1.500.000,00 (satu juta lima ratus ribu rupiah)');
    expect(rupiahWithWords(1000.25)).toBe('Rp1.000,25 (seribu rupiah dua puluh lima sen)');
  });
  it('refuses what is not an amount', () => {
    expect(() => formatRupiah(Number.NaN)).toThrow(/tidak valid/);
  });
});
