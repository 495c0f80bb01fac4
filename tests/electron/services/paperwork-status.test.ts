// The readiness view names what the invitation, the decree and the report still lack, each with its screen, and
// says nothing about them for the complete demo programme.
import { describe, expect, it } from 'vitest';
import { demoBundle } from '../../../electron/demo/simalungun-2021';
import { tempDatabasePerTest } from '../../helpers/temp-db';

const openDb = tempDatabasePerTest();
async function demo(transform: (b: ReturnType<typeof demoBundle>) => ReturnType<typeof demoBundle> = (b) => b) {
  const t = await openDb();
  t.services.bundle.import(transform(demoBundle()));
  return t.services;
}
const paperwork = (issues: { message: string }[]) =>
  issues.filter((i) => /undangan|Keputusan|Laporan|Hasil Bimtek/.test(i.message));

describe('readiness of the paperwork', () => {
  it('the demo lacks nothing for the invitation, the decree or the report', async () => {
    expect(paperwork((await demo()).status.summary().issues)).toEqual([]);
  });

  it('without a Bupati, the invitations and the decree have no signer; without a ketua Tim, the report has none', async () => {
    const services = await demo();
    for (const p of services.positions.list().filter((p) => p.role === 'bupati')) {
      // The Bupati signs nothing else in the demo but may sit in the Dewan: take him out of it first.
      for (const m of services.teamMembers.list().filter((m) => m.positionId === p.id)) services.teamMembers.remove(m.id);
      services.positions.remove(p.id);
    }
    const tim = services.teams.list().find((t) => t.kind === 'tim_pelaksana')!;
    for (const m of services.teamMembers.list().filter((m) => m.teamId === tim.id && m.role === 'ketua'))
      services.teamMembers.remove(m.id);
    expect(paperwork(services.status.summary().issues)).toEqual([
      {
        message: 'Surat undangan tahap 1, 2, 3, 4 belum punya penandatangan (catat jabatan Bupati/Wali Kota)',
        screen: 'pejabat',
      },
      { message: 'Keputusan Bupati belum punya penandatangan (jabatan Bupati/Wali Kota)', screen: 'pejabat' },
      { message: 'Laporan pelaksanaan Bimtek belum punya penandatangan: pilih ketua Tim Pelaksana', screen: 'tim' },
    ]);
    // A signer chosen for one stage's invitation takes that stage off the list.
    const sekda = services.positions.list().find((p) => p.role === 'sekda')!;
    services.paperwork.saveStage({
      stageNumber: 2,
      invitation: { signerPositionId: sekda.id, signerOnBehalfOf: 'Bupati Simalungun' },
    });
    expect(paperwork(services.status.summary().issues)[0]!.message).toBe(
      'Surat undangan tahap 1, 3, 4 belum punya penandatangan (catat jabatan Bupati/Wali Kota)',
    );
  });

  it('without teams the decree cannot be made; a stage without outputs is named for its report', async () => {
    const services = await demo((b) => ({
      ...b,
      teams: [],
      teamMembers: [],
      stages: b.stages!.map((s) => (s.number === 3 ? { ...s, outputs: [] } : s)),
    }));
    const issues = paperwork(services.status.summary().issues);
    expect(issues).toEqual(
      expect.arrayContaining([
        { message: 'Keputusan Bupati belum dapat dibuat: Dewan dan Tim Pelaksana belum diisi', screen: 'tim' },
        { message: 'Hasil Bimtek tahap 3 belum dicatat (untuk laporan pelaksanaan)', screen: 'bimtek' },
      ]),
    );
  });
});
