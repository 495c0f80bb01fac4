// What the home screen shows: the programme at a glance and what each document still lacks, each item pointing
// at the screen where it is fixed.
import type { BookReadiness } from '../masterplan/book-readiness';

export type { BookReadiness, MasterplanBook } from '../masterplan/book-readiness';
export type ScreenId =
  'beranda' | 'profil' | 'opd' | 'pejabat' | 'tim' | 'bimtek' | 'penutupan' | 'masterplan' | 'dokumen' | 'templat' | 'pengaturan';

export interface StatusIssue {
  message: string;
  screen: ScreenId;
  /** A masterplan book's line: everything the book lacks, so that the line can open the place that fixes it. */
  bookMissing?: string[];
}

export interface ProgrammeStatus {
  regency: string | null;
  year: number | null;
  stages: { number: number; title: string | null; dates: string[]; participants: number }[];
  closure: { date: string | null; venue: string | null; signatories: number; mengetahui: number };
  counts: { units: number; people: number; sections: number; sectionsWritten: number; programmes: number };
  issues: StatusIssue[];
  /** What each masterplan book (Buku I, Buku II, Ringkasan Eksekutif, Profil Quick Win) still lacks. */
  books: BookReadiness[];
}

export type Phase = 'selesai' | 'berlangsung' | 'terjadwal' | 'belum-dijadwalkan';

export const PHASE_LABEL: Record<Phase, string> = {
  selesai: 'Selesai',
  berlangsung: 'Berlangsung',
  terjadwal: 'Terjadwal',
  'belum-dijadwalkan': 'Belum dijadwalkan',
};

/** Where a stage (or the closure) stands on `today`, from its dates (ISO yyyy-mm-dd, compared as text). */
export function phaseOf(dates: readonly string[], today: string): Phase {
  if (dates.length === 0) return 'belum-dijadwalkan';
  const sorted = [...dates].sort();
  if (sorted[sorted.length - 1]! < today) return 'selesai';
  if (sorted[0]! > today) return 'terjadwal';
  return 'berlangsung';
}
