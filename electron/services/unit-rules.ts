// What a unit's parent must be, beyond its own fields: an existing unit, and never one of its own descendants.
import type { ValidationProblem } from '../../shared/errors';
import type { Repositories } from '../repositories/repositories';

export function unitParentProblems(repos: Repositories) {
  return (draft: { id: number | null; parentId: number | null }): ValidationProblem[] => {
    if (draft.parentId === null) return [];
    const units = new Map(repos.units.list().map((u) => [u.id, u]));
    if (!units.has(draft.parentId))
      return [{ path: 'parentId', message: `unit induk dengan id ${draft.parentId} tidak ditemukan` }];
    for (let at: number | null = draft.parentId; at !== null; at = units.get(at)?.parentId ?? null) {
      if (at === draft.id) return [{ path: 'parentId', message: 'unit induk tidak boleh bawahan unit ini sendiri' }];
    }
    return [];
  };
}
