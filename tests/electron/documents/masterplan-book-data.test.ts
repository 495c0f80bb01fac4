// MasterplanData as the context loader fills it from a real database: the books' rows with every id resolved to
// the name a reader sees (dimension, element, OPD, SWOT text, programme code), in the order the books print them,
// and the programme rows with their matrix columns; an empty masterplan gives empty lists.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contextLoader } from '../../../electron/documents/context-loader';
import type { MasterplanData } from '../../../shared/documents/context';
import { READINESS_ASPECTS, TOWS_KINDS } from '../../../shared/domain/masterplan';
import { minimalBundle } from '../../helpers/bundle-factory';
import { demoContexts } from '../../helpers/document-contexts';
import { FIXED_NOW, openTempDatabase } from '../../helpers/temp-db';

let data: MasterplanData;
let close: () => void;
beforeAll(async () => {
  const demo = await demoContexts();
  close = demo.close;
  data = demo.contexts.masterplan(undefined);
});
afterAll(() => close());

const dimensionOrder = () => [...new Set(data.programmes.map((p) => p.dimensionCode))];

describe('MasterplanData of the demo', () => {
  it('carries the plan preface date and place', () => {
    expect(data.plan).toMatchObject({
      prefaceDate: '2021-12-13',
      prefacePlace: 'Pematang Raya',
      periodStart: 2022,
      periodEnd: 2031,
    });
  });

  it('gives programme rows their matrix columns, targets by year and budgets by year then source', () => {
    const mpp = data.programmes.find((p) => p.name.startsWith('Mal Pelayanan Publik'))!;
    expect(mpp).toMatchObject({
      horizon: 'panjang',
      endYear: 2028,
      enabler: 'infrastruktur',
      status: 'direncanakan',
      unitName: expect.stringContaining('Penanaman Modal'),
    });
    expect(mpp.targets.map((t) => t.year)).toEqual([2025, 2026, 2028]);
    expect(mpp.budgets.map((b) => `${b.year} ${b.source}`).slice(0, 2)).toEqual(['2024 APBD', '2024 APBN']);
    expect(mpp.budgets.reduce((s, b) => s + b.amount, 0)).toBe(6_500_000_000);
    for (const p of data.programmes) expect(p.indicator, p.name).toBeTruthy();
  });

  it('resolves names: applications to their OPD, gaps to dimension and element, M&E to programme code and OPD', () => {
    expect(data.statistics[0]).toEqual({
      label: 'Luas wilayah',
      value: '± 4.400 km²',
      year: 2021,
      source: 'Estimasi demo, bukan data resmi',
    });
    expect(data.applications.find((a) => a.name === 'SIPD')).toMatchObject({
      unitName: expect.stringMatching(/^Badan Perencanaan/),
      dimensionCode: 'governance',
      dimensionName: 'Smart Governance',
    });
    expect(data.elementGaps).toHaveLength(18);
    expect(data.elementGaps[0]).toMatchObject({
      dimensionCode: 'governance',
      dimensionName: 'Smart Governance',
      elementName: expect.any(String),
    });
    expect(data.elementGaps.map((g) => g.dimensionCode)).toEqual(
      [...data.elementGaps.map((g) => g.dimensionCode)].sort((a, b) => dimensionOrder().indexOf(a) - dimensionOrder().indexOf(b)),
    );
    const output = data.monitoring.find((m) => m.kind === 'output' && m.programmeName?.startsWith('Satu Data'))!;
    expect(output).toMatchObject({
      programmeCode: 'GOV-03',
      unitName: 'Dinas Komunikasi dan Informatika',
      dimensionName: 'Smart Governance',
    });
    expect(data.regulations.map((r) => r.kind)).toContain('RPJMD');
  });

  it('orders readiness scores by dimension, then aspect, the whole aspect before its sub-aspects', () => {
    const governance = data.readinessScores.filter((r) => r.dimensionCode === 'governance');
    expect(governance.map((r) => [r.aspect, r.subAspect === null])).toEqual(
      READINESS_ASPECTS.flatMap((a) => [
        [a, true],
        [a, false],
        [a, false],
        [a, false],
      ]),
    );
    expect(data.readinessScores.map((r) => r.dimensionCode)[governance.length]).toBe('branding');
  });

  it('gives strategies their SWOT texts and programme codes, in dimension then TOWS order', () => {
    const first = data.strategies[0]!;
    expect(first).toMatchObject({ dimensionCode: 'governance', kind: 'SO' });
    expect(first.swot).toEqual([
      { kind: 'S', text: 'Komitmen kepala daerah terhadap pelayanan publik berbasis elektronik' },
      { kind: 'O', text: 'Kebijakan nasional SPBE dan Satu Data Indonesia menyediakan standar dan aplikasi umum' },
    ]);
    expect(first.programmes.map((p) => p.code)).toEqual(['GOV-01', 'GOV-02']);
    const governanceKinds = data.strategies.filter((s) => s.dimensionCode === 'governance').map((s) => s.kind);
    expect(governanceKinds).toEqual([...governanceKinds].sort((a, b) => TOWS_KINDS.indexOf(a) - TOWS_KINDS.indexOf(b)));
  });

  it('joins each quick-win profile with its programme row, in programme order', () => {
    expect(data.quickWins.map((q) => q.programme.code)).toEqual(data.programmes.filter((p) => p.isQuickWin).map((p) => p.code));
    const bpbd = data.quickWins.find((q) => q.programme.name.startsWith('Informasi Peringatan Dini'))!;
    expect(bpbd.existingService).toContain('BPBD');
    expect(bpbd.programme.unitName).toMatch(/Penanggulangan Bencana/);
    expect(Object.values(bpbd.criteria).every(Boolean)).toBe(true);
  });
});

describe('MasterplanData without the books records', () => {
  it('gives empty lists and programme rows at their defaults', async () => {
    const t = await openTempDatabase();
    try {
      t.services.bundle.import(minimalBundle());
      const empty = contextLoader(t.services.repos, () => FIXED_NOW).masterplan(undefined);
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
        expect(empty[key], key).toEqual([]);
      }
      expect(empty.programmes[0]).toMatchObject({
        code: 'GOV-01',
        targets: [],
        budgets: [],
        status: 'direncanakan',
        enabler: null,
        indicator: null,
      });
      expect(empty.plan).toMatchObject({ prefaceDate: null, prefacePlace: null });
    } finally {
      t.close();
    }
  });
});
