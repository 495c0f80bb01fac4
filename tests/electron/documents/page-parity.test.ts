// The PDF and the DOCX run to the same number of pages: every kind `render --list` offers, for every stage, day and
// chapter of the demo and on every paper, laid out by our PDF layout and by LibreOffice from our DOCX (one soffice
// start converts them all). Where LibreOffice 7.4 cannot lay a document out as Word would, the exception is written
// down below with its reason and its exact difference of one page (a second page, or none, fails the test too).
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { layoutForPdf } from '../../../electron/documents/pdf/render-pdf';
import type { DocumentModel, PaperSize } from '../../../shared/document/model';
import { buildBeritaAcara } from '../../../shared/documents/berita-acara';
import { buildDaftarHadir } from '../../../shared/documents/daftar-hadir';
import { buildKeputusan } from '../../../shared/documents/keputusan';
import { buildKomitmen } from '../../../shared/documents/komitmen';
import { buildLaporanBimtek } from '../../../shared/documents/laporan-bimtek';
import { buildChapterTemplate, buildMasterplanChapter } from '../../../shared/documents/masterplan';
import { buildMasterplanBook, buildMasterplanFull } from '../../../shared/documents/masterplan-books/books';
import { buildUndangan } from '../../../shared/documents/undangan';
import { DOCUMENT_KINDS, type DocumentKind } from '../../../shared/domain/register';
import { demoContexts, type Contexts } from '../../helpers/document-contexts';
import { renderDocx } from '../../helpers/document-render';
import { readersAvailable } from '../../helpers/readers';

const PAPERS: PaperSize[] = ['A4', 'F4-215', 'F4-210'];

/**
 * Documents whose page count LibreOffice cannot match, with why. The PDF's count is the document's; the test allows
 * LibreOffice's to differ by `pages` in the direction given and fails if the difference goes away (so the entry is
 * removed) or grows.
 */
// None at present. Two causes are fixed rather than listed: rows of ruled tables ran half a point taller in
// LibreOffice, which sets each rule between the rows where the PDF draws it over their edge (the DOCX's cell margins
// now leave the rule its width, docx/tables.ts), and a heading or title under a page break kept its style's space
// before in LibreOffice and Word where the PDF starts the page with its first line (the DOCX sets it to 0).
const KNOWN: Record<string, { pages: number; why: string }> = {};

interface Case {
  name: string;
  kind: DocumentKind;
  model: DocumentModel;
}

/** Every kind, stage, day and chapter of the demo, on every paper. */
function cases(c: Contexts): Case[] {
  const out: Case[] = [];
  const stages = [1, 2, 3, 4];
  for (const paper of PAPERS) {
    const masterplan = c.masterplan(paper);
    const chapters = masterplan.volumes.flatMap((v) => v.chapters);
    const add = (kind: DocumentKind, suffix: string, model: DocumentModel) =>
      out.push({ name: `${kind}${suffix}-${paper}`, kind, model });
    for (const kind of DOCUMENT_KINDS) {
      switch (kind) {
        case 'berita-acara':
          add(kind, '', buildBeritaAcara(c.beritaAcara(paper, '000.1.5/1/107.1/2021')));
          break;
        case 'komitmen':
          add(kind, '', buildKomitmen(c.komitmen(paper, null, 'table')));
          break;
        case 'komitmen-grid':
          add(kind, '', buildKomitmen(c.komitmen(paper, null, 'grid')));
          break;
        case 'daftar-hadir':
          for (const stage of stages)
            for (let day = 1; ; day++) {
              let data;
              try {
                data = c.daftarHadir(paper, null, stage, day);
              } catch {
                break;
              }
              add(kind, `-${stage}-${day}`, buildDaftarHadir(data));
            }
          break;
        case 'masterplan':
          add(kind, '', buildMasterplanFull(masterplan));
          break;
        case 'masterplan-buku1':
        case 'masterplan-buku2':
        case 'ringkasan-eksekutif':
        case 'profil-quick-win':
          add(kind, '', buildMasterplanBook(masterplan, kind));
          break;
        case 'masterplan-bab':
          for (const ch of chapters) add(kind, `-${ch.id}`, buildMasterplanChapter(masterplan, ch.id));
          break;
        case 'templat-bab':
          for (const ch of chapters) add(kind, `-${ch.id}`, buildChapterTemplate(masterplan, ch.id));
          break;
        case 'undangan-bimtek':
          for (const stage of stages) add(kind, `-${stage}`, buildUndangan(c.undangan(paper, '500.12/2/107.1/2021', stage)));
          break;
        case 'keputusan-tim':
          add(kind, '', buildKeputusan(c.keputusan(paper, '500.12/4/107.1/2021')));
          break;
        case 'laporan-bimtek':
          for (const stage of stages) add(kind, `-${stage}`, buildLaporanBimtek(c.laporan(paper, null, stage)));
          break;
      }
    }
  }
  return out;
}

const dir = mkdtempSync(join(tmpdir(), 'scd-parity-'));
const ours = new Map<string, number>();
const theirs = new Map<string, number>();
let all: Case[] = [];

/** Pages of a PDF file, from its page tree's count (LibreOffice writes one page tree). */
function pdfPages(file: string): number {
  const text = readFileSync(file).toString('latin1');
  const counts = [...text.matchAll(/\/Type\s*\/Pages\b[^>]*?\/Count\s+(\d+)|\/Count\s+(\d+)[^>]*?\/Type\s*\/Pages\b/g)].map((m) =>
    Number(m[1] ?? m[2]),
  );
  return Math.max(0, ...counts);
}

describe.skipIf(!readersAvailable('soffice'))(
  'page count of the PDF and of LibreOffice’s PDF of the DOCX',
  { timeout: 600_000 },
  () => {
    beforeAll(async () => {
      const { contexts, close } = await demoContexts();
      try {
        all = cases(contexts);
      } finally {
        close();
      }
      const files: string[] = [];
      for (const c of all) {
        ours.set(c.name, layoutForPdf(c.model).pages.length);
        const file = join(dir, `${c.name}.docx`);
        writeFileSync(file, await renderDocx(c.model));
        files.push(file);
      }
      // One LibreOffice start for all of them: each start costs seconds. A private profile avoids lock clashes.
      execFileSync(
        'soffice',
        [
          `-env:UserInstallation=file://${join(dir, 'profile')}`,
          '--headless',
          '--convert-to',
          'pdf',
          '--outdir',
          join(dir, 'lo'),
          ...files,
        ],
        { stdio: 'ignore', timeout: 580_000 },
      );
      for (const c of all) theirs.set(c.name, pdfPages(join(dir, 'lo', `${c.name}.pdf`)));
    }, 600_000);

    afterAll(() => rmSync(dir, { recursive: true, force: true }));

    it('covers every kind, stage, day, chapter and paper', () => {
      expect(new Set(all.map((c) => c.kind))).toEqual(new Set(DOCUMENT_KINDS));
      expect(all.filter((c) => c.kind === 'daftar-hadir').length).toBeGreaterThanOrEqual(PAPERS.length * 4);
    });

    it('gives the same number of pages in both, but for the documented exceptions', () => {
      const report = all.map((c) => {
        const a = ours.get(c.name)!;
        const b = theirs.get(c.name)!;
        const known = KNOWN[c.name];
        return { name: c.name, pdf: a, libreoffice: b, ok: known ? b - a === known.pages : a === b };
      });
      const wrong = report.filter((r) => !r.ok);
      expect(wrong, JSON.stringify(wrong, null, 1)).toEqual([]);
      // Every exception still names a document that is laid out, so none outlives its cause unnoticed.
      for (const name of Object.keys(KNOWN)) expect(all.map((c) => c.name)).toContain(name);
      expect(Object.keys(KNOWN).length).toBeLessThanOrEqual(6);
    });
  },
);
