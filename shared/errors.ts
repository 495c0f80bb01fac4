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

export function formatProblems(problems: readonly ValidationProblem[]): string {
  return problems.map((p) => (p.path ? `${p.path}: ${p.message}` : p.message)).join('\n');
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
