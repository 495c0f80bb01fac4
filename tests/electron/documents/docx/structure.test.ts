// The DOCX a clerk goes on editing in Word, read from its parts: the contents are a TOC field filled in from the
// layout, headings are numbered by a list linked to Heading 1–3, text is in named styles, no empty spacer paragraphs,
// table header rows repeat and rows never split, signature grids are rows, the front matter is its own section with
// roman numbers, and every paper size is written exactly with the profile's margins.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DocumentModel, PaperSize } from '../../../../shared/document/model';
import { buildDaftarHadir } from '../../../../shared/documents/daftar-hadir';
import { buildKomitmen } from '../../../../shared/documents/komitmen';
import { buildMasterplanDraft } from '../../../../shared/documents/masterplan';
import { demoContexts, demoDocumentData, type DemoDocumentData } from '../../../helpers/document-contexts';
import { renderDocx } from '../../../helpers/document-render';
import { all, type DocxParts, innermostTables, openDocx, visibleText } from './docx-parts';

let data: DemoDocumentData;
let close: () => void;
beforeAll(async () => {
  const demo = await demoContexts();
  close = demo.close;
  data = demoDocumentData(demo.contexts);
}, 60_000);
afterAll(() => close());

const models = (paper: PaperSize): Record<string, DocumentModel> => ({
  masterplan: buildMasterplanDraft({ ...data.masterplan, paper }),
  komitmen: buildKomitmen({ ...data.komitmen, paper }),
  'komitmen-grid': buildKomitmen({ ...data.komitmenGrid, paper }),
  'daftar-hadir': buildDaftarHadir({ ...data.daftarHadir, paper }),
});

/** Paragraphs directly in the body (outside tables), each as XML. */
function bodyParagraphs(document: string): string[] {
  // Innermost tables first: a signature grid nests a table in each of its rows.
  let body = document;
  while (body.includes('<w:tbl>')) body = body.replace(/<w:tbl>(?:(?!<w:tbl>).)*?<\/w:tbl>/gs, '<TABLE/>');
  return all(body, /<w:p>.*?<\/w:p>|<w:p\/>|<TABLE\/>/gs).map((m) => m[0]);
}

const styleOf = (p: string) => /<w:pStyle w:val="([^"]+)"\/>/.exec(p)?.[1];
const hasContent = (p: string) => visibleText(p).trim() !== '' || /<w:drawing>|<w:fldChar|<w:instrText/.test(p);

function expectNoSpacers(document: string) {
  const items = bodyParagraphs(document);
  items.forEach((p, i) => {
    if (p === '<TABLE/>' || hasContent(p)) return;
    const style = styleOf(p);
    // Only a Table Gap between two tables (Word joins tables that touch) or the paragraph that carries a section break.
    if (style === 'TableGap') {
      expect(items[i - 1]).toBe('<TABLE/>');
      expect(items[i + 1]).toBe('<TABLE/>');
    } else {
      expect(style, `empty paragraph ${p}`).toBe('SectionBreak');
      expect(p).toContain('<w:sectPr>');
    }
  });
  // Nothing but those is set to an exact hair-line height.
  for (const p of items.filter((x) => /w:lineRule="exact"/.test(x))) expect(['TableGap', 'SectionBreak']).toContain(styleOf(p));
}

const PAPER_TWIPS: Record<PaperSize, [number, number]> = {
  A4: [11906, 16838],
  'F4-215': [12189, 18709],
  'F4-210': [11906, 18709],
};

describe('DOCX structure for editing in Word', { timeout: 120_000 }, () => {
  let masterplan: DocxParts;
  beforeAll(async () => {
    masterplan = await openDocx(await renderDocx(models('A4').masterplan!));
  });

  it('writes the contents as a TOC field over Heading 1–2, filled in with entries and page numbers', () => {
    const { document } = masterplan;
    expect(document).toMatch(/<w:instrText xml:space="preserve"> TOC \\o &quot;1-2&quot; \\h \\z \\u <\/w:instrText>/);
    const entries = all(document, /<w:p><w:pPr><w:pStyle w:val="TOC(\d)"\/>.*?<\/w:p>/gs).map((m) => m[0]);
    expect(entries.length).toBeGreaterThan(20);
    // Every entry ends with a tab and its page number, as the PDF paginates it.
    for (const entry of entries) expect(entry).toMatch(/<w:tab\/><w:t xml:space="preserve">\d+<\/w:t>/);
    expect(visibleText(entries.join(''))).toContain('BAB I PENDAHULUAN');
    expect(all(document, /<w:fldChar w:fldCharType="begin"\/>/g).length).toBe(
      all(document, /<w:fldChar w:fldCharType="end"\/>/g).length,
    );
  });

  it('numbers headings through a multilevel list linked to Heading 1–3, never by typed labels', () => {
    const { document, numbering, styles } = masterplan;
    const abstract = all(numbering, /<w:abstractNum [^>]*>.*?<\/w:abstractNum>/gs)
      .map((m) => m[0])
      .find((a) => a.includes('<w:pStyle w:val="Heading1"/>'));
    expect(abstract).toBeDefined();
    expect(abstract).toMatch(/<w:numFmt w:val="upperRoman"\/><w:pStyle w:val="Heading1"\/>.*?<w:lvlText w:val="BAB %1"\/>/s);
    expect(abstract).toMatch(/<w:pStyle w:val="Heading2"\/><w:isLgl\/>.*?<w:lvlText w:val="%1\.%2"\/>/s);
    expect(abstract).toMatch(/<w:pStyle w:val="Heading3"\/><w:isLgl\/>.*?<w:lvlText w:val="%1\.%2\.%3"\/>/s);
    // The heading styles carry the list.
    for (const id of ['Heading1', 'Heading2', 'Heading3']) {
      const style = new RegExp(`<w:style [^>]*w:styleId="${id}"[^>]*>.*?</w:style>`, 's').exec(styles)?.[0];
      expect(style, id).toMatch(/<w:numPr>/);
    }
    const headings = all(document, /<w:p><w:pPr><w:pStyle w:val="Heading(\d)"\/>.*?<\/w:p>/gs).map((m) => m[0]);
    const numbered = headings.filter((h) => !/<w:numId w:val="0"\/>/.test(h));
    // Buku I and II: 5 and 7 chapters, each with sections.
    expect(numbered.filter((h) => h.includes('Heading1')).length).toBe(12);
    expect(numbered.length).toBeGreaterThan(40);
    for (const h of numbered) expect(visibleText(h)).not.toMatch(/^(BAB [IVX]+|\d+\.\d+)/);
    // Buku II starts again at BAB I: a second list instance.
    const instances = new Set(numbered.map((h) => /<w:numId w:val="(\d+)"\/>/.exec(h)?.[1]));
    expect(instances.size).toBe(2);
  });

  it('defines named paragraph styles and uses them for body, table, caption and signature text', () => {
    const { document, styles } = masterplan;
    for (const [id, name] of [
      ['BodyText', 'Body Text'],
      ['TableText', 'Table Text'],
      ['TableHeading', 'Table Heading'],
      ['Caption', 'caption'],
      ['SignatureText', 'Signature Text'],
      ['TOC1', 'toc 1'],
    ]) {
      expect(styles).toMatch(new RegExp(`<w:style w:type="paragraph" w:styleId="${id}"[^>]*><w:name w:val="${name}"/>`));
    }
    for (const id of ['BodyText', 'TableText', 'TableHeading', 'SignatureText'])
      expect(document).toContain(`<w:pStyle w:val="${id}"/>`);
    // Widow control on body text.
    for (const p of all(document, /<w:p><w:pPr><w:pStyle w:val="BodyText"\/>.*?<\/w:p>/gs))
      expect(p[0]).toContain('<w:widowControl/>');
  });

  it('puts the cover, the front matter (roman from ii) and the body (from 1, running header) in sections of their own', () => {
    const { document } = masterplan;
    const sections = all(document, /<w:sectPr>.*?<\/w:sectPr>/gs).map((m) => m[0]);
    expect(sections).toHaveLength(3);
    expect(sections[0]).not.toContain('footerReference');
    expect(sections[1]).toContain('<w:pgNumType w:start="2" w:fmt="lowerRoman"/>');
    expect(sections[1]).toContain('<w:footerReference w:type="default"');
    expect(sections[2]).toContain('<w:pgNumType w:start="1" w:fmt="decimal"/>');
    expect(sections[2]).toContain('<w:headerReference w:type="default"');
  });

  for (const paper of ['A4', 'F4-215', 'F4-210'] as const) {
    it(`writes ${paper} exactly, with the profile's margins, and no spacer paragraphs in any kind`, async () => {
      for (const [kind, model] of Object.entries(models(paper))) {
        const { document } = await openDocx(await renderDocx(model));
        const [w, h] = PAPER_TWIPS[paper];
        const sections = all(document, /<w:sectPr>.*?<\/w:sectPr>/gs).map((m) => m[0]);
        expect(sections.length, kind).toBeGreaterThan(0);
        for (const section of sections) {
          expect(section).toContain(`<w:pgSz w:w="${w}" w:h="${h}" w:orient="portrait"/>`);
          // 20 / 20 / 25 / 30 mm.
          expect(section).toMatch(/<w:pgMar w:top="1134" w:right="1134" w:bottom="1417" w:left="1701" /);
        }
        expectNoSpacers(document);
      }
    });
  }

  it('repeats header rows and never splits a row in the attendance list and the commitment sheet', async () => {
    for (const model of [models('A4')['daftar-hadir']!, models('A4').komitmen!]) {
      const { document } = await openDocx(await renderDocx(model));
      const table = all(document, /<w:tbl>.*?<\/w:tbl>/gs)
        .map((m) => m[0])
        .find((t) => t.includes('<w:tblHeader/>'));
      expect(table).toBeDefined();
      const rows = all(table!, /<w:tr>.*?<\/w:tr>/gs).map((m) => m[0]);
      expect(rows.length).toBeGreaterThan(5);
      for (const row of rows) expect(row).toContain('<w:cantSplit/>');
    }
  });

  it('writes signature grids as rows: jabatan aligned to the bottom, then an exact signature space, then the names', async () => {
    const { document } = await openDocx(await renderDocx(models('A4')['komitmen-grid']!));
    // One table per row of blocks, inside a row of the grid that cannot split.
    const grids = innermostTables(document).filter((t) => /<w:trHeight w:val="\d+" w:hRule="exact"\/>/.test(t));
    expect(grids.length).toBeGreaterThan(3);
    for (const grid of grids) {
      const rows = all(grid, /<w:tr>.*?<\/w:tr>/gs).map((m) => m[0]);
      const i = rows.findIndex((r) => /w:hRule="exact"/.test(r));
      expect(rows[i - 1]).toContain('<w:vAlign w:val="bottom"/>');
      expect(rows[i - 1]).toContain('<w:cantSplit/>');
      expect(visibleText(rows[i]!).trim()).toBe('');
      expect(visibleText(rows[i + 1]!).trim()).not.toBe('');
    }
  });
});
