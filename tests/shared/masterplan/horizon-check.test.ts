// The horizon rule against the ten-year plan period: each horizon's end-year window counted from the start year.
import { describe, expect, it } from 'vitest';
import { horizonEndWindow, horizonProblems, planPeriod } from '../../../shared/masterplan/horizon-check';

const plan = { periodStart: 2024, periodEnd: null };
const prog = (horizon: 'pendek' | 'menengah' | 'panjang', startYear: number, endYear: number) => ({
  code: 'GOV-01',
  name: 'Satu Data',
  horizon,
  startYear,
  endYear,
});

describe('planPeriod', () => {
  it('defaults the end to start + 9 and keeps a set end', () => {
    expect(planPeriod(plan)).toEqual({ start: 2024, end: 2033 });
    expect(planPeriod({ periodStart: 2024, periodEnd: 2030 })).toEqual({ start: 2024, end: 2030 });
    expect(planPeriod({ periodStart: null, periodEnd: 2030 })).toBeNull();
  });
});

describe('horizonEndWindow', () => {
  it('gives pendek S..S+1, menengah S..S+4, panjang S+5..S+9', () => {
    expect(horizonEndWindow('pendek', 2024)).toEqual({ earliest: 2024, latest: 2025 });
    expect(horizonEndWindow('menengah', 2024)).toEqual({ earliest: 2024, latest: 2028 });
    expect(horizonEndWindow('panjang', 2024)).toEqual({ earliest: 2029, latest: 2033 });
  });
});

describe('horizonProblems', () => {
  it('accepts programmes at the edges of their windows', () => {
    expect(horizonProblems(prog('pendek', 2024, 2025), plan)).toEqual([]);
    expect(horizonProblems(prog('menengah', 2024, 2028), plan)).toEqual([]);
    expect(horizonProblems(prog('panjang', 2026, 2029), plan)).toEqual([]);
    expect(horizonProblems(prog('panjang', 2024, 2033), plan)).toEqual([]);
  });

  it('refuses a short one past S+1 and a medium one past S+4, naming the programme and the year', () => {
    const [p] = horizonProblems(prog('pendek', 2024, 2026), plan);
    expect(p).toContain('GOV-01 Satu Data');
    expect(p).toContain('paling lambat 2025');
    expect(p).toContain('2026');
    expect(horizonProblems(prog('menengah', 2025, 2029), plan)[0]).toContain('paling lambat 2028');
  });

  it('reports a long-horizon programme that ends inside the first five years', () => {
    const problems = horizonProblems(prog('panjang', 2024, 2028), plan);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toContain('2029–2033');
    expect(problems[0]).toContain('bukan 2028');
  });

  it('reports a programme outside the plan period', () => {
    const problems = horizonProblems(prog('menengah', 2022, 2025), plan);
    expect(problems.some((p) => p.includes('di luar periode masterplan 2024–2033'))).toBe(true);
    const late = horizonProblems(prog('panjang', 2030, 2034), plan);
    expect(late.some((p) => p.includes('di luar periode'))).toBe(true);
  });

  it('checks nothing while the plan has no start year', () => {
    expect(horizonProblems(prog('panjang', 2024, 2025), { periodStart: null, periodEnd: null })).toEqual([]);
  });

  it('names a programme without code by its name only', () => {
    const [p] = horizonProblems({ ...prog('pendek', 2024, 2027), code: null }, plan);
    expect(p).toMatch(/^Program Satu Data:/);
  });
});
