// The office's own Word template: the sample in docs/ filled from the demo with its table-row loop, read back from
// LibreOffice's PDF; a misspelled or unknown placeholder, a wrong loop column, an unclosed brace or loop and a
// stage placeholder without --stage each refused with its name and position, and nothing written; the CLI's
// `fill`; and the docs generated from the catalogue.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { AlignmentType, Document, Packer, Paragraph, Table, TableCell, TableRow, TextRun } from 'docx';
import PizZip from 'pizzip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../../../electron/cli/main';
import { demoBundle } from '../../../electron/demo/simalungun-2021';
import { checkWordTemplate, fillWordTemplate } from '../../../electron/documents/word-template';
import { GUIDE_FILE, guideWithTables, SAMPLE_FILE, sampleTemplate } from '../../../scripts/word-template-docs';
import { ValidationError } from '../../../shared/errors';
import { FIXED_NOW, openTempDatabase, tempDir, type TempDatabase } from '../../helpers/temp-db';

let db: TempDatabase;
const dir = tempDir('scd-word-');
beforeAll(async () => {
  db = await openTempDatabase();
  db.services.bundle.import(demoBundle());
});
afterAll(() => {
  db.close();
  dir.cleanup();
});

/** A template as an office makes one in Word: paragraphs, and a table whose second row may loop. */
async function template(paragraphs: string[], row?: string[]): Promise<Uint8Array> {
  const children: (Paragraph | Table)[] = paragraphs.map((t) => new Paragraph({ children: [new TextRun(t)] }));
  if (row) {
    children.push(
      new Table({
        rows: [
          new TableRow({ children: row.map((_, i) => new TableCell({ children: [new Paragraph(`Kolom ${i + 1}`)] })) }),
          new TableRow({ children: row.map((t) => new TableCell({ children: [new Paragraph(t)] })) }),
        ],
      }),
    );
  }
  const doc = new Document({
    sections: [{ children: [new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun('KOP')] }), ...children] }],
  });
  return new Uint8Array(await Packer.toBuffer(doc));
}

/** The problems a template is refused with, as "where: message". */
function problems(bytes: Uint8Array, stage: number | null = 4): string[] {
  try {
    fillWordTemplate(bytes, db.services.repos, () => FIXED_NOW, { stage });
  } catch (error) {
    if (error instanceof ValidationError) return error.problems.map((p) => `${p.path}: ${p.message}`);
    throw error;
  }
  return [];
}

const raw = (file: string) => execFileSync('pdftotext', ['-raw', '-enc', 'UTF-8', file, '-'], { encoding: 'utf8' });

describe('filling the sample template', () => {
  it('repeats the table row for every participant of the stage, in order, read back from LibreOffice’s PDF', () => {
    const sample = readFileSync(SAMPLE_FILE);
    const filled = fillWordTemplate(sample, db.services.repos, () => FIXED_NOW, { stage: 4 });
    const file = join(dir.dir, 'peserta.docx');
    writeFileSync(file, filled.bytes);
    execFileSync(
      'soffice',
      [
        `-env:UserInstallation=file://${join(dir.dir, 'profile')}`,
        '--headless',
        '--convert-to',
        'pdf',
        '--outdir',
        dir.dir,
        file,
      ],
      { stdio: 'ignore', timeout: 120_000 },
    );
    const text = raw(join(dir.dir, 'peserta.pdf')).replace(/[\s\u00a0]+/g, ' ');
    const participants = db.services.bimtek.participants.list().filter((p) => p.stageNumber === 4);
    expect(participants.length).toBeGreaterThan(10);
    const people = new Map(db.services.people.list().map((p) => [p.id, p]));
    // Each participant's name, in the order of the list (the row loop kept the order and dropped nobody).
    let at = -1;
    for (const p of participants) {
      const name = people.get(p.personId)!.name;
      const next = text.indexOf(name, at + 1);
      expect(next, name).toBeGreaterThan(at);
      at = next;
    }
    // The last row's number, and no placeholder left unfilled.
    expect(text).toContain(`${participants.length} `);
    expect(text).not.toMatch(/\{[#/]?[a-z_]+\}/);
    for (const expected of [
      'PEMERINTAH KABUPATEN SIMALUNGUN',
      'DAFTAR PESERTA BIMBINGAN TEKNIS TAHAP IV',
      `Jumlah peserta: ${participants.length} (`,
      'Ketua Tim Pelaksana Smart City,',
      'Wasin Sinaga',
    ]) {
      expect(text).toContain(expected);
    }
    expect(filled.placeholders).toEqual(expect.arrayContaining(['peserta', 'narasumber', 'tahap_judul']));
  }, 150_000);
});

describe('a template with mistakes is refused with each problem’s name and position', () => {
  it('a misspelled placeholder, with the likely one, and its paragraph', async () => {
    const bytes = await template(['Kabupaten {nama_dearah}', 'Tahun {tahun}']);
    expect(problems(bytes)).toEqual([
      'paragraf ke-2 («Kabupaten {nama_dearah}»): placeholder {nama_dearah} tidak dikenal; mungkin maksudnya {nama_daerah}',
    ]);
  });

  it('an unknown column in a table-row loop, inside the table', async () => {
    const bytes = await template(['Peserta:'], ['{#peserta}{no}', '{nama}', '{instansii}{/peserta}']);
    expect(problems(bytes)).toEqual([
      expect.stringMatching(
        /^paragraf ke-\d+ di dalam tabel \(«\{instansii\}\{\/peserta\}»\): kolom \{instansii\} tidak ada di daftar \{#peserta\} \(kolomnya: no, nama, nip, jabatan, instansi\); mungkin maksudnya \{instansi\}$/,
      ),
    ]);
  });

  it('an unclosed brace and an unclosed loop', async () => {
    expect(problems(await template(['Yth. {daerah', 'Tahun {tahun}']))).toEqual([
      expect.stringMatching(/^paragraf ke-2 \(«Yth\. \{daerah»\): kurung kurawal "\{daerah" tidak ditutup dengan "\}"$/),
    ]);
    expect(problems(await template(['{#dewan}', '{nama}']))).toEqual([
      'paragraf ke-2 («{#dewan}»): perulangan {#dewan} tidak ditutup dengan {/dewan}',
    ]);
  });

  it('a stage placeholder without a stage', async () => {
    expect(problems(await template(['{tahap_judul}']), null)).toEqual([
      'paragraf ke-2 («{tahap_judul}»): placeholder {tahap_judul} memerlukan tahap Bimtek (--stage 1–4)',
    ]);
    expect(checkWordTemplate(await template(['{tahap_judul}']), { stage: 2 })).toEqual({
      placeholders: ['tahap_judul'],
      needsStage: true,
    });
  });

  it('fills values of the programme inside a loop, and a known placeholder without data as empty', async () => {
    const filled = fillWordTemplate(
      await template(['{#dewan}', '{no}. {nama} – {daerah}', '{/dewan}', '[{nomor_mou}]']),
      db.services.repos,
      () => FIXED_NOW,
    );
    const xml = new PizZip(filled.bytes).file('word/document.xml')!.asText();
    expect(xml).toContain('1. Radiapoh Hasiholan Sinaga, S.H. – Kabupaten Simalungun');
    expect(xml).not.toContain('{');
  });
});

describe('fill on the command line', () => {
  const cli = async (...args: string[]) => {
    const out: string[] = [];
    const err: string[] = [];
    const code = await runCli(args, { out: (s) => out.push(s), err: (s) => err.push(s) });
    return { code, out: out.join('\n'), err: err.join('\n') };
  };

  it('writes the filled DOCX; refuses a bad template with exit 1, naming the problem, leaving --out untouched', async () => {
    const good = join(dir.dir, 'out.docx');
    const ok = await cli('fill', '--template', SAMPLE_FILE, '--db', db.file, '--stage', '4', '--out', good);
    expect(ok, ok.err).toMatchObject({ code: 0 });
    expect(new PizZip(readFileSync(good)).file('word/document.xml')!.asText()).toContain(
      'DAFTAR PESERTA BIMBINGAN TEKNIS TAHAP IV',
    );

    const bad = join(dir.dir, 'bad.docx');
    writeFileSync(bad, await template(['{daerah_kapitl}']));
    const before = readFileSync(good);
    const refused = await cli('fill', '--template', bad, '--db', db.file, '--out', good);
    expect(refused.code).toBe(1);
    expect(refused.err).toContain('placeholder {daerah_kapitl} tidak dikenal; mungkin maksudnya {daerah_kapital}');
    expect(readFileSync(good).equals(before)).toBe(true);
    const fresh = join(dir.dir, 'never.docx');
    expect((await cli('fill', '--template', bad, '--db', db.file, '--out', fresh)).code).toBe(1);
    expect(existsSync(fresh)).toBe(false);

    const missingStage = await cli('fill', '--template', SAMPLE_FILE, '--db', db.file, '--out', fresh);
    expect(missingStage.code).toBe(1);
    expect(missingStage.err).toContain('memerlukan tahap Bimtek');
    expect((await cli('fill', '--template', join(dir.dir, 'none.docx'), '--db', db.file, '--out', fresh)).err).toContain(
      'tidak dapat dibaca',
    );
  });
});

describe('docs', () => {
  it('the sample template is what scripts/word-template-docs.ts makes (its text), and the guide lists the catalogue', async () => {
    const documentXml = (bytes: Uint8Array) => new PizZip(bytes).file('word/document.xml')!.asText();
    expect(documentXml(readFileSync(SAMPLE_FILE)), 'run `npx tsx scripts/word-template-docs.ts`').toBe(
      documentXml(await sampleTemplate()),
    );
    const guide = readFileSync(GUIDE_FILE, 'utf8');
    expect(guide, 'run `npx tsx scripts/word-template-docs.ts`').toBe(guideWithTables(guide));
  });
});
