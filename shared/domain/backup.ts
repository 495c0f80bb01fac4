// Backups: what a backup file holds compared with the current database, shown before a restore replaces it.
import { z } from 'zod';

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
