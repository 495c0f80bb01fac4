// The ten-year plan period and the horizon rule: a programme's end year must fit its horizon, counted from the
// plan's start year (pendek within one year, menengah within five, panjang within ten and beyond five).
import { HORIZON_LABELS, type Horizon } from '../domain/masterplan-programme';

/** The masterplan covers ten calendar years from its start. */
export const PLAN_YEARS = 10;

export interface PlanPeriodInput {
  periodStart: number | null;
  periodEnd: number | null;
}

/** The plan period; the end defaults to start + 9 when only the start is set; null without a start year. */
export function planPeriod(plan: PlanPeriodInput): { start: number; end: number } | null {
  if (plan.periodStart === null) return null;
  return { start: plan.periodStart, end: plan.periodEnd ?? plan.periodStart + PLAN_YEARS - 1 };
}

/** The years (inclusive, counted from the start year S) a programme of each horizon may end in. */
export function horizonEndWindow(horizon: Horizon, start: number): { earliest: number; latest: number } {
  switch (horizon) {
    case 'pendek':
      return { earliest: start, latest: start + 1 };
    case 'menengah':
      return { earliest: start, latest: start + 4 };
    case 'panjang':
      return { earliest: start + 5, latest: start + 9 };
  }
}

export interface HorizonProgramme {
  code: string | null;
  name: string;
  horizon: Horizon;
  startYear: number;
  endYear: number;
}

/** "GOV-01 Satu Data" or just the name. */
export function programmeLabel(p: { code: string | null; name: string }): string {
  return p.code ? `${p.code} ${p.name}` : p.name;
}

/**
 * What is wrong with the programme's years against the plan, in Indonesian, each naming the programme. Nothing is
 * checked while the plan has no start year (the readiness view asks for it).
 */
export function horizonProblems(programme: HorizonProgramme, plan: PlanPeriodInput): string[] {
  const period = planPeriod(plan);
  if (!period) return [];
  const label = `Program ${programmeLabel(programme)}`;
  const problems: string[] = [];
  if (programme.startYear < period.start || programme.endYear > period.end) {
    problems.push(
      `${label} (${programme.startYear}–${programme.endYear}) berada di luar periode masterplan ${period.start}–${period.end}.`,
    );
  }
  const window = horizonEndWindow(programme.horizon, period.start);
  const horizon = HORIZON_LABELS[programme.horizon].toLowerCase();
  if (programme.endYear > window.latest) {
    problems.push(`${label}: ${horizon} harus selesai paling lambat ${window.latest}, bukan ${programme.endYear}.`);
  } else if (programme.endYear < window.earliest) {
    problems.push(
      `${label}: ${horizon} seharusnya berakhir pada ${window.earliest}–${window.latest} (setelah lima tahun pertama), bukan ${programme.endYear}; ganti jangka waktunya atau tahun selesainya.`,
    );
  }
  return problems;
}
