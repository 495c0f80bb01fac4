// What each masterplan book still lacks: nothing for a complete programme, and each gap named when one piece is
// taken away (statistics, regulations, scores, gaps, SWOT, sasaran, strategies, programme columns, horizons, quick
// wins, M&E kinds, SK numbers).
import { describe, expect, it } from 'vitest';
import {
  dimensionSchema,
  elementSchema,
  goalSchema,
  masterplanPlanSchema,
  monitoringIndicatorSchema,
  ME_KINDS,
  programmeItemSchema,
  quickWinProfileSchema,
  READINESS_ASPECTS,
  readinessScoreSchema,
  regionStatisticSchema,
  regulationSchema,
  existingApplicationSchema,
  elementGapSchema,
  strategySchema,
  swotItemSchema,
  SWOT_KINDS,
} from '../../../shared/domain/masterplan';
import { bookReadiness, type BookReadinessInput } from '../../../shared/masterplan/book-readiness';

const allMet = { sharpensExisting: true, withinOneYear: true, lowCost: true, noNewInfrastructure: true, visibleBenefit: true };

function complete(): BookReadinessInput {
  const programme = (id: number, extra: object) =>
    programmeItemSchema.parse({
      id,
      code: `GOV-0${id}`,
      name: `Program ${id}`,
      dimensionId: 1,
      horizon: 'pendek',
      startYear: 2024,
      endYear: 2024,
      indicator: 'Layanan daring',
      targets: [{ year: 2024, value: '10' }],
      budgets: [{ year: 2024, source: 'APBD', amount: 1 }],
      ...extra,
    });
  return {
    plan: masterplanPlanSchema.parse({ periodStart: 2024, vision: 'Visi', missions: ['Misi'] }),
    dimensions: [dimensionSchema.parse({ id: 1, code: 'governance', name: 'Smart Governance' })],
    elements: [elementSchema.parse({ id: 1, dimensionId: 1, name: 'Pelayanan publik' })],
    swot: SWOT_KINDS.map((kind, i) => swotItemSchema.parse({ id: i + 1, dimensionId: 1, kind, text: kind })),
    programmes: [programme(1, { isQuickWin: true }), programme(2, { horizon: 'panjang', startYear: 2026, endYear: 2031 })],
    statistics: [regionStatisticSchema.parse({ id: 1, label: 'Penduduk', value: '1 jiwa' })],
    regulations: ['RPJMD', 'Renstra OPD', 'RTRW', 'SPBE'].map((kind, i) =>
      regulationSchema.parse({ id: i + 1, kind, title: kind, status: 'ada' }),
    ),
    applications: [existingApplicationSchema.parse({ id: 1, name: 'SIMPEG', status: 'berjalan' })],
    readinessScores: READINESS_ASPECTS.map((aspect, i) =>
      readinessScoreSchema.parse({ id: i + 1, dimensionId: 1, aspect, score: 3 }),
    ),
    elementGaps: [elementGapSchema.parse({ id: 1, elementId: 1, current: 'a', target: 'b' })],
    goals: [
      goalSchema.parse({ id: 1, text: 'Sasaran', indicator: 'Indeks SPBE', baseline: '1,8', target: '3,0', targetYear: 2029 }),
    ],
    strategies: [strategySchema.parse({ id: 1, dimensionId: 1, kind: 'SO', text: 'x', swotIds: [1, 3], programmeIds: [1, 2] })],
    monitoring: ME_KINDS.map((kind, i) => monitoringIndicatorSchema.parse({ id: i + 1, kind, indicator: kind })),
    quickWins: [
      quickWinProfileSchema.parse({
        id: 1,
        programmeId: 1,
        problem: 'p',
        existingService: 'Loket',
        beneficiaries: 'b',
        indicator: 'i',
        schedule: 's',
        criteria: allMet,
      }),
    ],
    teams: [
      { kind: 'dewan', name: 'Dewan', skNumber: '1/2024' },
      { kind: 'tim_pelaksana', name: 'Tim', skNumber: '2/2024' },
    ],
  };
}

const missing = (input: BookReadinessInput) => Object.fromEntries(bookReadiness(input).map((b) => [b.book, b.missing]));

describe('bookReadiness', () => {
  it('finds nothing missing in a complete programme, and lists the four books with their titles', () => {
    const books = bookReadiness(complete());
    expect(books.map((b) => [b.book, b.title])).toEqual([
      ['buku1', 'Buku I Analisis Strategis'],
      ['buku2', 'Buku II Masterplan'],
      ['ringkasan', 'Ringkasan Eksekutif'],
      ['profil-quick-win', 'Profil Quick Win'],
    ]);
    expect(books.flatMap((b) => b.missing)).toEqual([]);
  });

  it('Buku I: statistics, a key regulation, applications, scores per aspect, gaps, SWOT per dimension', () => {
    const input = complete();
    input.statistics = [];
    input.regulations = input.regulations.filter((r) => r.kind !== 'RTRW');
    input.applications = [];
    input.readinessScores = input.readinessScores.filter((r) => r.aspect === 'struktur');
    input.elementGaps = [];
    input.swot = input.swot.filter((s) => s.kind === 'S' || s.kind === 'W');
    expect(missing(input).buku1).toEqual([
      'Data statistik dasar daerah (penduduk, PDRB, IPM, indeks SPBE, blank spot) belum diisi',
      'Kajian regulasi belum mencakup RTRW',
      'Inventaris aplikasi dan layanan yang sudah ada belum diisi',
      'Nilai kesiapan 1–5 belum diisi: Smart Governance (infrastruktur, suprastruktur)',
      'Analisis kesenjangan belum diisi untuk 1 elemen: Pelayanan publik',
      'SWOT Smart Governance belum punya Peluang, Ancaman',
    ]);
  });

  it('Buku II: baseline, strategy links, programme columns, a long horizon inside five years, M&E kinds, SK numbers', () => {
    const input = complete();
    input.goals = [{ ...input.goals[0]!, baseline: null }];
    input.strategies = [{ ...input.strategies[0]!, programmeIds: [1] }];
    input.programmes = input.programmes.map((p) => (p.id === 2 ? { ...p, endYear: 2027, budgets: [], indicator: null } : p));
    input.monitoring = input.monitoring.filter((m) => m.kind !== 'impact' && m.kind !== 'outcome');
    input.teams = [{ kind: 'dewan', name: 'Dewan', skNumber: null }];
    expect(missing(input).buku2).toEqual([
      '1 sasaran belum punya baseline (kondisi awal)',
      '1 program belum dikaitkan dengan strategi: GOV-02 Program 2',
      '1 program belum punya indikator: GOV-02 Program 2',
      '1 program belum punya anggaran per tahun: GOV-02 Program 2',
      'Program GOV-02 Program 2: jangka panjang seharusnya berakhir pada 2029–2033 (setelah lima tahun pertama), bukan 2027; ganti jangka waktunya atau tahun selesainya.',
      'Indikator monitoring dan evaluasi belum ada untuk: Outcome, Dampak',
      'Nomor SK Dewan Smart City belum diisi',
      'Tim Pelaksana belum dibentuk (tata kelola)',
    ]);
  });

  it('quick wins: a profile missing, a profile failing its criteria, and none at all', () => {
    const input = complete();
    input.quickWins = [{ ...input.quickWins[0]!, criteria: { ...allMet, lowCost: false } }];
    expect(missing(input).buku2).toEqual(['Quick win GOV-01 Program 1: kriteria belum terpenuhi: biaya rendah.']);
    input.quickWins = [];
    expect(missing(input).buku2).toEqual(['1 quick win belum punya profil: GOV-01 Program 1']);
    expect(missing(input)['profil-quick-win']).toEqual(['Profil belum diisi: GOV-01 Program 1']);
    input.programmes = input.programmes.map((p) => ({ ...p, isQuickWin: false }));
    expect(missing(input)['profil-quick-win']).toEqual(['Belum ada program yang ditandai sebagai quick win']);
    expect(missing(input).ringkasan).toEqual(['Belum ada program quick win']);
  });

  it('an empty masterplan: the plan, the period and the lists are asked for, horizons not checked', () => {
    const empty: BookReadinessInput = {
      ...complete(),
      plan: null,
      dimensions: [],
      elements: [],
      swot: [],
      programmes: [],
      statistics: [],
      regulations: [],
      applications: [],
      readinessScores: [],
      elementGaps: [],
      goals: [],
      strategies: [],
      monitoring: [],
      quickWins: [],
      teams: [],
    };
    const m = missing(empty);
    expect(m.buku1).toContain('Dimensi smart city belum diisi');
    expect(m.buku2).toEqual(
      expect.arrayContaining([
        'Visi belum diisi',
        'Misi belum diisi',
        'Tahun awal periode masterplan (sepuluh tahun) belum diisi',
        'Program belum diisi',
      ]),
    );
    expect(m.ringkasan).toEqual([
      'Visi belum diisi',
      'Misi belum diisi',
      'Sasaran belum diisi',
      'Program belum diisi',
      'Belum ada program quick win',
    ]);
  });
});
