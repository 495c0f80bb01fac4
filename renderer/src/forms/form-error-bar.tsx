// The error bar of a form: the service's refusal, or else the problems the form's own check found, counted and
// each named by its field's label ("Nama daerah: wajib diisi"), never by an internal key. It shrinks as fields are
// corrected, since the form checks again on every change after a refused save.
import type { FieldErrors, FieldValues } from 'react-hook-form';
import { CallError, type Problem } from '../api/bridge';
import { ErrorBar } from '../components/ErrorBar';

const SKIP = new Set(['ref', 'message', 'type', 'types']);

/** Every message in react-hook-form's nested errors, with the path as the services write it ("lines[2].text"). */
export function problemsOf(errors: unknown): Problem[] {
  const out: Problem[] = [];
  const walk = (node: unknown, path: string) => {
    if (!node || typeof node !== 'object' || node instanceof Node) return;
    const entry = node as Record<string, unknown>;
    if (typeof entry.message === 'string' && entry.message && 'type' in entry) out.push({ path, message: entry.message });
    for (const [key, value] of Object.entries(entry)) {
      if (SKIP.has(key)) continue;
      if (key === 'root') walk(value, path);
      else walk(value, /^\d+$/.test(key) ? `${path}[${key}]` : path ? `${path}.${key}` : key);
    }
  };
  walk(errors, '');
  return out;
}

/** The first message found under one field of the form (an item of a list, a whole list). */
export const firstMessage = (errors: unknown): string | undefined => problemsOf(errors)[0]?.message;

export function FormErrorBar<T extends FieldValues>(props: { error: CallError | null; errors: FieldErrors<T> }) {
  const problems = problemsOf(props.errors);
  // A refusal without field problems (a locked file) stays until the next save; field problems leave with their fix.
  if (problems.length === 0) return props.error && props.error.problems.length === 0 ? <ErrorBar error={props.error} /> : null;
  return <ErrorBar error={new CallError(`Periksa isian yang ditandai (${problems.length}).`, 'validation', problems)} />;
}
