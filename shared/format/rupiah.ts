// Amounts of money as written in official documents: Rp1.500.000,00 (satu juta lima ratus ribu rupiah).
import { terbilang } from './terbilang';

function groupThousands(digits: string): string {
  return digits.replace(/\B(?=(\d{3})+(?!\d))/g, '.');
}

/** Amount in whole sen (1/100 rupiah) to avoid binary fractions; "Rp1.500.000,00". */
export function formatRupiahSen(sen: bigint): string {
  const negative = sen < 0n;
  const abs = negative ? -sen : sen;
  const whole = groupThousands((abs / 100n).toString());
  const cents = (abs % 100n).toString().padStart(2, '0');
  return `${negative ? '-' : ''}Rp${whole},${cents}`;
}

export function formatRupiah(rupiah: number): string {
  if (!Number.isFinite(rupiah)) throw new RangeError(`jumlah uang tidak valid: ${rupiah}`);
  return formatRupiahSen(BigInt(Math.round(rupiah * 100)));
}

/** "Rp1.500.000,00 (satu juta lima ratus ribu rupiah)"; sen, when present, are spelled out too. */
export function rupiahWithWords(rupiah: number): string {
  const sen = BigInt(Math.round(rupiah * 100));
  const abs = sen < 0n ? -sen : sen;
  const wholeWords = terbilang(abs / 100n);
  const cents = abs % 100n;
  const words = cents > 0n ? `${wholeWords} rupiah ${terbilang(cents)} sen` : `${wholeWords} rupiah`;
  return `${formatRupiahSen(sen)} (${sen < 0n ? 'minus ' : ''}${words})`;
}
