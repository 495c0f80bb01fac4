// The masterplan books' records through the services against a real database file (migration 007): a programme
// with its targets and yearly budget saved whole, strategies tied to SWOT items of their own dimension and kinds,
// one quick-win profile per quick-win programme, one score per (dimension, aspect, sub-aspect), deletes that
// cascade, and a bundle round trip with every new list filled.
import { describe, expect, it } from 'vitest';
import { tablesChildFirst } from '../../../electron/db/table-order';
import { ConflictError, ValidationError } from '../../../shared/errors';
import { minimalBundle } from '../../helpers/bundle-factory';
import { type TempDatabase, tempDatabasePerTest } from '../../helpers/temp-db';

const openDb = tempDatabasePerTest();
async function db(): Promise<TempDatabase> {
  const t = await openDb();
  t.services.bundle.import(minimalBundle());
  return t;
}

const count = (t: TempDatabase, table: string) =>
  (t.opened.db.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;

function problemsOf(fn: () => unknown) {
  try {
    fn();
  } catch (error) {
    expect(error).toBeInstanceOf(ValidationError);
    return (error as ValidationError).problems;
  }
  throw new Error('expected a ValidationError');
}

describe('programme targets and yearly budget', () => {
  it('are saved with the programme in one call, read back in order, and replaced whole on update', async () => {
    const t = await db();
    const p = t.services.masterplan.programmes.get(1);
    const saved = t.services.masterplan.programmes.save({
      ...p,
      indicator: 'Persentase layanan daring',
      baseline: '20% (2021)',
      targets: [
        { year: 2022, value: '40%' },
        { year: 2023, value: '60%' },
      ],
      budgets: [
        { year: 2022, source: 'APBD', amount: 1_000_000_000 },
        { year: 2022, source: 'DAK', amount: 500_000_000 },
      ],
      enabler: 'infrastruktur',
      status: 'berjalan',
      rpjmdRef: 'Misi 1 – Sasaran 1.2',
    });
    expect(saved.targets).toEqual([
      { year: 2022, value: '40%' },
      { year: 2023, value: '60%' },
    ]);
    expect(saved.budgets.map((b) => b.amount)).toEqual([1_000_000_000, 500_000_000]);
    expect(t.services.masterplan.programmes.list()[0]).toMatchObject({
      status: 'berjalan',
      enabler: 'infrastruktur',
      rpjmdRef: 'Misi 1 – Sasaran 1.2',
    });
    expect(count(t, 'mp_programme_budget')).toBe(2);
    const updated = t.services.masterplan.programmes.save({
      ...saved,
      budgets: [{ year: 2023, source: 'APBN', amount: 7 }],
      targets: [],
    });
    expect(updated.budgets).toEqual([{ year: 2023, source: 'APBN', amount: 7 }]);
    expect(count(t, 'mp_programme_budget')).toBe(1);
    expect(count(t, 'mp_programme_target')).toBe(0);
    // Fundings stay as they were.
    expect(updated.fundings).toEqual(p.fundings);
  });

  it('refuses a (year, source) twice before writing, naming the line', async () => {
    const t = await db();
    const p = t.services.masterplan.programmes.get(1);
    const problems = problemsOf(() =>
      t.services.masterplan.programmes.save({
        ...p,
        budgets: [
          { year: 2022, source: 'APBD', amount: 1 },
          { year: 2022, source: 'APBD', amount: 2 },
        ],
      }),
    );
    expect(problems).toEqual([{ path: 'budgets[1].source', message: 'anggaran tahun 2022 dari APBD disebut dua kali' }]);
    expect(count(t, 'mp_programme_budget')).toBe(0);
  });
});

describe('strategies', () => {
  async function withSwot() {
    const t = await db();
    const d2 = t.services.masterplan.dimensions.save({ code: 'economy', name: 'Smart Economy' });
    const w = t.services.masterplan.swot.save({ dimensionId: 1, kind: 'W', text: 'SDM TIK terbatas' });
    const o = t.services.masterplan.swot.save({ dimensionId: 1, kind: 'O', text: 'Program SPBE nasional' });
    const other = t.services.masterplan.swot.save({ dimensionId: d2.id, kind: 'O', text: 'Pasar daring' });
    return { t, w, o, other, strength: 1 };
  }

  it('saves a W-O strategy with its SWOT items and programmes, in order', async () => {
    const { t, w, o } = await withSwot();
    const s = t.services.masterplan.strategies.save({
      dimensionId: 1,
      kind: 'WO',
      text: 'Bimtek SDM lewat program SPBE',
      swotIds: [o.id, w.id],
      programmeIds: [1],
    });
    expect(t.services.masterplan.strategies.get(s.id)).toMatchObject({ swotIds: [o.id, w.id], programmeIds: [1] });
  });

  it('refuses SWOT items of another dimension or of a kind its letters do not name, and unknown programmes', async () => {
    const { t, other, strength } = await withSwot();
    const problems = problemsOf(() =>
      t.services.masterplan.strategies.save({
        dimensionId: 1,
        kind: 'WO',
        text: 'x',
        swotIds: [other.id, strength, 999],
        programmeIds: [42],
      }),
    );
    expect(problems).toEqual([
      { path: 'swotIds[0]', message: 'butir SWOT ini milik dimensi lain' },
      { path: 'swotIds[1]', message: 'strategi W-O menjawab Kelemahan dan Peluang, bukan Kekuatan' },
      { path: 'swotIds[2]', message: 'butir SWOT dengan id 999 tidak ada' },
      { path: 'programmeIds[0]', message: 'program dengan id 42 tidak ada' },
    ]);
    expect(count(t, 'mp_strategy')).toBe(0);
  });

  it('loses a link, not the strategy, when its SWOT item or programme is deleted', async () => {
    const { t, w, o } = await withSwot();
    const s = t.services.masterplan.strategies.save({
      dimensionId: 1,
      kind: 'WO',
      text: 'x',
      swotIds: [w.id, o.id],
      programmeIds: [1],
    });
    t.services.masterplan.swot.remove(w.id);
    t.services.masterplan.programmes.remove(1);
    expect(t.services.masterplan.strategies.get(s.id)).toMatchObject({ swotIds: [o.id], programmeIds: [] });
  });
});

describe('quick-win profiles and readiness scores', () => {
  const profile = {
    programmeId: 1,
    problem: 'Antrean panjang',
    existingService: 'Loket KTP-el',
    beneficiaries: 'Warga',
    indicator: 'Waktu tunggu',
    schedule: 'Januari–Juni 2022',
  };

  it('one profile per quick-win programme; a programme not marked quick win is refused; deleting the programme removes it', async () => {
    const t = await db();
    const q = t.services.masterplan.quickWins.save(profile);
    expect(q.criteria.noNewInfrastructure).toBe(false);
    expect(() => t.services.masterplan.quickWins.save(profile)).toThrow(ConflictError);
    expect(() => t.services.masterplan.quickWins.save(profile)).toThrow('program ini sudah punya profil quick win');
    const p = t.services.masterplan.programmes.get(1);
    t.services.masterplan.programmes.save({ ...p, isQuickWin: false });
    expect(problemsOf(() => t.services.masterplan.quickWins.save({ ...q }))).toEqual([
      { path: 'programmeId', message: 'program ini tidak ditandai sebagai quick win' },
    ]);
    t.services.masterplan.programmes.remove(1);
    expect(t.services.masterplan.quickWins.list()).toEqual([]);
  });

  it('one score per dimension, aspect and sub-aspect (the whole aspect once), 1 to 5', async () => {
    const t = await db();
    t.services.masterplan.readinessScores.save({ dimensionId: 1, aspect: 'struktur', score: 3 });
    t.services.masterplan.readinessScores.save({ dimensionId: 1, aspect: 'struktur', subAspect: 'Kelembagaan', score: 2 });
    expect(() => t.services.masterplan.readinessScores.save({ dimensionId: 1, aspect: 'struktur', score: 4 })).toThrow(
      'nilai untuk dimensi, aspek dan subaspek ini sudah ada',
    );
    expect(() =>
      t.services.masterplan.readinessScores.save({ dimensionId: 1, aspect: 'struktur', subAspect: 'kelembagaan', score: 4 }),
    ).toThrow(ConflictError);
    expect(
      problemsOf(() => t.services.masterplan.readinessScores.save({ dimensionId: 1, aspect: 'infrastruktur', score: 6 }))[0]!
        .path,
    ).toBe('score');
    expect(t.services.masterplan.readinessScores.list().map((r) => [r.subAspect, r.score])).toEqual([
      [null, 3],
      ['Kelembagaan', 2],
    ]);
  });
});

describe('bundle with every list of the books', () => {
  function fullBundle() {
    const b = minimalBundle() as any;
    b.masterplan.swot.push({ id: 2, dimensionId: 1, kind: 'O', text: 'Program SPBE nasional' });
    b.masterplan.plan.prefaceDate = '2022-03-14';
    b.masterplan.plan.prefacePlace = 'Pematangsiantar';
    Object.assign(b.masterplan.programmes[0], {
      indicator: 'Layanan daring',
      targets: [{ year: 2022, value: '40%' }],
      budgets: [{ year: 2022, source: 'APBD', amount: 100 }],
      status: 'usulan',
    });
    Object.assign(b.masterplan, {
      statistics: [{ id: 1, label: 'Jumlah penduduk', value: '1.000 jiwa', year: 2021, source: 'Estimasi demo' }],
      regulations: [{ id: 1, kind: 'SPBE', title: 'Perbup SPBE', status: 'perlu_disusun' }],
      applications: [{ id: 1, name: 'SIMPEG', unitId: 1, dimensionId: 1, status: 'berjalan' }],
      readinessScores: [{ id: 1, dimensionId: 1, aspect: 'struktur', score: 2, evidence: 'SK Tim' }],
      elementGaps: [{ id: 1, elementId: 1, current: 'Manual', target: 'Daring' }],
      goals: [
        {
          id: 1,
          dimensionId: 1,
          text: 'Layanan cepat',
          indicator: 'Indeks SPBE',
          baseline: '1,8',
          baselineYear: 2021,
          target: '3,0',
          targetYear: 2026,
        },
      ],
      strategies: [{ id: 1, dimensionId: 1, kind: 'SO', text: 'Manfaatkan jaringan', swotIds: [1, 2], programmeIds: [1] }],
      monitoring: [{ id: 1, kind: 'output', programmeId: 1, indicator: 'Jumlah layanan daring', unitId: 1 }],
      quickWins: [
        {
          id: 1,
          programmeId: 1,
          problem: 'Antrean',
          existingService: 'Loket',
          beneficiaries: 'Warga',
          indicator: 'Waktu',
          schedule: '2022',
          criteria: { sharpensExisting: true },
        },
      ],
    });
    return b;
  }

  it('exports exactly what it imported', async () => {
    const t = await openDb();
    t.services.bundle.import(fullBundle());
    const out = t.services.bundle.export();
    expect(out.masterplan.strategies[0]).toMatchObject({ swotIds: [1, 2], programmeIds: [1] });
    expect(out.masterplan.plan).toMatchObject({ prefaceDate: '2022-03-14', prefacePlace: 'Pematangsiantar' });
    expect(out.masterplan.quickWins[0]!.criteria).toEqual({
      sharpensExisting: true,
      withinOneYear: false,
      lowCost: false,
      noNewInfrastructure: false,
      visibleBenefit: false,
    });
    for (const key of [
      'statistics',
      'regulations',
      'applications',
      'readinessScores',
      'elementGaps',
      'goals',
      'monitoring',
    ] as const) {
      expect(out.masterplan[key], key).toHaveLength(1);
    }
    const u = await openDb();
    u.services.bundle.import(out);
    expect(u.services.bundle.export()).toEqual(out);
  });

  it('refuses broken references by path, and writes nothing', async () => {
    const t = await openDb();
    const b = fullBundle();
    b.masterplan.strategies[0].kind = 'WT';
    b.masterplan.quickWins[0].programmeId = 9;
    b.masterplan.elementGaps.push({ id: 2, elementId: 1, current: 'a', target: 'b' });
    b.masterplan.monitoring[0].unitId = 77;
    try {
      t.services.bundle.import(b);
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(ValidationError);
      const messages = (error as ValidationError).problems.map((p) => `${p.path}: ${p.message}`);
      expect(messages).toEqual(
        expect.arrayContaining([
          'masterplan.strategies[0].swotIds[0]: strategi W-T menjawab Kelemahan dan Ancaman, bukan Kekuatan',
          'masterplan.strategies[0].swotIds[1]: strategi W-T menjawab Kelemahan dan Ancaman, bukan Peluang',
          'masterplan.quickWins[0].programmeId: program dengan id 9 tidak ada',
          'masterplan.elementGaps[1].elementId: elemen ini sudah punya analisis kesenjangan',
          'masterplan.monitoring[0].unitId: unit dengan id 77 tidak ada',
        ]),
      );
    }
    expect(count(t, 'mp_strategy') + count(t, 'unit')).toBe(0);
  });
});

describe('table order of the books (clear and replace)', () => {
  it('puts every child table of 007 before the tables it refers to', async () => {
    const t = await db();
    const order = tablesChildFirst(t.opened.db);
    const before = (child: string, parent: string) =>
      expect(order.indexOf(child), `${child} before ${parent}`).toBeLessThan(order.indexOf(parent));
    expect(order.indexOf('mp_programme_budget')).toBeGreaterThanOrEqual(0);
    before('mp_programme_budget', 'mp_programme');
    before('mp_programme_target', 'mp_programme');
    before('mp_strategy_swot', 'mp_strategy');
    before('mp_strategy_swot', 'mp_swot');
    before('mp_strategy_programme', 'mp_programme');
    before('mp_quick_win', 'mp_programme');
    before('mp_readiness_score', 'mp_dimension');
    before('mp_element_gap', 'mp_element');
    before('mp_application', 'unit');
  });
});
