// The demo bundle Kabupaten Simalungun 2021: valid, complete signatories, the news report's facts, valid NIPs, deterministic.
import { describe, expect, it } from 'vitest';
import { bundleSchema, type Bundle } from '../../../shared/domain/bundle';
import { nipProblem } from '../../../shared/format/nip';
import { formatPath } from '../../../shared/validation/messages';
import { demoBundle } from '../../../electron/demo/simalungun-2021';
import { horizonProblems } from '../../../shared/masterplan/horizon-check';
import { quickWinProblems } from '../../../shared/masterplan/quick-win-criteria';

function parsed(): Bundle {
  const result = bundleSchema.safeParse(demoBundle());
  if (!result.success) {
    const problems = result.error.issues.map((i) => `${formatPath(i.path)}: ${i.message}`).join('\n');
    throw new Error(`demoBundle() ditolak skema bundel:\n${problems}`);
  }
  return result.data;
}

describe('demoBundle', () => {
  it('passes the bundle schema (problems are listed by path if not)', () => {
    const result = bundleSchema.safeParse(demoBundle());
    const problems = result.success ? [] : result.error.issues.map((i) => `${formatPath(i.path)}: ${i.message}`);
    expect(problems).toEqual([]);
  });

  const b = parsed();
  const position = (id: number) => b.positions.find((p) => p.id === id);
  const person = (id: number) => b.people.find((p) => p.id === id);

  it('is the Kabupaten Simalungun programme of 2021, labelled as demo data', () => {
    expect(b.regency).toMatchObject({
      kind: 'kabupaten',
      name: 'Simalungun',
      province: 'Sumatera Utara',
      capital: 'Pematang Raya',
      postalCode: '21162',
    });
    expect(b.programme.year).toBe(2021);
    expect(b.programme.name).toContain('(data demo)');
    expect(b.numbering.template).toBe('{kka}/{urut}/{unit}/{tahun}');
  });

  it('has all 32 kecamatan, each with a camat', () => {
    const kecamatan = b.units.filter((u) => u.kind === 'kecamatan');
    expect(kecamatan).toHaveLength(32);
    for (const u of kecamatan)
      expect(
        b.positions.filter((p) => p.unitId === u.id && p.role === 'camat'),
        u.name,
      ).toHaveLength(1);
  });

  it('has at least 25 OPD, each headed by a kepala_opd', () => {
    const opd = b.units.filter((u) => u.kind !== 'kecamatan' && u.parentId === null && u.name !== 'Sekretariat Daerah');
    expect(opd.length).toBeGreaterThanOrEqual(25);
    for (const u of opd)
      expect(
        b.positions.filter((p) => p.unitId === u.id && p.role === 'kepala_opd'),
        u.name,
      ).toHaveLength(1);
  });

  it('has at least 40 signatories of kind penandatangan, and every kepala_opd and camat signs', () => {
    const c = b.closure!;
    const signing = c.signatories.filter((s) => s.kind === 'penandatangan');
    expect(signing.length).toBeGreaterThanOrEqual(40);
    const signed = new Set(signing.flatMap((s) => s.positionIds));
    for (const p of b.positions.filter((p) => p.role === 'kepala_opd' || p.role === 'camat'))
      expect(signed.has(p.id), p.title).toBe(true);
  });

  it('has the Bupati and the ministry representative as "Mengetahui"', () => {
    const knowing = b.closure!.signatories.filter((s) => s.kind === 'mengetahui').map((s) => position(s.positionIds[0]!));
    expect(knowing.map((p) => p?.role)).toContain('bupati');
    expect(knowing.map((p) => person(p!.personId)?.name)).toContain('Fazrul Rozi');
  });

  it('gives Wasin Sinaga three roles: Staf Ahli, Plt. Kepala Diskominfo and ketua Tim Pelaksana', () => {
    const wasin = b.people.filter((p) => p.name === 'Wasin Sinaga');
    expect(wasin).toHaveLength(1);
    const id = wasin[0]!.id;
    const held = b.positions.filter((p) => p.personId === id);
    expect(held).toHaveLength(2);
    expect(held.find((p) => p.role === 'staf_ahli')).toMatchObject({
      title: 'Staf Ahli Bupati Bidang Administrasi Umum',
      status: 'definitif',
    });
    const kadis = held.find((p) => p.role === 'kepala_opd');
    expect(kadis).toMatchObject({ status: 'plt' });
    expect(kadis!.title).toContain('Dinas Komunikasi dan Informatika');
    const tim = b.teams.find((t) => t.kind === 'tim_pelaksana')!;
    const ketua = b.teamMembers.filter((m) => m.teamId === tim.id && m.role === 'ketua');
    expect(ketua).toHaveLength(1);
    expect(ketua[0]).toMatchObject({ personId: id, positionId: kadis!.id });
    expect(b.closure!.presidingPositionId).toBe(held.find((p) => p.role === 'staf_ahli')!.id);
  });

  it('keeps the Plt heads named in the news report, not marked as invented', () => {
    const plt = (name: string, unitWord: string) => {
      const p = b.people.find((x) => x.name === name);
      expect(p, name).toBeDefined();
      expect(p!.isDemo).toBe(false);
      const pos = b.positions.find((x) => x.personId === p!.id && x.role === 'kepala_opd');
      expect(pos).toMatchObject({ status: 'plt' });
      expect(pos!.title).toContain(unitWord);
    };
    plt('Ronald Anderson Silalahi', 'Kesatuan Bangsa dan Politik');
    plt('Jhonson Silalahi', 'Pariwisata dan Kebudayaan');
    plt('Sri Wahyuni Damanik', 'Pemberdayaan Perempuan dan Perlindungan Anak');
    plt('Agustina Simanjorang', 'Perpustakaan');
  });

  it('marks every invented civil servant as demo data', () => {
    for (const p of b.people.filter((x) => x.nip !== null)) expect(p.isDemo, p.name).toBe(true);
    expect(b.people.filter((p) => p.isDemo).length).toBeGreaterThan(80);
  });

  it('holds the four stages on the dates of the news report, two days each', () => {
    expect(b.stages.map((s) => s.number)).toEqual([1, 2, 3, 4]);
    const dates = (n: number) =>
      b.stageDays
        .filter((d) => d.stageNumber === n)
        .map((d) => d.date)
        .sort();
    expect(dates(1)).toEqual(['2021-09-06', '2021-09-07']);
    expect(dates(2)).toEqual(['2021-09-23', '2021-09-24']);
    expect(dates(3)).toEqual(['2021-10-21', '2021-10-22']);
    expect(dates(4)).toEqual(['2021-11-18', '2021-11-19']);
    for (const s of b.stages) {
      expect(s.venueName).toBeTruthy();
      expect(s.venueCity).toBe('Pematang Raya');
      expect(b.stageFacilitators.filter((f) => f.stageNumber === s.number).length).toBeGreaterThan(0);
      expect(s.agenda.length).toBeGreaterThan(0);
      expect(s.outputs.length).toBeGreaterThan(0);
    }
  });

  it('has 30–50 participants per stage, most present on both days and a few on one', () => {
    for (const n of [1, 2, 3, 4]) {
      const ps = b.participants.filter((p) => p.stageNumber === n);
      expect(ps.length).toBeGreaterThanOrEqual(30);
      expect(ps.length).toBeLessThanOrEqual(50);
      const both = ps.filter((p) => p.attendedDayIds.length === 2).length;
      expect(both / ps.length).toBeGreaterThan(0.75);
      expect(both).toBeLessThan(ps.length);
    }
  });

  it('closes on Friday 19 November 2021 at Balei Harungguan Djabanten Damanik in Pematang Raya', () => {
    const c = b.closure!;
    expect(c.date).toBe('2021-11-19');
    expect(new Date(`${c.date}T00:00:00Z`).getUTCDay()).toBe(5);
    expect(c.venue).toContain('Balei Harungguan Djabanten Damanik');
    expect(c.place).toBe('Pematang Raya');
    expect(c.commitmentTitle).toBe('Komitmen Bersama Dewan Smart City dan Tim Pelaksana Smart City Menuju Simalungun Smart City');
    expect(c.points.length).toBeGreaterThanOrEqual(5);
    expect(c.points.length).toBeLessThanOrEqual(7);
  });

  it('gives only valid and unique NIPs', () => {
    const nips = b.people.map((p) => p.nip).filter((n): n is string => n !== null);
    expect(nips.length).toBeGreaterThan(80);
    for (const n of nips) expect(nipProblem(n), n).toBeNull();
    expect(new Set(nips).size).toBe(nips.length);
  });

  it('fills part of the masterplan and leaves the rest empty, with SWOT, programmes and one quick win per dimension', () => {
    const m = b.masterplan;
    const filled = m.sections.filter((s) => s.body.trim() !== '');
    expect(filled.length).toBeGreaterThanOrEqual(8);
    expect(filled.length).toBeLessThan(m.sections.length);
    expect(new Set(m.readiness.map((r) => r.aspect))).toEqual(new Set(['struktur', 'infrastruktur', 'suprastruktur']));
    for (const d of m.dimensions) {
      for (const kind of ['S', 'W', 'O', 'T'] as const) {
        const n = m.swot.filter((s) => s.dimensionId === d.id && s.kind === kind).length;
        expect(n, `${d.code} ${kind}`).toBeGreaterThanOrEqual(2);
        expect(n, `${d.code} ${kind}`).toBeLessThanOrEqual(3);
      }
      expect(
        m.programmes.filter((p) => p.dimensionId === d.id && p.isQuickWin),
        d.code,
      ).toHaveLength(1);
    }
    expect(m.programmes.length).toBeGreaterThanOrEqual(15);
    expect(m.programmes.length).toBeLessThanOrEqual(25);
    for (const p of m.programmes) {
      // Inside the ten-year plan period 2022–2031, each horizon ending where the horizon rule says.
      expect(p.startYear).toBeGreaterThanOrEqual(2022);
      expect(p.endYear).toBeLessThanOrEqual(2031);
      expect(horizonProblems(p, m.plan), p.name).toEqual([]);
      expect(p.fundings.length).toBeGreaterThan(0);
      for (const f of p.fundings) expect(Number.isInteger(f.amount)).toBe(true);
      expect(p.code).toMatch(/^(GOV|BRD|ECO|LIV|SOC|ENV)-\d{2}$/);
      expect(p.unitId).not.toBeNull();
    }
  });

  it('reads as a credible masterplan an evaluator would pass (issue 13 §4)', () => {
    const m = b.masterplan;
    // Long-horizon programmes end after the first five years of the plan.
    const long = m.programmes.filter((p) => p.horizon === 'panjang');
    expect(long.length).toBeGreaterThanOrEqual(3);
    for (const p of long) expect(p.endYear, p.name).toBeGreaterThanOrEqual(2027);
    // Every sasaran has a measurable indicator, a baseline with its year and a target with its year.
    expect(m.goals.length).toBeGreaterThanOrEqual(6);
    for (const g of m.goals) {
      expect(g.baseline, g.indicator).not.toBeNull();
      expect(g.baselineYear, g.indicator).not.toBeNull();
      expect(g.targetYear, g.indicator).not.toBeNull();
    }
    // No quick win builds a new call centre; each profile sharpens a named existing service and meets its criteria.
    const quickWins = m.programmes.filter((p) => p.isQuickWin);
    expect(quickWins.map((p) => p.name).join(' ')).not.toMatch(/panggilan|112|call cent/i);
    expect(m.quickWins.map((q) => q.programmeId).sort()).toEqual(quickWins.map((p) => p.id).sort());
    for (const q of m.quickWins) {
      const p = m.programmes.find((x) => x.id === q.programmeId)!;
      expect(q.existingService, p.name).toBeTruthy();
      expect(quickWinProblems(q, p), p.name).toEqual([]);
    }
    // The 112 call centre is still planned, as a medium-term programme.
    const call = m.programmes.find((p) => p.name.includes('112'))!;
    expect(call).toMatchObject({ isQuickWin: false, horizon: 'menengah' });
    // Every programme has an indicator, yearly targets inside its years and a yearly budget equal to its fundings.
    for (const p of m.programmes) {
      expect(p.indicator, p.name).toBeTruthy();
      expect(p.targets.length, p.name).toBeGreaterThan(0);
      for (const t of p.targets) expect(t.year >= p.startYear && t.year <= p.endYear, `${p.name} ${t.year}`).toBe(true);
      expect(
        p.budgets.reduce((sum, l) => sum + l.amount, 0),
        p.name,
      ).toBe(p.fundings.reduce((sum, f) => sum + f.amount!, 0));
      for (const l of p.budgets) expect(l.year >= p.startYear && l.year <= p.endYear, `${p.name} ${l.year}`).toBe(true);
    }
    // Strategies carry every programme, answering SWOT items of their own dimension.
    const carried = new Set(m.strategies.flatMap((s) => s.programmeIds));
    expect(m.programmes.filter((p) => !carried.has(p.id)).map((p) => p.name)).toEqual([]);
    // Figures are labelled as demo estimates, the Kata Pengantar has a full date.
    expect(m.statistics.length).toBeGreaterThanOrEqual(5);
    for (const s of m.statistics) expect(s.source).toMatch(/estimasi demo/i);
    expect(m.plan.prefaceDate).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(m.elementGaps).toHaveLength(m.elements.length);
    expect(new Set(m.monitoring.map((x) => x.kind))).toEqual(new Set(['baseline', 'output', 'outcome', 'impact', 'quick_win']));
  });

  it('is deterministic: two calls are deep-equal', () => {
    expect(demoBundle()).toEqual(demoBundle());
    expect(JSON.stringify(demoBundle())).toBe(JSON.stringify(demoBundle()));
  });

  it('uses the awkward cases of real offices: a dual role, a Plh., a UPTD under a dinas, external facilitators, a ketua harian', () => {
    const signers = b.closure!.signatories;
    const wasin = signers.find((s) => s.positionIds.length > 1)!;
    expect(wasin.positionIds.map((id) => position(id)!.role)).toEqual(['staf_ahli', 'kepala_opd']);
    expect(position(wasin.positionIds[1]!)!.status).toBe('plt');
    expect(b.positions.some((p) => p.status === 'plh' && signers.some((s) => s.positionIds.includes(p.id)))).toBe(true);
    const uptd = b.units.find((u) => u.kind === 'uptd')!;
    expect(b.units.find((u) => u.id === uptd.parentId)?.kind).toBe('dinas');
    const facilitators = b.stageFacilitators.map((f) => person(f.personId)!);
    expect(facilitators.every((p) => p.asn === false && p.nip === null && p.institution)).toBe(true);
    const dewan = b.teams.find((t) => t.kind === 'dewan')!;
    expect(b.teamMembers.filter((m) => m.teamId === dewan.id).map((m) => m.role)).toContain('ketua_harian');
    expect(b.closure!.firstPartyPositionId).not.toBeNull();
    expect(b.closure!.secondPartyPositionId).not.toBeNull();
    expect(signers.some((s) => s.kind === 'mengetahui_berita_acara')).toBe(true);
    expect(b.masterplan.plan.vision).toBeTruthy();
    expect(b.masterplan.plan.missions.length).toBeGreaterThan(2);
    expect(b.masterplan.plan.legalBases.length).toBeGreaterThan(2);
  });
});
