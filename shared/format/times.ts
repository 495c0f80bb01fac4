// Clock times as Indonesian documents write them: "09.00 WIB", always with the regency's time zone.
import type { TimeZone } from '../domain/regency';

/** "09:00" or "09.00" → "09.00". */
export function formatClock(time: string): string {
  return time.trim().replace(':', '.');
}

/** "09.00 WITA". */
export function formatTime(time: string, zone: TimeZone): string {
  return `${formatClock(time)} ${zone}`;
}

/** "08.00 – 16.00 WIB", "08.00 WIB – selesai", or "-" when no start is known. */
export function formatTimeRange(start: string | null, end: string | null, zone: TimeZone): string {
  if (start && end) return `${formatClock(start)} – ${formatClock(end)} ${zone}`;
  if (start) return `${formatTime(start, zone)} – selesai`;
  return '-';
}
