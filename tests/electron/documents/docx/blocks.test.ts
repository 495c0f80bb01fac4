// Block by block: headings in Word's heading styles, the static contents with dot leaders and given page numbers,
// paragraph formatting, lists, key–value lines, keepTogether groups and images, read from word/document.xml.
import { describe, expect, it } from 'vitest';
import { renderDocx } from '../../../../electron/documents/docx/render-docx';
import type { Block, DocumentModel } from '../../../../shared/document/model';
import { komitmenModel, masterplanModel, sampleLogo, tinyLogo } from '../../../helpers/sample-models';
import { all, openDocx, visibleText } from './docx-parts';

function withBlocks(blocks: Block[]): DocumentModel {
  return { ...komitmenModel({ signatories: 1 }), blocks };
}

describe('renderDocx: headings and contents', () => {
  it('writes headings in Heading styles numbered by the heading list, chapters on a new page', async () => {
    const { document } = await openDocx(await renderDocx(masterplanModel()));
    // "BAB I" comes from the list (its own line: the text starts with a break), not from typed text.
    expect(document).toMatch(
      /<w:pStyle w:val="Heading1"\/><w:pageBreakBefore\/><w:numPr><w:ilvl w:val="0"\/><w:numId w:val="(\d+)"\/><\/w:numPr><\/w:pPr><w:r><w:br\/><\/w:r><w:r><w:t xml:space="preserve">PENDAHULUAN/,
    );
    expect(document).not.toMatch(/<w:pStyle w:val="Heading\d"\/>(?:(?!<\/w:p>).)*(BAB|\d\.\d)/s);
    // Word shows only the larger of two paragraphs' spaces after and before, so a section heading's 12 pt is
    // added to what is above it: 21 pt under a chapter title (1.5 × 14 pt), 6 pt under a paragraph.
    expect(document).toMatch(
      /<w:pStyle w:val="Heading2"\/><w:numPr><w:ilvl w:val="1"\/><w:numId w:val="\d+"\/><\/w:numPr><w:spacing w:before="660"\/><\/w:pPr><w:r><w:t xml:space="preserve">Latar Belakang/,
    );
    expect(document).toMatch(
      /<w:pStyle w:val="Heading3"\/><w:numPr><w:ilvl w:val="2"\/><w:numId w:val="\d+"\/><\/w:numPr><w:spacing w:before="360"\/><\/w:pPr><w:r><w:t xml:space="preserve">Rincian Latar Belakang/,
    );
  });

  it('gives a heading or title under a page break no space before, as the PDF starts the page with its line', async () => {
    // Word and LibreOffice keep a paragraph's space before under a forced break (LibreOffice 7.4 set such a
    // level-2 heading 12 pt lower than the PDF); at the top of a page the PDF leaves none.
    const { document } = await openDocx(
      await renderDocx(
        withBlocks([
          { type: 'paragraph', runs: [{ text: 'Sebelum' }] },
          { type: 'heading', level: 2, text: 'Visi dan Misi', pageBreakBefore: true },
          { type: 'paragraph', runs: [{ text: 'Isi' }] },
          { type: 'pageBreak' },
          { type: 'title', lines: ['LAPORAN PELAKSANAAN'] },
          { type: 'heading', level: 2, text: 'Di tengah halaman' },
        ]),
      ),
    );
    expect(document).toMatch(
      /<w:pStyle w:val="Heading2"\/><w:pageBreakBefore\/>(?:(?!<\/w:pPr>).)*<w:spacing w:before="0"\/><\/w:pPr><w:r><w:t xml:space="preserve">Visi dan Misi/,
    );
    expect(document).toMatch(
      /<w:pStyle w:val="Title"\/><w:pageBreakBefore\/>(?:(?!<\/w:pPr>).)*<\/w:pPr><w:r><w:t xml:space="preserve">LAPORAN PELAKSANAAN/,
    );
    expect(document).not.toMatch(/<w:pStyle w:val="Title"\/><w:pageBreakBefore\/><w:spacing w:before="[1-9]/);
    // In the flow, the heading keeps its space (added to the title's space after).
    expect(document).toMatch(/<w:spacing w:before="[1-9]\d*"\/><\/w:pPr><w:r><w:t xml:space="preserve">Di tengah halaman/);
  });

  it('lists the headings up to maxLevel with dot leaders and the page numbers it is given', async () => {
    // Twelve headings are marked for the contents; maxLevel 2 lists seven of them.
    const pages = [3, 3, 3, 4, 4, 5, 5, 5, 6, 6, 7, 7];
    const { document } = await openDocx(await renderDocx(masterplanModel(), { tocPageNumbers: pages }));
    const entries = all(document, /<w:p><w:pPr><w:pStyle w:val="TOC(\d)"\/>.*?<\/w:p>/gs).map((m) => ({
      level: Number(m[1]),
      xml: m[0],
    }));
    expect(entries.map((e) => visibleText(e.xml))).toEqual([
      'BAB I PENDAHULUAN3',
      '1.1 Latar Belakang3',
      '1.2 Maksud dan Tujuan4',
      'BAB II ANALISIS KESIAPAN DAERAH5',
      '2.1 Struktur5',
      '2.2 Infrastruktur6',
      '2.3 Suprastruktur7',
    ]);
    for (const e of entries) {
      expect(e.xml).toMatch(/<w:tab w:val="right" w:pos="\d+" w:leader="dot"\/>/);
      expect(e.xml).toContain('<w:tab/>');
    }
    expect(visibleText(document)).toContain('DAFTAR ISI');
  });

  it('leaves the numbers empty when none are given', async () => {
    const { document } = await openDocx(await renderDocx(masterplanModel()));
    const first = /<w:p><w:pPr><w:pStyle w:val="TOC1"\/>.*?<\/w:p>/s.exec(document)?.[0] ?? '';
    expect(visibleText(first)).toBe('BAB I PENDAHULUAN');
  });
});

describe('renderDocx: text blocks', () => {
  it('maps paragraph formatting: runs, marker highlight, justify, indents, spacing and keep-with-next', async () => {
    const model = withBlocks([
      {
        type: 'paragraph',
        align: 'justify',
        firstLineIndentMm: 10,
        indentMm: 5,
        spaceBeforePt: 6,
        spaceAfterPt: 3,
        keepWithNext: true,
        runs: [
          { text: 'Tebal', bold: true },
          { text: ' miring', italic: true },
          { text: ' garis', underline: true },
          { text: ' [isi]', marker: true },
          { text: ' Sarana & Prasarana <baru>' },
        ],
      },
    ]);
    const { document } = await openDocx(await renderDocx(model));
    const p = /<w:p><w:pPr>.*?<\/w:p>/s.exec(document)?.[0] ?? '';
    expect(p).toContain('<w:keepNext/>');
    expect(p).toContain('<w:jc w:val="both"/>');
    expect(p).toMatch(/<w:ind w:left="283" w:firstLine="567"\/>/);
    expect(p).toContain('<w:pStyle w:val="BodyText"/>');
    expect(p).toMatch(/<w:spacing w:after="60" w:before="120"\/>/);
    expect(p).toMatch(/<w:b\/><w:bCs\/><\/w:rPr><w:t xml:space="preserve">Tebal/);
    expect(p).toMatch(/<w:i\/><w:iCs\/><\/w:rPr><w:t xml:space="preserve"> miring/);
    expect(p).toMatch(/<w:highlight w:val="yellow"\/><\/w:rPr><w:t xml:space="preserve"> \[isi\]/);
    expect(p).toContain('Sarana &amp; Prasarana &lt;baru&gt;');
  });

  it('turns a newline into a line break and drops control characters Word would reject', async () => {
    const { document } = await openDocx(
      await renderDocx(withBlocks([{ type: 'paragraph', runs: [{ text: 'baris satu\nbaris\u0007 dua' }] }])),
    );
    expect(document).toMatch(/baris satu<\/w:t><\/w:r><w:r><w:br\/><w:t xml:space="preserve">baris dua</);
    expect(document).not.toContain('\u0007');
  });

  it('keeps every paragraph of a keepTogether group with the next but the last', async () => {
    const para = (text: string): Block => ({ type: 'paragraph', runs: [{ text }] });
    const model = withBlocks([
      {
        type: 'keepTogether',
        blocks: [
          para('satu'),
          { type: 'list', ordered: true, items: [{ runs: [{ text: 'dua' }] }, { runs: [{ text: 'tiga' }] }] },
        ],
      },
      para('empat'),
    ]);
    const { document } = await openDocx(await renderDocx(model));
    const paragraphs = all(document, /<w:p>.*?<\/w:p>/gs).map((m) => m[0]);
    const kept = (text: string) => paragraphs.find((p) => visibleText(p) === text)!.includes('<w:keepNext/>');
    expect([kept('satu'), kept('dua'), kept('tiga'), kept('empat')]).toEqual([true, true, false, false]);
  });

  it('restarts numbering for each list block', async () => {
    const list = (text: string): Block => ({
      type: 'list',
      ordered: true,
      items: [{ runs: [{ text }] }, { runs: [{ text: `${text} lagi` }] }],
    });
    const { document, numbering } = await openDocx(
      await renderDocx(withBlocks([list('pertama'), { type: 'paragraph', runs: [{ text: 'sela' }] }, list('kedua')])),
    );
    const ids = all(document, /<w:numId w:val="(\d+)"\/>/g).map((m) => m[1]!);
    expect(ids).toHaveLength(4);
    expect(ids[0]).toBe(ids[1]);
    expect(ids[2]).toBe(ids[3]);
    expect(ids[2]).not.toBe(ids[0]);
    for (const id of new Set(ids)) {
      const num = new RegExp(`<w:num w:numId="${id}">.*?</w:num>`, 's').exec(numbering)?.[0] ?? '';
      expect(num).toMatch(/<w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"\/>/);
    }
  });

  it('starts a list at its start number, and writes bullets for unordered lists', async () => {
    const { numbering } = await openDocx(await renderDocx(masterplanModel()));
    expect(numbering).toMatch(/<w:numFmt w:val="bullet"\/>/);
    expect(numbering).toMatch(/<w:startOverride w:val="5"\/>/);
  });

  it('writes a key–value block as paragraphs of the Key Value style, key, colon and value on tab stops', async () => {
    const { document } = await openDocx(await renderDocx(komitmenModel({ signatories: 1 })));
    const lines = all(document, /<w:p>(?:(?!<w:p>).)*?<w:pStyle w:val="KeyValue"\/>.*?<\/w:p>/gs).map((m) => m[0]);
    expect(lines.map((l) => visibleText(l))).toEqual([
      'Hari, tanggal:Jumat, 19 November 2021',
      'Tempat:Balei Harungguan Djabanten Damanik',
    ]);
    for (const line of lines) {
      expect(all(line, /<w:tab w:val="left" w:pos="\d+"\/>/g)).toHaveLength(2);
      expect(line).toMatch(/<w:ind w:left="\d+" w:hanging="\d+"\/>/);
    }
    expect(document).not.toMatch(/<w:tc>(?:(?!<\/w:tc>).)*Hari, tanggal/s);
  });

  it('sizes images to their width and keeps the aspect ratio, with unique drawing ids', async () => {
    const model = withBlocks([
      { type: 'image', image: tinyLogo(), widthMm: 50, align: 'right' },
      { type: 'spacer', heightMm: 10 },
      { type: 'pageBreak' },
      { type: 'image', image: sampleLogo(), widthMm: 30 },
    ]);
    const { document } = await openDocx(await renderDocx(model));
    const extents = all(document, /<wp:extent cx="(\d+)" cy="(\d+)"\/>/g).map((m) => [Number(m[1]), Number(m[2])]);
    // 50 mm = 1 800 000 EMU; a square image stays square; the 60 × 72 logo keeps its 5 : 6 ratio.
    expect(Math.abs(extents[0]![0]! - 1_800_000)).toBeLessThan(10_000);
    expect(extents[0]![1]).toBe(extents[0]![0]);
    expect(extents[1]![1]! / extents[1]![0]!).toBeCloseTo(72 / 60, 2);
    const ids = all(document, /<wp:docPr id="(\d+)"/g).map((m) => m[1]);
    expect(new Set(ids).size).toBe(ids.length);
    // The page break and the spacer are properties of the paragraph that follows them, not paragraphs of their own.
    expect(document).not.toContain('<w:br w:type="page"/>');
    expect(document).toMatch(/<w:pStyle w:val="BodyText"\/><w:pageBreakBefore\/>/);
    expect(all(document, /<w:p>/g)).toHaveLength(2);
  });
});
