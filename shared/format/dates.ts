// Indonesian calendar words and date lines (KBBI spelling: Jumat, Februari, November), all from ISO yyyy-mm-dd
// strings so that no time zone can shift a date.
import { terbilang } from './terbilang';
import { toRoman } from './roman';

export const DAY_NAMES = ['Minggu', 'Senin', 'Selasa', 'Rabu', 'Kamis', 'Jumat', 'Sabtu'] as const;
export const MONTH_NAMES = [
  'Januari',
  'Februari',
  'Maret',
  'April',
  'Mei',
  'Juni',
  'Juli',
  'Agustus',
  'September',
  'Oktober',
  'November',
  'Desember',
] as const;

export interface CalendarDate {
  year: number;
  month: number;
  day: number;
}

/** Midnight UTC of a date; Date.UTC alone would read the years 0–99 as 1900–1999. */
function utcDate(year: number, monthIndex: number, day: number): Date {
  const date = new Date(Date.UTC(2000, monthIndex, day));
  date.setUTCFullYear(year, monthIndex, day);
  return date;
}

function daysInMonth(year: number, month: number): number {
  return utcDate(year, month, 0).getUTCDate();
}

/** Parses yyyy-mm-dd; null when the text is not a real calendar date. */
export function parseIsoDate(iso: string): CalendarDate | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!match) return null;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  if (year < 1 || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return null;
  return { year, month, day };
}

export function isValidIsoDate(iso: string): boolean {
  return parseIsoDate(iso) !== null;
}

function mustParse(iso: string): CalendarDate {
  const date = parseIsoDate(iso);
  if (!date) throw new RangeError(`tanggal tidak valid: ${iso}`);
  return date;
}

export function dayName(iso: string): (typeof DAY_NAMES)[number] {
  const { year, month, day } = mustParse(iso);
  const weekday = utcDate(year, month - 1, day).getUTCDay();
  return DAY_NAMES[weekday]!;
}

export function monthName(month: number): (typeof MONTH_NAMES)[number] {
  const name = MONTH_NAMES[month - 1];
  if (!name) throw new RangeError(`bulan tidak valid: ${month}`);
  return name;
}

export function romanMonth(iso: string): string {
  return toRoman(mustParse(iso).month);
}

/** "19 November 2021" (no leading zero). */
export function formatDate(iso: string): string {
  const { year, month, day } = mustParse(iso);
  return `${day} ${monthName(month)} ${year}`;
}

/** "Jumat, 19 November 2021". */
export function formatDayDate(iso: string): string {
  return `${dayName(iso)}, ${formatDate(iso)}`;
}

/** The date line above a signature: "Pematang Raya, 19 November 2021". */
export function formatPlaceDate(place: string, iso: string): string {
  return `${place}, ${formatDate(iso)}`;
}

/** "18–19 November 2021", "30 September – 1 Oktober 2021", "31 Desember 2021 – 1 Januari 2022". */
export function formatDateRange(fromIso: string, untilIso: string): string {
  const a = mustParse(fromIso);
  const b = mustParse(untilIso);
  if (fromIso === untilIso) return formatDate(fromIso);
  if (a.year !== b.year) return `${formatDate(fromIso)} – ${formatDate(untilIso)}`;
  if (a.month !== b.month) return `${a.day} ${monthName(a.month)} – ${formatDate(untilIso)}`;
  return `${a.day}–${formatDate(untilIso)}`;
}

export type WordCase = 'lower' | 'title';

function applyCase(words: string, wordCase: WordCase): string {
  return wordCase === 'lower'
    ? words
    : words.replace(/(^|\s)(\p{Ll})/gu, (_, space: string, c: string) => space + c.toUpperCase());
}

/**
 * The spelled-out date of a berita acara: "hari Jumat tanggal sembilan belas bulan November tahun dua ribu dua
 * puluh satu". Day and month names keep their capital; casing applies to the number words only.
 */
export function dateInWords(iso: string, wordCase: WordCase = 'lower'): string {
  const { year, month, day } = mustParse(iso);
  const dayWords = applyCase(terbilang(day), wordCase);
  const yearWords = applyCase(terbilang(year), wordCase);
  const [hari, tanggal, bulan, tahun] =
    wordCase === 'lower' ? ['hari', 'tanggal', 'bulan', 'tahun'] : ['Hari', 'Tanggal', 'Bulan', 'Tahun'];
  return `${hari} ${dayName(iso)} ${tanggal} ${dayWords} ${bulan} ${monthName(month)} ${tahun} ${yearWords}`;
}

/**
 * The words of dateInWords apart, for a text template: day name, day in words, month name and year in words, the
 * number words cased as dateInWords cases them ("Jumat", "sembilan belas", "November", "dua ribu dua puluh satu").
 */
export function dateWordParts(
  iso: string,
  wordCase: WordCase = 'lower',
): { hari: string; tanggal: string; bulan: string; tahun: string } {
  const { year, month, day } = mustParse(iso);
  return {
    hari: dayName(iso),
    tanggal: applyCase(terbilang(day), wordCase),
    bulan: monthName(month),
    tahun: applyCase(terbilang(year), wordCase),
  };
}

/** dd-mm-yyyy, the numeric form some offices add in brackets after the spelled-out date. */
export function formatNumericDate(iso: string): string {
  const { year, month, day } = mustParse(iso);
  return `${String(day).padStart(2, '0')}-${String(month).padStart(2, '0')}-${year}`;
}
