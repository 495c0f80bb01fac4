// Indonesian names of the masterplan's codes as the screens show them (the documents print their own).
import type { ReadinessAspect } from '../../../../shared/domain/masterplan';

export const ASPECT_LABEL: Record<ReadinessAspect, string> = {
  struktur: 'Struktur',
  infrastruktur: 'Infrastruktur',
  suprastruktur: 'Suprastruktur',
};

export const TOWS_LABEL = { SO: 'S-O', WO: 'W-O', ST: 'S-T', WT: 'W-T' } as const;
/** What each TOWS strategy does, for the matrix's quadrant headings. */
export const TOWS_HINT = {
  SO: 'Kekuatan untuk meraih peluang',
  WO: 'Atasi kelemahan dengan peluang',
  ST: 'Kekuatan untuk menghadapi ancaman',
  WT: 'Kurangi kelemahan, hindari ancaman',
} as const;

export const REGULATION_STATUS_LABEL = { ada: 'Ada', perlu_disusun: 'Perlu disusun', perlu_direvisi: 'Perlu direvisi' } as const;

export const APPLICATION_STATUS_LABEL = {
  berjalan: 'Berjalan',
  pengembangan: 'Dalam pengembangan',
  tidak_aktif: 'Tidak aktif',
} as const;

export const ME_KIND_LABEL = {
  baseline: 'Baseline',
  output: 'Output',
  outcome: 'Outcome',
  impact: 'Dampak (impact)',
  quick_win: 'Quick win',
} as const;

export const PROGRAMME_STATUS_LABEL = {
  usulan: 'Usulan',
  direncanakan: 'Direncanakan',
  berjalan: 'Berjalan',
  selesai: 'Selesai',
  ditunda: 'Ditunda',
} as const;

/** The readiness score's meaning, 1 (belum ada) to 5 (optimal). */
export const SCORE_LABEL: Record<number, string> = {
  1: '1 – Belum ada',
  2: '2 – Perintisan',
  3: '3 – Berkembang',
  4: '4 – Matang',
  5: '5 – Optimal',
};

export const QUICK_WIN_CRITERIA_LABEL = {
  sharpensExisting: 'Mempertajam layanan yang sudah ada',
  withinOneYear: 'Selesai dalam satu tahun',
  lowCost: 'Biaya rendah',
  noNewInfrastructure: 'Tanpa membangun infrastruktur baru',
  visibleBenefit: 'Manfaatnya langsung dirasakan masyarakat',
} as const;
