// The DOCX as Word reads it: the real parts inside the zip (document, styles, numbering, footers, core
// properties) carry the page setup, fonts, repeating headers, unsplittable rows, fields, lists and metadata.
import { describe, expect, it } from 'vitest';
import { renderDocx } from '../../../../electron/documents/docx/render-docx';
import { type Block, type DocumentModel, pageFooterText } from '../../../../shared/document/model';
import { komitmenModel, masterplanModel, SAMPLE_NIP, sampleLogo, signatoryName, tinyLogo } from '../../../helpers/sample-models';
import { all, footerFor, openDocx, visibleText } from './docx-parts';

const attr = (xml: string, name: string) => new RegExp(`${name}="([^"]*)"`).exec(xml)?.[1];

function withBlocks(blocks: Block[], patch: Partial<DocumentModel> = {}): DocumentModel {
  return { ...komitmenModel({ signatories: 1 }), blocks, ...patch };
}

/** The w:tr elements of the first w:tbl whose text contains `marker`. */
function tableRows(document: string, marker: string): string[] {
  const table = all(document, /<w:tbl>.*?<\/w:tbl>/gs).find((m) => visibleText(m[0]).includes(marker));
  if (!table) throw new Error(`no table with ${marker}`);
  return all(table[0], /<w:tr>.*?<\/w:tr>/gs).map((m) => m[0]);
}

describe('renderDocx: page setup', () => {
  it.each([
    ['A4', 11906, 16838],
    ['F4-215', 12189, 18709],
    ['F4-210', 11906, 18709],
  ] as const)('writes %s as %i × %i twips, portrait, with the model margins', async (paper, w, h) => {
    const { document } = await openDocx(await renderDocx(komitmenModel({ paper, signatories: 2 })));
    const pgSz = /<w:pgSz [^>]*\/>/.exec(document)?.[0] ?? '';
    expect(attr(pgSz, 'w:w')).toBe(String(w));
    expect(attr(pgSz, 'w:h')).toBe(String(h));
    expect(attr(pgSz, 'w:orient')).toBe('portrait');
    const pgMar = /<w:pgMar [^>]*\/>/.exec(document)?.[0] ?? '';
    // 20 / 20 / 25 / 30 mm
    expect([attr(pgMar, 'w:top'), attr(pgMar, 'w:right'), attr(pgMar, 'w:bottom'), attr(pgMar, 'w:left')]).toEqual(['1134', '1134', '1417', '1701']);
  });
});

describe('renderDocx: styles and fonts', () => {
  it('sets the document default font and size, and black Title and Heading 1–3 styles with outline levels', async () => {
    const { styles } = await openDocx(await renderDocx(komitmenModel({ signatories: 1 })));
    const defaults = /<w:docDefaults>.*?<\/w:docDefaults>/s.exec(styles)?.[0] ?? '';
    expect(defaults).toMatch(/<w:rFonts w:ascii="Arial"[^>]*w:hAnsi="Arial"/);
    expect(defaults).toContain('<w:sz w:val="24"/>');
    expect(defaults).toContain('w:lineRule="auto"');
    for (const [id, level] of [
      ['Heading1', 0],
      ['Heading2', 1],
      ['Heading3', 2],
    ] as const) {
      const style = new RegExp(`<w:style w:type="paragraph" w:styleId="${id}">.*?</w:style>`, 's').exec(styles)?.[0] ?? '';
      expect(style, id).toContain(`<w:outlineLvl w:val="${level}"/>`);
      expect(style, id).toContain('<w:keepNext/>');
      expect(style, id).toContain('<w:color w:val="000000"/>');
    }
    expect(styles).toMatch(/<w:style w:type="paragraph" w:styleId="Title">.*?<w:jc w:val="center"\/>.*?<\/w:style>/s);
  });

  it('uses Times New Roman when the regency chose it', async () => {
    const { styles } = await openDocx(await renderDocx(masterplanModel()));
    expect(/<w:docDefaults>.*?<\/w:docDefaults>/s.exec(styles)?.[0]).toContain('w:ascii="Times New Roman"');
    expect(styles).not.toContain('"Arial"');
  });
});

describe('renderDocx: the commitment sheet', () => {
  it('repeats the header row, never splits a row, and gives body rows their minimum height', async () => {
    const { document } = await openDocx(await renderDocx(komitmenModel()));
    const rows = tableRows(document, 'Tanda Tangan');
    expect(rows).toHaveLength(61);
    expect(rows[0]).toContain('<w:tblHeader/>');
    expect(rows.filter((r) => r.includes('<w:tblHeader/>'))).toHaveLength(1);
    for (const row of rows) expect(row).toContain('<w:cantSplit/>');
    // 12 mm = 680 twips, at least.
    for (const row of rows.slice(1)) expect(row).toMatch(/<w:trHeight w:val="680" w:hRule="atLeast"\/>/);
    expect(rows.slice(1).every((r) => r.includes('<w:sz w:val="20"/>'))).toBe(true);
  });

  it('splits the text width over the columns by weight', async () => {
    const { document } = await openDocx(await renderDocx(komitmenModel({ signatories: 3 })));
    const table = all(document, /<w:tbl>.*?<\/w:tbl>/gs).find((m) => visibleText(m[0]).includes('Tanda Tangan'))![0];
    const grid = all(table, /<w:gridCol w:w="(\d+)"\/>/g).map((m) => Number(m[1]));
    // F4-215 with 30 + 20 mm margins leaves 165 mm = 9354 twips; weights 1 : 5 : 5 : 4.
    expect(grid.reduce((a, b) => a + b, 0)).toBe(9354);
    expect(grid.map((w) => Math.round((w / 9354) * 15))).toEqual([1, 5, 5, 4]);
  });

  it('staggers signature labels: odd at the left of the cell, even from its middle', async () => {
    const { document } = await openDocx(await renderDocx(komitmenModel({ signatories: 4 })));
    const rows = tableRows(document, 'Tanda Tangan').slice(1);
    const labelIndent = (row: string) => {
      const cells = all(row, /<w:tc>.*?<\/w:tc>/gs).map((m) => m[0]);
      const last = cells[cells.length - 1]!;
      return { text: visibleText(last), left: Number(/<w:ind w:left="(\d+)"/.exec(last)?.[1] ?? 0), width: Number(/<w:tcW [^>]*w:w="(\d+)"/.exec(last)?.[1]) };
    };
    const [one, two, three, four] = rows.map(labelIndent);
    expect([one!.text, two!.text, three!.text, four!.text]).toEqual(['1.', '2.', '3.', '4.']);
    expect(one!.left).toBe(0);
    expect(three!.left).toBe(0);
    expect(two!.left).toBeGreaterThan(two!.width * 0.4);
    expect(two!.left).toBeLessThan(two!.width * 0.55);
    expect(four!.left).toBe(two!.left);
  });

  it('keeps no-break spaces inside NIPs and writes every signatory', async () => {
    const { document } = await openDocx(await renderDocx(komitmenModel()));
    expect(document).toContain(SAMPLE_NIP);
    expect(SAMPLE_NIP).toContain('\u00a0');
    const text = visibleText(document);
    for (let i = 1; i <= 60; i++) expect(text).toContain(signatoryName(i));
  });

  it('draws the kop as a table with the logo, centred lines and a thick-over-thin rule', async () => {
    const parts = await openDocx(await renderDocx(komitmenModel({ signatories: 1 })));
    const kop = /<w:tbl>.*?<\/w:tbl>/s.exec(parts.document)?.[0] ?? '';
    expect(kop).toContain('<w:drawing>');
    expect(kop).toMatch(/<w:bottom w:val="thinThickSmallGap"[^>]*w:sz="24"/);
    expect(kop).toMatch(/<w:jc w:val="center"\/><\/w:pPr><w:r><w:rPr><w:b\/><w:bCs\/><w:sz w:val="32"\/>/);
    expect(parts.names.some((n) => /^word\/media\/.+\.png$/.test(n))).toBe(true);
    expect(parts.rels).toMatch(/relationships\/image" Target="media\/[^"]+\.png"/);
  });

  it('writes the title with its number and subtitle, and the signature grid with place and date', async () => {
    const { document } = await openDocx(await renderDocx(komitmenModel({ signatories: 1 })));
    expect(document).toMatch(/<w:pStyle w:val="Title"\/>.*?<w:u w:val="single"\/><\/w:rPr><w:t xml:space="preserve">KOMITMEN BERSAMA</s);
    const text = visibleText(document);
    expect(text).toContain('NOMOR: 555/123/Kominfo/2021');
    expect(text).toContain('GERAKAN MENUJU SMART CITY');
    const grid = tableRows(document, 'Pematang Raya, 19 November 2021');
    // Place and date, then one row of two blocks; both stay together.
    expect(grid).toHaveLength(2);
    expect(grid[0]).toContain('<w:keepNext/>');
    for (const row of grid) expect(row).toContain('<w:cantSplit/>');
    expect(grid[1]).toMatch(/<w:b\/><w:bCs\/><w:u w:val="single"\/><\/w:rPr><w:t xml:space="preserve">Drs. MIXNON ANDREAS SIMAMORA/);
  });

  it('numbers lists with real Word numbering: decimal and lower-alpha levels', async () => {
    const { document, numbering } = await openDocx(await renderDocx(komitmenModel({ signatories: 1 })));
    expect(numbering).toMatch(/<w:numFmt w:val="decimal"\/>/);
    expect(numbering).toMatch(/<w:lvlText w:val="%1\."\/>/);
    expect(numbering).toMatch(/<w:numFmt w:val="lowerLetter"\/>/);
    const numbered = all(document, /<w:numPr><w:ilvl w:val="(\d)"\/><w:numId w:val="(\d+)"\/><\/w:numPr>/g);
    expect(numbered.map((m) => m[1])).toEqual(['0', '0', '1', '1', '0']);
    // The nested list is a list of its own, so it starts at "a." again.
    expect(new Set(numbered.map((m) => m[2])).size).toBe(2);
  });

  it('writes title, author, subject, keywords and the model date into the core properties', async () => {
    const { core } = await openDocx(await renderDocx(komitmenModel({ signatories: 1 })));
    expect(core).toContain('<dc:title>Komitmen Bersama Gerakan Menuju Smart City</dc:title>');
    expect(core).toContain('<dc:creator>Dinas Komunikasi dan Informatika Kabupaten Simalungun</dc:creator>');
    expect(core).toContain('<dc:subject>Komitmen bersama</dc:subject>');
    expect(core).toContain('<cp:keywords>smart city, komitmen</cp:keywords>');
    expect(core).toContain('<dcterms:created xsi:type="dcterms:W3CDTF">2021-11-19T01:00:00Z</dcterms:created>');
  });

  it('gives the same bytes for the same model, zip dates included', async () => {
    const a = await renderDocx(komitmenModel({ signatories: 5 }));
    const b = await renderDocx(komitmenModel({ signatories: 5 }));
    expect(Buffer.from(a).equals(Buffer.from(b))).toBe(true);
    const { zip } = await openDocx(a);
    // JSZip reads the DOS fields as local time, so compare the fields: 01:00 UTC on 19 November.
    for (const { date: d } of Object.values(zip.files)) expect([d.getFullYear(), d.getMonth() + 1, d.getDate(), d.getHours()]).toEqual([2021, 11, 19, 1]);
  });
});

describe('renderDocx: footer', () => {
  it('writes "Halaman " PAGE " dari " NUMPAGES on every page', async () => {
    const parts = await openDocx(await renderDocx(komitmenModel({ signatories: 1 })));
    const footer = footerFor(parts, 'default') ?? '';
    const pieces = all(footer, /<w:t xml:space="preserve">([^<]*)<\/w:t>|<w:instrText xml:space="preserve">\s*(\w+)\s*<\/w:instrText>/g).map((m) => m[1] ?? `{${m[2]}}`);
    expect(pieces.join('')).toBe('Halaman {PAGE} dari {NUMPAGES}');
    // Worded exactly as the PDF's footer.
    expect(pieces.join('').replace('{PAGE}', '3').replace('{NUMPAGES}', '7')).toBe(pageFooterText(3, 7));
    expect(footer).toContain('<w:fldChar w:fldCharType="begin"/>');
    expect(footerFor(parts, 'first')).toBeUndefined();
    expect(parts.document).not.toMatch(/<w:titlePg\/>|<w:titlePg w:val="(true|1)"\/>/);
  });

  it('leaves the cover page without a footer when skipFirstPage is set', async () => {
    const parts = await openDocx(await renderDocx(masterplanModel()));
    expect(parts.document).toMatch(/<w:titlePg\/>|<w:titlePg w:val="(true|1)"\/>/);
    expect(footerFor(parts, 'first')).not.toContain('PAGE');
    expect(footerFor(parts, 'default')).toContain('NUMPAGES');
  });

  it('writes no footer without page numbers', async () => {
    const parts = await openDocx(await renderDocx({ ...komitmenModel({ signatories: 1 }), footer: undefined }));
    expect(parts.document).not.toContain('<w:footerReference');
  });
});

describe('renderDocx: headings and contents', () => {
  it('writes headings in Heading styles, BAB labels on their own line, chapters on a new page', async () => {
    const { document } = await openDocx(await renderDocx(masterplanModel()));
    expect(document).toMatch(
      /<w:pStyle w:val="Heading1"\/><w:pageBreakBefore\/><\/w:pPr><w:r><w:t xml:space="preserve">BAB I<\/w:t><\/w:r><w:r><w:br\/><\/w:r><w:r><w:t xml:space="preserve">PENDAHULUAN/,
    );
    // Word shows only the larger of two paragraphs' spaces after and before, so a section heading's 12 pt is
    // added to what is above it: 18 pt under a chapter title, 6 pt under a paragraph.
    expect(document).toMatch(/<w:pStyle w:val="Heading2"\/><w:spacing w:before="600"\/><\/w:pPr><w:r><w:t xml:space="preserve">1\.1 Latar Belakang/);
    expect(document).toMatch(/<w:pStyle w:val="Heading3"\/><w:spacing w:before="360"\/><\/w:pPr><w:r><w:t xml:space="preserve">1\.1\.1 Rincian Latar Belakang/);
  });

  it('lists the headings up to maxLevel with dot leaders and the page numbers it is given', async () => {
    // Twelve headings are marked for the contents; maxLevel 2 lists seven of them.
    const pages = [3, 3, 3, 4, 4, 5, 5, 5, 6, 6, 7, 7];
    const { document } = await openDocx(await renderDocx(masterplanModel(), { tocPageNumbers: pages }));
    const entries = all(document, /<w:p><w:pPr><w:pStyle w:val="TOC(\d)"\/>.*?<\/w:p>/gs).map((m) => ({ level: Number(m[1]), xml: m[0] }));
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
        runs: [{ text: 'Tebal', bold: true }, { text: ' miring', italic: true }, { text: ' garis', underline: true }, { text: ' [isi]', marker: true }, { text: ' Sarana & Prasarana <baru>' }],
      },
    ]);
    const { document } = await openDocx(await renderDocx(model));
    const p = /<w:p><w:pPr>.*?<\/w:p>/s.exec(document)?.[0] ?? '';
    expect(p).toContain('<w:keepNext/>');
    expect(p).toContain('<w:jc w:val="both"/>');
    expect(p).toMatch(/<w:ind w:left="283" w:firstLine="567"\/>/);
    expect(p).toMatch(/<w:spacing w:after="60" w:before="120" w:line="240" w:lineRule="auto"\/>/);
    expect(p).toMatch(/<w:b\/><w:bCs\/><\/w:rPr><w:t xml:space="preserve">Tebal/);
    expect(p).toMatch(/<w:i\/><w:iCs\/><\/w:rPr><w:t xml:space="preserve"> miring/);
    expect(p).toMatch(/<w:highlight w:val="yellow"\/><\/w:rPr><w:t xml:space="preserve"> \[isi\]/);
    expect(p).toContain('Sarana &amp; Prasarana &lt;baru&gt;');
  });

  it('turns a newline into a line break and drops control characters Word would reject', async () => {
    const { document } = await openDocx(await renderDocx(withBlocks([{ type: 'paragraph', runs: [{ text: 'baris satu\nbaris\u0007 dua' }] }])));
    expect(document).toMatch(/baris satu<\/w:t><\/w:r><w:r><w:br\/><w:t xml:space="preserve">baris dua</);
    expect(document).not.toContain('\u0007');
  });

  it('keeps every paragraph of a keepTogether group with the next but the last', async () => {
    const para = (text: string): Block => ({ type: 'paragraph', runs: [{ text }] });
    const model = withBlocks([{ type: 'keepTogether', blocks: [para('satu'), { type: 'list', ordered: true, items: [{ runs: [{ text: 'dua' }] }, { runs: [{ text: 'tiga' }] }] }] }, para('empat')]);
    const { document } = await openDocx(await renderDocx(model));
    const paragraphs = all(document, /<w:p>.*?<\/w:p>/gs).map((m) => m[0]);
    const kept = (text: string) => paragraphs.find((p) => visibleText(p) === text)!.includes('<w:keepNext/>');
    expect([kept('satu'), kept('dua'), kept('tiga'), kept('empat')]).toEqual([true, true, false, false]);
  });

  it('restarts numbering for each list block', async () => {
    const list = (text: string): Block => ({ type: 'list', ordered: true, items: [{ runs: [{ text }] }, { runs: [{ text: `${text} lagi` }] }] });
    const { document, numbering } = await openDocx(await renderDocx(withBlocks([list('pertama'), { type: 'paragraph', runs: [{ text: 'sela' }] }, list('kedua')])));
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

  it('writes a key–value block as a borderless table of key, colon and value', async () => {
    const { document } = await openDocx(await renderDocx(komitmenModel({ signatories: 1 })));
    const rows = tableRows(document, 'Hari, tanggal');
    expect(rows.map((r) => all(r, /<w:tc>.*?<\/w:tc>/gs).map((c) => visibleText(c[0])))).toEqual([
      ['Hari, tanggal', ':', 'Jumat, 19 November 2021'],
      ['Tempat', ':', 'Balei Harungguan Djabanten Damanik'],
    ]);
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
    expect(document).toContain('<w:br w:type="page"/>');
    expect(document).toMatch(/<w:spacing w:after="0" w:before="0" w:line="567" w:lineRule="exact"\/>/);
  });
});
