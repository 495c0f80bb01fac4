// Backups: what a backup file holds compared with the current database, shown before a restore replaces it.
import { z } from 'zod';
import { UTC_OFFSET_HOURS } from '../time/local-date';
import type { TimeZone } from './regency';

export const backupFileSchema = z.object({
  fileName: z.string().trim().min(1),
  /** The backup's bytes in base64 (at most 200 MB). */
  base64: z.base64().max(270_000_000, 'berkas cadangan terlalu besar'),
});

/** An automatic backup, named by its file name alone: the service looks only in its own folder. */
export const automaticBackupSchema = z.object({
  name: z
    .string()
    .trim()
    .regex(/^[^/\\:]+\.db$/, 'nama berkas cadangan tidak sah'),
});

export interface ProgrammeCounts {
  regency: string | null;
  year: number | null;
  units: number;
  people: number;
  positions: number;
  signatories: number;
  sections: number;
  documents: number;
}

export interface BackupComparison {
  backup: ProgrammeCounts;
  current: ProgrammeCounts;
}

export interface BackupEntry {
  file: string;
  sizeBytes: number;
  createdAt: string;
}

/** The last copy to a folder or flash drive chosen by the user (recorded in this database's local settings). */
export interface ExternalCopy {
  file: string;
  /** ISO instant. */
  at: string;
}

/** Where the data lives and how old its last copy elsewhere is, for Pengaturan. */
export interface BackupOverview {
  databaseFile: string;
  /** The folder of the automatic backups, beside the database. */
  automaticFolder: string;
  /** WAL on a local disk, DELETE on a network folder (see electron/db/journal-mode.ts). */
  journalMode: string;
  lastExternal: ExternalCopy | null;
  age: ExternalCopyAge;
}

export interface ExternalCopyAge {
  /** Whole days on the regency's calendar since the copy; null when there never was one. */
  days: number | null;
  /** "Salinan terakhir: hari ini pukul 14.05", "… 9 hari yang lalu", or that there is none. */
  text: string;
  /** No copy, or one older than STALE_AFTER_DAYS: the screen asks for a new one. */
  stale: boolean;
}

/** A copy elsewhere older than this many days is called out. */
export const STALE_AFTER_DAYS = 7;

/** How old the last external copy is, in the regency's days (WIB, WITA, WIT), for the screen. */
export function externalCopyAge(lastAt: string | null, now: string, zone: TimeZone = 'WIB'): ExternalCopyAge {
  if (lastAt === null) {
    return { days: null, text: 'Belum pernah disalin ke folder lain atau flashdisk.', stale: true };
  }
  const shift = UTC_OFFSET_HOURS[zone] * 3_600_000;
  const local = (iso: string) => new Date(new Date(iso).getTime() + shift);
  const dayNumber = (iso: string) => Math.floor(local(iso).getTime() / 86_400_000);
  const days = Math.max(0, dayNumber(now) - dayNumber(lastAt));
  const time = local(lastAt).toISOString().slice(11, 16).replace(':', '.');
  const date = local(lastAt).toISOString().slice(0, 10).split('-').reverse().join('/');
  const when =
    days === 0
      ? `hari ini pukul ${time} ${zone}`
      : days === 1
        ? `kemarin pukul ${time} ${zone}`
        : `${days} hari yang lalu (${date})`;
  return { days, text: `Salinan terakhir ke folder lain atau flashdisk: ${when}.`, stale: days >= STALE_AFTER_DAYS };
}
