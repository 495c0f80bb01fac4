// Table mappings of the masterplan books' records (migration 007); re-exported by mappings.ts.
import type {
  ElementGap,
  ExistingApplication,
  Goal,
  MonitoringIndicator,
  QuickWinProfile,
  ReadinessScore,
  RegionStatistic,
  Regulation,
  Strategy,
} from '../../shared/domain/masterplan';
import type { TableMapping } from './table-mapping';

const META = {
  uid: ['uid', 'text'],
  createdAt: ['created_at', 'text'],
  updatedAt: ['updated_at', 'text'],
} as const;

export const statisticMapping: TableMapping<RegionStatistic> = {
  table: 'mp_statistic',
  key: 'id',
  orderBy: 'sort_order, id',
  fields: {
    ...META,
    id: ['id', 'int'],
    label: ['label', 'text'],
    value: ['value', 'text'],
    year: ['year', 'int'],
    source: ['source', 'text'],
    sortOrder: ['sort_order', 'int'],
  },
};

export const regulationMapping: TableMapping<Regulation> = {
  table: 'mp_regulation',
  key: 'id',
  orderBy: 'sort_order, id',
  fields: {
    ...META,
    id: ['id', 'int'],
    kind: ['kind', 'text'],
    title: ['title', 'text'],
    number: ['number', 'text'],
    status: ['status', 'text'],
    note: ['note', 'text'],
    sortOrder: ['sort_order', 'int'],
  },
};

export const applicationMapping: TableMapping<ExistingApplication> = {
  table: 'mp_application',
  key: 'id',
  orderBy: 'sort_order, id',
  fields: {
    ...META,
    id: ['id', 'int'],
    name: ['name', 'text'],
    unitId: ['unit_id', 'int'],
    dimensionId: ['dimension_id', 'int'],
    description: ['description', 'text'],
    status: ['status', 'text'],
    sortOrder: ['sort_order', 'int'],
  },
};

export const readinessScoreMapping: TableMapping<ReadinessScore> = {
  table: 'mp_readiness_score',
  key: 'id',
  // The aspect as a whole (no sub-aspect) first, then its sub-aspects in the order they were entered.
  orderBy: "dimension_id, CASE aspect WHEN 'struktur' THEN 0 WHEN 'infrastruktur' THEN 1 ELSE 2 END, sub_aspect IS NOT NULL, id",
  fields: {
    ...META,
    id: ['id', 'int'],
    dimensionId: ['dimension_id', 'int'],
    aspect: ['aspect', 'text'],
    subAspect: ['sub_aspect', 'text'],
    score: ['score', 'int'],
    evidence: ['evidence', 'text'],
  },
};

export const elementGapMapping: TableMapping<ElementGap> = {
  table: 'mp_element_gap',
  key: 'id',
  orderBy: 'element_id, id',
  fields: {
    ...META,
    id: ['id', 'int'],
    elementId: ['element_id', 'int'],
    current: ['current_condition', 'text'],
    target: ['target_condition', 'text'],
    gap: ['gap', 'text'],
  },
};

export const goalMapping: TableMapping<Goal> = {
  table: 'mp_goal',
  key: 'id',
  orderBy: 'sort_order, id',
  fields: {
    ...META,
    id: ['id', 'int'],
    dimensionId: ['dimension_id', 'int'],
    text: ['text', 'text'],
    indicator: ['indicator', 'text'],
    unit: ['unit', 'text'],
    baseline: ['baseline', 'text'],
    baselineYear: ['baseline_year', 'int'],
    target: ['target', 'text'],
    targetYear: ['target_year', 'int'],
    sortOrder: ['sort_order', 'int'],
  },
};

/** swotIds and programmeIds live in mp_strategy_swot and mp_strategy_programme; the repository joins them. */
export const strategyMapping: TableMapping<Omit<Strategy, 'swotIds' | 'programmeIds'>> = {
  table: 'mp_strategy',
  key: 'id',
  orderBy: "dimension_id, CASE kind WHEN 'SO' THEN 0 WHEN 'WO' THEN 1 WHEN 'ST' THEN 2 ELSE 3 END, sort_order, id",
  fields: {
    ...META,
    id: ['id', 'int'],
    dimensionId: ['dimension_id', 'int'],
    kind: ['kind', 'text'],
    text: ['text', 'text'],
    sortOrder: ['sort_order', 'int'],
  },
};

export const monitoringMapping: TableMapping<MonitoringIndicator> = {
  table: 'mp_monitoring',
  key: 'id',
  orderBy:
    "CASE kind WHEN 'baseline' THEN 0 WHEN 'output' THEN 1 WHEN 'outcome' THEN 2 WHEN 'impact' THEN 3 ELSE 4 END, sort_order, id",
  fields: {
    ...META,
    id: ['id', 'int'],
    kind: ['kind', 'text'],
    dimensionId: ['dimension_id', 'int'],
    programmeId: ['programme_id', 'int'],
    indicator: ['indicator', 'text'],
    target: ['target', 'text'],
    dataSource: ['data_source', 'text'],
    frequency: ['frequency', 'text'],
    unitId: ['unit_id', 'int'],
    sortOrder: ['sort_order', 'int'],
  },
};

export const quickWinMapping: TableMapping<QuickWinProfile> = {
  table: 'mp_quick_win',
  key: 'id',
  orderBy: 'id',
  fields: {
    ...META,
    id: ['id', 'int'],
    programmeId: ['programme_id', 'int'],
    problem: ['problem', 'text'],
    existingService: ['existing_service', 'text'],
    beneficiaries: ['beneficiaries', 'text'],
    indicator: ['indicator', 'text'],
    schedule: ['schedule', 'text'],
    budget: ['budget', 'int'],
    criteria: ['criteria', 'json'],
  },
};
