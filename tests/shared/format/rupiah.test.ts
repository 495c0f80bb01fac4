// Money amounts: dots for thousands, comma for sen, words in brackets.
import { describe, expect, it } from 'vitest';
import { formatRupiah, formatRupiahSen, rupiahWithWords } from '../../../shared/format/rupiah';

describe('rupiah', () => {
  it('groups thousands with dots and writes sen after a comma', () => {
    expect(formatRupiah(1500000)).toBe('Rp1.500.000,00');
    expect(formatRupiah(999)).toBe('Rp999,00');
    expect(formatRupiah(1234.5)).toBe('Rp1.234,50');
    expect(formatRupiah(0)).toBe('Rp0,00');
    expect(formatRupiah(1000.05)).toBe('Rp1.000,05');
    expect(formatRupiah(100)).toBe('Rp100,00');
    expect(formatRupiah(1000)).toBe('Rp1.000,00');
    expect(formatRupiah(12_345_678_901)).toBe('Rp12.345.678.901,00');
    expect(formatRupiahSen(150n)).toBe('Rp1,50');
    expect(formatRupiahSen(7n)).toBe('Rp0,07');
  });
  it('puts the minus sign before "Rp", and says "minus" in the words', () => {
    expect(formatRupiahSen(-150n)).toBe('-Rp1,50');
    expect(formatRupiah(-2500)).toBe('-Rp2.500,00');
    expect(rupiahWithWords(-2500)).toBe('-Rp2.500,00 (minus dua ribu lima ratus rupiah)');
    expect(rupiahWithWords(-1000.25)).toBe('-Rp1.000,25 (minus seribu rupiah dua puluh lima sen)');
  });
  it('adds the amount in words', () => {
    expect(rupiahWithWords(1500000)).toBe('Rp1.500.000,00 (satu juta lima ratus ribu rupiah)');
    expect(rupiahWithWords(1000.25)).toBe('Rp1.000,25 (seribu rupiah dua puluh lima sen)');
    expect(rupiahWithWords(250_000.01)).toBe('Rp250.000,01 (dua ratus lima puluh ribu rupiah satu sen)');
    expect(rupiahWithWords(0)).toBe('Rp0,00 (nol rupiah)');
  });
  it('refuses what is not an amount', () => {
    expect(() => formatRupiah(Number.NaN)).toThrow('jumlah uang tidak valid: NaN');
    expect(() => formatRupiah(Number.POSITIVE_INFINITY)).toThrow('jumlah uang tidak valid: Infinity');
  });
});
