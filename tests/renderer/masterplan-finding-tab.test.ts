// Every sentence of the masterplan books' readiness view (shared/masterplan/book-readiness.ts) opens the place that
// fixes it on the Kelengkapan buku tab: fed with a masterplan that lacks a bit of everything, no finding is left
// without a tab, and each kind of finding goes to its own tab.
import { describe, expect, it } from 'vitest';
import { dimensionSchema, elementSchema, programmeItemSchema, swotItemSchema } from '../../shared/domain/masterplan';
import { bookReadiness } from '../../shared/masterplan/book-readiness';
import { findingTab } from '../../renderer/src/screens/masterplan/finding-tab';

const dimension = dimensionSchema.parse({ id: 1, code: 'governance', name: 'Smart Governance', sortOrder: 1 });
const element = elementSchema.parse({ id: 1, dimensionId: 1, name: 'Layanan Publik', sortOrder: 1 });
const programme = (id: number, extra: object) =>
  programmeItemSchema.parse({
    id,
    code: `GOV-0${id}`,
    name: `Layanan ${id}`,
    dimensionId: 1,
    horizon: 'panjang',
    startYear: 2024,
    endYear: 2025,
    ...extra,
  });

const books = bookReadiness({
  plan: { periodStart: 2024, periodEnd: null, vision: null, missions: [] },
  dimensions: [dimension],
  elements: [element],
  swot: [swotItemSchema.parse({ id: 1, dimensionId: 1, kind: 'S', text: 'Pusat data' })],
  programmes: [programme(1, {}), programme(2, { isQuickWin: true, horizon: 'pendek', endYear: 2024 })],
  statistics: [],
  regulations: [],
  applications: [],
  readinessScores: [],
  elementGaps: [],
  goals: [],
  strategies: [],
  monitoring: [],
  quickWins: [],
  teams: [{ kind: 'dewan', name: 'Dewan Smart City', skNumber: null }],
});
const findings = books.flatMap((b) => b.missing);
const tabOf = (pattern: RegExp) => {
  const found = findings.find((m) => pattern.test(m));
  expect(found, `no finding matches ${pattern}`).toBeDefined();
  return findingTab(found!);
};

describe('where a finding of the books is fixed', () => {
  it('has a place for every finding of a masterplan that lacks a bit of everything', () => {
    expect(findings.length).toBeGreaterThan(12);
    expect(findings.filter((m) => findingTab(m) === null)).toEqual([]);
  });

  it('sends each kind of finding to its own tab', () => {
    expect(tabOf(/statistik/i)).toBe('gambaran');
    expect(tabOf(/regulasi/i)).toBe('gambaran');
    expect(tabOf(/aplikasi/i)).toBe('gambaran');
    expect(tabOf(/^Nilai kesiapan/)).toBe('kesiapan');
    expect(tabOf(/kesenjangan/i)).toBe('kesiapan');
    expect(tabOf(/^SWOT/)).toBe('swot');
    expect(tabOf(/^Strategi/)).toBe('swot');
    expect(tabOf(/^Visi/)).toBe('rencana');
    expect(tabOf(/^Misi/)).toBe('rencana');
    expect(tabOf(/^Sasaran/)).toBe('sasaran');
    expect(tabOf(/GOV-01.*jangka panjang/i)).toBe('program');
    expect(tabOf(/quick win belum punya profil/i)).toBe('program');
    expect(tabOf(/^Profil belum diisi/)).toBe('program');
    expect(tabOf(/monitoring/i)).toBe('monev');
    expect(tabOf(/Dewan Smart City/)).toBe('tim');
  });

  it('leaves a sentence it does not know without a place rather than guessing', () => {
    expect(findingTab('Sesuatu yang lain sama sekali')).toBeNull();
  });
});
