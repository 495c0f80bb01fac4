// The masterplan books' rows for the documents (MasterplanData): programmes with their matrix columns and the
// analysis records of schema 007, every id resolved to the name a reader sees, in the order the books print them.
import type {
  MasterplanApplicationRow,
  MasterplanElementGapRow,
  MasterplanGoalRow,
  MasterplanMonitoringRow,
  MasterplanProgrammeRow,
  MasterplanQuickWinRow,
  MasterplanReadinessScoreRow,
  MasterplanRegulationRow,
  MasterplanStatisticRow,
  MasterplanStrategyRow,
} from '../../shared/documents/context-masterplan';
import {
  BUDGET_SOURCES,
  READINESS_ASPECTS,
  TOWS_KINDS,
  type Dimension,
  type Element,
  type ElementGap,
  type ExistingApplication,
  type Goal,
  type MonitoringIndicator,
  type ProgrammeItem,
  type QuickWinProfile,
  type ReadinessScore,
  type RegionStatistic,
  type Regulation,
  type Strategy,
  type SwotItem,
} from '../../shared/domain/masterplan';
import type { Unit } from '../../shared/domain/organisation';

/** The reading side of the books' repositories; each optional, so older in-memory test data reads as empty. */
export interface MasterplanBookRepositories {
  statistics?: { list(): RegionStatistic[] };
  regulations?: { list(): Regulation[] };
  applications?: { list(): ExistingApplication[] };
  readinessScores?: { list(): ReadinessScore[] };
  elementGaps?: { list(): ElementGap[] };
  goals?: { list(): Goal[] };
  strategies?: { list(): Strategy[] };
  monitoring?: { list(): MonitoringIndicator[] };
  quickWins?: { list(): QuickWinProfile[] };
}

export interface MasterplanBookSources {
  dimensions: Dimension[];
  elements: Element[];
  units: Unit[];
  swot: SwotItem[];
  programmes: ProgrammeItem[];
}

export interface MasterplanBookRows {
  programmes: MasterplanProgrammeRow[];
  statistics: MasterplanStatisticRow[];
  regulations: MasterplanRegulationRow[];
  applications: MasterplanApplicationRow[];
  readinessScores: MasterplanReadinessScoreRow[];
  elementGaps: MasterplanElementGapRow[];
  goals: MasterplanGoalRow[];
  strategies: MasterplanStrategyRow[];
  monitoring: MasterplanMonitoringRow[];
  quickWins: MasterplanQuickWinRow[];
}

const bySort = <T extends { sortOrder: number; id: number }>(a: T, b: T) => a.sortOrder - b.sortOrder || a.id - b.id;

export function masterplanBookRows(repos: MasterplanBookRepositories, src: MasterplanBookSources): MasterplanBookRows {
  const dimensions = [...src.dimensions].sort(bySort);
  const dimensionById = new Map(dimensions.map((d) => [d.id, d]));
  const dimensionRank = new Map(dimensions.map((d, i) => [d.id, i]));
  const elementById = new Map(src.elements.map((e) => [e.id, e]));
  const unitName = (id: number | null) => (id === null ? null : (src.units.find((u) => u.id === id)?.name ?? null));
  const dimensionOf = (id: number | null) => (id === null ? undefined : dimensionById.get(id));
  const swotById = new Map(src.swot.map((s) => [s.id, s]));
  const programmeById = new Map(src.programmes.map((p) => [p.id, p]));

  const programmeRow = (p: ProgrammeItem): MasterplanProgrammeRow => ({
    code: p.code,
    name: p.name,
    description: p.description,
    dimensionCode: dimensionById.get(p.dimensionId)!.code,
    dimensionName: dimensionById.get(p.dimensionId)!.name,
    elementName: p.elementId === null ? null : (elementById.get(p.elementId)?.name ?? null),
    unitName: unitName(p.unitId),
    horizon: p.horizon,
    startYear: p.startYear,
    endYear: p.endYear,
    fundings: p.fundings,
    isQuickWin: p.isQuickWin,
    indicator: p.indicator ?? null,
    baseline: p.baseline ?? null,
    targets: [...(p.targets ?? [])].sort((a, b) => a.year - b.year),
    budgets: [...(p.budgets ?? [])].sort(
      (a, b) => a.year - b.year || BUDGET_SOURCES.indexOf(a.source) - BUDGET_SOURCES.indexOf(b.source),
    ),
    rpjmdRef: p.rpjmdRef ?? null,
    renstraRef: p.renstraRef ?? null,
    enabler: p.enabler ?? null,
    partners: p.partners ?? null,
    risk: p.risk ?? null,
    status: p.status ?? 'direncanakan',
  });
  const programmes = src.programmes.map(programmeRow);
  const rowById = new Map(src.programmes.map((p, i) => [p.id, programmes[i]!]));
  const programmeRank = new Map(src.programmes.map((p, i) => [p.id, i]));

  const elementRank = (id: number) => {
    const e = elementById.get(id);
    return e ? [dimensionRank.get(e.dimensionId) ?? 99, e.sortOrder, e.id] : [99, 0, id];
  };
  const compareRanks = (a: number[], b: number[]) => a.reduce((d, x, i) => d || x - b[i]!, 0);

  return {
    programmes,
    statistics: [...(repos.statistics?.list() ?? [])]
      .sort(bySort)
      .map((s) => ({ label: s.label, value: s.value, year: s.year, source: s.source })),
    regulations: [...(repos.regulations?.list() ?? [])]
      .sort(bySort)
      .map((r) => ({ kind: r.kind, title: r.title, number: r.number, status: r.status, note: r.note })),
    applications: [...(repos.applications?.list() ?? [])].sort(bySort).map((a) => ({
      name: a.name,
      unitName: unitName(a.unitId),
      dimensionCode: dimensionOf(a.dimensionId)?.code ?? null,
      dimensionName: dimensionOf(a.dimensionId)?.name ?? null,
      description: a.description,
      status: a.status,
    })),
    readinessScores: [...(repos.readinessScores?.list() ?? [])]
      .filter((r) => dimensionById.has(r.dimensionId))
      .sort(
        (a, b) =>
          dimensionRank.get(a.dimensionId)! - dimensionRank.get(b.dimensionId)! ||
          READINESS_ASPECTS.indexOf(a.aspect) - READINESS_ASPECTS.indexOf(b.aspect) ||
          Number(a.subAspect !== null) - Number(b.subAspect !== null) ||
          a.id - b.id,
      )
      .map((r) => ({
        dimensionCode: dimensionById.get(r.dimensionId)!.code,
        dimensionName: dimensionById.get(r.dimensionId)!.name,
        aspect: r.aspect,
        subAspect: r.subAspect,
        score: r.score,
        evidence: r.evidence,
      })),
    elementGaps: [...(repos.elementGaps?.list() ?? [])]
      .filter((g) => elementById.has(g.elementId))
      .sort((a, b) => compareRanks(elementRank(a.elementId), elementRank(b.elementId)))
      .map((g) => {
        const element = elementById.get(g.elementId)!;
        const dimension = dimensionById.get(element.dimensionId)!;
        return {
          dimensionCode: dimension.code,
          dimensionName: dimension.name,
          elementName: element.name,
          current: g.current,
          target: g.target,
          gap: g.gap,
        };
      }),
    goals: [...(repos.goals?.list() ?? [])].sort(bySort).map((g) => ({
      dimensionCode: dimensionOf(g.dimensionId)?.code ?? null,
      dimensionName: dimensionOf(g.dimensionId)?.name ?? null,
      text: g.text,
      indicator: g.indicator,
      unit: g.unit,
      baseline: g.baseline,
      baselineYear: g.baselineYear,
      target: g.target,
      targetYear: g.targetYear,
    })),
    strategies: [...(repos.strategies?.list() ?? [])]
      .filter((s) => dimensionById.has(s.dimensionId))
      .sort(
        (a, b) =>
          dimensionRank.get(a.dimensionId)! - dimensionRank.get(b.dimensionId)! ||
          TOWS_KINDS.indexOf(a.kind) - TOWS_KINDS.indexOf(b.kind) ||
          bySort(a, b),
      )
      .map((s) => ({
        dimensionCode: dimensionById.get(s.dimensionId)!.code,
        dimensionName: dimensionById.get(s.dimensionId)!.name,
        kind: s.kind,
        text: s.text,
        swot: s.swotIds.flatMap((id) => {
          const item = swotById.get(id);
          return item ? [{ kind: item.kind, text: item.text }] : [];
        }),
        programmes: s.programmeIds.flatMap((id) => {
          const p = programmeById.get(id);
          return p ? [{ code: p.code, name: p.name }] : [];
        }),
      })),
    monitoring: [...(repos.monitoring?.list() ?? [])].map((m) => {
      const p = m.programmeId === null ? undefined : programmeById.get(m.programmeId);
      return {
        kind: m.kind,
        dimensionName: dimensionOf(m.dimensionId)?.name ?? null,
        programmeCode: p?.code ?? null,
        programmeName: p?.name ?? null,
        indicator: m.indicator,
        target: m.target,
        dataSource: m.dataSource,
        frequency: m.frequency,
        unitName: unitName(m.unitId),
      };
    }),
    quickWins: [...(repos.quickWins?.list() ?? [])]
      .filter((q) => rowById.has(q.programmeId))
      .sort((a, b) => programmeRank.get(a.programmeId)! - programmeRank.get(b.programmeId)!)
      .map((q) => ({
        programme: rowById.get(q.programmeId)!,
        problem: q.problem,
        existingService: q.existingService,
        beneficiaries: q.beneficiaries,
        indicator: q.indicator,
        schedule: q.schedule,
        budget: q.budget,
        criteria: q.criteria,
      })),
  };
}
