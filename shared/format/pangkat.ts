// Pangkat and golongan of PNS (I/a to IV/e), written "Pembina Tingkat I (IV/b)".
export const PANGKAT_CODES = [
  'I/a',
  'I/b',
  'I/c',
  'I/d',
  'II/a',
  'II/b',
  'II/c',
  'II/d',
  'III/a',
  'III/b',
  'III/c',
  'III/d',
  'IV/a',
  'IV/b',
  'IV/c',
  'IV/d',
  'IV/e',
] as const;
export type PangkatCode = (typeof PANGKAT_CODES)[number];

export const PANGKAT_NAMES: Record<PangkatCode, string> = {
  'I/a': 'Juru Muda',
  'I/b': 'Juru Muda Tingkat I',
  'I/c': 'Juru',
  'I/d': 'Juru Tingkat I',
  'II/a': 'Pengatur Muda',
  'II/b': 'Pengatur Muda Tingkat I',
  'II/c': 'Pengatur',
  'II/d': 'Pengatur Tingkat I',
  'III/a': 'Penata Muda',
  'III/b': 'Penata Muda Tingkat I',
  'III/c': 'Penata',
  'III/d': 'Penata Tingkat I',
  'IV/a': 'Pembina',
  'IV/b': 'Pembina Tingkat I',
  'IV/c': 'Pembina Utama Muda',
  'IV/d': 'Pembina Utama Madya',
  'IV/e': 'Pembina Utama',
};

export function isPangkatCode(value: string): value is PangkatCode {
  return (PANGKAT_CODES as readonly string[]).includes(value);
}

export function formatPangkat(code: PangkatCode): string {
  return `${PANGKAT_NAMES[code]} (${code})`;
}
