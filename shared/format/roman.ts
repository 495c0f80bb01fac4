// Roman numerals for months in document numbers (XI) and for chapter numbers (Bab IV).
const NUMERALS: Array<[number, string]> = [
  [1000, 'M'],
  [900, 'CM'],
  [500, 'D'],
  [400, 'CD'],
  [100, 'C'],
  [90, 'XC'],
  [50, 'L'],
  [40, 'XL'],
  [10, 'X'],
  [9, 'IX'],
  [5, 'V'],
  [4, 'IV'],
  [1, 'I'],
];

export function toRoman(value: number): string {
  if (!Number.isInteger(value) || value < 1 || value > 3999) throw new RangeError(`angka romawi hanya 1–3999: ${value}`);
  let rest = value;
  let out = '';
  for (const [amount, symbol] of NUMERALS) {
    while (rest >= amount) {
      out += symbol;
      rest -= amount;
    }
  }
  return out;
}

/** Strict: only the canonical form is accepted (IIII and IC are refused), so fromRoman(toRoman(n)) === n. */
export function fromRoman(text: string): number | null {
  const upper = text.trim().toUpperCase();
  if (!/^[MDCLXVI]+$/.test(upper)) return null;
  let total = 0;
  let i = 0;
  for (const [amount, symbol] of NUMERALS) {
    while (upper.startsWith(symbol, i)) {
      total += amount;
      i += symbol.length;
    }
  }
  if (i !== upper.length || total < 1 || total > 3999 || toRoman(total) !== upper) return null;
  return total;
}
