// Client-side validation with the very schemas the services use, so a clerk sees the message at the field at once.
import type { z } from 'zod';
import { problemsFromZod } from '../../../shared/validation/messages';
import type { Problem } from '../api/bridge';

export function validate(schema: z.ZodType, value: unknown): Problem[] {
  const result = schema.safeParse(value);
  return result.success ? [] : problemsFromZod(result.error);
}

export function messageFor(problems: readonly Problem[], path: string): string | undefined {
  return problems.find((p) => p.path === path)?.message;
}

/** Empty strings from inputs become null, as the schemas expect for optional fields. */
export function blankToNull(value: string): string | null {
  return value.trim() === '' ? null : value;
}
