// The office's Word templates kept in the database: the sample from docs/ added, listed with the data it takes,
// filled for a stage through the IPC handler into a file (read back from its XML), refused whole with each problem
// at its place, kept apart from the programme (a bundle import with replace leaves them), and removed.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import PizZip from 'pizzip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoBundle } from '../../../electron/demo/simalungun-2021';
import { createHandlers } from '../../../electron/ipc/handlers';
import { filledFileName } from '../../../electron/services/word-template-service';
import { SAMPLE_FILE } from '../../../scripts/word-template-docs';
import { templateDataSummary } from '../../../shared/documents/word-placeholders';
import { ValidationError } from '../../../shared/errors';
import { openTempDatabase, tempDir, type TempDatabase } from '../../helpers/temp-db';

let db: TempDatabase;
const out = tempDir('scd-word-service-');
const saved: string[] = [];
beforeAll(async () => {
  db = await openTempDatabase();
  db.services.bundle.import(demoBundle());
});
afterAll(() => {
  db.close();
  out.cleanup();
});

const sample = () => readFileSync(SAMPLE_FILE).toString('base64');
const bodyText = (bytes: Uint8Array) =>
  new PizZip(bytes)
    .file('word/document.xml')!
    .asText()
    .replace(/<[^>]+>/g, ' ')
    .replace(/\s+/g, ' ');

function refusal(fn: () => unknown): ValidationError {
  try {
    fn();
  } catch (error) {
    if (error instanceof ValidationError) return error;
    throw error;
  }
  throw new Error('not refused');
}

describe('the office’s Word templates', () => {
  it('adds the sample and lists it with the placeholders and the stage data it takes', () => {
    const added = db.services.wordTemplates.add({ name: 'Daftar peserta', fileName: 'contoh.docx', base64: sample() });
    expect(added).toMatchObject({ name: 'Daftar peserta', fileName: 'contoh.docx', needsStage: true });
    expect(added.placeholders).toContain('peserta');
    expect(added.sizeBytes).toBe(readFileSync(SAMPLE_FILE).length);
    expect(db.services.wordTemplates.list().map((t) => t.name)).toEqual(['Daftar peserta']);
    expect(templateDataSummary(added.placeholders, added.needsStage)).toMatch(/^Data tahap Bimtek.*daftar: .*peserta/);
    expect(templateDataSummary(['daerah'], false)).toBe('Data umum program');
  });

  it('refuses a second template of the same name, a template with an unknown placeholder and a file that is not Word', () => {
    const twice = refusal(() => db.services.wordTemplates.add({ name: 'daftar PESERTA', fileName: 'x.docx', base64: sample() }));
    expect(twice.problems).toEqual([{ path: 'name', message: 'nama "daftar PESERTA" sudah dipakai templat lain' }]);
    // The sample with one placeholder misspelled: refused with its name, the likely one and where it stands.
    const zip = new PizZip(readFileSync(SAMPLE_FILE));
    zip.file('word/document.xml', zip.file('word/document.xml')!.asText().replace('{nama_dinas}', '{nama_dinsa}'));
    const bad = refusal(() =>
      db.services.wordTemplates.add({
        name: 'Salah ketik',
        fileName: 'salah.docx',
        base64: Buffer.from(zip.generate({ type: 'uint8array' })).toString('base64'),
      }),
    );
    expect(bad.problems.map((p) => p.message).join('\n')).toMatch(/nama_dinsa/);
    expect(bad.problems[0]!.path).toMatch(/^paragraf ke-\d+/);
    expect(() =>
      db.services.wordTemplates.add({
        name: 'Bukan',
        fileName: 'bukan.docx',
        base64: Buffer.from('bukan zip').toString('base64'),
      }),
    ).toThrow(/bukan dokumen Word/);
    expect(
      refusal(() => db.services.wordTemplates.add({ name: 'Lama', fileName: 'lama.doc', base64: sample() })).problems[0]!.path,
    ).toBe('fileName');
    expect(db.services.wordTemplates.list()).toHaveLength(1);
  });

  it('fills for a chosen stage into the file the save dialog names, and asks for a stage when none is chosen', async () => {
    const handlers = createHandlers(db.services, {
      chooseSavePath: (name) => {
        const file = join(out.dir, name);
        saved.push(file);
        return Promise.resolve(file);
      },
    });
    const [template] = db.services.wordTemplates.list();
    const noStage = refusal(() => db.services.wordTemplates.fill({ id: template!.id, stage: null }));
    expect(noStage.problems[0]).toEqual({ path: 'stage', message: 'pilih tahap Bimtek: templat ini memakai data tahap' });
    const result = await handlers['wordTemplates.fill']({ id: template!.id, stage: 4 });
    expect(result).toEqual({ file: join(out.dir, 'Daftar-peserta-Tahap-4.docx') });
    const text = bodyText(readFileSync(result!.file));
    const participants = db.services.bimtek.participants.list().filter((p) => p.stageNumber === 4);
    expect(participants.length).toBeGreaterThan(1);
    expect(text).toContain('KABUPATEN SIMALUNGUN');
    for (const p of participants.slice(0, 3)) expect(text).toContain(db.services.repos.people.get(p.personId)!.name);
    expect(text).not.toMatch(/\{[#/]?[a-z_]+\}/);
  });

  it('stays when another programme is imported over this one, and goes when removed', () => {
    db.services.bundle.import(demoBundle(), { replace: true });
    const [template] = db.services.wordTemplates.list();
    expect(template?.name).toBe('Daftar peserta');
    db.services.wordTemplates.remove(template!.id);
    expect(db.services.wordTemplates.list()).toEqual([]);
    expect(() => db.services.wordTemplates.fill({ id: template!.id, stage: 4 })).toThrow(/tidak ada lagi/);
  });

  it('names the filled file after the template, safe for Windows', () => {
    expect(filledFileName('Undangan: Rapat/Tahap "Akhir"', null)).toBe('Undangan-Rapat-Tahap-Akhir.docx');
    expect(filledFileName('Laporan Évaluasi', 2)).toBe('Laporan-Evaluasi-Tahap-2.docx');
    expect(filledFileName('***', null)).toBe('Templat-Word.docx');
  });
});
