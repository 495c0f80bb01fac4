// Column widths from weights: exact total, proportions kept, rounding absorbed by the last column.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { columnWidths } from '../../../../electron/documents/docx/tables';

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
