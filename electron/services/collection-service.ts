// CRUD over one collection with validation at the boundary: save takes unknown input, validates it with the
// record's draft schema, and writes in a transaction; every failure becomes a message naming the field.
import type { z } from 'zod';
import { NotFoundError, ValidationError, type ValidationProblem } from '../../shared/errors';
import { parseOrThrow } from '../../shared/validation/messages';
import type { Db } from '../db/connection';
import type { Draft, RecordStore } from '../repositories/entity-repository';
import { withSqliteErrors } from './sqlite-errors';

export interface CollectionService<T> {
  list(): T[];
  get(id: number): T;
  /** Creates when id is null or absent, otherwise replaces the record with that id. */
  save(input: unknown): T;
  remove(id: number): void;
}

export function collectionService<T extends { id: number }>(
  db: Db,
  repo: RecordStore<T>,
  draftSchema: z.ZodType<Omit<T, 'id'> & { id: number | null }>,
  label: string,
  /** Checks against other records (references, cycles) that the schema alone cannot make. */
  references?: (draft: Omit<T, 'id'> & { id: number | null }) => ValidationProblem[],
): CollectionService<T> {
  return {
    list: () => repo.list(),
    get(id) {
      const found = repo.get(id);
      if (!found) throw new NotFoundError(`${label} dengan id ${id} tidak ditemukan.`);
      return found;
    },
    save(input) {
      const draft = parseOrThrow(draftSchema, input, `Data ${label} tidak valid`);
      return withSqliteErrors(() =>
        db.transaction(() => {
          const problems = references?.(draft) ?? [];
          if (problems.length > 0) throw new ValidationError(problems, `Data ${label} tidak valid`);
          if (draft.id === null) return repo.insert(draft as Draft<T>);
          if (!repo.update(draft as unknown as T)) throw new NotFoundError(`${label} dengan id ${draft.id} tidak ditemukan.`);
          return repo.get(draft.id)!;
        })(),
      );
    },
    remove(id) {
      withSqliteErrors(() => {
        if (!repo.delete(id)) throw new NotFoundError(`${label} dengan id ${id} tidak ditemukan.`);
      }, 'hapus');
    },
  };
}
