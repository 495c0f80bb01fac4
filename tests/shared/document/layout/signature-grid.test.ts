// The signature grid's layout rules on laid-out pages (fixed metrics): the shared lead ("Mengetahui,") only, never
// the first words of jabatan that begin alike; names level whatever the jabatan's length; the place and date kept
// with the first row and over the whole width when asked; the closing (Mengetahui) row on the page of the last row.
import { describe, expect, it } from 'vitest';
import { layoutDocument } from '../../../../shared/document/layout/layout-document';
import { gelarBound, sharedLead } from '../../../../shared/document/layout/signature-grid';
import type { LaidOutPage, TextItem } from '../../../../shared/document/layout/types';
import type { DocumentModel, SignatureBlock, SignatureGridBlock } from '../../../../shared/document/model';
import { fixedMetrics } from './fixed-metrics';

const texts = (page: LaidOutPage) => page.items.filter((i): i is TextItem => i.kind === 'text');

const block = (headingLines: string[], name: string): SignatureBlock => ({
  headingLines,
  name,
  nameUnderline: true,
  detailLines: ['NIP. 19700101 199503 1 001'],
});

const model = (blocks: DocumentModel['blocks']): DocumentModel => ({
  meta: { title: 'Uji', author: 'Dinas', createdAt: '2021-11-19T08:00:00+07:00' },
  page: { paper: 'A4', margins: { topMm: 20, rightMm: 20, bottomMm: 25, leftMm: 30 } },
  font: { family: 'Arial', sizePt: 12 },
  blocks,
});

const grid = (cells: SignatureBlock[], extra: Partial<SignatureGridBlock> = {}): SignatureGridBlock => ({
  type: 'signatureGrid',
  columns: 3,
  cells,
  ...extra,
});

describe('sharedLead', () => {
  it('counts "Mengetahui," and whole chain lines that end with a comma, shared by every block of the row', () => {
    expect(sharedLead([block(['Mengetahui,', 'BUPATI,'], 'A'), block(['Mengetahui,', 'KETUA DPRD,'], 'B')])).toBe(1);
    expect(
      sharedLead([
        block(['a.n. BUPATI', 'SEKRETARIS DAERAH,', 'u.b.', 'ASISTEN I,'], 'A'),
        block(['a.n. BUPATI', 'SEKRETARIS DAERAH,', 'u.b.', 'ASISTEN II,'], 'B'),
      ]),
    ).toBe(2);
    // A lone block, or blocks that differ from the first line, share nothing.
    expect(sharedLead([block(['Mengetahui,', 'BUPATI,'], 'A')])).toBe(0);
    expect(sharedLead([block(['Mengetahui,', 'BUPATI,'], 'A'), block(['KETUA DPRD,'], 'B')])).toBe(0);
  });

  it('does not take the first words of jabatan that begin alike for a lead', () => {
    const row = [
      block(['KEPALA DINAS', 'LINGKUNGAN HIDUP', 'KABUPATEN SIMALUNGUN,'], 'A'),
      block(['KEPALA DINAS', 'PERTANIAN', 'KABUPATEN SIMALUNGUN,'], 'B'),
      block(['KEPALA DINAS', 'PEKERJAAN UMUM', 'KABUPATEN SIMALUNGUN,'], 'C'),
    ];
    expect(sharedLead(row)).toBe(0);
  });
});

describe('gelarBound', () => {
  it('binds the last gelar to the word before it with a no-break space, and leaves other names alone', () => {
    expect(gelarBound('Drs. Mangasi Tua Purba, M.Si.')).toBe('Drs. Mangasi Tua Purba,\u00a0M.Si.');
    expect(gelarBound('Roy Mangasi Purba, S.Sos., M.Si.')).toBe('Roy Mangasi Purba, S.Sos.,\u00a0M.Si.');
    expect(gelarBound('Fazrul Rozi')).toBe('Fazrul Rozi');
    expect(gelarBound('RADIAPOH HASIHOLAN SINAGA')).toBe('RADIAPOH HASIHOLAN SINAGA');
  });
});

describe('signature grid layout', () => {
  it('sets jabatan that begin alike without a blank line and with their names level', () => {
    const cells = [
      block(['KEPALA DINAS', 'LINGKUNGAN HIDUP', 'KABUPATEN SIMALUNGUN,'], 'Nama Satu'),
      block(['KEPALA DINAS', 'PERTANIAN,'], 'Nama Dua'),
      block(['KEPALA DINAS', 'PEKERJAAN UMUM', 'DAN PENATAAN RUANG', 'KABUPATEN SIMALUNGUN,'], 'Nama Tiga'),
    ];
    const page = layoutDocument(model([grid(cells)]), fixedMetrics).pages[0]!;
    const items = texts(page);
    // The line step, from a name to its NIP line.
    const nameOne = items.find((t) => t.text.trim() === 'Nama Satu')!;
    const lh = items.find((t) => t.text.startsWith('NIP') && t.x < nameOne.x + 100 && t.y > nameOne.y)!.y - nameOne.y;
    for (const cell of cells) {
      const column = items.find((t) => t.text.trim() === cell.name)!.box.left;
      const ys = cell.headingLines.map((l) => items.find((t) => t.text.trim() === l && t.box.left === column)!.y);
      // One line after another: no blank line inside a jabatan.
      for (let i = 1; i < ys.length; i++) expect(ys[i]! - ys[i - 1]!).toBeCloseTo(lh, 1);
    }
    const names = items.filter((t) => t.underline);
    expect(names).toHaveLength(3);
    expect(new Set(names.map((n) => n.y)).size).toBe(1);
    // The last jabatan lines end level too (bottom-aligned above the signature space).
    const lastLines = cells.map((c) => items.find((t) => t.text.trim() === c.headingLines.at(-1) && t.y < names[0]!.y));
    expect(new Set(lastLines.map((t) => t!.y)).size).toBe(1);
  });

  it('puts a wide place and date right-aligned over the whole width, a line above the first row', () => {
    const cells = [block(['SEKRETARIS DAERAH,'], 'Nama Satu')];
    const layout = layoutDocument(
      model([grid(cells, { placeDate: 'Pematang Raya, 19 November 2021', placeDateWide: true })]),
      fixedMetrics,
    );
    const items = texts(layout.pages[0]!);
    const date = items.find((t) => t.text.includes('Pematang Raya'))!;
    const right = layout.width - layout.margins.right;
    expect(date.x + date.width).toBeCloseTo(right, 0);
    const heading = items.find((t) => t.text.includes('SEKRETARIS'))!;
    const name = items.find((t) => t.text.trim() === 'Nama Satu')!;
    const lh = items.find((t) => t.text.startsWith('NIP'))!.y - name.y;
    // A blank line between the date and the first jabatan line.
    expect(heading.y - date.y).toBeCloseTo(2 * lh, 1);
  });

  it('keeps the place and date with the first row and the closing Mengetahui row with the last, on any page', () => {
    const row = (i: number) => block([`JABATAN ${i},`], `Nama ${i}`);
    const closing = grid([block(['Mengetahui,', 'BUPATI,'], 'Bupati'), block(['Mengetahui,', 'KETUA,'], 'Ketua')], {
      columns: 2,
      spaceBeforePt: 18,
    });
    // Paragraphs of growing length before the grid move the page breaks through every position.
    for (let filler = 0; filler < 40; filler += 3) {
      const blocks: DocumentModel['blocks'] = [
        ...Array.from({ length: filler }, () => ({ type: 'paragraph' as const, runs: [{ text: 'Isi.' }] })),
        grid(
          Array.from({ length: 12 }, (_, i) => row(i)),
          { placeDate: 'Pematang Raya, 19 November 2021', placeDateWide: true, closing },
        ),
      ];
      const pages = layoutDocument(model(blocks), fixedMetrics).pages.map((p) => texts(p).map((t) => t.text.trim()));
      const pageOf = (text: string) => pages.findIndex((p) => p.includes(text));
      expect(pageOf('Pematang Raya, 19 November 2021'), `filler ${filler}`).toBe(pageOf('JABATAN 0,'));
      expect(pageOf('Bupati'), `filler ${filler}`).toBe(pageOf('Nama 9'));
      expect(pageOf('Ketua'), `filler ${filler}`).toBe(pageOf('Bupati'));
      // Blocks never split: each jabatan on the page of its name.
      for (let i = 0; i < 12; i++) expect(pageOf(`JABATAN ${i},`)).toBe(pageOf(`Nama ${i}`));
    }
  });
});
