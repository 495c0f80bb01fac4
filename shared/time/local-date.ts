// Dates as the regency's clock shows them. Indonesia has three zones and no daylight saving: WIB (UTC+7),
// WITA (UTC+8) and WIT (UTC+9). Document numbers, their year and dated file names take the local date: at 06:30
// WIB on 1 January it is already the new year, though UTC still says 31 December.
import type { TimeZone } from '../domain/regency';

export const UTC_OFFSET_HOURS: Readonly<Record<TimeZone, number>> = { WIB: 7, WITA: 8, WIT: 9 };

/** `YYYY-MM-DD` of an instant (ISO string or Date) in the given zone. */
export function localDate(instant: string | Date, zone: TimeZone = 'WIB'): string {
  const ms = (typeof instant === 'string' ? new Date(instant) : instant).getTime();
  if (!Number.isFinite(ms)) throw new Error(`Waktu tidak valid: ${String(instant)}`);
  return new Date(ms + UTC_OFFSET_HOURS[zone] * 3_600_000).toISOString().slice(0, 10);
}

/** The year of an instant in the given zone. */
export function localYear(instant: string | Date, zone: TimeZone = 'WIB'): number {
  return Number(localDate(instant, zone).slice(0, 4));
}
