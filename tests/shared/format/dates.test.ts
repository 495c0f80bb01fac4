// Indonesian date words: golden dates from the seed events and properties over the whole calendar.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  dateInWords,
  dayName,
  formatDate,
  formatDateRange,
  formatDayDate,
  formatNumericDate,
  formatPlaceDate,
  isValidIsoDate,
  MONTH_NAMES,
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

  it('shortens ranges within a month or a year', () => {
    expect(formatDateRange('2021-11-18', '2021-11-19')).toBe('18–19 November 2021');
    expect(formatDateRange('2021-09-30', '2021-10-01')).toBe('30 September – 1 Oktober 2021');
    expect(formatDateRange('2021-12-31', '2022-01-01')).toBe('31 Desember 2021 – 1 Januari 2022');
    expect(formatDateRange('2021-11-19', '2021-11-19')).toBe('19 November 2021');
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
  it('title-cases the words when the office wants it', () => {
    expect(dateInWords('2021-11-23', 'title')).toBe(
      'Hari Selasa Tanggal Dua Puluh Tiga Bulan November Tahun Dua Ribu Dua Puluh Satu',
    );
  });
});

describe('parsing', () => {
  it('refuses dates that are not in the calendar', () => {
    for (const bad of ['2021-02-29', '2021-13-01', '2021-00-10', '2021-04-31', '21-11-19', '2021-1-19', '']) {
      expect(isValidIsoDate(bad), bad).toBe(false);
    }
    expect(isValidIsoDate('2024-02-29')).toBe(true);
    expect(() => formatDate('2021-02-30')).toThrow(/tanggal tidak valid/);
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
