// The budget table: yearly lines summed by dimension, year and source; programmes costed only per source apart.
import { describe, expect, it } from 'vitest';
import { budgetByDimensionYearSource } from '../../../shared/masterplan/budget';

describe('budgetByDimensionYearSource', () => {
  const summary = budgetByDimensionYearSource([
    {
      dimensionId: 3,
      fundings: [],
      budgets: [
        { year: 2025, source: 'APBN', amount: 200 },
        { year: 2024, source: 'APBD', amount: 100 },
      ],
    },
    {
      dimensionId: 1,
      fundings: [],
      budgets: [
        { year: 2024, source: 'APBD', amount: 50 },
        { year: 2024, source: 'CSR', amount: 7 },
      ],
    },
    { dimensionId: 3, fundings: [], budgets: [{ year: 2024, source: 'APBD', amount: 1 }] },
    {
      dimensionId: 1,
      fundings: [
        { source: 'APBD', amount: 40 },
        { source: 'DAK', amount: null },
      ],
      budgets: [],
    },
    { dimensionId: 2, fundings: [{ source: 'APBD', amount: null }], budgets: [] },
  ]);

  it('sums the lines of the same dimension, year and source', () => {
    expect(summary.cells).toEqual([
      { dimensionId: 3, year: 2024, source: 'APBD', amount: 101 },
      { dimensionId: 3, year: 2025, source: 'APBN', amount: 200 },
      { dimensionId: 1, year: 2024, source: 'APBD', amount: 50 },
      { dimensionId: 1, year: 2024, source: 'CSR', amount: 7 },
    ]);
  });

  it('gives years ascending, sources in the standard order and the totals', () => {
    expect(summary.years).toEqual([2024, 2025]);
    expect(summary.sources).toEqual(['APBD', 'APBN', 'CSR']);
    expect(summary.dimensionTotals).toEqual([
      { dimensionId: 3, amount: 301 },
      { dimensionId: 1, amount: 57 },
    ]);
    expect(summary.yearTotals).toEqual([
      { year: 2024, amount: 158 },
      { year: 2025, amount: 200 },
    ]);
    expect(summary.sourceTotals.find((s) => s.source === 'APBD')!.amount).toBe(151);
    expect(summary.total).toBe(358);
  });

  it('keeps programmes without yearly lines apart, and those without any amount out', () => {
    expect(summary.unscheduled).toEqual([{ dimensionId: 1, amount: 40 }]);
  });

  it('is empty for no programmes', () => {
    const empty = budgetByDimensionYearSource([]);
    expect(empty.total).toBe(0);
    expect(empty.cells).toEqual([]);
  });
});
