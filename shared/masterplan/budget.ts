// The budget table of Buku II: the programmes' yearly budget lines summed by dimension, year and source, with the
// totals per dimension, year and source. Programmes costed only per source (no yearly lines) are kept apart.
import { BUDGET_SOURCES, programmeBudget, type BudgetSource } from '../domain/masterplan-programme';

export interface BudgetProgrammeInput {
  dimensionId: number;
  fundings: { source: BudgetSource; amount: number | null }[];
  budgets: { year: number; source: BudgetSource; amount: number }[];
}

export interface BudgetCell {
  dimensionId: number;
  year: number;
  source: BudgetSource;
  amount: number;
}

export interface BudgetSummary {
  /** Every year with a budget line, ascending. */
  years: number[];
  /** Every source with a budget line, in BUDGET_SOURCES order. */
  sources: BudgetSource[];
  /** Every dimension with a budget line, in first-seen order of the programmes. */
  dimensionIds: number[];
  /** Summed lines, by dimension (as dimensionIds), year and source. */
  cells: BudgetCell[];
  dimensionTotals: { dimensionId: number; amount: number }[];
  yearTotals: { year: number; amount: number }[];
  sourceTotals: { source: BudgetSource; amount: number }[];
  /** Sum of every yearly line. */
  total: number;
  /** Per dimension, the budgets of programmes without yearly lines (their costed fundings), not in the year table. */
  unscheduled: { dimensionId: number; amount: number }[];
}

function addTo<K>(map: Map<K, number>, key: K, amount: number) {
  map.set(key, (map.get(key) ?? 0) + amount);
}

export function budgetByDimensionYearSource(programmes: readonly BudgetProgrammeInput[]): BudgetSummary {
  const cells = new Map<string, BudgetCell>();
  const dims: number[] = [];
  const byDim = new Map<number, number>();
  const byYear = new Map<number, number>();
  const bySource = new Map<BudgetSource, number>();
  const unscheduled = new Map<number, number>();
  let total = 0;
  for (const p of programmes) {
    if (p.budgets.length === 0) {
      const amount = programmeBudget(p);
      if (amount !== null) addTo(unscheduled, p.dimensionId, amount);
      continue;
    }
    if (!dims.includes(p.dimensionId)) dims.push(p.dimensionId);
    for (const line of p.budgets) {
      const key = `${p.dimensionId}/${line.year}/${line.source}`;
      const cell = cells.get(key) ?? { dimensionId: p.dimensionId, year: line.year, source: line.source, amount: 0 };
      cell.amount += line.amount;
      cells.set(key, cell);
      addTo(byDim, p.dimensionId, line.amount);
      addTo(byYear, line.year, line.amount);
      addTo(bySource, line.source, line.amount);
      total += line.amount;
    }
  }
  const years = [...byYear.keys()].sort((a, b) => a - b);
  const sources = BUDGET_SOURCES.filter((s) => bySource.has(s));
  const sorted = [...cells.values()].sort(
    (a, b) =>
      dims.indexOf(a.dimensionId) - dims.indexOf(b.dimensionId) ||
      a.year - b.year ||
      BUDGET_SOURCES.indexOf(a.source) - BUDGET_SOURCES.indexOf(b.source),
  );
  return {
    years,
    sources,
    dimensionIds: dims,
    cells: sorted,
    dimensionTotals: dims.map((dimensionId) => ({ dimensionId, amount: byDim.get(dimensionId)! })),
    yearTotals: years.map((year) => ({ year, amount: byYear.get(year)! })),
    sourceTotals: sources.map((source) => ({ source, amount: bySource.get(source)! })),
    total,
    unscheduled: [...unscheduled.entries()].map(([dimensionId, amount]) => ({ dimensionId, amount })),
  };
}
