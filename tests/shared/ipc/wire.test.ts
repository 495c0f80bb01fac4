// The web shell's wire format: bytes survive the trip as Uint8Array, everything else is plain JSON.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeWire, encodeWire } from '../../../shared/ipc/wire';

describe('wire format', () => {
  it('carries byte arrays of any length and content, nested anywhere', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 70_000 }), fc.string(), (bytes, name) => {
        const back = decodeWire(encodeWire({ ok: true, value: { fileName: name, bytes, list: [bytes] } })) as {
          value: { fileName: string; bytes: Uint8Array; list: Uint8Array[] };
        };
        expect(back.value.bytes).toBeInstanceOf(Uint8Array);
        expect([...back.value.bytes]).toEqual([...bytes]);
        expect([...back.value.list[0]!]).toEqual([...bytes]);
        expect(back.value.fileName).toBe(name);
      }),
      { numRuns: 30 },
    );
  });

  it('leaves ordinary objects alone, even ones whose keys look like the bytes marker', () => {
    const value = { a: 1, b: [null, 'x'], c: { $bytes: 'AAAA', other: true }, d: { $bytes: 'AQID' }, e: { $$x: 1 } };
    expect(decodeWire(encodeWire(value))).toEqual(value);
    fc.assert(
      fc.property(fc.jsonValue(), (json) => {
        expect(decodeWire(encodeWire(json))).toEqual(JSON.parse(JSON.stringify(json)));
      }),
      { numRuns: 300 },
    );
    expect(JSON.parse(encodeWire(new Uint8Array([1, 2, 3])))).toEqual({ $bytes: 'AQID' });
  });
});
