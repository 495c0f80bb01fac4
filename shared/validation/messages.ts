// Indonesian validation messages a clerk can understand, and one way to print zod issues as "path: message".
// Installed as zod's global error map so forms, IPC handlers and the bundle importer all speak alike.
import { z } from 'zod';
import { ValidationError, type ValidationProblem } from '../errors';

type RawIssue = Parameters<NonNullable<z.core.$ZodConfig['customError']>>[0];

const TYPE_NAMES: Record<string, string> = {
  string: 'teks',
  number: 'angka',
  int: 'bilangan bulat',
  boolean: 'ya/tidak (true/false)',
  array: 'daftar',
  object: 'objek',
  date: 'tanggal',
  bigint: 'angka',
};

function indonesianError(issue: RawIssue): string | undefined {
  switch (issue.code) {
    case 'invalid_type':
      if (issue.input === undefined) return 'wajib diisi';
      if (issue.input === null) return 'wajib diisi (tidak boleh kosong)';
      return `harus berupa ${TYPE_NAMES[issue.expected] ?? issue.expected}`;
    case 'too_small':
      if (issue.origin === 'string') {
        return Number(issue.minimum) <= 1 ? 'wajib diisi' : `minimal ${issue.minimum} karakter`;
      }
      if (issue.origin === 'array') return `minimal ${issue.minimum} item`;
      return `tidak boleh kurang dari ${issue.minimum}`;
    case 'too_big':
      if (issue.origin === 'string') return `terlalu panjang (maksimal ${issue.maximum} karakter)`;
      if (issue.origin === 'array') return `terlalu banyak (maksimal ${issue.maximum} item)`;
      return `tidak boleh lebih dari ${issue.maximum}`;
    case 'invalid_value':
      return `pilihan tidak dikenal; gunakan salah satu dari: ${issue.values.map(String).join(', ')}`;
    case 'invalid_format':
      if (issue.format === 'email') return 'alamat pos-el tidak valid';
      if (issue.format === 'date') return 'tanggal harus berformat TTTT-BB-HH (misalnya 2021-11-19)';
      if (issue.format === 'datetime') return 'waktu harus berformat ISO 8601';
      if (issue.format === 'base64') return 'data base64 tidak valid';
      return 'format tidak valid';
    case 'unrecognized_keys':
      return `kolom tidak dikenal: ${issue.keys.join(', ')}`;
    case 'invalid_union':
      return 'nilai tidak valid';
    default:
      return undefined;
  }
}

z.config({ customError: indonesianError });

/** Formats a path the way a clerk reads it: people[3].nip */
export function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else out += out === '' ? String(key) : `.${String(key)}`;
  }
  return out;
}

export function problemsFromZod(error: z.ZodError): ValidationProblem[] {
  return error.issues.map((issue) => ({ path: formatPath(issue.path), message: issue.message }));
}

export function validationErrorFromZod(error: z.ZodError, summary?: string): ValidationError {
  return new ValidationError(problemsFromZod(error), summary);
}

/** Parses with a schema, throwing ValidationError with Indonesian messages on failure. */
export function parseOrThrow<T extends z.ZodType>(schema: T, input: unknown, summary?: string): z.output<T> {
  const result = schema.safeParse(input);
  if (!result.success) throw validationErrorFromZod(result.error, summary);
  return result.data;
}
