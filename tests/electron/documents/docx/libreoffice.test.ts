// The DOCX opened by a real word processor: LibreOffice converts the samples to PDF, and the PDF shows the text,
// the page footer "Halaman X dari Y" with the right total, the paper size and the staggered signature labels.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderDocx } from '../../../../electron/documents/docx/render-docx';
import { readersAvailable } from '../../../helpers/readers';
import { komitmenModel, masterplanModel, signatoryName } from '../../../helpers/sample-models';


const dir = mkdtempSync(join(tmpdir(), 'scd-docx-lo-'));
const pdf = (name: string) => join(dir, `${name}.pdf`);
const run = (cmd: string, args: string[]) => execFileSync(cmd, args, { encoding: 'utf8', timeout: 60_000 });
const pageCount = (file: string) => Number(/^Pages:\s+(\d+)/m.exec(run('pdfinfo', [file]))?.[1]);
const pageText = (file: string, page: number, layout = true) =>
  run('pdftotext', [...(layout ? ['-layout'] : []), '-enc', 'UTF-8', '-f', String(page), '-l', String(page), file, '-']).replace(
    /\u00a0/g,
    ' ',
  );

// Without LibreOffice or poppler these tests skip with a warning, and fail under CI=true (tests/helpers/readers.ts).
describe.skipIf(!readersAvailable('soffice', 'pdftotext', 'pdfinfo'))('renderDocx read back by LibreOffice', { timeout: 120_000 }, () => {
  beforeAll(async () => {
    writeFileSync(join(dir, 'komitmen.docx'), await renderDocx(komitmenModel()));
    writeFileSync(
      join(dir, 'masterplan.docx'),
      await renderDocx(masterplanModel(), { tocPageNumbers: [3, 3, 3, 3, 3, 4, 4, 4, 4, 4, 4, 4] }),
    );
    // One conversion for both files: each start of LibreOffice takes seconds. A private profile avoids lock clashes.
    const profile = join(dir, 'profile');
    execFileSync(
      'soffice',
      [
        `-env:UserInstallation=file://${profile}`,
        '--headless',
        '--convert-to',
        'pdf',
        '--outdir',
        dir,
        join(dir, 'komitmen.docx'),
        join(dir, 'masterplan.docx'),
      ],
      { stdio: 'ignore', timeout: 110_000 },
    );
  }, 120_000);

  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('lays the commitment sheet out on F4 with every signatory, NIPs whole, and "Halaman X dari N"', () => {
    const file = pdf('komitmen');
    const pages = pageCount(file);
    expect(pages).toBeGreaterThanOrEqual(4);
    expect(pages).toBeLessThanOrEqual(7);
    // 215 × 330 mm is 609.4 × 935.4 pt.
    const size = /Page size:\s+([\d.]+) x ([\d.]+) pts/.exec(run('pdfinfo', [file]));
    expect(Math.abs(Number(size?.[1]) - 609.4)).toBeLessThan(1);
    expect(Math.abs(Number(size?.[2]) - 935.4)).toBeLessThan(1);
    const texts = Array.from({ length: pages }, (_, i) => pageText(file, i + 1));
    texts.forEach((text, i) => {
      expect(text).toContain(`Halaman ${i + 1} dari ${pages}`);
      // The header row repeats on every page that holds part of the table.
      if (i < pages - 1) expect(text).toMatch(/No\s+Nama \/ NIP\s+Jabatan\s+Tanda Tangan/);
    });
    const first = texts[0]!;
    expect(first).toContain('PEMERINTAH KABUPATEN SIMALUNGUN');
    expect(first).toContain('KOMITMEN BERSAMA');
    expect(first).toContain('NOMOR: 555/123/Kominfo/2021');
    expect(first).toMatch(/Hari, tanggal\s+: Jumat, 19 November 2021/);
    expect(first).toMatch(/a\.\s+smart governance;/);
    const plain = Array.from({ length: pages }, (_, i) => pageText(file, i + 1, false))
      .join('\n')
      .replace(/\s+/g, ' ');
    for (let i = 1; i <= 60; i++) expect(plain).toContain(signatoryName(i));
    expect(plain).toContain('NIP. 19700101 199503 1 001');
    const last = texts[pages - 1]!;
    expect(last).toContain('Pematang Raya, 19 November 2021');
    expect(last).toContain('Drs. MIXNON ANDREAS SIMAMORA');
  });

  it('puts odd signature numbers at the left of the signature column and even ones from its middle', () => {
    const file = pdf('komitmen');
    const bbox = run('pdftotext', ['-bbox', '-f', '1', '-l', '1', file, '-']);
    const labels = [...bbox.matchAll(/<word xMin="([\d.]+)"[^>]*>(\d+)\.<\/word>/g)].map((m) => ({
      x: Number(m[1]),
      n: Number(m[2]),
    }));
    // The signature column starts at 11/15 of the 165 mm text column, 30 mm from the left edge: about 425 pt.
    const slots = labels.filter((l) => l.x > 400);
    expect(slots.length).toBeGreaterThanOrEqual(6);
    const odd = slots.filter((l) => l.n % 2 === 1).map((l) => l.x);
    const even = slots.filter((l) => l.n % 2 === 0).map((l) => l.x);
    expect(Math.max(...odd)).toBeLessThan(440);
    expect(Math.min(...even)).toBeGreaterThan(480);
  });

  it('leaves the cover without a footer, and shows the contents with the given page numbers', () => {
    const file = pdf('masterplan');
    const pages = pageCount(file);
    expect(pages).toBe(4);
    expect(pageText(file, 1)).not.toContain('Halaman');
    expect(pageText(file, 1)).toContain('MASTERPLAN SMART CITY');
    const toc = pageText(file, 2);
    expect(toc).toContain(`Halaman 2 dari ${pages}`);
    expect(toc).toContain('DAFTAR ISI');
    expect(toc).toMatch(/BAB I PENDAHULUAN\s*\.{5,}\s*3/);
    expect(toc).toMatch(/2\.3 Suprastruktur\s*\.{5,}\s*4/);
    expect(toc).not.toContain('Rincian');
    expect(pageText(file, 3)).toMatch(/BAB I\s+PENDAHULUAN/);
    expect(pageText(file, 4)).toContain(`Halaman 4 dari ${pages}`);
  });

  it('produces a PDF LibreOffice could write in full', () => {
    for (const name of ['komitmen', 'masterplan']) expect(readFileSync(pdf(name)).subarray(0, 5).toString()).toBe('%PDF-');
  });
});
