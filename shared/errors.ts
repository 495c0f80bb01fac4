// Errors the user must read: each carries an Indonesian message that names what is wrong and what happened.
// Anything else reaching the user is unexpected and shown as a generic failure, never as a stack trace.
export class UserError extends Error {
  constructor(message: string) {
    super(message);
    this.name = new.target.name;
  }
}

/** The database file cannot be opened as-is (newer schema, unknown history, not a database). */
export class DatabaseOpenError extends UserError {}

export class NotFoundError extends UserError {}

/** The change conflicts with data already there (a NIP in use, a unit still referenced). */
export class ConflictError extends UserError {}

export interface ValidationProblem {
  path: string;
  message: string;
}

/** A message lists at most this many problems; the rest are counted ("dan 14950 masalah lain"). */
export const MAX_LISTED_PROBLEMS = 50;

export function formatProblems(problems: readonly ValidationProblem[]): string {
  const listed = problems.slice(0, MAX_LISTED_PROBLEMS).map((p) => (p.path ? `${p.path}: ${p.message}` : p.message));
  if (problems.length > MAX_LISTED_PROBLEMS) listed.push(`dan ${problems.length - MAX_LISTED_PROBLEMS} masalah lain`);
  return listed.join('\n');
}

/** Input failed validation; carries every problem with its path (people[3].nip). */
export class ValidationError extends UserError {
  readonly problems: ValidationProblem[];
  constructor(problems: ValidationProblem[], summary = 'Data tidak valid') {
    super(`${summary}:\n${formatProblems(problems)}`);
    this.problems = problems;
  }
}

export function isUserError(error: unknown): error is UserError {
  return error instanceof UserError;
}
