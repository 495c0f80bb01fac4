// Importing people and their positions from a spreadsheet: the request (a file's bytes) and the preview by row.
import { z } from 'zod';

export const peopleImportSchema = z.object({
  fileName: z
    .string()
    .trim()
    .regex(/\.(xlsx|csv)$/i, 'berkas harus .xlsx atau .csv'),
  /** The file's bytes in base64 (at most 5 MB). */
  base64: z.base64().max(7_000_000, 'berkas terlalu besar (maksimal 5 MB)'),
});

export interface ImportRowPreview {
  /** Row number as the spreadsheet shows it (the header is row 1). */
  row: number;
  name: string;
  nip: string | null;
  jabatan: string | null;
  unit: string | null;
  problems: string[];
}

export interface PeopleImportPreview {
  rows: ImportRowPreview[];
  valid: number;
  invalid: number;
  /** Recognised column titles, in the file's order. */
  columns: string[];
}

/** Column titles the import understands (lower case, as typed in Indonesian offices). */
export const IMPORT_COLUMNS = {
  name: ['nama', 'nama lengkap'],
  frontTitle: ['gelar depan'],
  backTitle: ['gelar belakang'],
  nip: ['nip'],
  niPppk: ['ni pppk', 'nipppk'],
  pangkat: ['pangkat', 'golongan', 'pangkat/golongan', 'pangkat/gol', 'gol'],
  phone: ['telepon', 'no. hp', 'no hp', 'hp', 'telp'],
  title: ['jabatan'],
  unit: ['unit', 'opd', 'unit kerja', 'instansi', 'perangkat daerah'],
  status: ['status'],
} as const;
