// Keys a schema does not know, found by walking the schema beside the value: a bundle that says "pangkt" is
// refused with the key named and the key it probably meant, instead of the field being dropped without a word.
import type { z } from 'zod';
import type { ValidationProblem } from '../errors';
import { formatPath } from './messages';

interface Def {
  type: string;
  shape?: Record<string, z.ZodType>;
  element?: z.ZodType;
  innerType?: z.ZodType;
  in?: z.ZodType;
  valueType?: z.ZodType;
  options?: z.ZodType[];
  getter?: () => z.ZodType;
}

const defOf = (schema: z.ZodType): Def => (schema as unknown as { _zod: { def: Def } })._zod.def;

/** Edit distance, for "did you mean" on a misspelt key. */
function distance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    let diagonal = row[0]!;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const above = row[j]!;
      row[j] = Math.min(row[j]! + 1, row[j - 1]! + 1, diagonal + (a[i - 1] === b[j - 1] ? 0 : 1));
      diagonal = above;
    }
  }
  return row[b.length]!;
}

/** The known key closest to an unknown one, when it is close enough to be a slip. */
export function likelyKey(unknown: string, known: readonly string[]): string | null {
  let best: string | null = null;
  let bestDistance = Infinity;
  for (const key of known) {
    const d = distance(unknown.toLowerCase(), key.toLowerCase());
    if (d < bestDistance) [best, bestDistance] = [key, d];
  }
  return best !== null && bestDistance <= Math.max(1, Math.floor(best.length / 3)) ? best : null;
}

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

export function unknownKeyProblems(schema: z.ZodType, value: unknown, path: PropertyKey[] = []): ValidationProblem[] {
  const def = defOf(schema);
  switch (def.type) {
    case 'object': {
      if (!isPlainObject(value) || !def.shape) return [];
      const known = Object.keys(def.shape);
      const out: ValidationProblem[] = [];
      for (const [key, child] of Object.entries(value)) {
        const fieldSchema = def.shape[key];
        if (fieldSchema) {
          out.push(...unknownKeyProblems(fieldSchema, child, [...path, key]));
          continue;
        }
        const guess = likelyKey(key, known);
        out.push({
          path: formatPath([...path, key]),
          message: `kunci "${key}" tidak dikenal${guess ? ` (mungkin maksudnya "${guess}")` : ''}`,
        });
      }
      return out;
    }
    case 'array':
      return Array.isArray(value) && def.element
        ? value.flatMap((item, i) => unknownKeyProblems(def.element!, item, [...path, i]))
        : [];
    case 'record':
      return isPlainObject(value) && def.valueType
        ? Object.entries(value).flatMap(([key, item]) => unknownKeyProblems(def.valueType!, item, [...path, key]))
        : [];
    case 'nullable':
    case 'optional':
    case 'default':
    case 'prefault':
    case 'nonoptional':
    case 'readonly':
    case 'catch':
      return value === null || value === undefined ? [] : unknownKeyProblems(def.innerType!, value, path);
    case 'pipe':
      return unknownKeyProblems(def.in!, value, path);
    case 'lazy':
      return unknownKeyProblems(def.getter!(), value, path);
    case 'union': {
      // The first object option the value's keys fit; none fitting is the union's own error, reported by zod.
      const results = (def.options ?? []).map((option) => unknownKeyProblems(option, value, path));
      return results.find((r) => r.length === 0) ?? [];
    }
    default:
      return [];
  }
}
