// The closure of Bimtek IV with its ordered signatories, saved as one unit.
import { closureDraftSchema, type Closure } from '../../shared/domain/closure';
import { ValidationError } from '../../shared/errors';
import { parseOrThrow } from '../../shared/validation/messages';
import type { Repositories } from '../repositories/repositories';
import { withSqliteErrors } from './sqlite-errors';

export function closureService(repos: Repositories) {
  const get = (): Closure | null => {
    const closure = repos.closure.get();
    return closure ? { ...closure, signatories: repos.closureSignatories.list() } : null;
  };
  return {
    get,
    save(input: unknown): Closure {
      const { signatories, ...closure } = parseOrThrow(closureDraftSchema, input, 'Data penutupan tidak valid');
      const seen = new Set<number>();
      const duplicates = signatories.flatMap((s, i) => {
        const repeated = seen.has(s.positionId);
        seen.add(s.positionId);
        return repeated
          ? [{ path: `signatories[${i}].positionId`, message: 'jabatan ini sudah ada di daftar penandatangan' }]
          : [];
      });
      if (duplicates.length > 0) throw new ValidationError(duplicates, 'Data penutupan tidak valid');
      withSqliteErrors(() =>
        repos.db.transaction(() => {
          repos.closure.save(closure);
          repos.closureSignatories.deleteAll();
          signatories.forEach((s, i) => repos.closureSignatories.insert({ ...s, sortOrder: i }));
        })(),
      );
      return get()!;
    },
  };
}
