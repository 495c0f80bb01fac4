// The readiness view of the masterplan books through the status service on a real database: an empty programme
// lacks something in every book, the home screen gets one line per book, and the demo lacks nothing.
import { describe, expect, it } from 'vitest';
import { demoBundle } from '../../../electron/demo/simalungun-2021';
import { tempDatabasePerTest } from '../../helpers/temp-db';

const openDb = tempDatabasePerTest();
async function db() {
  const t = await openDb();
  return t;
}

describe('status: the masterplan books', () => {
  it('names what each book of an empty programme lacks, with one home-screen line per book', async () => {
    const { services } = await db();
    const status = services.status.summary();
    expect(status.books.map((b) => b.book)).toEqual(['buku1', 'buku2', 'ringkasan', 'profil-quick-win']);
    for (const book of status.books) expect(book.missing.length, book.book).toBeGreaterThan(0);
    const lines = status.issues.filter((i) => status.books.some((b) => i.message.startsWith(`${b.title}: `)));
    expect(lines).toHaveLength(4);
    expect(lines.every((i) => i.screen === 'masterplan')).toBe(true);
    expect(lines[0]!.message).toMatch(/^Buku I Analisis Strategis: Data statistik dasar daerah .* \(dan \d+ hal lain\)$/);
  });

  it('follows the data: a quick win marked on a programme asks for its profile', async () => {
    const { services } = await db();
    services.bundle.import(demoBundle());
    const programme = services.masterplan.programmes.list().find((p) => !p.isQuickWin)!;
    services.masterplan.programmes.save({ ...programme, isQuickWin: true });
    const books = services.status.summary().books;
    expect(books.find((b) => b.book === 'profil-quick-win')!.missing).toEqual([
      `Profil belum diisi: ${programme.code} ${programme.name}`,
    ]);
  });

  it('finds nothing missing in the demo programme', async () => {
    const { services } = await db();
    services.bundle.import(demoBundle());
    const status = services.status.summary();
    expect(status.books.flatMap((b) => b.missing.map((m) => `${b.book}: ${m}`))).toEqual([]);
    expect(status.issues.filter((i) => status.books.some((b) => i.message.startsWith(b.title)))).toEqual([]);
  });
});
