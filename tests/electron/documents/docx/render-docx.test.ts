// The DOCX as Word reads it: the real parts inside the zip (document, styles, numbering, footers, core
// properties) carry the page setup, fonts, repeating headers, unsplittable rows, fields, lists and metadata.
import { describe, expect, it } from 'vitest';
import { renderDocx } from '../../../../electron/documents/docx/render-docx';
import { pageFooterText } from '../../../../shared/document/model';
import { komitmenModel, masterplanModel, SAMPLE_NIP, signatoryName } from '../../../helpers/sample-models';
import { all, footerFor, openDocx, tableRows, visibleText } from './docx-parts';

const attr = (xml: string, name: string) => new RegExp(`${name}="([^"]*)"`).exec(xml)?.[1];

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
    expect([attr(pgMar, 'w:top'), attr(pgMar, 'w:right'), attr(pgMar, 'w:bottom'), attr(pgMar, 'w:left')]).toEqual([
      '1134',
      '1134',
      '1417',
      '1701',
    ]);
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

  it('writes a signature grid at its own size, place and date included', async () => {
    const model = komitmenModel({ signatories: 3 });
    model.blocks.push({
      type: 'signatureGrid',
      columns: 3,
      placeDate: 'Pematang Raya, 19 November 2021',
      cells: [{ headingLines: ['BUPATI SIMALUNGUN,'], name: 'RADIAPOH HASIHOLAN SINAGA', detailLines: [] }],
      sizePt: 10,
    });
    const { document } = await openDocx(await renderDocx(model));
    const table = all(document, /<w:tbl>.*?<\/w:tbl>/gs).find((m) => visibleText(m[0]).includes('RADIAPOH'))![0];
    const runs = all(table, /<w:r>.*?<\/w:r>/gs)
      .map((m) => m[0])
      .filter((r) => visibleText(r).trim() !== '');
    expect(runs.length).toBeGreaterThanOrEqual(2);
    for (const run of runs) expect(run).toContain('<w:sz w:val="20"/>');
    // The place and date sit over the last column in a paragraph of the Signature Text style, at the grid's size.
    expect(document).toMatch(
      /<w:pStyle w:val="SignatureText"\/>.*?<w:sz w:val="20"\/>(?:(?!<w:p>).)*Pematang Raya, 19 November 2021/s,
    );
  });

  it('splits the text width over the columns by weight', async () => {
    const { document } = await openDocx(await renderDocx(komitmenModel({ signatories: 3 })));
    const table = all(document, /<w:tbl>.*?<\/w:tbl>/gs).find((m) => visibleText(m[0]).includes('Tanda Tangan'))![0];
    const grid = all(table, /<w:gridCol w:w="(\d+)"\/>/g).map((m) => Number(m[1]));
    // F4-215 with 30 + 20 mm margins leaves 165 mm = 9354 twips; weights 1 : 5 : 5 : 4.
    expect(grid.reduce((a, b) => a + b, 0)).toBe(9354);
    expect(grid.map((w) => Math.round((w / 9354) * 15))).toEqual([1, 5, 5, 4]);
  });

  it('takes the column widths of the PDF layout when given, so both outputs wrap alike', async () => {
    const model = komitmenModel({ signatories: 3 });
    const { document } = await openDocx(await renderDocx(model, { tableColumns: [[0.1, 0.4, 0.3, 0.2]] }));
    const table = all(document, /<w:tbl>.*?<\/w:tbl>/gs).find((m) => visibleText(m[0]).includes('Tanda Tangan'))![0];
    const grid = all(table, /<w:gridCol w:w="(\d+)"\/>/g).map((m) => Number(m[1]));
    expect(grid.map((w) => Math.round((w / 9354) * 10))).toEqual([1, 4, 3, 2]);
    // Shares for another shape of table are ignored rather than misapplied.
    const { document: other } = await openDocx(await renderDocx(model, { tableColumns: [[0.5, 0.5]] }));
    const otherTable = all(other, /<w:tbl>.*?<\/w:tbl>/gs).find((m) => visibleText(m[0]).includes('Tanda Tangan'))![0];
    const otherGrid = all(otherTable, /<w:gridCol w:w="(\d+)"\/>/g).map((m) => Number(m[1]));
    expect(otherGrid.map((w) => Math.round((w / 9354) * 15))).toEqual([1, 5, 5, 4]);
  });

  it('staggers signature labels: odd at the left of the cell, even from its middle', async () => {
    const { document } = await openDocx(await renderDocx(komitmenModel({ signatories: 4 })));
    const rows = tableRows(document, 'Tanda Tangan').slice(1);
    const labelIndent = (row: string) => {
      const cells = all(row, /<w:tc>.*?<\/w:tc>/gs).map((m) => m[0]);
      const last = cells[cells.length - 1]!;
      return {
        text: visibleText(last),
        left: Number(/<w:ind w:left="(\d+)"/.exec(last)?.[1] ?? 0),
        width: Number(/<w:tcW [^>]*w:w="(\d+)"/.exec(last)?.[1]),
      };
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
    expect(document).toMatch(
      /<w:pStyle w:val="Title"\/>.*?<w:u w:val="single"\/><\/w:rPr><w:t xml:space="preserve">KOMITMEN BERSAMA</s,
    );
    const text = visibleText(document);
    expect(text).toContain('NOMOR: 555/123/Kominfo/2021');
    expect(text).toContain('GERAKAN MENUJU SMART CITY');
    const grid = tableRows(document, 'MIXNON');
    // One row of two blocks as jabatan (aligned to the bottom), signature space and name rows, kept together.
    expect(grid).toHaveLength(3);
    expect(grid[0]).toContain('<w:vAlign w:val="bottom"/>');
    expect(grid[1]).toMatch(/<w:trHeight w:val="\d+" w:hRule="exact"\/>/);
    for (const row of grid) expect(row).toContain('<w:cantSplit/>');
    expect(grid[2]).toMatch(
      /<w:b\/><w:bCs\/><w:u w:val="single"\/><\/w:rPr><w:t xml:space="preserve">Drs. MIXNON ANDREAS SIMAMORA/,
    );
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
    for (const { date: d } of Object.values(zip.files))
      expect([d.getFullYear(), d.getMonth() + 1, d.getDate(), d.getHours()]).toEqual([2021, 11, 19, 1]);
  });
});

describe('renderDocx: footer', () => {
  it('writes "Halaman " PAGE " dari " NUMPAGES on every page', async () => {
    const parts = await openDocx(await renderDocx(komitmenModel({ signatories: 1 })));
    const footer = footerFor(parts, 'default') ?? '';
    const pieces = all(
      footer,
      /<w:t xml:space="preserve">([^<]*)<\/w:t>|<w:instrText xml:space="preserve">\s*(\w+)\s*<\/w:instrText>/g,
    ).map((m) => m[1] ?? `{${m[2]}}`);
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
