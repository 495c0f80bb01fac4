// Which automatic backups to keep: the newest few starts, and beyond them one per day for the last week and one per
// week for the last two months, so a mistake noticed a fortnight later can still be undone even when the app was
// opened twenty times since. Days and weeks (Monday first) are the regency's own (WIB, WITA, WIT).
import type { TimeZone } from '../../shared/domain/regency';
import { UTC_OFFSET_HOURS } from '../../shared/time/local-date';

export interface RetentionPolicy {
  /** The newest backups kept whatever their date (one per start). */
  lastStarts: number;
  /** One per day (the first of the day) for this many days, today included. */
  days: number;
  /** One per week (the first of the week) for this many weeks, this week included. */
  weeks: number;
}

export const RETENTION: RetentionPolicy = { lastStarts: 10, days: 7, weeks: 8 };

export interface DatedBackup {
  name: string;
  /** ISO instant the backup was made. */
  createdAt: string;
}

/** The backup's file name stamp (UTC) from an ISO instant: `20261122-080000`. */
export function backupStamp(iso: string): string {
  return iso.replace(/[-:]/g, '').replace('T', '-').slice(0, 15);
}

/** The instant in a name ending `-YYYYMMDD-HHMMSS.db`, or null. */
export function instantOfBackupName(name: string): string | null {
  const m = /-(\d{4})(\d{2})(\d{2})-(\d{2})(\d{2})(\d{2})\.db$/.exec(name);
  if (!m) return null;
  const iso = `${m[1]}-${m[2]}-${m[3]}T${m[4]}:${m[5]}:${m[6]}.000Z`;
  return Number.isFinite(Date.parse(iso)) ? iso : null;
}

/** The names to keep; every other automatic backup may go. */
export function backupsToKeep(
  backups: readonly DatedBackup[],
  now: string,
  zone: TimeZone = 'WIB',
  policy: RetentionPolicy = RETENTION,
): Set<string> {
  const shift = UTC_OFFSET_HOURS[zone] * 3_600_000;
  const day = (iso: string) => Math.floor((Date.parse(iso) + shift) / 86_400_000);
  // Day 0 (1 January 1970) was a Thursday: shifting by three makes each week start on Monday.
  const week = (d: number) => Math.floor((d + 3) / 7);
  const today = day(now);
  const oldestFirst = [...backups].sort((a, b) => a.createdAt.localeCompare(b.createdAt) || a.name.localeCompare(b.name));
  const keep = new Set(oldestFirst.slice(Math.max(0, oldestFirst.length - Math.max(0, policy.lastStarts))).map((b) => b.name));
  const firstOfDay = new Set<number>();
  const firstOfWeek = new Set<number>();
  for (const b of oldestFirst) {
    const d = day(b.createdAt);
    if (!Number.isFinite(d)) continue;
    const dayAge = today - d;
    if (dayAge >= 0 && dayAge < policy.days && !firstOfDay.has(d)) {
      firstOfDay.add(d);
      keep.add(b.name);
    }
    const w = week(d);
    const weekAge = week(today) - w;
    if (weekAge >= 0 && weekAge < policy.weeks && !firstOfWeek.has(w)) {
      firstOfWeek.add(w);
      keep.add(b.name);
    }
  }
  return keep;
}
