// The analysis and plan records the masterplan books print (issue 13's data contract), as the documents read them:
// names already resolved. Read through books(), which gives an empty list for any record the data does not carry yet,
// so that an older context (or a test's) still renders, each table then saying what is missing.
import type { MeKind, QuickWinCriteria, RegulationKind, RegulationStatus, TowsKind } from '../../domain/masterplan-analysis';
import type { ApplicationStatus } from '../../domain/masterplan-analysis';
import type { BudgetSource, ProgrammeStatus } from '../../domain/masterplan-programme';
import type { ReadinessAspect } from '../../domain/masterplan';
import type { MasterplanData, MasterplanProgrammeRow } from '../context';

export interface StatisticRow {
  label: string;
  value: string;
  year: number | null;
  source: string | null;
}

export interface RegulationRow {
  kind: RegulationKind;
  title: string;
  number: string | null;
  status: RegulationStatus;
  note: string | null;
}

export interface ApplicationRow {
  name: string;
  unitName: string | null;
  dimensionName: string | null;
  description: string | null;
  status: ApplicationStatus;
}

export interface ReadinessScoreRow {
  dimensionName: string;
  aspect: ReadinessAspect;
  subAspect: string | null;
  score: number;
  evidence: string | null;
}

export interface ElementGapRow {
  dimensionName: string;
  elementName: string;
  current: string;
  target: string;
  gap: string | null;
}

export interface GoalRow {
  dimensionName: string | null;
  text: string;
  indicator: string;
  unit: string | null;
  baseline: string | null;
  baselineYear: number | null;
  target: string;
  targetYear: number | null;
}

export interface StrategyRow {
  dimensionName: string;
  kind: TowsKind;
  text: string;
  /** Codes (else names) of the programmes that carry the strategy out. */
  programmeCodes?: string[];
}

export interface MonitoringRow {
  kind: MeKind;
  dimensionName: string | null;
  programmeCode: string | null;
  programmeName: string | null;
  indicator: string;
  target: string | null;
  dataSource: string | null;
  frequency: string | null;
  unitName: string | null;
}

export interface QuickWinRow {
  programme: MasterplanProgrammeRow;
  problem: string;
  existingService: string | null;
  beneficiaries: string;
  indicator: string;
  schedule: string;
  budget: number | null;
  criteria: QuickWinCriteria;
}

/** What a programme row carries beyond the draft's columns. */
export interface ProgrammeDetails {
  indicator: string | null;
  baseline: string | null;
  targets: { year: number; value: string }[];
  budgets: { year: number; source: BudgetSource; amount: number }[];
  rpjmdRef: string | null;
  renstraRef: string | null;
  enabler: ReadinessAspect | null;
  partners: string | null;
  risk: string | null;
  status: ProgrammeStatus;
}

export interface BookRecords {
  statistics: StatisticRow[];
  regulations: RegulationRow[];
  applications: ApplicationRow[];
  readinessScores: ReadinessScoreRow[];
  elementGaps: ElementGapRow[];
  goals: GoalRow[];
  strategies: StrategyRow[];
  monitoring: MonitoringRow[];
  quickWins: QuickWinRow[];
}

export type BookData = MasterplanData & Partial<BookRecords>;

/** The records, each list empty when the data does not carry it. */
export function books(data: MasterplanData): BookRecords {
  const d = data as BookData;
  return {
    statistics: d.statistics ?? [],
    regulations: d.regulations ?? [],
    applications: d.applications ?? [],
    readinessScores: d.readinessScores ?? [],
    elementGaps: d.elementGaps ?? [],
    goals: d.goals ?? [],
    strategies: d.strategies ?? [],
    monitoring: d.monitoring ?? [],
    quickWins: d.quickWins ?? [],
  };
}

/** A programme's added fields, with the defaults of a programme recorded before they existed. */
export function details(p: MasterplanProgrammeRow): ProgrammeDetails {
  const d = p as MasterplanProgrammeRow & Partial<ProgrammeDetails>;
  return {
    indicator: d.indicator ?? null,
    baseline: d.baseline ?? null,
    targets: d.targets ?? [],
    budgets: d.budgets ?? [],
    rpjmdRef: d.rpjmdRef ?? null,
    renstraRef: d.renstraRef ?? null,
    enabler: d.enabler ?? null,
    partners: d.partners ?? null,
    risk: d.risk ?? null,
    status: d.status ?? 'direncanakan',
  };
}
