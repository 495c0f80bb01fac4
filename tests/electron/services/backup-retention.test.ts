// Automatic backups kept by start, day and week on an injected clock: the last ten starts, the first of each of the
// last seven days and the first of each of the last eight weeks (Monday first, on the regency's calendar).
import { describe, expect, it } from 'vitest';
import { backupsToKeep, backupStamp, instantOfBackupName, type DatedBackup } from '../../../electron/services/backup-retention';

const HOUR = 3_600_000;
const at = (ms: number) => new Date(ms).toISOString();
const named = (iso: string): DatedBackup => ({ name: `programme-${backupStamp(iso)}.db`, createdAt: iso });

describe('backup names', () => {
  it('stamp an instant and read it back', () => {
    expect(backupStamp('2026-11-22T08:05:09.123Z')).toBe('20261122-080509');
    expect(instantOfBackupName('programme-20261122-080509.db')).toBe('2026-11-22T08:05:09.000Z');
    expect(instantOfBackupName('my-db-2-20261122-080509.db')).toBe('2026-11-22T08:05:09.000Z');
    expect(instantOfBackupName('programme.db')).toBeNull();
  });
});

describe('backupsToKeep', () => {
  it('keeps every backup while there are at most ten', () => {
    const now = Date.parse('2026-11-22T02:00:00Z');
    const backups = Array.from({ length: 10 }, (_, i) => named(at(now - i * 30 * 24 * HOUR)));
    expect(backupsToKeep(backups, at(now)).size).toBe(10);
  });

  it('after a busy day still keeps the first of each of the last 7 days and of each of the last 8 weeks', () => {
    // One start a day at 08:00 WIB for 120 days, then 15 starts today.
    const now = Date.parse('2026-11-22T09:00:00Z'); // Sunday 22 November 2026, 16:00 WIB
    const daily = Array.from({ length: 120 }, (_, i) => named(at(Date.parse('2026-11-21T01:00:00Z') - i * 24 * HOUR)));
    const today = Array.from({ length: 15 }, (_, i) => named(at(Date.parse('2026-11-22T01:00:00Z') + i * 20 * 60_000)));
    const keep = backupsToKeep([...daily, ...today], at(now));
    const kept = [...keep].sort();
    // The ten newest starts are all today's.
    for (const b of today.slice(-10)) expect(keep.has(b.name), b.name).toBe(true);
    // The first of today, and one per day for the six days before.
    expect(keep.has(today[0]!.name)).toBe(true);
    for (const day of ['20261121', '20261120', '20261119', '20261118', '20261117', '20261116']) {
      expect(
        kept.some((n) => n.includes(`-${day}-`)),
        day,
      ).toBe(true);
    }
    expect(kept.some((n) => n.includes('-20261115-'))).toBe(false); // 7 days ago, and not a week's first
    // Weeks start on Monday: the first of each of the eight weeks, this one (from Monday 16 November) back to the one
    // starting Monday 28 September.
    const mondays = ['20261116', '20261109', '20261102', '20261026', '20261019', '20261012', '20261005', '20260928'];
    for (const monday of mondays)
      expect(
        kept.some((n) => n.includes(`-${monday}-`)),
        monday,
      ).toBe(true);
    expect(kept.some((n) => n.includes('-20260921-'))).toBe(false); // nine weeks back
    expect(kept.every((n) => n >= 'programme-20260928')).toBe(true);
    // 11 of today (ten newest + the first), six earlier days, seven older Mondays (16 November already counted).
    expect(keep.size).toBe(11 + 6 + 7);
  });

  it('counts days on the regency clock: 06:30 WIB is the next day though UTC says the day before', () => {
    const now = '2026-11-22T03:00:00Z';
    const backups = [
      named('2026-11-20T23:30:00Z'), // 21 Nov 06:30 WIB
      named('2026-11-21T10:00:00Z'), // 21 Nov 17:00 WIB
      named('2026-11-20T16:00:00Z'), // 20 Nov 23:00 WIB
      named('2026-11-20T10:00:00Z'), // 20 Nov 17:00 WIB
    ];
    const policy = { lastStarts: 0, days: 7, weeks: 0 };
    expect([...backupsToKeep(backups, now, 'WIB', policy)].sort()).toEqual(
      [backups[0]!.name, backups[3]!.name].sort(), // the first of 21 and of 20 November
    );
    // In WIT (UTC+9) 20 Nov 16:00 UTC is already 21 November, 01:00.
    expect([...backupsToKeep(backups, now, 'WIT', policy)].sort()).toEqual([backups[2]!.name, backups[3]!.name].sort());
  });
});
