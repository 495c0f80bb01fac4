// Pagination and placement: header rows repeat, rows stay whole, headings stay with their text, the contents
// know their pages, and no text leaves its margins or its cell, whatever the input.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { layoutDocument } from '../../../../shared/document/layout/layout-document';
import { columnWidths } from '../../../../shared/document/layout/table';
import type { LaidOutPage, LayoutResult, TextItem } from '../../../../shared/document/layout/types';
import type { Block, DocumentModel, TableRow } from '../../../../shared/document/model';
import { fixedMetrics } from './fixed-metrics';

function model(blocks: Block[], extra: Partial<DocumentModel> = {}): DocumentModel {
  return {
    meta: { title: 'Uji', author: 'Dinas', createdAt: '2021-11-19T08:00:00+07:00' },
    page: { paper: 'A4', margins: { topMm: 20, rightMm: 20, bottomMm: 25, leftMm: 30 } },
    font: { family: 'Arial', sizePt: 12 },
    footer: { pageNumbers: true },
    blocks,
    ...extra,
  };
}

const texts = (page: LaidOutPage) => page.items.filter((i): i is TextItem => i.kind === 'text');
const pageText = (page: LaidOutPage) =>
  texts(page)
    .map((t) => t.text)
    .join(' ');

function signatureTable(count: number, name = (i: number) => `Nama Penandatangan ${i}`): Block {
  const rows: TableRow[] = Array.from({ length: count }, (_, i) => ({
    cells: [
      { lines: [[{ text: `${i + 1}.` }]] },
      { lines: [[{ text: name(i + 1) }], [{ text: 'NIP.\u00a019700101\u00a0199503\u00a01\u00a0001' }]] },
      { lines: [[{ text: 'Camat' }]] },
      { lines: [], signature: { label: `${i + 1}.`, side: i % 2 === 0 ? 'left' : 'right' } },
    ],
  }));
  return {
    type: 'table',
    columns: [{ weight: 1 }, { weight: 5 }, { weight: 4 }, { weight: 4 }],
    header: [{ cells: ['No', 'Nama / NIP', 'Jabatan', 'Tanda Tangan'].map((t) => ({ lines: [[{ text: t, bold: true }]] })) }],
    rows,
    minRowHeightMm: 12,
  };
}

/** Every text item lies inside its box horizontally and inside the page frame vertically (footers in the margin). */
function expectInside(layout: LayoutResult): void {
  const { margins, height } = layout;
  for (const page of layout.pages) {
    for (const t of texts(page)) {
      const spaces = t.justifyGap ? t.text.split(' ').length - 1 : 0;
      const right = t.x + t.width + spaces * (t.justifyGap ?? 0);
      expect(t.x, t.text).toBeGreaterThanOrEqual(t.box.left - 0.01);
      expect(right, t.text).toBeLessThanOrEqual(t.box.right + 0.01);
      expect(t.box.left).toBeGreaterThanOrEqual(margins.left - 0.01);
      expect(t.box.right).toBeLessThanOrEqual(layout.width - margins.right + 0.01);
      const isFooter = t.text.startsWith('Halaman ');
      if (!isFooter) {
        expect(t.y - t.size * 0.9, t.text).toBeGreaterThanOrEqual(margins.top - 0.01);
        expect(t.y, t.text).toBeLessThanOrEqual(height - margins.bottom + 0.01);
      }
    }
  }
}

describe('layoutDocument', () => {
  it('repeats the table header on every page and never splits a row', () => {
    const layout = layoutDocument(model([signatureTable(80)]), fixedMetrics);
    expect(layout.pages.length).toBeGreaterThan(3);
    for (const page of layout.pages) expect(pageText(page)).toContain('Tanda Tangan');
    for (let i = 1; i <= 80; i++) {
      const pages = layout.pages.filter((p) => texts(p).some((t) => t.text === `Nama Penandatangan ${i}`));
      expect(pages, `baris ${i}`).toHaveLength(1);
      expect(texts(pages[0]!).filter((t) => t.text === `${i}.`)).toHaveLength(2); // number and signature slot
    }
    expectInside(layout);
  });

  it('staggers signature slots: odd numbers at the left, even numbers from the middle of the cell', () => {
    const layout = layoutDocument(model([signatureTable(2)]), fixedMetrics);
    const slot = (label: string) =>
      texts(layout.pages[0]!)
        .filter((t) => t.text === label)
        .sort((a, b) => b.x - a.x)[0]!;
    expect(slot('2.').x - slot('1.').x).toBeGreaterThan(40);
  });

  it('numbers every page "Halaman X dari Y" and can leave the cover without it', () => {
    const layout = layoutDocument(
      model([signatureTable(60)], { footer: { pageNumbers: true, skipFirstPage: true } }),
      fixedMetrics,
    );
    const total = layout.pages.length;
    layout.pages.forEach((page, i) => {
      const footer = texts(page).filter((t) => t.text.startsWith('Halaman'));
      expect(footer.map((t) => t.text)).toEqual(i === 0 ? [] : [`Halaman ${i + 1} dari ${total}`]);
    });
  });

  it('keeps a heading with the text after it and fills in the contents with the right pages', () => {
    const para = (n: number): Block => ({ type: 'paragraph', runs: [{ text: `Paragraf ${n} `.repeat(40) }] });
    const blocks: Block[] = [{ type: 'toc', title: 'DAFTAR ISI', maxLevel: 2 }];
    for (let c = 1; c <= 4; c++) {
      blocks.push({ type: 'heading', level: 1, label: `BAB ${c}`, text: `Bab nomor ${c}`, toc: true, pageBreakBefore: true });
      for (let s = 1; s <= 5; s++) {
        blocks.push({ type: 'heading', level: 2, label: `${c}.${s}`, text: `Subbab ${c}.${s}`, toc: true });
        blocks.push(para(s), para(s + 1));
      }
    }
    const layout = layoutDocument(model(blocks), fixedMetrics);
    expect(layout.tocEntries).toHaveLength(24);
    for (const entry of layout.tocEntries) {
      const page = layout.pages[entry.page - 1]!;
      expect(pageText(page)).toContain(entry.text);
    }
    for (const page of layout.pages) {
      const body = texts(page).filter((t) => !t.text.startsWith('Halaman'));
      const last = body[body.length - 1]!;
      expect(last.text, 'a page must not end with a heading').not.toMatch(/^\d\.\d Subbab/);
    }
    const contents = texts(layout.pages[0]!);
    const numberOf = (label: string) => {
      const line = contents.find((t) => t.text.startsWith(label))!;
      return contents.find((t) => Math.abs(t.y - line.y) < 0.01 && /^\d+$/.test(t.text))?.text;
    };
    expect(numberOf('BAB 3')).toBe(String(layout.tocEntries.find((e) => e.label === 'BAB 3')!.page));
    expectInside(layout);
  });

  it('continues a row taller than a page on the next page instead of running past the margin', () => {
    const long = 'kata '.repeat(1500);
    const table: Block = {
      type: 'table',
      columns: [{ weight: 1 }, { weight: 3 }],
      header: [{ cells: [{ lines: [[{ text: 'No' }]] }, { lines: [[{ text: 'Uraian' }]] }] }],
      rows: [{ cells: [{ lines: [[{ text: '1.' }]] }, { lines: [[{ text: long }]] }] }],
    };
    const layout = layoutDocument(model([table]), fixedMetrics);
    expect(layout.pages.length).toBeGreaterThan(1);
    expectInside(layout);
  });

  it('uses the exact paper sizes', () => {
    const a4 = layoutDocument(model([]), fixedMetrics);
    const f4 = layoutDocument(
      model([], { page: { paper: 'F4-215', margins: { topMm: 20, rightMm: 20, bottomMm: 25, leftMm: 30 } } }),
      fixedMetrics,
    );
    expect([a4.width, a4.height]).toEqual([595.28, 841.89]);
    expect(f4.width).toBeCloseTo((215 / 25.4) * 72, 2);
    expect(f4.height).toBeCloseTo((330 / 25.4) * 72, 2);
  });

  it('sets a signature grid, its place and date included, at the grid size when it has one', () => {
    const grid = (sizePt?: number): Block => ({
      type: 'signatureGrid',
      columns: 3,
      placeDate: 'Pematang Raya, 19 November 2021',
      cells: [1, 2, 3].map((i) => ({ headingLines: ['CAMAT,'], name: `Nama ${i}`, detailLines: ['NIP.\u00a01970'] })),
      ...(sizePt ? { sizePt } : {}),
    });
    const sizes = (block: Block) =>
      texts(layoutDocument(model([block], { footer: { pageNumbers: false } }), fixedMetrics).pages[0]!).map((t) => t.size);
    expect(new Set(sizes(grid(10)))).toEqual(new Set([10]));
    expect(new Set(sizes(grid()))).toEqual(new Set([12]));
  });

  it('widens a column to its widest word, taking the room from the others, and keeps the weights when all cannot fit', () => {
    const table = (amount: string): Block => ({
      type: 'table',
      columns: [{ weight: 6 }, { weight: 1 }],
      header: [],
      rows: [{ cells: [{ lines: [[{ text: 'Program pelayanan publik terpadu' }]] }, { lines: [[{ text: amount }]] }] }],
    });
    const amountLine = (amount: string) => {
      const layout = layoutDocument(model([table(amount)], { footer: { pageNumbers: false } }), fixedMetrics);
      return { items: texts(layout.pages[0]!), columns: layout.tableColumns[0]! };
    };
    const fits = amountLine('12.000.000.000');
    // 14 characters at 6 pt, never cut; the first column gives up the room.
    expect(fits.items.filter((t) => /\d/.test(t.text)).map((t) => t.text)).toEqual(['12.000.000.000']);
    expect(fits.columns[1]! * 453.5).toBeGreaterThan(14 * 6);
    expect(fits.columns[0]! + fits.columns[1]!).toBeCloseTo(1, 6);
    // A word wider than the whole page cannot be honoured: the weights stand and the word is cut.
    const tooLong = amountLine('9'.repeat(200));
    expect(tooLong.columns[1]).toBeCloseTo(1 / 7, 6);
  });

  it('shares column widths that always fill the text width, honouring every minimum that can be honoured', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.integer({ min: 0, max: 10 }), fc.integer({ min: 0, max: 200 })), { minLength: 1, maxLength: 9 }),
        (columns) => {
          const weights = columns.map(([w]) => w);
          const minimums = columns.map(([, m]) => m);
          const widths = columnWidths(450, weights, minimums);
          expect(widths.reduce((a, b) => a + b, 0)).toBeCloseTo(450, 6);
          for (const w of widths) expect(w).toBeGreaterThanOrEqual(0);
          if (minimums.reduce((a, b) => a + b, 0) <= 450)
            widths.forEach((w, i) => expect(w).toBeGreaterThanOrEqual(minimums[i]! - 1e-6));
        },
      ),
      { numRuns: 300 },
    );
  });

  it('keeps every text inside margins and cells for random signatories, names and titles', () => {
    const name = fc.string({ minLength: 1, maxLength: 120, unit: fc.constantFrom(...'abcdefghij KLMNOP.,\u00a0-'.split('')) });
    fc.assert(
      fc.property(fc.array(name, { minLength: 1, maxLength: 150 }), fc.constantFrom('A4', 'F4-215', 'F4-210'), (names, paper) => {
        const blocks: Block[] = [
          { type: 'title', lines: [names[0]!], number: '000/1/2021' },
          signatureTable(names.length, (i) => names[i - 1]!),
          {
            type: 'signatureGrid',
            columns: 3,
            placeDate: 'Pematang Raya, 19 November 2021',
            cells: names.slice(0, 7).map((n) => ({ headingLines: [n, 'CAMAT,'], name: n, detailLines: ['NIP.\u00a01970'] })),
          },
        ];
        const layout = layoutDocument(
          model(blocks, { page: { paper, margins: { topMm: 20, rightMm: 20, bottomMm: 25, leftMm: 30 } } }),
          fixedMetrics,
        );
        expectInside(layout);
      }),
      { numRuns: 40 },
    );
  });
});
