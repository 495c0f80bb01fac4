// Column widths from weights (exact total, proportions kept, rounding absorbed by the last column), cell margins
// that leave the rule between rows its width, and which rows may split across pages.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { renderDocxFromLayout } from '../../../../electron/documents/docx-from-layout';
import { columnWidths, verticalCellMargins } from '../../../../electron/documents/docx/tables';
import { komitmenModel } from '../../../helpers/sample-models';
import { openDocx } from './docx-parts';

describe('columnWidths', () => {
  it('splits the width by weight', () => {
    expect(columnWidths([1, 5, 5, 4], 9000)).toEqual([600, 3000, 3000, 2400]);
  });

  it('always adds up to the text width', () => {
    fc.assert(
      fc.property(
        fc.array(fc.double({ min: 0.1, max: 50, noNaN: true }), { minLength: 1, maxLength: 12 }),
        fc.integer({ min: 1000, max: 20000 }),
        (weights, total) => {
          const widths = columnWidths(weights, total);
          expect(widths.reduce((a, b) => a + b, 0)).toBe(total);
          widths.forEach((w, i) =>
            expect(Math.abs(w - (total * weights[i]!) / weights.reduce((a, b) => a + b, 0))).toBeLessThanOrEqual(weights.length),
          );
        },
      ),
    );
  });
});

describe('verticalCellMargins', () => {
  it('leaves the rule its width, so margins and rule together are the PDF padding to a twip', () => {
    // 1 mm = 56.69 twips; twice that less a 0.5 pt (10 twip) rule is 103.4.
    expect(verticalCellMargins(1, 10)).toEqual({ top: 52, bottom: 51 });
    fc.assert(
      fc.property(fc.double({ min: 0.5, max: 5, noNaN: true }), fc.integer({ min: 0, max: 40 }), (padMm, ruleTw) => {
        const { top, bottom } = verticalCellMargins(padMm, ruleTw);
        expect(Math.abs(top + bottom + ruleTw - (2 * padMm * 1440) / 25.4)).toBeLessThanOrEqual(0.5);
        expect(top - bottom).toBeGreaterThanOrEqual(0);
        expect(top - bottom).toBeLessThanOrEqual(1);
      }),
    );
  });

  it('writes those margins on ruled tables', async () => {
    const doc = await openDocx(await renderDocxFromLayout(komitmenModel()));
    const margins = doc.document.match(/<w:tblCellMar>(.*?)<\/w:tblCellMar>/g) ?? [];
    expect(margins.some((m) => /<w:top w:type="dxa" w:w="52"\/>/.test(m) && /<w:bottom w:type="dxa" w:w="51"\/>/.test(m))).toBe(
      true,
    );
  });
});

describe('rows that may split in the DOCX', () => {
  it('keeps short rows whole and lets a row taller than a sixth of a page split, so LibreOffice keeps every row', async () => {
    const cell = (paragraphs: number) => ({
      lines: Array.from({ length: paragraphs }, (_, i) => [{ text: `Narasumber ${i + 1} (Kementerian Komunikasi)` }]),
    });
    const table = {
      type: 'table' as const,
      columns: [{ weight: 1 }, { weight: 3 }],
      header: [{ cells: [cell(1), cell(1)] }],
      rows: [{ cells: [cell(1), cell(2)] }, { cells: [cell(1), cell(40)] }, { cells: [cell(1), cell(3)] }],
    };
    const docx = await openDocx(await renderDocxFromLayout({ ...komitmenModel({ signatories: 1 }), blocks: [table] }));
    const rows = [...docx.document.matchAll(/<w:trPr>(.*?)<\/w:trPr>/g)].map((m) => m[1]!);
    expect(rows).toHaveLength(4);
    expect(
      rows.slice(1).map((r) => (/<w:cantSplit w:val="off"\/>/.test(r) ? 'may split' : /<w:cantSplit\/>/.test(r) ? 'whole' : '?')),
    ).toEqual(['whole', 'may split', 'whole']);
  });
});
