// NIP (18 digits, 8-6-1-3: birth date, TMT CPNS year-month, sex, serial) and NI PPPK checks and layout.
// Each problem message names what is wrong so that a clerk can correct the right digits.
import { parseIsoDate } from './dates';

export interface NipParts {
  birthDate: string;
  appointment: string;
  sex: 'L' | 'P';
  serial: string;
}

/** Removes the spaces and dots people type or paste ("19700101 199503 1 001"). */
export function normalizeNip(text: string): string {
  return text.replace(/[\s.]/g, '');
}

function isoOf(year: string, month: string, day: string): string {
  return `${year}-${month}-${day}`;
}

/** The first problem with a NIP, or null. `today` bounds the birth year (1940 .. today-15). */
export function nipProblem(text: string, today: Date = new Date()): string | null {
  const nip = normalizeNip(text);
  if (!/^\d*$/.test(nip)) return 'NIP hanya boleh berisi angka';
  if (nip.length !== 18) return 'NIP harus 18 digit';
  const birthYear = Number(nip.slice(0, 4));
  const birth = parseIsoDate(isoOf(nip.slice(0, 4), nip.slice(4, 6), nip.slice(6, 8)));
  if (!birth || birthYear < 1940 || birthYear > today.getUTCFullYear() - 15) {
    return 'NIP: tanggal lahir (8 digit pertama) tidak valid';
  }
  const tmtYear = Number(nip.slice(8, 12));
  const tmtMonth = Number(nip.slice(12, 14));
  const tmtTooEarly = tmtYear < birthYear + 17;
  const tmtInFuture = tmtYear > today.getUTCFullYear() + 1;
  if (tmtMonth < 1 || tmtMonth > 12 || tmtTooEarly || tmtInFuture) return 'NIP: TMT CPNS (digit 9–14) tidak valid';
  if (nip[14] !== '1' && nip[14] !== '2') return 'NIP: kode jenis kelamin (digit 15) harus 1 atau 2';
  if (nip.slice(15) === '000') return 'NIP: nomor urut (3 digit terakhir) tidak boleh 000';
  return null;
}

/** NI PPPK: 18 digits as well (birth date, year of appointment, sex, serial), checked loosely. */
export function niPppkProblem(text: string): string | null {
  const value = normalizeNip(text);
  if (!/^\d*$/.test(value)) return 'NI PPPK hanya boleh berisi angka';
  if (value.length !== 18) return 'NI PPPK harus 18 digit';
  if (!parseIsoDate(isoOf(value.slice(0, 4), value.slice(4, 6), value.slice(6, 8)))) {
    return 'NI PPPK: tanggal lahir (8 digit pertama) tidak valid';
  }
  return null;
}

/** "19700101 199503 1 001"; text that is not 18 digits is returned unchanged. */
export function formatNip(text: string): string {
  const nip = normalizeNip(text);
  if (!/^\d{18}$/.test(nip)) return text;
  return `${nip.slice(0, 8)} ${nip.slice(8, 14)} ${nip.slice(14, 15)} ${nip.slice(15)}`;
}

/** Hints derived from a valid NIP (birth date, TMT CPNS yyyy-mm, sex); null when invalid. */
export function parseNip(text: string, today?: Date): NipParts | null {
  const nip = normalizeNip(text);
  if (nipProblem(nip, today)) return null;
  return {
    birthDate: isoOf(nip.slice(0, 4), nip.slice(4, 6), nip.slice(6, 8)),
    appointment: `${nip.slice(8, 12)}-${nip.slice(12, 14)}`,
    sex: nip[14] === '1' ? 'L' : 'P',
    serial: nip.slice(15),
  };
}
