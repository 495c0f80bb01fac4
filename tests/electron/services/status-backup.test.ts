// The home screen's status and the backups: what is missing is named; a restore shows what it replaces and
// replaces it whole; a file that is not a backup is refused and changes nothing.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { demoBundle } from '../../../electron/demo/simalungun-2021';
import { tempDatabasePerTest } from '../../helpers/temp-db';

const openDb = tempDatabasePerTest();
async function db() {
  const t = await openDb();
  return t;
}

describe('status', () => {
  it('names what an empty programme lacks, each with its screen', async () => {
    const { services } = await db();
    const status = services.status.summary();
    expect(status.issues).toEqual(
      expect.arrayContaining([
        { message: 'Profil daerah belum diisi', screen: 'profil' },
        { message: 'Bimtek tahap 1 belum diisi', screen: 'bimtek' },
        { message: 'Tanggal penutupan Bimtek belum diisi', screen: 'penutupan' },
        { message: 'Masterplan belum punya kerangka bab', screen: 'masterplan' },
      ]),
    );
  });

  it('summarises the demo programme and counts signatories without NIP', async () => {
    const { services } = await db();
    services.bundle.import(demoBundle());
    const status = services.status.summary();
    expect(status.regency).toBe('Kabupaten Simalungun');
    expect(status.stages.map((s) => s.dates[0])).toEqual(['2021-09-06', '2021-09-23', '2021-10-21', '2021-11-18']);
    const signatories = demoBundle().closure!.signatories!;
    const ofKind = (kind: string) => signatories.filter((s) => (s.kind ?? 'penandatangan') === kind).length;
    expect(ofKind('penandatangan')).toBeGreaterThanOrEqual(60);
    // The berita acara's own Mengetahui list is not the commitment sheet's.
    expect(ofKind('mengetahui_berita_acara')).toBeGreaterThan(0);
    expect(status.closure).toMatchObject({
      date: '2021-11-19',
      signatories: ofKind('penandatangan'),
      mengetahui: ofKind('mengetahui'),
    });
    const missing = () =>
      Number(
        /^(\d+) penandatangan belum punya NIP$/.exec(
          services.status.summary().issues.find((i) => i.screen === 'pejabat')?.message ?? '0 ',
        )?.[1] ?? 0,
      );
    const before = missing();
    const person = services.people
      .list()
      .find((p) => p.nip && services.positions.list().some((pos) => pos.personId === p.id && pos.role === 'camat'))!;
    services.people.save({ ...person, nip: null });
    expect(missing()).toBe(before + 1);
  });
});

describe('backups', () => {
  it('backs up online, compares, and restores the whole programme', async () => {
    const source = await db();
    source.services.bundle.import(demoBundle());
    const entry = await source.services.backup.automatic();
    expect(source.services.backup.list().map((b) => b.file)).toEqual([entry.file]);
    const backup = { fileName: 'cadangan.db', base64: readFileSync(entry.file).toString('base64') };

    const target = await db();
    target.services.units.save({ kind: 'dinas', name: 'Dinas Lama' });
    const comparison = await target.services.backup.inspect(backup);
    expect(comparison.current).toMatchObject({ regency: null, units: 1, people: 0 });
    expect(comparison.backup).toMatchObject({
      regency: 'Kabupaten Simalungun',
      year: 2021,
      signatories: source.services.closure.get()!.signatories.length,
    });
    await target.services.backup.restore(backup);
    expect(target.services.units.list().some((u) => u.name === 'Dinas Lama')).toBe(false);
    expect(target.services.bundle.export()).toEqual(source.services.bundle.export());
  });

  it('refuses a file that is not a backup and leaves the database as it was', async () => {
    const t = await db();
    t.services.units.save({ kind: 'dinas', name: 'Dinas Tetap' });
    const bad = { fileName: 'foto.db', base64: Buffer.from('bukan basis data sama sekali, hanya teks').toString('base64') };
    await expect(t.services.backup.restore(bad)).rejects.toThrow(/foto\.db tidak dapat dipulihkan/);
    expect(t.services.units.list().map((u) => u.name)).toEqual(['Dinas Tetap']);
  });

  it('hands over an automatic backup by its name only, to be inspected and restored like a picked file', async () => {
    const t = await db();
    t.services.bundle.import(demoBundle(), { replace: true });
    const before = t.services.units.list().length;
    const entry = await t.services.backup.automatic();
    t.services.units.save({ kind: 'badan', name: 'Badan Sesudah' });
    const name = entry.file.split(/[\\/]/).pop()!;
    const file = t.services.backup.readAutomatic({ name });
    expect(Buffer.from(file.base64, 'base64').equals(readFileSync(entry.file))).toBe(true);
    expect((await t.services.backup.inspect(file)).backup.units).toBe(before);
    await t.services.backup.restore(file);
    expect(t.services.units.list()).toHaveLength(before);
    expect(t.services.units.list().map((u) => u.name)).not.toContain('Badan Sesudah');
    for (const bad of ['../programme.db', '..\\programme.db', 'C:programme.db', 'cadangan.txt']) {
      expect(() => t.services.backup.readAutomatic({ name: bad }), bad).toThrow(/nama berkas cadangan tidak sah/);
    }
    expect(() => t.services.backup.readAutomatic({ name: 'tidak-ada.db' })).toThrow(/tidak ditemukan/);
  });
});
