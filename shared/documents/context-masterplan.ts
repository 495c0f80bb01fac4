// The rows of the masterplan documents' data (MasterplanData in context.ts): programmes with their matrix columns
// and the books' analysis records, names resolved by electron/documents/context-loader.ts.
import type {
  ApplicationStatus,
  DimensionCode,
  Funding,
  Horizon,
  MeKind,
  ProgrammeBudgetLine,
  ProgrammeStatus,
  ProgrammeTarget,
  QuickWinCriteria,
  ReadinessAspect,
  RegulationKind,
  RegulationStatus,
  TowsKind,
} from '../domain/masterplan';

export interface MasterplanProgrammeRow {
  /** The office's programme code ("GOV-01"). */
  code: string | null;
  name: string;
  description: string | null;
  dimensionCode: DimensionCode;
  dimensionName: string;
  elementName: string | null;
  unitName: string | null;
  horizon: Horizon;
  startYear: number;
  endYear: number;
  /** Every funding source with its estimate, in order. */
  fundings: Funding[];
  isQuickWin: boolean;
  /** Indikator kinerja and its kondisi awal. */
  indicator: string | null;
  baseline: string | null;
  /** Yearly targets of the indicator, by year. */
  targets: ProgrammeTarget[];
  /** Yearly budget per source (whole rupiah), by year then source; when present it is the programme's budget. */
  budgets: ProgrammeBudgetLine[];
  rpjmdRef: string | null;
  renstraRef: string | null;
  /** Enabler class: which readiness aspect the programme builds. */
  enabler: ReadinessAspect | null;
  partners: string | null;
  risk: string | null;
  status: ProgrammeStatus;
}

/** A baseline statistic of the gambaran umum daerah, as entered ("412.530 jiwa", BPS 2023). */
export interface MasterplanStatisticRow {
  label: string;
  value: string;
  year: number | null;
  source: string | null;
}

export interface MasterplanRegulationRow {
  kind: RegulationKind;
  title: string;
  number: string | null;
  status: RegulationStatus;
  note: string | null;
}

export interface MasterplanApplicationRow {
  name: string;
  unitName: string | null;
  dimensionCode: DimensionCode | null;
  dimensionName: string | null;
  description: string | null;
  status: ApplicationStatus;
}

/** A 1–5 score; subAspect null is the aspect as a whole. In dimension order, then aspect, whole before parts. */
export interface MasterplanReadinessScoreRow {
  dimensionCode: DimensionCode;
  dimensionName: string;
  aspect: ReadinessAspect;
  subAspect: string | null;
  score: number;
  evidence: string | null;
}

/** In dimension order, then element order. */
export interface MasterplanElementGapRow {
  dimensionCode: DimensionCode;
  dimensionName: string;
  elementName: string;
  current: string;
  target: string;
  gap: string | null;
}

export interface MasterplanGoalRow {
  dimensionCode: DimensionCode | null;
  dimensionName: string | null;
  text: string;
  indicator: string;
  unit: string | null;
  baseline: string | null;
  baselineYear: number | null;
  target: string;
  targetYear: number | null;
}

/** A TOWS strategy with the SWOT items it answers and the programmes that carry it out. */
export interface MasterplanStrategyRow {
  dimensionCode: DimensionCode;
  dimensionName: string;
  kind: TowsKind;
  text: string;
  swot: { kind: 'S' | 'W' | 'O' | 'T'; text: string }[];
  programmes: { code: string | null; name: string }[];
}

export interface MasterplanMonitoringRow {
  kind: MeKind;
  dimensionName: string | null;
  programmeCode: string | null;
  programmeName: string | null;
  indicator: string;
  target: string | null;
  dataSource: string | null;
  frequency: string | null;
  /** Penanggung jawab. */
  unitName: string | null;
}

/** A quick win's profile sheet joined with its programme row. */
export interface MasterplanQuickWinRow {
  programme: MasterplanProgrammeRow;
  problem: string;
  existingService: string | null;
  beneficiaries: string;
  indicator: string;
  schedule: string;
  budget: number | null;
  criteria: QuickWinCriteria;
}
