// Whether a quick win meets its own criteria: it sharpens an existing service within a year, cheaply, without new
// infrastructure (a new call centre or building is a programme, not a quick win).
import { QUICK_WIN_CRITERIA, QUICK_WIN_CRITERIA_LABELS, type QuickWinCriteria } from '../domain/masterplan-analysis';
import { programmeLabel } from './horizon-check';

export interface QuickWinProfileInput {
  problem: string;
  existingService: string | null;
  beneficiaries?: string;
  indicator?: string;
  criteria: QuickWinCriteria;
}

export interface QuickWinProgrammeInput {
  code: string | null;
  name: string;
  description?: string | null;
  startYear: number;
  endYear: number;
  isQuickWin: boolean;
}

/** Words that name building something new rather than sharpening a service (matched case-insensitively). */
const NEW_BUILD =
  /\b(pusat panggilan|call cent(?:er|re)|pembangunan (?:gedung|menara|jaringan|pusat|data ?cent(?:er|re))|membangun (?:gedung|menara|jaringan|pusat)|gedung baru|menara baru|data ?cent(?:er|re) baru|command cent(?:er|re) baru)\b/i;

/** The problems of a quick win against its criteria, in Indonesian, each naming the programme. */
export function quickWinProblems(profile: QuickWinProfileInput, programme: QuickWinProgrammeInput): string[] {
  const label = `Quick win ${programmeLabel(programme)}`;
  const problems: string[] = [];
  if (!programme.isQuickWin) problems.push(`${label}: programnya tidak ditandai sebagai quick win.`);
  if (profile.existingService === null || profile.existingService.trim() === '') {
    problems.push(`${label}: layanan yang sudah ada yang dipertajam belum diisi.`);
  }
  if (programme.endYear > programme.startYear) {
    problems.push(`${label}: berlangsung lebih dari satu tahun (${programme.startYear}–${programme.endYear}).`);
  }
  const words = [programme.name, programme.description ?? '', profile.problem, profile.existingService ?? '']
    .join(' \n ')
    .match(NEW_BUILD);
  if (words) {
    problems.push(
      `${label}: menyebut "${words[0]}", yaitu membangun layanan atau infrastruktur baru; quick win mempertajam layanan yang sudah ada.`,
    );
  }
  const unmet = QUICK_WIN_CRITERIA.filter((c) => !profile.criteria[c]);
  if (unmet.length > 0) {
    problems.push(
      `${label}: kriteria belum terpenuhi: ${unmet.map((c) => QUICK_WIN_CRITERIA_LABELS[c].toLowerCase()).join('; ')}.`,
    );
  }
  return problems;
}
