// Unknown keys: a key the schema does not know is named at its path, with the key probably meant, wherever in the
// bundle it sits; a bundle the app wrote itself has none.
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { demoBundle } from '../../../electron/demo/simalungun-2021';
import { bundleSchema, bundleShape } from '../../../shared/domain/bundle';
import { formatPath } from '../../../shared/validation/messages';
import { likelyKey, unknownKeyProblems } from '../../../shared/validation/unknown-keys';
import { minimalBundle } from '../../helpers/bundle-factory';

type Json = Record<string, unknown>;
const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Every plain object in a value with its path, one per path shape (people[*].x once, not once per person). */
function objectPaths(value: unknown, path: (string | number)[] = [], seen = new Set<string>()): [(string | number)[], Json][] {
  const shape = path.map((p) => (typeof p === 'number' ? '*' : p)).join('.');
  if (Array.isArray(value)) return value.flatMap((v, i) => objectPaths(v, [...path, i], seen));
  if (!isObject(value)) return [];
  const here: [(string | number)[], Json][] = seen.has(shape) ? [] : [[path, value]];
  seen.add(shape);
  return [...here, ...Object.entries(value).flatMap(([k, v]) => objectPaths(v, [...path, k], seen))];
}

describe('likelyKey', () => {
  const person = ['name', 'frontTitle', 'backTitle', 'nip', 'niPppk', 'pangkat', 'phone', 'asn', 'institution'];

  it('finds the key a slip of the finger meant', () => {
    expect(likelyKey('pangkt', person)).toBe('pangkat');
    expect(likelyKey('Nama', person)).toBe('name');
    expect(likelyKey('NIP', person)).toBe('nip');
    expect(likelyKey('instansi', person)).toBeNull();
    expect(likelyKey('positionId', ['personId', 'positionIds', 'kind'])).toBe('positionIds');
  });

  it('suggests nothing for a key unlike any known one', () => {
    expect(likelyKey('catatanRahasia', person)).toBeNull();
    expect(likelyKey('x', ['id'])).toBeNull();
    expect(likelyKey('anything', [])).toBeNull();
  });
});

describe('unknownKeyProblems', () => {
  it('finds none in bundles the app itself writes (minimal and demo, as input and as parsed)', () => {
    for (const bundle of [minimalBundle(), demoBundle()]) {
      expect(unknownKeyProblems(bundleShape, bundle)).toEqual([]);
      expect(unknownKeyProblems(bundleShape, JSON.parse(JSON.stringify(bundleSchema.parse(bundle))))).toEqual([]);
    }
  });

  it('names an unknown key at every object of the bundle, at its exact path', () => {
    const bundle = JSON.parse(JSON.stringify(bundleSchema.parse(demoBundle()))) as Json;
    const places = objectPaths(bundle);
    expect(places.length).toBeGreaterThan(30);
    for (const [path, object] of places) {
      // numbering.kka is a record keyed by document kind: zod itself refuses a key outside the kinds.
      if (formatPath(path) === 'numbering.kka') continue;
      object.zzzTidakDikenal = 1;
      expect(unknownKeyProblems(bundleShape, bundle), formatPath(path) || '(top)').toEqual([
        { path: formatPath([...path, 'zzzTidakDikenal']), message: 'kunci "zzzTidakDikenal" tidak dikenal' },
      ]);
      delete object.zzzTidakDikenal;
    }
  });

  it('walks arrays, nullable, default, records, pipes, lazy schemas and unions', () => {
    const item = z.object({ name: z.string(), sizePt: z.number() });
    const schema = z.object({
      list: z.array(item).default([]),
      maybe: item.nullable(),
      byKind: z.record(z.string(), item),
      piped: item.transform((v) => v.name),
      lazy: z.lazy(() => item),
      either: z.union([z.object({ a: z.number() }), z.object({ b: z.number() })]),
    });
    const value = {
      list: [{ name: 'a', sizePt: 1 }, { name: 'b', sizePt: 2, sizept: 3 }],
      maybe: { nme: 'x', sizePt: 1 },
      byKind: { satu: { name: 'x', sizePt: 1, extra: true } },
      piped: { name: 'x', sizePt: 1, nam: 'y' },
      lazy: { name: 'x', sizePt: 1, sizePT: 2 },
      either: { b: 1, c: 2 },
    };
    expect(unknownKeyProblems(schema, value).map((p) => `${p.path}: ${p.message}`)).toEqual([
      'list[1].sizept: kunci "sizept" tidak dikenal (mungkin maksudnya "sizePt")',
      'maybe.nme: kunci "nme" tidak dikenal (mungkin maksudnya "name")',
      'byKind.satu.extra: kunci "extra" tidak dikenal',
      'piped.nam: kunci "nam" tidak dikenal (mungkin maksudnya "name")',
      'lazy.sizePT: kunci "sizePT" tidak dikenal (mungkin maksudnya "sizePt")',
    ]);
    // A union whose options all fail is zod's own error to report, not an unknown key.
    expect(schema.safeParse(value).success).toBe(false);
    expect(unknownKeyProblems(schema, { ...value, list: [], maybe: null, byKind: {}, piped: { name: 'x', sizePt: 1 }, lazy: { name: 'x', sizePt: 1 } })).toEqual([]);
  });

  it('ignores values of the wrong type (left to the schema) and null optional objects', () => {
    expect(unknownKeyProblems(bundleShape, { people: 'semua', closure: null, masterplan: [] })).toEqual([]);
    expect(unknownKeyProblems(bundleShape, 42)).toEqual([]);
  });
});
