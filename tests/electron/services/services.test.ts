// Services against a real database file: validation at the boundary, constraint messages, and transactions.
import { describe, expect, it } from 'vitest';
import { ConflictError, NotFoundError, ValidationError } from '../../../shared/errors';
import { minimalBundle, validNip } from '../../helpers/bundle-factory';
import { type TempDatabase, tempDatabasePerTest } from '../../helpers/temp-db';

const openDb = tempDatabasePerTest();
async function seeded(): Promise<TempDatabase> {
  const t = await openDb();
  t.services.bundle.import(minimalBundle());
  return t;
}

describe('people and positions', () => {
  it('creates a person with a NIP given with spaces, stored as digits', async () => {
    const { services } = await seeded();
    const nip = validNip(40);
    const spaced = `${nip.slice(0, 8)} ${nip.slice(8, 14)} ${nip.slice(14, 15)} ${nip.slice(15)}`;
    const saved = services.people.save({ name: 'Ronald Anderson Silalahi', nip: spaced, pangkat: 'IV/a' });
    expect(saved.id).toBeGreaterThan(3);
    expect(saved.nip).toBe(nip);
    expect(services.people.get(saved.id).name).toBe('Ronald Anderson Silalahi');
  });

  it('an invalid NIP is a field error and nothing is saved', async () => {
    const { services } = await seeded();
    const count = services.people.list().length;
    const error = (() => {
      try {
        services.people.save({ name: 'Salah NIP', nip: '12345' });
      } catch (e) {
        return e;
      }
    })();
    expect(error).toBeInstanceOf(ValidationError);
    expect((error as ValidationError).problems).toEqual([{ path: 'nip', message: 'NIP harus 18 digit' }]);
    expect(services.people.list()).toHaveLength(count);
  });

  it('a NIP already in use is refused with a message that says so', async () => {
    const { services } = await seeded();
    expect(() => services.people.save({ name: 'Kembar', nip: validNip(1) })).toThrow(/NIP sudah dipakai orang lain/);
  });

  it('one person holds several positions at once, Plt. included', async () => {
    const { services } = await seeded();
    const mine = services.positions.list().filter((p) => p.personId === 1);
    expect(mine.map((p) => [p.role, p.status])).toEqual([
      ['staf_ahli', 'definitif'],
      ['kepala_opd', 'plt'],
    ]);
  });

  it('a position pointing at a missing person is refused; deleting a person removes their positions', async () => {
    const { services } = await seeded();
    expect(() => services.positions.save({ personId: 999, title: 'Camat Siantar', role: 'camat' })).toThrow(ConflictError);
    services.people.remove(2);
    expect(services.positions.list().some((p) => p.personId === 2)).toBe(false);
    expect(services.closure.get()!.signatories.map((s) => s.positionIds)).toEqual([[2], [4]]);
  });

  it('updating and removing unknown ids says not found', async () => {
    const { services } = await seeded();
    expect(() => services.units.save({ id: 999, kind: 'dinas', name: 'Dinas Hantu' })).toThrow(NotFoundError);
    expect(() => services.units.remove(999)).toThrow(NotFoundError);
  });

  it('a dimension still used by programmes cannot be deleted', async () => {
    const { services } = await seeded();
    expect(() => services.masterplan.dimensions.remove(1)).toThrow(/masih dipakai/);
    expect(services.masterplan.dimensions.list()).toHaveLength(1);
  });
});

describe('bimtek participants and attendance', () => {
  it('records attendance per day and refuses a day from another stage', async () => {
    const { services } = await seeded();
    services.bimtek.stages.save({ number: 2, title: 'Bimtek Tahap II' });
    const day = services.bimtek.days.save({ stageNumber: 2, date: '2021-09-23' });
    const p = services.bimtek.participants.save({ stageNumber: 1, personId: 1, positionId: 2, attendedDayIds: [2] });
    expect(p.attendedDayIds).toEqual([2]);
    expect(() => services.bimtek.participants.save({ ...p, attendedDayIds: [day.id] })).toThrow(ValidationError);
    expect(services.bimtek.participants.list().find((x) => x.id === p.id)!.attendedDayIds).toEqual([2]);
  });

  it('rejects an end time before the start time, naming the field', async () => {
    const { services } = await seeded();
    try {
      services.bimtek.days.save({ stageNumber: 1, date: '2021-09-08', startTime: '13.00', endTime: '08.00' });
      throw new Error('should have failed');
    } catch (e) {
      expect((e as ValidationError).problems).toEqual([
        { path: 'endTime', message: 'jam selesai tidak boleh sebelum jam mulai' },
      ]);
    }
  });
});

describe('closure', () => {
  it('saves signatories in the order given, one person naming several positions, keeping their uids', async () => {
    const { services } = await seeded();
    const closure = services.closure.get()!;
    const [first, second] = closure.signatories;
    const saved = services.closure.save({
      ...closure,
      signatories: [second!, { ...first!, positionIds: [1, 2] }],
    });
    const signing = saved.signatories.filter((s) => s.kind === 'penandatangan');
    expect(signing.map((s) => [s.personId, s.positionIds])).toEqual([
      [2, [3]],
      [1, [1, 2]],
    ]);
    expect(signing.map((s) => s.uid)).toEqual([second!.uid, first!.uid]);
    expect(signing[1]!.createdAt).toBe(first!.createdAt);
  });

  it('refuses a person listed twice in one list, and a position of someone else, saving nothing', async () => {
    const { services } = await seeded();
    const closure = services.closure.get()!;
    expect(() =>
      services.closure.save({ ...closure, signatories: [{ personId: 1, positionIds: [2] }, { personId: 1, positionIds: [1] }] }),
    ).toThrow(/signatories\[1\]\.personId: orang ini sudah ada/);
    expect(() => services.closure.save({ ...closure, signatories: [{ personId: 2, positionIds: [3, 2] }] })).toThrow(
      /signatories\[0\]\.positionIds\[1\]: jabatan ini milik orang lain/,
    );
    expect(() => services.closure.save({ ...closure, signatories: [{ personId: 1, positionIds: [2, 2] }] })).toThrow(
      /jabatan yang sama dipilih dua kali/,
    );
    // The same person may sign the commitment sheet and, separately, "Mengetahui" the berita acara.
    const both = services.closure.save({
      ...closure,
      signatories: [
        { personId: 3, positionIds: [4], kind: 'mengetahui' },
        { personId: 3, positionIds: [4], kind: 'mengetahui_berita_acara' },
      ],
    });
    expect(both.signatories.map((s) => s.kind)).toEqual(['mengetahui', 'mengetahui_berita_acara']);
  });

  it('refuses a berita acara party that does not exist', async () => {
    const { services } = await seeded();
    const closure = services.closure.get()!;
    expect(() => services.closure.save({ ...closure, firstPartyPositionId: 999 })).toThrow(/firstPartyPositionId/);
    const saved = services.closure.save({ ...closure, firstPartyPositionId: 2, secondPartyPositionId: 4, copies: 2, closingTime: '16.00' });
    expect([saved.firstPartyPositionId, saved.secondPartyPositionId, saved.copies, saved.closingTime]).toEqual([2, 4, 2, '16.00']);
  });
});

describe('profile form', () => {
  it('saves regency, programme and numbering together, or nothing when one part is wrong', async () => {
    const { services } = await seeded();
    const regency = services.profile.getRegency()!;
    const programme = services.profile.getProgramme()!;
    const numbering = services.profile.getNumbering();
    expect(() =>
      services.profile.saveAll({
        regency: { ...regency, capital: 'Ibu Kota Baru' },
        programme: { ...programme, year: 2022 },
        numbering: { ...numbering, template: '{kka}/{tahun}' },
      }),
    ).toThrow(/numbering\.template/);
    expect(services.profile.getRegency()!.capital).toBe(regency.capital);
    expect(services.profile.getProgramme()!.year).toBe(programme.year);

    const saved = services.profile.saveAll({
      regency: { ...regency, capital: 'Ibu Kota Baru' },
      programme: { ...programme, year: 2022 },
      numbering: { ...numbering, unitCode: '107.9' },
    });
    expect([saved.regency.capital, saved.programme.year, saved.numbering.unitCode]).toEqual(['Ibu Kota Baru', 2022, '107.9']);

    // A number issued while the form was open is not handed out again when the form is saved.
    services.register.issueNumber({ kind: 'daftar-hadir', subjectKey: 'stage-1-day-1', date: '2022-11-19' });
    const formNumbering = services.profile.getNumbering();
    const issued = services.register.issueNumber({ kind: 'daftar-hadir', subjectKey: 'stage-1-day-2', date: '2022-11-19' });
    services.profile.saveAll({ regency, programme, numbering: formNumbering });
    const next = services.register.issueNumber({ kind: 'daftar-hadir', subjectKey: 'stage-2-day-1', date: '2022-11-19' });
    expect(next.number).not.toBe(issued.number);
  });
});

describe('document numbers', () => {
  it('issues the next number of the year from the template, once per document, restarting each year', async () => {
    const { services } = await seeded();
    services.profile.saveNumbering({ template: '{kka}/{urut}/{unit}/{bulan_romawi}/{tahun}', unitCode: '107.1' });
    const a = services.register.issueNumber({ kind: 'berita-acara', subjectKey: 'closure', date: '2021-11-19' });
    const b = services.register.issueNumber({ kind: 'komitmen', subjectKey: 'closure', date: '2021-11-19' });
    const again = services.register.issueNumber({ kind: 'berita-acara', subjectKey: 'closure', date: '2021-11-19' });
    const nextYear = services.register.issueNumber({ kind: 'daftar-hadir', subjectKey: 'stage-1-day-1', date: '2022-01-03' });
    expect(a.number).toBe('000.1.5/1/107.1/XI/2021');
    expect(b.number).toBe('500.12/2/107.1/XI/2021');
    expect(again.id).toBe(a.id);
    expect(nextYear.number).toBe('000.1.5/1/107.1/I/2022');
  });

  it('a number issued by SRIKANDI overrides and does not advance the counter', async () => {
    const { services } = await seeded();
    const manual = services.register.issueNumber({
      kind: 'berita-acara',
      subjectKey: 'closure',
      date: '2021-11-19',
      manualNumber: '000.1.5/4461/107.1/2021',
    });
    expect(manual).toMatchObject({ manual: true, seq: null, number: '000.1.5/4461/107.1/2021' });
    const next = services.register.issueNumber({ kind: 'komitmen', subjectKey: 'closure', date: '2021-11-19' });
    expect(next.seq).toBe(1);
  });

  it('refuses a template without {urut} or with an unknown token', async () => {
    const { services } = await seeded();
    expect(() => services.profile.saveNumbering({ template: '{kka}/{tahun}' })).toThrow(
      /template: templat nomor harus memuat \{urut\}/,
    );
    expect(() => services.profile.saveNumbering({ template: '{kka}/{urut}/{bulan}' })).toThrow(/token tidak dikenal: \{bulan\}/);
  });
});
