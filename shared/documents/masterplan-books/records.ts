// The analysis and plan records the masterplan books print (issue 13), as the documents read them: names already
// resolved by the loader (context-masterplan.ts). Read through books() and details(), which give an empty list or the
// default for anything an older context (a test's, a worker's from before schema 007) does not carry, so that such a
// context still renders, each table then saying what is missing.
import type {
  MasterplanApplicationRow,
  MasterplanData,
  MasterplanElementGapRow,
  MasterplanGoalRow,
  MasterplanMonitoringRow,
  MasterplanProgrammeRow,
  MasterplanQuickWinRow,
  MasterplanReadinessScoreRow,
  MasterplanRegulationRow,
  MasterplanStatisticRow,
  MasterplanStrategyRow,
} from '../context';

export type StatisticRow = MasterplanStatisticRow;
export type RegulationRow = MasterplanRegulationRow;
export type ApplicationRow = MasterplanApplicationRow;
export type ReadinessScoreRow = MasterplanReadinessScoreRow;
export type ElementGapRow = MasterplanElementGapRow;
export type GoalRow = MasterplanGoalRow;
export type StrategyRow = MasterplanStrategyRow;
export type MonitoringRow = MasterplanMonitoringRow;
export type QuickWinRow = MasterplanQuickWinRow;

/** What a programme row carries beyond the draft's columns. */
export type ProgrammeDetails = Pick<
  MasterplanProgrammeRow,
  'indicator' | 'baseline' | 'targets' | 'budgets' | 'rpjmdRef' | 'renstraRef' | 'enabler' | 'partners' | 'risk' | 'status'
>;

export type BookRecords = Pick<
  MasterplanData,
  | 'statistics'
  | 'regulations'
  | 'applications'
  | 'readinessScores'
  | 'elementGaps'
  | 'goals'
  | 'strategies'
  | 'monitoring'
  | 'quickWins'
>;

/** The records, each list empty when the data does not carry it. */
export function books(data: MasterplanData): BookRecords {
  const d = data as Partial<BookRecords>;
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
  const d = p as Partial<ProgrammeDetails>;
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
