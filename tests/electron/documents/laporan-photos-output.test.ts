// The Laporan Pelaksanaan Bimtek with documentation photos, as a reader gets it: the photos stored through the
// service print two to a page with their captions beneath, in the PDF and in the DOCX as LibreOffice lays it out.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoBundle } from '../../../electron/demo/simalungun-2021';
import { docxToPdf } from '../../helpers/document-render';
import { openTempDatabase, type TempDatabase } from '../../helpers/temp-db';
import { testJpeg, testPng, toBase64 } from '../../helpers/test-photos';

const CAPTIONS = ['Pembukaan oleh Sekretaris Daerah', 'Diskusi kelompok penyusunan analisis SWOT', 'Foto bersama peserta'];
const flat = (s: string) => s.replace(/[\s\u00a0]+/g, ' ');

let db: TempDatabase;
const dir = mkdtempSync(join(tmpdir(), 'scd-laporan-photos-'));
const files = new Map<string, string>();
let pdfPages = 0;

beforeAll(async () => {
  db = await openTempDatabase();
  db.services.bundle.import(demoBundle());
  const uploads = [testJpeg(2400, 1800), testJpeg(900, 1200), testPng(1000, 700, (x) => (x < 100 ? 0 : 255))];
  for (const [i, bytes] of uploads.entries())
    await db.services.stagePhotos.add({
      stageNumber: 2,
      caption: CAPTIONS[i],
      fileName: `foto-${i + 1}`,
      base64: toBase64(bytes),
    });
  const pdf = await db.services.documents.preview({ kind: 'laporan-bimtek', stage: 2, format: 'pdf' });
  pdfPages = pdf.pageCount!;
  const ours = join(dir, 'laporan.ours.pdf');
  writeFileSync(ours, pdf.bytes);
  files.set('pdf', ours);
  const docx = await db.services.documents.preview({ kind: 'laporan-bimtek', stage: 2, format: 'docx' });
  for (const [name, file] of docxToPdf(dir, new Map([['laporan', docx.bytes]])))
    files.set(name === 'laporan' ? 'docx' : name, file);
}, 240_000);

afterAll(() => {
  db.close();
  rmSync(dir, { recursive: true, force: true });
});

/** The images drawn on each page (1-based), from pdfimages -list; soft masks (a PNG's transparency) not counted. */
function imagesPerPage(file: string): Map<number, { width: number; height: number }[]> {
  const lines = execFileSync('pdfimages', ['-list', file], { encoding: 'utf8' }).trim().split('\n').slice(2);
  const pages = new Map<number, { width: number; height: number }[]>();
  for (const line of lines) {
    const [page, , type, width, height] = line.trim().split(/\s+/);
    if (type !== 'image') continue;
    pages.set(Number(page), [...(pages.get(Number(page)) ?? []), { width: Number(width), height: Number(height) }]);
  }
  return pages;
}

const pageCount = (file: string) => Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [file], { encoding: 'utf8' }))![1]);
const pageText = (file: string, page: number) =>
  flat(execFileSync('pdftotext', ['-f', String(page), '-l', String(page), '-enc', 'UTF-8', file, '-'], { encoding: 'utf8' }));

describe('Laporan Pelaksanaan Bimtek with documentation photos', () => {
  for (const source of ['pdf', 'docx'] as const) {
    it(`prints the photos two to a page with their captions beneath (${source === 'pdf' ? 'our PDF' : 'DOCX through LibreOffice'})`, () => {
      const file = files.get(source)!;
      const pages = pageCount(file);
      if (source === 'pdf') expect(pages).toBe(pdfPages);
      const images = imagesPerPage(file);
      // The last two pages are the documentation: two photos, then one. Our PDF draws the stored (scaled) images
      // as they are; LibreOffice's export may resample them, so there only their aspect is compared.
      const shapes = (page: number) =>
        images.get(page)?.map((i) => (source === 'pdf' ? `${i.width}x${i.height}` : (i.width / i.height).toFixed(2)));
      expect(shapes(pages - 1)).toEqual(source === 'pdf' ? ['1600x1200', '900x1200'] : ['1.33', '0.75']);
      expect(shapes(pages)).toEqual(source === 'pdf' ? ['1000x700'] : ['1.43']);
      const first = pageText(file, pages - 1);
      expect(first).toContain('DOKUMENTASI KEGIATAN');
      expect(first).toContain(`Gambar 1. ${CAPTIONS[0]}`);
      expect(first).toContain(`Gambar 2. ${CAPTIONS[1]}`);
      expect(first.indexOf('Gambar 1.')).toBeLessThan(first.indexOf('Gambar 2.'));
      expect(pageText(file, pages)).toContain(`Gambar 3. ${CAPTIONS[2]}`);
      // The report itself is unchanged before them: the signature page precedes the documentation.
      expect(pageText(file, pages - 2)).toContain('Ketua Tim Pelaksana');
    });
  }

  it('prints no documentation page for a stage without photos', async () => {
    const pdf = await db.services.documents.preview({ kind: 'laporan-bimtek', stage: 1, format: 'pdf' });
    const file = join(dir, 'stage1.pdf');
    writeFileSync(file, pdf.bytes);
    const text = flat(execFileSync('pdftotext', ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8' }));
    expect(text).toContain('PENUTUP');
    expect(text).not.toContain('DOKUMENTASI KEGIATAN');
  });
});
