// What each masterplan book still lacks, from the stored data: Buku I (analysis), Buku II (the plan), the Ringkasan
// Eksekutif and the Profil Quick Win. Each item is a sentence a clerk acts on; the home screen lists them.
import type { Team } from '../domain/programme';
import {
  ME_KIND_LABELS,
  ME_KINDS,
  READINESS_ASPECTS,
  REGULATION_KINDS,
  SWOT_KINDS,
  SWOT_LABELS,
  type Dimension,
  type Element,
  type ElementGap,
  type ExistingApplication,
  type Goal,
  type MasterplanPlan,
  type MonitoringIndicator,
  type ProgrammeItem,
  type QuickWinProfile,
  type ReadinessScore,
  type RegionStatistic,
  type Regulation,
  type Strategy,
  type SwotItem,
} from '../domain/masterplan';
import { horizonProblems, programmeLabel } from './horizon-check';
import { quickWinProblems } from './quick-win-criteria';

export const MASTERPLAN_BOOKS = ['buku1', 'buku2', 'ringkasan', 'profil-quick-win'] as const;
export type MasterplanBook = (typeof MASTERPLAN_BOOKS)[number];
export const MASTERPLAN_BOOK_TITLES: Record<MasterplanBook, string> = {
  buku1: 'Buku I Analisis Strategis',
  buku2: 'Buku II Masterplan',
  ringkasan: 'Ringkasan Eksekutif',
  'profil-quick-win': 'Profil Quick Win',
};

export interface BookReadiness {
  book: MasterplanBook;
  title: string;
  /** What the book still lacks; empty when it can be printed whole. */
  missing: string[];
}

export interface BookReadinessInput {
  plan: Pick<MasterplanPlan, 'periodStart' | 'periodEnd' | 'vision' | 'missions'> | null;
  dimensions: Dimension[];
  elements: Element[];
  swot: SwotItem[];
  programmes: ProgrammeItem[];
  statistics: RegionStatistic[];
  regulations: Regulation[];
  applications: ExistingApplication[];
  readinessScores: ReadinessScore[];
  elementGaps: ElementGap[];
  goals: Goal[];
  strategies: Strategy[];
  monitoring: MonitoringIndicator[];
  quickWins: QuickWinProfile[];
  teams: Pick<Team, 'kind' | 'name' | 'skNumber'>[];
}

/** The regulations Buku I reviews in any regency. */
const KEY_REGULATIONS = ['RPJMD', 'Renstra OPD', 'RTRW', 'SPBE'] as const satisfies readonly (typeof REGULATION_KINDS)[number][];
const LISTED = 5;

/** "A, B, C dan 2 lainnya". */
function some(names: string[]): string {
  if (names.length <= LISTED) return names.join(', ');
  return `${names.slice(0, LISTED).join(', ')} dan ${names.length - LISTED} lainnya`;
}

function byDimension(input: BookReadinessInput) {
  return [...input.dimensions].sort((a, b) => a.sortOrder - b.sortOrder || a.id - b.id);
}

function buku1(input: BookReadinessInput): string[] {
  const missing: string[] = [];
  const dimensions = byDimension(input);
  if (input.statistics.length === 0) {
    missing.push('Data statistik dasar daerah (penduduk, PDRB, IPM, indeks SPBE, blank spot) belum diisi');
  }
  if (input.regulations.length === 0) {
    missing.push('Kajian kebijakan dan regulasi (RPJMD, Renstra OPD, RTRW, SPBE) belum diisi');
  } else {
    const absent = KEY_REGULATIONS.filter((k) => !input.regulations.some((r) => r.kind === k));
    if (absent.length > 0) missing.push(`Kajian regulasi belum mencakup ${absent.join(', ')}`);
  }
  if (input.applications.length === 0) missing.push('Inventaris aplikasi dan layanan yang sudah ada belum diisi');
  if (dimensions.length === 0) {
    missing.push('Dimensi smart city belum diisi');
    return missing;
  }
  const unscored = dimensions.flatMap((d) => {
    const aspects = READINESS_ASPECTS.filter((a) => !input.readinessScores.some((r) => r.dimensionId === d.id && r.aspect === a));
    return aspects.length === 0 ? [] : [`${d.name} (${aspects.join(', ')})`];
  });
  if (unscored.length > 0) missing.push(`Nilai kesiapan 1–5 belum diisi: ${some(unscored)}`);
  const withoutGap = [...input.elements]
    .filter((e) => dimensions.some((d) => d.id === e.dimensionId))
    .filter((e) => !input.elementGaps.some((g) => g.elementId === e.id));
  if (withoutGap.length > 0) {
    missing.push(`Analisis kesenjangan belum diisi untuk ${withoutGap.length} elemen: ${some(withoutGap.map((e) => e.name))}`);
  }
  for (const d of dimensions) {
    const kinds = SWOT_KINDS.filter((k) => !input.swot.some((s) => s.dimensionId === d.id && s.kind === k));
    if (kinds.length === SWOT_KINDS.length) missing.push(`SWOT ${d.name} belum diisi`);
    else if (kinds.length > 0) missing.push(`SWOT ${d.name} belum punya ${kinds.map((k) => SWOT_LABELS[k]).join(', ')}`);
  }
  return missing;
}

function buku2(input: BookReadinessInput): string[] {
  const missing: string[] = [];
  const plan = input.plan;
  if (!plan?.vision) missing.push('Visi belum diisi');
  if (!plan || plan.missions.length === 0) missing.push('Misi belum diisi');
  if (plan?.periodStart == null) missing.push('Tahun awal periode masterplan (sepuluh tahun) belum diisi');
  if (input.goals.length === 0) missing.push('Sasaran dengan indikator terukur belum diisi');
  const noBaseline = input.goals.filter((g) => g.baseline === null);
  if (noBaseline.length > 0) missing.push(`${noBaseline.length} sasaran belum punya baseline (kondisi awal)`);
  const noTargetYear = input.goals.filter((g) => g.targetYear === null);
  if (noTargetYear.length > 0) missing.push(`${noTargetYear.length} sasaran belum punya tahun target`);
  const withoutStrategy = byDimension(input).filter((d) => !input.strategies.some((s) => s.dimensionId === d.id));
  if (withoutStrategy.length > 0) missing.push(`Strategi belum dirumuskan untuk ${some(withoutStrategy.map((d) => d.name))}`);

  const programmes = input.programmes;
  if (programmes.length === 0) {
    missing.push('Program belum diisi');
  } else {
    const carried = new Set(input.strategies.flatMap((s) => s.programmeIds));
    const lists: [ProgrammeItem[], string][] = [
      [programmes.filter((p) => !carried.has(p.id)), 'belum dikaitkan dengan strategi'],
      [programmes.filter((p) => p.indicator === null), 'belum punya indikator'],
      [programmes.filter((p) => p.targets.length === 0), 'belum punya target tahunan'],
      [programmes.filter((p) => p.budgets.length === 0), 'belum punya anggaran per tahun'],
    ];
    for (const [list, what] of lists) {
      if (list.length > 0) missing.push(`${list.length} program ${what}: ${some(list.map(programmeLabel))}`);
    }
    if (plan) for (const p of programmes) missing.push(...horizonProblems(p, plan));
  }
  const quickWinProgrammes = programmes.filter((p) => p.isQuickWin);
  const withoutProfile = quickWinProgrammes.filter((p) => !input.quickWins.some((q) => q.programmeId === p.id));
  if (withoutProfile.length > 0) {
    missing.push(`${withoutProfile.length} quick win belum punya profil: ${some(withoutProfile.map(programmeLabel))}`);
  }
  for (const q of input.quickWins) {
    const p = programmes.find((x) => x.id === q.programmeId);
    if (p) missing.push(...quickWinProblems(q, p));
  }
  const noIndicator = ME_KINDS.filter((k) => !input.monitoring.some((m) => m.kind === k));
  if (noIndicator.length > 0) {
    missing.push(`Indikator monitoring dan evaluasi belum ada untuk: ${noIndicator.map((k) => ME_KIND_LABELS[k]).join(', ')}`);
  }
  for (const [kind, label] of [
    ['dewan', 'Dewan Smart City'],
    ['tim_pelaksana', 'Tim Pelaksana'],
  ] as const) {
    const team = input.teams.find((t) => t.kind === kind);
    if (!team) missing.push(`${label} belum dibentuk (tata kelola)`);
    else if (!team.skNumber) missing.push(`Nomor SK ${label} belum diisi`);
  }
  return missing;
}

function ringkasan(input: BookReadinessInput): string[] {
  const missing: string[] = [];
  if (!input.plan?.vision) missing.push('Visi belum diisi');
  if (!input.plan || input.plan.missions.length === 0) missing.push('Misi belum diisi');
  if (input.goals.length === 0) missing.push('Sasaran belum diisi');
  if (input.programmes.length === 0) missing.push('Program belum diisi');
  else if (!input.programmes.some((p) => p.budgets.length > 0 || p.fundings.some((f) => f.amount !== null))) {
    missing.push('Belum ada program yang beranggaran (rekap anggaran)');
  }
  if (!input.programmes.some((p) => p.isQuickWin)) missing.push('Belum ada program quick win');
  return missing;
}

function profilQuickWin(input: BookReadinessInput): string[] {
  const quickWins = input.programmes.filter((p) => p.isQuickWin);
  if (quickWins.length === 0) return ['Belum ada program yang ditandai sebagai quick win'];
  const withoutProfile = quickWins.filter((p) => !input.quickWins.some((q) => q.programmeId === p.id));
  return withoutProfile.length === 0 ? [] : [`Profil belum diisi: ${some(withoutProfile.map(programmeLabel))}`];
}

export function bookReadiness(input: BookReadinessInput): BookReadiness[] {
  const missing: Record<MasterplanBook, string[]> = {
    buku1: buku1(input),
    buku2: buku2(input),
    ringkasan: ringkasan(input),
    'profil-quick-win': profilQuickWin(input),
  };
  return MASTERPLAN_BOOKS.map((book) => ({ book, title: MASTERPLAN_BOOK_TITLES[book], missing: missing[book] }));
}
