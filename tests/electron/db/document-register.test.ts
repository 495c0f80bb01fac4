// The document register after migration 003: issued numbers are never deleted, only marked batal; a manual number
// withdraws the active one; a cancelled document gets a new number when next made; and the database itself refuses
// a second active number for a document and a repeated (year, seq), even written past the services.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { NotFoundError } from '../../../shared/errors';
import { minimalBundle } from '../../helpers/bundle-factory';
import { FIXED_NOW, type TempDatabase, tempDatabasePerTest } from '../../helpers/temp-db';
import { pdftotext } from '../../helpers/pdf-reader';

const openDb = tempDatabasePerTest();
async function programme(): Promise<TempDatabase> {
  const t = await openDb();
  t.services.bundle.import(minimalBundle());
  return t;
}

const BA = { kind: 'berita-acara', subjectKey: 'penutupan', date: '2021-11-19' } as const;
type Row = Record<string, unknown>;
const rows = (t: TempDatabase): Row[] =>
  t.opened.db.prepare('SELECT id, kind, subject_key, year, seq, number, manual, status FROM document_number ORDER BY id').all() as Row[];

describe('issued numbers are never deleted', () => {
  it('a manual number marks the active one batal and becomes the active one', async () => {
    const t = await programme();
    const auto = t.services.register.issueNumber(BA);
    expect(auto).toMatchObject({ seq: 1, manual: false, status: 'aktif' });
    expect(t.services.register.issueNumber(BA).id).toBe(auto.id);

    const manual = t.services.register.issueNumber({ ...BA, manualNumber: ' 005/SRIKANDI/XI/2021 ' });
    expect(manual).toMatchObject({ number: '005/SRIKANDI/XI/2021', seq: null, manual: true, status: 'aktif' });
    expect(manual.id).not.toBe(auto.id);
    expect(rows(t).map((r) => [r.id, r.number, r.status])).toEqual([
      [auto.id, auto.number, 'batal'],
      [manual.id, '005/SRIKANDI/XI/2021', 'aktif'],
    ]);
    // The same manual number again changes nothing; the document keeps it for every later render.
    expect(t.services.register.issueNumber({ ...BA, manualNumber: '005/SRIKANDI/XI/2021' }).id).toBe(manual.id);
    expect(t.services.register.issueNumber(BA).id).toBe(manual.id);
    expect(rows(t)).toHaveLength(2);
    // A uid and times for every number, like every record.
    for (const n of t.services.register.numbers()) expect(n.uid).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('cancelNumber marks batal; the next issue takes a new sequence number, never the cancelled one', async () => {
    const t = await programme();
    const first = t.services.register.issueNumber(BA);
    const other = t.services.register.issueNumber({ kind: 'komitmen', subjectKey: 'penutupan', date: '2021-11-19' });
    const cancelled = t.services.register.cancelNumber(first.id);
    expect(cancelled).toMatchObject({ id: first.id, number: first.number, seq: 1, status: 'batal' });
    expect(t.services.register.findNumber('berita-acara', 'penutupan')).toBeUndefined();
    expect(t.services.register.previewNumber(BA)).toMatch(/\/3\//);
    const next = t.services.register.issueNumber(BA);
    expect(next).toMatchObject({ seq: 3, status: 'aktif' });
    expect(rows(t).map((r) => [r.seq, r.status])).toEqual([
      [1, 'batal'],
      [2, 'aktif'],
      [3, 'aktif'],
    ]);
    expect(other.seq).toBe(2);
    // Cancelling again changes nothing; an unknown id is named.
    expect(t.services.register.cancelNumber(first.id)).toEqual(cancelled);
    expect(() => t.services.register.cancelNumber(999)).toThrow(NotFoundError);
    expect(rows(t)).toHaveLength(3);
  });

  it('after cancelNumber the next saved document prints a new number, and its render points at it', async () => {
    const t = await programme();
    const out = join(t.dir, 'berita-acara.pdf');
    const first = await t.services.documents.save({ kind: 'berita-acara', format: 'pdf' }, out);
    expect(first.number).toMatch(/\/1\//);
    t.services.register.cancelNumber(first.render.numberId!);
    const second = await t.services.documents.save({ kind: 'berita-acara', format: 'pdf' }, out);
    expect(second.number).toMatch(/\/2\//);
    expect(second.render.numberId).not.toBe(first.render.numberId);
    expect(t.services.register.numbers().find((n) => n.id === second.render.numberId)).toMatchObject({
      number: second.number,
      status: 'aktif',
    });
    const text = pdftotext(readFileSync(out)).replace(/\s+/g, ' ');
    expect(text).toContain(second.number!);
    expect(text).not.toContain(first.number!);
    // Both renders stay in the register with the number each file carries.
    expect(t.services.register.renders().map((r) => r.numberId)).toEqual([second.render.numberId, first.render.numberId]);
  });
});

describe('the database refuses what the register must never hold, even inserted directly', () => {
  const insert = (t: TempDatabase, values: { kind?: string; subject?: string; seq: number | null; number: string; status?: string }) =>
    t.opened.db
      .prepare(
        `INSERT INTO document_number (kind, subject_key, year, seq, number, manual, issued_at, status)
         VALUES (?, ?, 2021, ?, ?, ?, ?, ?)`,
      )
      .run(values.kind ?? 'berita-acara', values.subject ?? 'penutupan', values.seq, values.number, values.seq === null ? 1 : 0, FIXED_NOW, values.status ?? 'aktif');

  it('a second active number for the same document', async () => {
    const t = await programme();
    insert(t, { seq: 1, number: '1/2021' });
    expect(() => insert(t, { seq: 2, number: '2/2021' })).toThrow(/UNIQUE constraint failed: document_number\.kind, document_number\.subject_key/);
    expect(() => insert(t, { seq: null, number: 'SRIKANDI/1' })).toThrow(/UNIQUE/);
    // As batal it may stay beside the active one, as many as there were.
    insert(t, { seq: 2, number: '2/2021', status: 'batal' });
    insert(t, { seq: null, number: 'SRIKANDI/1', status: 'batal' });
    // Turning a withdrawn number back to aktif while another is active is refused too.
    expect(() => t.opened.db.prepare("UPDATE document_number SET status = 'aktif' WHERE number = '2/2021'").run()).toThrow(/UNIQUE/);
    expect(rows(t)).toHaveLength(3);
  });

  it('a repeated (year, seq), whatever document or status, while numbers entered by hand have none', async () => {
    const t = await programme();
    insert(t, { seq: 7, number: '7/2021', status: 'batal' });
    expect(() => insert(t, { kind: 'komitmen', seq: 7, number: 'lain/7/2021' })).toThrow(
      /UNIQUE constraint failed: document_number\.year, document_number\.seq/,
    );
    insert(t, { kind: 'komitmen', seq: null, number: 'SRIKANDI/1' });
    insert(t, { kind: 'daftar-hadir', seq: null, number: 'SRIKANDI/2' });
    insert(t, { seq: 8, number: '8/2021' });
    expect(rows(t).map((r) => r.seq)).toEqual([7, null, null, 8]);
    // Another year's sequence starts again.
    t.opened.db
      .prepare("INSERT INTO document_number (kind, subject_key, year, seq, number, issued_at) VALUES ('komitmen', 'x', 2022, 7, '7/2022', ?)")
      .run(FIXED_NOW);
  });

  it('a status other than aktif or batal', async () => {
    const t = await programme();
    expect(() => insert(t, { seq: 1, number: '1/2021', status: 'dihapus' })).toThrow(/CHECK constraint failed/);
  });

  it('the services turn a collision into a message, not a crash, and write nothing', async () => {
    const t = await programme();
    // A counter set back by hand would hand out a sequence number already used.
    const first = t.services.register.issueNumber(BA);
    t.services.register.cancelNumber(first.id);
    t.opened.db.prepare('UPDATE number_counter SET last = 0').run();
    expect(() => t.services.register.issueNumber(BA)).toThrow(/kembar|sudah|dipakai/i);
    expect(rows(t)).toHaveLength(1);
    expect(t.services.register.numbers()[0]).toMatchObject({ seq: 1, status: 'batal' });
  });
});
