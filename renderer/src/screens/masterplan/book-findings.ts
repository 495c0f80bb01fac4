// What each masterplan book still lacks, from the stored data: the readiness view of the masterplan screen. Each
// finding names the tab where it is fixed. Pure: the screen passes what it loaded.
import {
  ME_KIND_LABELS,
  ME_KINDS,
  READINESS_ASPECT_LABELS,
  READINESS_ASPECTS,
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
} from '../../../../shared/domain/masterplan';
import { horizonProblems, programmeLabel } from '../../../../shared/masterplan/horizon-check';
import { quickWinProblems } from '../../../../shared/masterplan/quick-win-criteria';

export type MasterplanTab =
  'bab' | 'rencana' | 'gambaran' | 'kesiapan' | 'dimensi' | 'swot' | 'sasaran' | 'program' | 'monev' | 'kelengkapan';

export interface Finding {
  message: string;
  tab: MasterplanTab;
}

export interface BookFindings {
  book: string;
  findings: Finding[];
}

export interface MasterplanFacts {
  plan: MasterplanPlan | null;
  dimensions: readonly Dimension[];
  elements: readonly Element[];
  swot: readonly SwotItem[];
  programmes: readonly ProgrammeItem[];
  statistics: readonly RegionStatistic[];
  regulations: readonly Regulation[];
  applications: readonly ExistingApplication[];
  readinessScores: readonly ReadinessScore[];
  elementGaps: readonly ElementGap[];
  goals: readonly Goal[];
  strategies: readonly Strategy[];
  monitoring: readonly MonitoringIndicator[];
  quickWins: readonly QuickWinProfile[];
}

/** "GOV-01 Satu Data, GOV-02 … dan 3 lainnya": a few names, then how many more. */
function some(names: readonly string[], max = 4): string {
  const shown = names.slice(0, max).join(', ');
  return names.length > max ? `${shown} dan ${names.length - max} lainnya` : shown;
}

function analysisBook(f: MasterplanFacts): Finding[] {
  const out: Finding[] = [];
  if (f.statistics.length === 0) {
    out.push({ message: 'Statistik dasar daerah belum diisi (penduduk, PDRB, IPM, indeks SPBE, blank spot).', tab: 'gambaran' });
  }
  if (f.regulations.length === 0) out.push({ message: 'Kajian kebijakan dan regulasi belum diisi.', tab: 'gambaran' });
  if (f.applications.length === 0)
    out.push({ message: 'Inventaris aplikasi dan layanan yang ada belum diisi.', tab: 'gambaran' });
  for (const d of f.dimensions) {
    const missing = READINESS_ASPECTS.filter((a) => !f.readinessScores.some((s) => s.dimensionId === d.id && s.aspect === a));
    if (missing.length > 0) {
      out.push({
        message: `Nilai kesiapan ${d.name} belum ada untuk ${missing.map((a) => READINESS_ASPECT_LABELS[a].toLowerCase()).join(', ')}.`,
        tab: 'kesiapan',
      });
    }
  }
  const gapless = f.elements.filter((e) => !f.elementGaps.some((g) => g.elementId === e.id));
  if (gapless.length > 0) {
    out.push({
      message: `${gapless.length} elemen belum punya analisis kesenjangan: ${some(gapless.map((e) => e.name))}.`,
      tab: 'kesiapan',
    });
  }
  for (const d of f.dimensions) {
    const missing = SWOT_KINDS.filter((k) => !f.swot.some((x) => x.dimensionId === d.id && x.kind === k));
    if (missing.length > 0) {
      out.push({
        message: `SWOT ${d.name} belum punya butir ${missing.map((k) => SWOT_LABELS[k].toLowerCase()).join(', ')}.`,
        tab: 'swot',
      });
    }
  }
  return out;
}

function masterplanBook(f: MasterplanFacts): Finding[] {
  const out: Finding[] = [];
  const plan = f.plan;
  if (!plan?.periodStart)
    out.push({ message: 'Tahun awal periode masterplan belum diisi (jangka program diperiksa darinya).', tab: 'rencana' });
  if (!plan?.vision) out.push({ message: 'Visi belum diisi.', tab: 'rencana' });
  if (!plan || plan.missions.length === 0) out.push({ message: 'Misi belum diisi.', tab: 'rencana' });
  if (!plan?.prefaceDate) out.push({ message: 'Tanggal Kata Pengantar belum diisi.', tab: 'rencana' });
  if (f.goals.length === 0) out.push({ message: 'Belum ada sasaran dengan indikator terukur.', tab: 'sasaran' });
  const noBaseline = f.goals.filter((g) => !g.baseline);
  if (noBaseline.length > 0) out.push({ message: `${noBaseline.length} sasaran belum punya baseline.`, tab: 'sasaran' });
  for (const d of f.dimensions) {
    if (!f.strategies.some((s) => s.dimensionId === d.id)) out.push({ message: `Strategi ${d.name} belum ada.`, tab: 'swot' });
  }
  if (f.programmes.length === 0) out.push({ message: 'Belum ada program.', tab: 'program' });
  const carried = new Set(f.strategies.flatMap((s) => s.programmeIds));
  const orphan = f.programmes.filter((p) => !carried.has(p.id));
  if (orphan.length > 0) {
    out.push({
      message: `${orphan.length} program belum dijalankan oleh strategi mana pun: ${some(orphan.map(programmeLabel))}.`,
      tab: 'program',
    });
  }
  if (plan) for (const p of f.programmes) for (const m of horizonProblems(p, plan)) out.push({ message: m, tab: 'program' });
  const noIndicator = f.programmes.filter((p) => !p.indicator || p.targets.length === 0);
  if (noIndicator.length > 0) {
    out.push({
      message: `${noIndicator.length} program belum punya indikator dan target tahunan: ${some(noIndicator.map(programmeLabel))}.`,
      tab: 'program',
    });
  }
  const noBudget = f.programmes.filter((p) => p.budgets.length === 0);
  if (noBudget.length > 0) {
    out.push({
      message: `${noBudget.length} program belum punya anggaran per tahun: ${some(noBudget.map(programmeLabel))}.`,
      tab: 'program',
    });
  }
  const kinds = ME_KINDS.filter((k) => !f.monitoring.some((m) => m.kind === k));
  if (kinds.length > 0) {
    out.push({
      message: `Indikator monev belum ada untuk ${kinds.map((k) => ME_KIND_LABELS[k].toLowerCase()).join(', ')}.`,
      tab: 'monev',
    });
  }
  return out;
}

function quickWinBook(f: MasterplanFacts): Finding[] {
  const out: Finding[] = [];
  const quick = f.programmes.filter((p) => p.isQuickWin);
  if (quick.length === 0) out.push({ message: 'Belum ada program yang ditandai quick win.', tab: 'program' });
  for (const p of quick) {
    const profile = f.quickWins.find((q) => q.programmeId === p.id);
    if (!profile) out.push({ message: `Quick win ${programmeLabel(p)} belum punya profil.`, tab: 'program' });
    else for (const m of quickWinProblems(profile, p)) out.push({ message: m, tab: 'program' });
  }
  return out;
}

function summaryBook(f: MasterplanFacts): Finding[] {
  // The Ringkasan Eksekutif is made from the stored data: it lacks what its sources lack.
  const out: Finding[] = [];
  if (!f.plan?.vision || !f.plan.missions.length)
    out.push({ message: 'Visi dan misi diperlukan untuk ringkasan.', tab: 'rencana' });
  if (f.goals.length === 0) out.push({ message: 'Sasaran diperlukan untuk ringkasan.', tab: 'sasaran' });
  if (!f.programmes.some((p) => p.budgets.length > 0 || p.fundings.some((x) => x.amount !== null))) {
    out.push({ message: 'Rekap anggaran program kosong: belum ada program beranggaran.', tab: 'program' });
  }
  return out;
}

export function bookFindings(f: MasterplanFacts): BookFindings[] {
  return [
    { book: 'Buku I Analisis Strategis', findings: analysisBook(f) },
    { book: 'Buku II Masterplan', findings: masterplanBook(f) },
    { book: 'Ringkasan Eksekutif', findings: summaryBook(f) },
    { book: 'Profil Quick Win', findings: quickWinBook(f) },
  ];
}
