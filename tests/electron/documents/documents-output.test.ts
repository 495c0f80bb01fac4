// Every document kind from the demo programme, as a reader gets it: the PDF's text and fonts, and the DOCX opened
// by LibreOffice saying the same thing, with the same page count for the commitment sheet and attendance list.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoBundle } from '../../../electron/demo/simalungun-2021';
import type { RenderRequestInput } from '../../../shared/domain/render';
import { pdffonts, pdfPageCount, pdftotext } from '../../helpers/pdf-reader';
import { openTempDatabase, type TempDatabase } from '../../helpers/temp-db';
import { docxToPdf } from '../../helpers/document-render';

const KINDS: Record<string, RenderRequestInput> = {
  'berita-acara': { kind: 'berita-acara' },
  komitmen: { kind: 'komitmen' },
  'komitmen-grid': { kind: 'komitmen-grid' },
  'daftar-hadir': { kind: 'daftar-hadir', stage: 4, day: 2 },
  masterplan: { kind: 'masterplan' },
  'masterplan-bab': { kind: 'masterplan-bab', chapterId: 11 },
  'templat-bab': { kind: 'templat-bab', chapterId: 4 },
};

const flat = (s: string) => s.replace(/[\s\u00a0]+/g, ' ');
let db: TempDatabase;
const dir = mkdtempSync(join(tmpdir(), 'scd-docs-'));
const pdfs = new Map<string, { bytes: Uint8Array; pageCount: number }>();
const converted = new Map<string, string>();

beforeAll(async () => {
  db = await openTempDatabase();
  db.services.bundle.import(demoBundle());
  const docs = new Map<string, Uint8Array>();
  for (const [name, request] of Object.entries(KINDS)) {
    const pdf = await db.services.documents.preview({ ...request, format: 'pdf' });
    pdfs.set(name, { bytes: pdf.bytes, pageCount: pdf.pageCount! });
    docs.set(name, (await db.services.documents.preview({ ...request, format: 'docx' })).bytes);
  }
  for (const [name, file] of docxToPdf(dir, docs)) converted.set(name, file);
}, 180_000);

afterAll(() => {
  db.close();
  rmSync(dir, { recursive: true, force: true });
});

const loText = (name: string) =>
  flat(execFileSync('pdftotext', ['-enc', 'UTF-8', converted.get(name)!, '-'], { encoding: 'utf8' }));
const loPages = (name: string) =>
  Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [converted.get(name)!], { encoding: 'utf8' }))![1]);

describe('documents from the demo programme', () => {
  it('embed every font they use, subset, in every kind', () => {
    for (const [name, { bytes }] of pdfs) {
      const fonts = pdffonts(bytes);
      expect(fonts.length, name).toBeGreaterThan(0);
      for (const font of fonts) expect(font, name).toMatchObject({ embedded: true, subset: true });
      expect(pdfPageCount(bytes)).toBe(pdfs.get(name)!.pageCount);
    }
  });

  it('the berita acara reads the date sentence, the venue and the signatories in the PDF and in the DOCX', () => {
    const sentence =
      'Pada hari ini Jumat tanggal sembilan belas bulan November tahun dua ribu dua puluh satu, bertempat di Balei Harungguan Djabanten Damanik';
    for (const text of [flat(pdftotext(pdfs.get('berita-acara')!.bytes)), loText('berita-acara')]) {
      expect(text).toContain(sentence);
      expect(text).toContain('PIHAK PERTAMA');
      expect(text).toContain('Wasin Sinaga');
      expect(text).toContain('Radiapoh Hasiholan Sinaga, S.H.');
      // Minutes are numbered as Tata Naskah numbers letters: "- 2 -" at the top from page 2, no "Halaman n dari N".
      expect(text).not.toMatch(/Halaman \d/);
      // pdftotext reads the closing "-" as a hyphen at the end of a line and joins it to the next word: "-2Pada".
      expect(text).toMatch(/ -\s?2\s?-?/);
    }
  });

  it('the commitment sheet lists every signatory with NIP in both formats, on the same number of pages', async () => {
    const data = db.services.repos;
    const people = new Map(data.people.list().map((p) => [p.id, p]));
    const signers = data.closureSignatories
      .list()
      .filter((s) => s.kind === 'penandatangan')
      .map((s) => people.get(s.personId)!);
    const sekdaIds = new Set(
      data.positions
        .list()
        .filter((p) => p.role === 'sekda')
        .map((p) => p.personId),
    );
    const pdfText = flat(pdftotext(pdfs.get('komitmen')!.bytes));
    const docxText = loText('komitmen');
    for (const person of signers) {
      for (const text of [pdfText, docxText]) {
        expect(text).toContain(person.name);
        // Pasal 44: the Sekda's NIP prints in neither layout.
        if (person.nip && !sekdaIds.has(person.id))
          expect(text).toContain(
            `${person.nip.slice(0, 8)} ${person.nip.slice(8, 14)} ${person.nip[14]} ${person.nip.slice(15)}`,
          );
      }
    }
    expect(loPages('komitmen')).toBe(pdfs.get('komitmen')!.pageCount);
  });

  it('the attendance list has the same pages in PDF and DOCX and the activity lines', () => {
    expect(loPages('daftar-hadir')).toBe(pdfs.get('daftar-hadir')!.pageCount);
    for (const text of [flat(pdftotext(pdfs.get('daftar-hadir')!.bytes)), loText('daftar-hadir')]) {
      expect(text).toContain('DAFTAR HADIR');
      expect(text).toContain('Jumat, 19 November 2021');
    }
  });

  it('every DOCX converts and carries the title and key content of its PDF', () => {
    const checks: Record<string, string[]> = {
      'komitmen-grid': ['KOMITMEN BERSAMA', 'Mengetahui,'],
      masterplan: ['MASTERPLAN SMART CITY', 'DAFTAR ISI', 'DAFTAR TABEL', 'BAB I', 'Peta Jalan Program'],
      'masterplan-bab': ['PROGRAM DAN RENCANA AKSI', 'Dimensi Smart Governance'],
      'templat-bab': ['GAMBARAN UMUM DAERAH', 'Petunjuk: Uraikan kondisi geografis Kabupaten Simalungun'],
    };
    for (const [name, expected] of Object.entries(checks)) {
      const pdfText = flat(pdftotext(pdfs.get(name)!.bytes));
      const docxText = loText(name);
      for (const e of expected) {
        expect(pdfText, `${name} PDF`).toContain(e);
        expect(docxText, `${name} DOCX`).toContain(e);
      }
    }
  });
});
