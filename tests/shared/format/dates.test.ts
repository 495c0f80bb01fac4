// Indonesian date words: golden dates from the seed events and properties over the whole calendar.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  dateInWords,
  dateWordParts,
  DAY_NAMES,
  dayName,
  formatDate,
  formatDateRange,
  formatDayDate,
  formatNumericDate,
  formatPlaceDate,
  isValidIsoDate,
  MONTH_NAMES,
  monthName,
  parseIsoDate,
  romanMonth,
} from '../../../shared/format/dates';

describe('day names', () => {
  it.each([
    ['2021-11-19', 'Jumat'],
    ['2021-11-23', 'Selasa'],
    ['2021-09-06', 'Senin'],
    ['2021-10-21', 'Kamis'],
    ['2024-02-29', 'Kamis'],
    ['2000-01-01', 'Sabtu'],
    ['2026-11-22', 'Minggu'],
  ])('%s is %s', (iso, name) => expect(dayName(iso)).toBe(name));
});

describe('date lines', () => {
  it('writes day, month name and year without a leading zero', () => {
    expect(formatDate('2021-11-09')).toBe('9 November 2021');
    expect(formatDayDate('2021-11-19')).toBe('Jumat, 19 November 2021');
    expect(formatPlaceDate('Pematang Raya', '2021-11-19')).toBe('Pematang Raya, 19 November 2021');
    expect(formatNumericDate('2021-02-03')).toBe('03-02-2021');
  });

  it('uses KBBI month spellings', () => {
    expect(MONTH_NAMES[1]).toBe('Februari');
    expect(MONTH_NAMES[10]).toBe('November');
  });

  it('names every month and day as KBBI writes them (Jumat, Februari, November)', () => {
    const months = [
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
    ];
    expect(MONTH_NAMES).toEqual(months);
    expect(months.map((_, i) => monthName(i + 1))).toEqual(months);
    expect(months.map((_, i) => formatDate(`2021-${String(i + 1).padStart(2, '0')}-01`))).toEqual(
      months.map((m) => `1 ${m} 2021`),
    );
    expect(DAY_NAMES).toEqual(['Minggu', 'Senin', 'Selasa', 'Rabu', 'Kamis', 'Jumat', 'Sabtu']);
  });

  it('refuses a month number outside 1..12, naming it', () => {
    expect(() => monthName(0)).toThrow('bulan tidak valid: 0');
    expect(() => monthName(13)).toThrow('bulan tidak valid: 13');
  });

  it('shortens ranges within a month or a year', () => {
    expect(formatDateRange('2021-11-18', '2021-11-19')).toBe('18–19 November 2021');
    expect(formatDateRange('2021-09-30', '2021-10-01')).toBe('30 September – 1 Oktober 2021');
    expect(formatDateRange('2021-12-31', '2022-01-01')).toBe('31 Desember 2021 – 1 Januari 2022');
    expect(formatDateRange('2021-11-19', '2021-11-19')).toBe('19 November 2021');
    // The same month of two years is two dates in full.
    expect(formatDateRange('2021-11-19', '2022-11-20')).toBe('19 November 2021 – 20 November 2022');
    expect(() => formatDateRange('2021-11-19', '2021-11-31')).toThrow('tanggal tidak valid: 2021-11-31');
    expect(() => formatDateRange('2021-11-31', '2021-12-01')).toThrow('tanggal tidak valid: 2021-11-31');
  });

  it('gives Roman months', () => {
    expect(romanMonth('2021-11-19')).toBe('XI');
    expect(romanMonth('2021-04-01')).toBe('IV');
  });
});

describe('spelled-out dates for a berita acara', () => {
  it('spells the closure date', () => {
    expect(dateInWords('2021-11-19')).toBe('hari Jumat tanggal sembilan belas bulan November tahun dua ribu dua puluh satu');
  });
  it('gives the words apart for a text template, cased the same way', () => {
    expect(dateWordParts('2021-11-19')).toEqual({
      hari: 'Jumat',
      tanggal: 'sembilan belas',
      bulan: 'November',
      tahun: 'dua ribu dua puluh satu',
    });
    expect(dateWordParts('2021-11-23', 'title')).toEqual({
      hari: 'Selasa',
      tanggal: 'Dua Puluh Tiga',
      bulan: 'November',
      tahun: 'Dua Ribu Dua Puluh Satu',
    });
    expect(dateWordParts('2021-09-06', 'lower')).toEqual({
      hari: 'Senin',
      tanggal: 'enam',
      bulan: 'September',
      tahun: 'dua ribu dua puluh satu',
    });
  });
  it('title-cases the words when the office wants it', () => {
    expect(dateInWords('2021-11-23', 'title')).toBe(
      'Hari Selasa Tanggal Dua Puluh Tiga Bulan November Tahun Dua Ribu Dua Puluh Satu',
    );
  });
});

describe('parsing', () => {
  it('refuses dates that are not in the calendar', () => {
    for (const bad of [
      '2021-02-29',
      '2021-13-01',
      '2021-00-10',
      '2021-04-31',
      '2021-12-32',
      '2021-11-00',
      '0000-01-01',
      '21-11-19',
      '2021-1-19',
      '2021-11-1',
      '12021-11-19',
      '2021-11-190',
      ' 2021-11-19',
      '2021-11-19 ',
      '2021-11-19T00:00',
      '2021/11/19',
      'abcd-ef-gh',
      '',
    ]) {
      expect(isValidIsoDate(bad), bad).toBe(false);
    }
    for (const good of ['2024-02-29', '2021-12-31', '2021-01-01', '2021-01-31', '2021-02-28', '0001-01-01']) {
      expect(isValidIsoDate(good), good).toBe(true);
    }
    expect(() => formatDate('2021-02-30')).toThrow('tanggal tidak valid: 2021-02-30');
    expect(() => dayName('2021-13-01')).toThrow('tanggal tidak valid: 2021-13-01');
  });

  it('knows the weekday and the leap days of the years 1 to 99 too, which Date.UTC reads as 1900 to 1999', () => {
    // Zeller's congruence: 1 January of year 1 (proleptic Gregorian) was a Monday, 19 November 21 a Friday; year 4
    // is a leap year, 1900 is not.
    expect(dayName('0001-01-01')).toBe('Senin');
    expect(dayName('0021-11-19')).toBe('Jumat');
    expect(isValidIsoDate('0004-02-29')).toBe(true);
    expect(isValidIsoDate('1900-02-29')).toBe(false);
  });

  it('agrees with the JavaScript calendar for every day from 1900 to 2100', () => {
    fc.assert(
      fc.property(
        fc.date({ min: new Date('1900-01-01T00:00:00Z'), max: new Date('2100-12-31T00:00:00Z'), noInvalidDate: true }),
        (d) => {
          const iso = d.toISOString().slice(0, 10);
          const parsed = parseIsoDate(iso);
          expect(parsed).toEqual({ year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() });
          expect(formatDate(iso)).toBe(`${d.getUTCDate()} ${MONTH_NAMES[d.getUTCMonth()]} ${d.getUTCFullYear()}`);
          expect(dayName(iso)).toBe(['Minggu', 'Senin', 'Selasa', 'Rabu', 'Kamis', 'Jumat', 'Sabtu'][d.getUTCDay()]);
        },
      ),
    );
  });
});
