// The content stream writer's numbers: written straight into bytes, they must read exactly as fmt's strings (at most
// two decimals, no exponent, no "-0"), since a PDF reader parses them and our tests compare pages drawn either way.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ByteWriter, fmt } from '../../../../electron/documents/pdf/font-embedding';

const written = (n: number) => {
  const w = new ByteWriter();
  w.ascii('[');
  w.num(n);
  w.ascii(']');
  return Buffer.from(w.view()).toString('latin1');
};

describe('ByteWriter.num', () => {
  it('writes page coordinates as a PDF reader expects them', () => {
    expect(written(0)).toBe('[0]');
    expect(written(-0)).toBe('[0]');
    expect(written(-0.004)).toBe('[0]');
    expect(written(595.2756)).toBe('[595.28]');
    expect(written(841.8898)).toBe('[841.89]');
    expect(written(12.3)).toBe('[12.3]');
    expect(written(0.07)).toBe('[0.07]');
    expect(written(-3.5)).toBe('[-3.5]');
    expect(written(100)).toBe('[100]');
    expect(written(99.999)).toBe('[100]');
    expect(written(1234567.891)).toBe('[1234567.89]');
  });

  it('agrees with fmt for any number, at every magnitude', () => {
    const magnitude = fc.integer({ min: -3, max: 16 }).chain((e) => fc.double({ min: -(10 ** e), max: 10 ** e, noNaN: true }));
    fc.assert(
      fc.property(
        fc.oneof(
          magnitude,
          fc.integer({ min: -1_000_000, max: 1_000_000 }).map((c) => c / 100),
        ),
        (n) => {
          expect(written(n)).toBe(`[${fmt(n)}]`);
        },
      ),
      { numRuns: 20_000 },
    );
    for (const n of [Number.NaN, Number.POSITIVE_INFINITY, 1e21, -1e21]) expect(written(n)).toBe(`[${fmt(n)}]`);
  });

  it('grows its buffer as numbers are added past its first size', () => {
    const w = new ByteWriter();
    for (let i = 0; i < 20_000; i++) {
      w.num(i + 0.25);
      w.ascii(' ');
    }
    const text = Buffer.from(w.view()).toString('latin1');
    expect(text.startsWith('0.25 1.25 2.25 ')).toBe(true);
    expect(text.endsWith('19999.25 ')).toBe(true);
  });
});
