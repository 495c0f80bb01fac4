// The masterplan books' records: what the schemas accept, default and refuse (with the field named).
import { describe, expect, it } from 'vitest';
import {
  masterplanPlanSchema,
  masterplanSchema,
  programmeBudget,
  programmeItemSchema,
  quickWinProfileSchema,
  readinessScoreSchema,
  strategySchema,
  towsSwotKinds,
} from '../../../shared/domain/masterplan';
import { problemsFromZod } from '../../../shared/validation/messages';

const programme = { id: 1, name: 'Satu Data', dimensionId: 1, horizon: 'pendek', startYear: 2024, endYear: 2025 } as const;

describe('programme additions', () => {
  it('defaults the new fields so an older programme parses', () => {
    const p = programmeItemSchema.parse(programme);
    expect(p).toMatchObject({
      indicator: null,
      baseline: null,
      targets: [],
      budgets: [],
      rpjmdRef: null,
      enabler: null,
      status: 'direncanakan',
    });
  });

  it('refuses a target year twice and a (year, source) budget line twice', () => {
    const r = programmeItemSchema.safeParse({
      ...programme,
      targets: [
        { year: 2024, value: '40%' },
        { year: 2024, value: '50%' },
      ],
      budgets: [
        { year: 2024, source: 'APBD', amount: 1 },
        { year: 2024, source: 'APBN', amount: 1 },
        { year: 2024, source: 'APBD', amount: 2 },
      ],
    });
    expect(r.success).toBe(false);
    const messages = problemsFromZod(r.error!).map((p) => `${p.path}: ${p.message}`);
    expect(messages.some((m) => m.includes('targets') && m.includes('target tahun 2024 disebut dua kali'))).toBe(true);
    expect(messages.some((m) => m.includes('budgets') && m.includes('anggaran tahun 2024 dari APBD disebut dua kali'))).toBe(
      true,
    );
  });

  it('refuses a negative budget', () => {
    expect(programmeItemSchema.safeParse({ ...programme, budgets: [{ year: 2024, source: 'APBD', amount: -1 }] }).success).toBe(
      false,
    );
  });

  it('programmeBudget: yearly lines when any, else the costed fundings', () => {
    const fundings = [
      { source: 'APBD' as const, amount: 100 },
      { source: 'DAK' as const, amount: null },
    ];
    expect(programmeBudget({ fundings, budgets: [] })).toBe(100);
    expect(programmeBudget({ fundings, budgets: [{ amount: 30 }, { amount: 12 }] })).toBe(42);
    expect(programmeBudget({ fundings: [{ amount: null }] })).toBeNull();
  });
});

describe('analysis records', () => {
  it('an older masterplan parses with every new list empty and the plan without preface date', () => {
    const mp = masterplanSchema.parse({});
    for (const key of [
      'statistics',
      'regulations',
      'applications',
      'readinessScores',
      'elementGaps',
      'goals',
      'strategies',
      'monitoring',
      'quickWins',
    ] as const) {
      expect(mp[key]).toEqual([]);
    }
    expect(masterplanPlanSchema.parse({})).toMatchObject({ prefaceDate: null, prefacePlace: null });
  });

  it('refuses a readiness score outside 1–5 and a preface date not in the calendar', () => {
    expect(readinessScoreSchema.safeParse({ id: 1, dimensionId: 1, aspect: 'struktur', score: 6 }).success).toBe(false);
    expect(readinessScoreSchema.safeParse({ id: 1, dimensionId: 1, aspect: 'struktur', score: 0 }).success).toBe(false);
    expect(
      readinessScoreSchema.parse({ id: 1, dimensionId: 1, aspect: 'struktur', score: 3, subAspect: '  ' }).subAspect,
    ).toBeNull();
    expect(masterplanPlanSchema.safeParse({ prefaceDate: '2024-02-30' }).success).toBe(false);
  });

  it('defaults the quick-win criteria to unmet', () => {
    const q = quickWinProfileSchema.parse({
      id: 1,
      programmeId: 1,
      problem: 'a',
      beneficiaries: 'b',
      indicator: 'c',
      schedule: 'd',
    });
    expect(Object.values(q.criteria)).toEqual([false, false, false, false, false]);
    expect(q.existingService).toBeNull();
  });

  it('refuses a strategy naming the same SWOT item twice and maps its letters to SWOT kinds', () => {
    expect(strategySchema.safeParse({ id: 1, dimensionId: 1, kind: 'WO', text: 'x', swotIds: [2, 2] }).success).toBe(false);
    expect(towsSwotKinds('WO')).toEqual(['W', 'O']);
    expect(towsSwotKinds('ST')).toEqual(['S', 'T']);
  });
});
