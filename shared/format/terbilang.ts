// Numbers in Indonesian words (terbilang), as written in berita acara and amounts of money:
// 11 sebelas, 100 seratus, 1000 seribu, but 1.000.000 satu juta.
const ONES = ['', 'satu', 'dua', 'tiga', 'empat', 'lima', 'enam', 'tujuh', 'delapan', 'sembilan', 'sepuluh', 'sebelas'];
const SCALES: Array<[bigint, string]> = [
  [1_000_000_000_000n, 'triliun'],
  [1_000_000_000n, 'miliar'],
  [1_000_000n, 'juta'],
];

function below1000(n: number): string {
  if (n < 12) return ONES[n]!;
  if (n < 20) return `${ONES[n - 10]} belas`;
  if (n < 100) return join(`${ONES[Math.floor(n / 10)]} puluh`, below1000(n % 10));
  if (n < 200) return join('seratus', below1000(n - 100));
  return join(`${ONES[Math.floor(n / 100)]} ratus`, below1000(n % 100));
}

function below1e6(n: number): string {
  if (n < 1000) return below1000(n);
  if (n < 2000) return join('seribu', below1000(n - 1000));
  return join(`${below1000(Math.floor(n / 1000))} ribu`, below1000(n % 1000));
}

function join(a: string, b: string): string {
  return b ? `${a} ${b}` : a;
}

/** Whole numbers from 0 up to (but not including) 1000 triliun; lower case. */
export function terbilang(value: number | bigint): string {
  // Checked before BigInt(), which would refuse a fraction first with its own English message.
  if (typeof value === 'number' && !Number.isSafeInteger(value)) throw new RangeError(`bukan bilangan bulat: ${value}`);
  const n = BigInt(value);
  if (n < 0n) return `minus ${terbilang(-n)}`;
  if (n >= 1_000_000_000_000_000n) throw new RangeError('terlalu besar untuk terbilang');
  if (n === 0n) return 'nol';
  let rest = n;
  const parts: string[] = [];
  for (const [scale, word] of SCALES) {
    const count = rest / scale;
    if (count > 0n) parts.push(`${below1e6(Number(count))} ${word}`);
    rest %= scale;
  }
  if (rest > 0n) parts.push(below1e6(Number(rest)));
  return parts.join(' ');
}

/** "2 (dua)", the way counts are written in running text. */
export function countWithWords(value: number): string {
  return `${value} (${terbilang(value)})`;
}
