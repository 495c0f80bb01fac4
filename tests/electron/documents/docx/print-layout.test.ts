// Print rules in the DOCX. Page numbers as the profile chooses them: letters, minutes and decrees number page 2 on as "- 2 -"
// centred in the header (nothing on page 1, a distinct first page); sheets keep "Halaman n dari N" in the footer.
// The last row of a table or grid that is kept with a closing signature keeps with it in Word too. "se-Kabupaten"
// keeps its hyphen from ending a line.
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { renderDocx } from '../../../../electron/documents/docx/render-docx';
import { noBreakPrefixHyphens } from '../../../../electron/documents/docx/runs';
import { layoutDocument } from '../../../../shared/document/layout/layout-document';
import { fixedMetrics } from '../../../shared/document/layout/fixed-metrics';
import { pageHeaderNumberText, type DocumentModel } from '../../../../shared/document/model';
import { komitmenModel } from '../../../helpers/sample-models';
import { all, footerFor, openDocx } from './docx-parts';

async function headers(bytes: Uint8Array): Promise<Map<string, string>> {
  const zip = await JSZip.loadAsync(bytes);
  const out = new Map<string, string>();
  for (const name of Object.keys(zip.files).filter((n) => /^word\/header\d+\.xml$/.test(n)))
    out.set(name, await zip.file(name)!.async('string'));
  return out;
}

const pieces = (xml: string) =>
  all(xml, /<w:t xml:space="preserve">([^<]*)<\/w:t>|<w:instrText xml:space="preserve">\s*(\w+)\s*<\/w:instrText>/g)
    .map((m) => m[1] ?? `{${m[2]}}`)
    .join('');

describe('renderDocx: page numbers', () => {
  it('writes "- " PAGE " -" centred in the header from page 2 and nothing on page 1 for the top-centre style', async () => {
    const base = komitmenModel({ signatories: 3 });
    const model: DocumentModel = { ...base, footer: { pageNumbers: true, style: 'top-centre' } };
    const bytes = await renderDocx(model);
    const parts = await openDocx(bytes);
    const texts = [...(await headers(bytes)).values()].map(pieces);
    expect(texts).toContain('- {PAGE} -');
    expect(texts).toContain('');
    expect('- {PAGE} -'.replace('{PAGE}', '2')).toBe(pageHeaderNumberText(2));
    expect(parts.document).toMatch(/<w:titlePg\/>|<w:titlePg w:val="(true|1)"\/>/);
    expect(parts.document).toMatch(/<w:headerReference w:type="first"/);
    // No "Halaman n dari N" footer besides.
    expect(footerFor(parts, 'default')).toBeUndefined();
    expect([...parts.footers.values()].some((f) => f.includes('Halaman'))).toBe(false);
    const header = [...(await headers(bytes)).values()].find((h) => pieces(h) === '- {PAGE} -')!;
    expect(header).toContain('<w:jc w:val="center"/>');
  });

  it('keeps the last row of a table with the block after it when the model says so, and no other body row', async () => {
    const base = komitmenModel({ signatories: 6 });
    const model: DocumentModel = {
      ...base,
      blocks: base.blocks.map((b) => (b.type === 'table' ? { ...b, keepLastRowWithNext: true } : b)),
    };
    const parts = await openDocx(await renderDocx(model));
    const table = /<w:tbl>(?:(?!<\/w:tbl>).)*Tanda Tangan(?:(?!<\/w:tbl>).)*<\/w:tbl>/s.exec(parts.document)![0];
    const rows = all(table, /<w:tr>.*?<\/w:tr>/gs).map((m) => m[0]);
    const kept = rows.map((r) => /<w:keepNext\/>/.test(r));
    // Header row kept with the first body row; body rows free but the last.
    expect(kept[0]).toBe(true);
    expect(kept.slice(1, -1).every((k) => !k)).toBe(true);
    expect(kept[kept.length - 1]).toBe(true);
  });
});

describe('renderDocx: prefix hyphens', () => {
  it('writes "se-Kabupaten" and "ke-2" with the non-breaking hyphen, and leaves other hyphens alone', async () => {
    expect(noBreakPrefixHyphens('Camat se-Kabupaten Simalungun, Se-Indonesia, hari ke-2')).toBe(
      'Camat se\u2011Kabupaten Simalungun, Se\u2011Indonesia, hari ke\u20112',
    );
    expect(noBreakPrefixHyphens('kerja-sama, base-line, rese-rvasi, 2021-2026, se-tempat')).toBe(
      'kerja-sama, base-line, rese-rvasi, 2021-2026, se-tempat',
    );
    const base = komitmenModel({ signatories: 1 });
    const model: DocumentModel = {
      ...base,
      blocks: [
        { type: 'paragraph', runs: [{ text: 'Kepala Perangkat Daerah dan Camat se-Kabupaten Simalungun' }] },
        ...base.blocks,
      ],
    };
    const parts = await openDocx(await renderDocx(model));
    expect(parts.document).toContain('Camat se\u2011Kabupaten Simalungun');
    expect(parts.document).not.toContain('se-Kabupaten');
  });

  it('never breaks "se-Kabupaten" in the PDF: lines break at spaces only', () => {
    for (let pad = 0; pad < 40; pad++) {
      const layout = layoutDocument(
        {
          ...komitmenModel({ signatories: 1 }),
          blocks: [{ type: 'paragraph', runs: [{ text: `${'x'.repeat(pad)} Camat se-Kabupaten Simalungun`.repeat(3) }] }],
        },
        fixedMetrics,
      );
      const lines = layout.pages[0]!.items.flatMap((i) => (i.kind === 'text' ? [i.text] : []));
      expect(lines.some((l) => /se-$/.test(l.trim()) || /^Kabupaten/.test(l.trim()))).toBe(false);
    }
  });
});
