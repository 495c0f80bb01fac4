// The closure of Bimtek IV with its ordered signatories, saved as one unit.
import { closureDraftSchema, type Closure } from '../../shared/domain/closure';
import { ValidationError } from '../../shared/errors';
import { parseOrThrow } from '../../shared/validation/messages';
import type { Repositories } from '../repositories/repositories';
import { withSqliteErrors } from './sqlite-errors';

interface Problem {
  path: string;
  message: string;
}

export function closureService(repos: Repositories) {
  const get = (): Closure | null => {
    const closure = repos.closure.get();
    return closure ? { ...closure, signatories: repos.closureSignatories.list() } : null;
  };

  /** References the schema cannot see: every position exists and is held by the signing person, once per list. */
  const referenceProblems = (draft: ReturnType<typeof closureDraftSchema.parse>): Problem[] => {
    const problems: Problem[] = [];
    for (const field of ['presidingPositionId', 'firstPartyPositionId', 'secondPartyPositionId'] as const) {
      const positionId = draft[field];
      if (positionId !== null && !repos.positions.get(positionId)) {
        problems.push({ path: field, message: `jabatan dengan id ${positionId} tidak ditemukan` });
      }
    }
    const seen = new Set<string>();
    draft.signatories.forEach((s, i) => {
      const key = `${s.kind}/${s.personId}`;
      if (seen.has(key))
        problems.push({ path: `signatories[${i}].personId`, message: 'orang ini sudah ada di daftar yang sama' });
      seen.add(key);
      if (!repos.people.get(s.personId)) {
        problems.push({ path: `signatories[${i}].personId`, message: `orang dengan id ${s.personId} tidak ditemukan` });
      }
      s.positionIds.forEach((positionId, j) => {
        const position = repos.positions.get(positionId);
        if (!position) {
          problems.push({
            path: `signatories[${i}].positionIds[${j}]`,
            message: `jabatan dengan id ${positionId} tidak ditemukan`,
          });
        } else if (position.personId !== s.personId) {
          problems.push({ path: `signatories[${i}].positionIds[${j}]`, message: 'jabatan ini milik orang lain' });
        }
      });
    });
    return problems;
  };

  return {
    get,
    save(input: unknown): Closure {
      const draft = parseOrThrow(closureDraftSchema, input, 'Data penutupan tidak valid');
      const problems = referenceProblems(draft);
      if (problems.length > 0) throw new ValidationError(problems, 'Data penutupan tidak valid');
      const { signatories, ...closure } = draft;
      withSqliteErrors(() =>
        repos.db.transaction(() => {
          repos.closure.save(closure);
          // The list is written whole, but a signatory that stays keeps its id, uid and creation time.
          const before = new Map(repos.closureSignatories.list().map((s) => [s.id, s]));
          repos.closureSignatories.deleteAll();
          const order = new Map<string, number>();
          for (const s of signatories) {
            const sortOrder = order.get(s.kind) ?? 0;
            order.set(s.kind, sortOrder + 1);
            const old = s.id === null ? undefined : before.get(s.id);
            repos.closureSignatories.insert({
              ...s,
              id: old?.id ?? null,
              uid: old?.uid ?? null,
              createdAt: old?.createdAt ?? null,
              updatedAt: null,
              sortOrder,
            });
          }
        })(),
      );
      return get()!;
    },
  };
}
