// Table captions and cell shading in the layout: a caption stays on its table's page, the Daftar Tabel lists every
// caption with the page it landed on, and a shaded cell is filled behind its borders and text.
import { describe, expect, it } from 'vitest';
import { layoutDocument } from '../../../../shared/document/layout/layout-document';
import type { RectItem, TextItem } from '../../../../shared/document/layout/types';
import type { Block, DocumentModel, TableBlock } from '../../../../shared/document/model';
import { fixedMetrics } from './fixed-metrics';

const model = (blocks: Block[]): DocumentModel => ({
  meta: { title: 'Uji', author: 'Dinas', createdAt: '2021-11-19T08:00:00+07:00' },
  page: { paper: 'A4', margins: { topMm: 20, rightMm: 20, bottomMm: 25, leftMm: 30 } },
  font: { family: 'Arial', sizePt: 12 },
  blocks,
});

const table = (rows: number, shading?: string): TableBlock => ({
  type: 'table',
  columns: [{ weight: 1 }, { weight: 3 }],
  header: [{ cells: [{ lines: [[{ text: 'No' }]] }, { lines: [[{ text: 'Isi' }]] }] }],
  rows: Array.from({ length: rows }, (_, i) => ({
    cells: [{ lines: [[{ text: `${i + 1}.` }]], ...(shading ? { shading } : {}) }, { lines: [[{ text: `baris ${i + 1}` }]] }],
  })),
});

const caption = (number: string, text: string): Block => ({ type: 'caption', label: 'Tabel', number, text });
const filler = (lines: number): Block[] =>
  Array.from({ length: lines }, (_, i) => ({ type: 'paragraph', runs: [{ text: `Paragraf isi ${i + 1}.` }] }) as Block);

describe('captions and the list of tables', () => {
  it('lists every caption with its page, in the Daftar Tabel and in tableEntries', () => {
    const layout = layoutDocument(
      model([
        { type: 'toc', title: 'DAFTAR TABEL', maxLevel: 1, of: 'tables' },
        { type: 'pageBreak' },
        caption('1.1', 'Pertama'),
        table(3),
        { type: 'pageBreak' },
        caption('2.1', 'Kedua'),
        table(3),
      ]),
      fixedMetrics,
    );
    expect(layout.tableEntries.map((e) => [e.text, e.page])).toEqual([
      ['Tabel 1.1 Pertama', 2],
      ['Tabel 2.1 Kedua', 3],
    ]);
    // The headings' contents knows nothing of the captions.
    expect(layout.tocEntries).toEqual([]);
    const first = layout.pages[0]!.items.filter((i): i is TextItem => i.kind === 'text');
    const right = (text: string) => first.find((t) => t.text === text);
    expect(first.some((t) => t.text.startsWith('Tabel 1.1 Pertama'))).toBe(true);
    // Page numbers filled in at the right edge.
    expect(right('2')).toBeDefined();
    expect(right('3')).toBeDefined();
  });

  it('moves a caption at the foot of a page to the next page with its table', () => {
    const layout = layoutDocument(model([...filler(36), caption('1', 'Di bawah'), table(4)]), fixedMetrics);
    const pageOf = (text: string) =>
      layout.pages.findIndex((p) => p.items.some((i) => i.kind === 'text' && i.text.startsWith(text)));
    expect(layout.pages.length).toBe(2);
    expect(pageOf('Tabel 1 Di bawah')).toBe(pageOf('baris'));
  });

  it('fills a shaded cell behind its borders and text', () => {
    const layout = layoutDocument(model([table(2, '63BE7B')]), fixedMetrics);
    const items = layout.pages[0]!.items;
    const fills = items.filter((i): i is RectItem => i.kind === 'rect' && i.fill !== 'marker');
    expect(fills).toHaveLength(2);
    expect(fills[0]!.fill).toEqual({ rgb: '63BE7B' });
    // The row's own borders come after its fill, so that they are drawn over it.
    const rowBorder = items.findIndex((i) => i.kind === 'line' && i.y1 === fills[0]!.y && i.y2 === fills[0]!.y + fills[0]!.h);
    expect(rowBorder).toBeGreaterThan(items.indexOf(fills[0]!));
    // The fill covers the first column only.
    const text = items.find((i): i is TextItem => i.kind === 'text' && i.text === '1.')!;
    expect(text.x).toBeGreaterThan(fills[0]!.x);
    expect(text.x).toBeLessThan(fills[0]!.x + fills[0]!.w);
  });
});
