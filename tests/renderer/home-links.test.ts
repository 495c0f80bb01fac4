// Where Beranda's lines lead, fed with the status service of a real database: a book's line opens the masterplan tab
// that fixes its one finding, or the Kelengkapan buku tab when the book lacks more than one thing or its fix lies on
// another screen; the other lines keep their own items.
import { describe, expect, it } from 'vitest';
import { demoBundle } from '../../electron/demo/simalungun-2021';
import { intentOf, readyItems } from '../../renderer/src/screens/home-links';
import { tempDatabasePerTest } from '../helpers/temp-db';

const db = tempDatabasePerTest();

describe("Beranda's links", () => {
  it('opens the Monev tab for a book whose one lack is its monitoring indicators', async () => {
    const { services } = await db();
    services.bundle.import(demoBundle());
    for (const m of services.masterplan.monitoring.list()) services.masterplan.monitoring.remove(m.id);
    const status = services.status.summary();
    const titles = status.books.map((b) => b.title);
    const lines = status.issues.filter((i) => titles.some((t) => i.message.startsWith(`${t}: `)));
    expect(lines.length).toBeGreaterThan(0);
    for (const line of lines) {
      expect(line.message).not.toMatch(/hal lain/);
      expect(line.bookMissing).toHaveLength(1);
      expect(intentOf(line)).toEqual({ kind: 'masterplan-tab', tab: 'monev' });
    }
    // The line's text alone decides nothing: without the book's findings it is only a masterplan line.
    expect(intentOf({ message: lines[0]!.message, screen: 'masterplan' })).toBeUndefined();
  });

  it('opens Kelengkapan buku for a book that lacks several things', async () => {
    const { services } = await db();
    const status = services.status.summary();
    const titles = status.books.map((b) => b.title);
    const line = status.issues.find((i) => i.message.startsWith(`${titles[0]}: `))!;
    expect(line.message).toMatch(/\(dan \d+ hal lain\)$/);
    expect(line.bookMissing!.length).toBeGreaterThan(1);
    expect(intentOf(line)).toEqual({ kind: 'masterplan-tab', tab: 'kelengkapan' });
  });

  it('opens Kelengkapan buku when the fix is on the Dewan & Tim screen, and keeps the other lines’ items', () => {
    const finding = 'Nomor SK Dewan Smart City belum diisi';
    const sk = { message: `Buku II Masterplan: ${finding}`, screen: 'masterplan' as const, bookMissing: [finding] };
    expect(intentOf(sk)).toEqual({ kind: 'masterplan-tab', tab: 'kelengkapan' });
    expect(intentOf({ message: 'Bab "Analisis Kesiapan Daerah" belum diisi', screen: 'masterplan' })).toEqual({
      kind: 'chapter',
      title: 'Analisis Kesiapan Daerah',
    });
    expect(intentOf({ message: 'Bimtek tahap 3 belum diisi', screen: 'bimtek' })).toEqual({ kind: 'stage', stage: 3 });
    expect(intentOf({ message: '5 penandatangan belum punya NIP', screen: 'pejabat' })).toEqual({
      kind: 'people-without-nip',
    });
  });

  it('lists what can be printed once the demo is in', async () => {
    const { services } = await db();
    services.bundle.import(demoBundle());
    const ready = readyItems(services.status.summary());
    expect(ready).toContain('Lembar komitmen siap dicetak');
    expect(ready.filter((r) => r.startsWith('Daftar hadir Bimtek tahap'))).toHaveLength(4);
  });
});
