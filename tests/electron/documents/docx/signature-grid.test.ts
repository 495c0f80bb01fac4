// The signature grid in word/document.xml: one row that cannot split per row of blocks, each holding an inner table
// (shared lead, bottom-aligned jabatan, exact signature space, names); the place and date in the first row, the
// closing Mengetahui row in the last; no keep-with-next inside (LibreOffice moves a whole grid for it) but the last
// row's when the model asks; the last gelar bound to the word before it.
import { describe, expect, it } from 'vitest';
import { renderDocx } from '../../../../electron/documents/docx/render-docx';
import type { DocumentModel, SignatureBlock, SignatureGridBlock } from '../../../../shared/document/model';
import { all, innermostTables, openDocx, visibleText } from './docx-parts';

const block = (headingLines: string[], name: string): SignatureBlock => ({
  headingLines,
  name,
  nameUnderline: true,
  detailLines: ['NIP. 19700101 199503 1 001'],
});

const model = (grid: SignatureGridBlock): DocumentModel => ({
  meta: { title: 'Uji', author: 'Dinas', createdAt: '2021-11-19T08:00:00+07:00' },
  page: { paper: 'A4', margins: { topMm: 20, rightMm: 20, bottomMm: 25, leftMm: 30 } },
  font: { family: 'Arial', sizePt: 12 },
  blocks: [{ type: 'paragraph', runs: [{ text: 'Demikian.' }] }, grid],
});

const closing: SignatureGridBlock = {
  type: 'signatureGrid',
  columns: 2,
  cells: [
    block(['Mengetahui,', 'BUPATI SIMALUNGUN,'], 'Radiapoh Hasiholan Sinaga, S.H.'),
    block(['Mengetahui,', 'PERWAKILAN KEMENTERIAN', 'KOMUNIKASI DAN INFORMATIKA,'], 'Fazrul Rozi'),
  ],
  spaceBeforePt: 18,
};

const grid = (extra: Partial<SignatureGridBlock> = {}): SignatureGridBlock => ({
  type: 'signatureGrid',
  columns: 3,
  cells: [
    block(['KEPALA DINAS', 'LINGKUNGAN HIDUP', 'KABUPATEN SIMALUNGUN,'], 'Drs. Mangasi Tua Purba, M.Si.'),
    block(['KEPALA DINAS', 'PERTANIAN,'], 'Roy Mangasi Purba, S.Sos., M.Si.'),
    block(['INSPEKTUR,'], 'Januarti Simarmata'),
    block(['CAMAT PURBA,'], 'Rahmad Hidayat, S.Sos.'),
  ],
  placeDate: 'Pematang Raya, 19 November 2021',
  placeDateWide: true,
  closing,
  ...extra,
});

/** The rows of the table `xml` opens with, without those of the tables nested in it. */
function topRows(xml: string): string[] {
  const rows: string[] = [];
  let depth = 0;
  let start = -1;
  for (const m of xml.matchAll(/<w:tbl>|<\/w:tbl>|<w:tr>|<\/w:tr>/g)) {
    if (m[0] === '<w:tbl>') depth++;
    else if (m[0] === '</w:tbl>' && --depth === 0) break;
    else if (m[0] === '<w:tr>' && depth === 1) start = m.index;
    else if (m[0] === '</w:tr>' && depth === 1) rows.push(xml.slice(start, m.index + m[0].length));
  }
  return rows;
}

async function gridXml(g: SignatureGridBlock): Promise<{ outer: string[]; document: string }> {
  const { document } = await openDocx(await renderDocx(model(g)));
  const outer = topRows(document.slice(document.indexOf('<w:tbl>')));
  return { outer, document };
}

describe('renderDocx: signature grid', () => {
  it('writes each row of blocks as a row that cannot split, the date in the first and the Mengetahui row in the last', async () => {
    const { outer } = await gridXml(grid());
    expect(outer).toHaveLength(2);
    for (const row of outer) expect(row.startsWith('<w:tr><w:trPr><w:cantSplit/></w:trPr>')).toBe(true);
    // The date, right-aligned, before the first inner table of the first row.
    const first = outer[0]!;
    const date = first.indexOf('Pematang Raya, 19 November 2021');
    expect(date).toBeGreaterThan(0);
    expect(date).toBeLessThan(first.indexOf('<w:tbl>'));
    expect(first.slice(0, date)).toContain('<w:jc w:val="right"/>');
    // The last row holds the last signatory and the Mengetahui blocks, in two inner tables.
    const last = outer[1]!;
    expect(innermostTables(last)).toHaveLength(2);
    expect(visibleText(innermostTables(last)[0]!)).toContain('CAMAT PURBA,');
    expect(visibleText(innermostTables(last)[1]!)).toContain('Mengetahui,');
    // A cell ends with a paragraph after its inner table, as Word requires.
    for (const row of outer) expect(row).toMatch(/<\/w:tbl><w:p>(?:(?!<w:tbl>).)*<\/w:p><\/w:tc><\/w:tr>$/s);
  });

  it('sets jabatan, signature space and name as rows of one table, the jabatan at the bottom, a shared lead on top', async () => {
    const { outer } = await gridXml(grid());
    const [signers, mengetahui] = [innermostTables(outer[0]!)[0]!, innermostTables(outer[1]!)[1]!];
    const rows = (t: string) => all(t, /<w:tr>.*?<\/w:tr>/gs).map((m) => m[0]);
    // "KEPALA DINAS" that begins two jabatan is no lead: jabatan, space, names.
    const s = rows(signers);
    expect(s).toHaveLength(3);
    expect(visibleText(s[0]!)).toContain('KEPALA DINASLINGKUNGAN HIDUPKABUPATEN SIMALUNGUN,');
    expect(s[0]).toContain('<w:vAlign w:val="bottom"/>');
    expect(s[1]).toMatch(/<w:trHeight w:val="\d+" w:hRule="exact"\/>/);
    expect(visibleText(s[1]!)).toBe('');
    // No empty paragraph stands in for space: every cell of the jabatan and name rows has text.
    for (const row of [s[0]!, s[2]!])
      for (const cell of all(row, /<w:tc>.*?<\/w:tc>/gs)) expect(visibleText(cell[0]).trim()).not.toBe('');
    // "Mengetahui," shared by both blocks heads the row at the top; the jabatan under it at the bottom.
    const m = rows(mengetahui);
    expect(m).toHaveLength(4);
    expect(visibleText(m[0]!)).toBe('Mengetahui,Mengetahui,');
    expect(m[0]).not.toContain('<w:vAlign w:val="bottom"/>');
    expect(m[1]).toContain('<w:vAlign w:val="bottom"/>');
    for (const row of [...s, ...m]) expect(row).toContain('<w:cantSplit/>');
  });

  it('keeps no line with the next inside the grid, and the last row with what follows only when asked', async () => {
    const kept = (row: string) => all(row, /<w:keepNext\/>/g).length;
    const free = await gridXml(grid());
    for (const row of free.outer) expect(kept(row)).toBe(0);
    // Every paragraph says so itself: the Signature Text style keeps with the next.
    for (const row of free.outer) {
      const paragraphs = all(row, /<w:p>.*?<\/w:p>/gs).length;
      expect(all(row, /<w:keepNext w:val="false"\/>/g).length).toBe(paragraphs);
    }
    const asked = await gridXml(grid({ closing: undefined, keepLastRowWithNext: true }));
    expect(kept(asked.outer[0]!)).toBe(0);
    expect(kept(asked.outer[1]!)).toBe(1);
    expect(asked.outer[1]).toMatch(/<w:keepNext\/><w:spacing w:line="20" w:lineRule="exact"\/><\/w:pPr><\/w:p><\/w:tc><\/w:tr>$/);
  });

  it('binds the last gelar to the word before it, so that it never wraps alone onto its own underlined line', async () => {
    const { document } = await gridXml(grid());
    expect(document).toContain('Drs. Mangasi Tua Purba,\u00a0M.Si.');
    expect(document).toContain('Roy Mangasi Purba, S.Sos.,\u00a0M.Si.');
    expect(document).toContain('Radiapoh Hasiholan Sinaga,\u00a0S.H.');
    expect(document).toContain('>Fazrul Rozi<');
  });
});
