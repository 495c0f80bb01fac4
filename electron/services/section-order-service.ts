// Reordering a chapter's sections in one transaction that touches only their order, so that a move can neither
// overwrite text saved a moment earlier nor leave the chapter half renumbered.
import { type Section, sectionOrderSchema } from '../../shared/domain/masterplan';
import { ValidationError } from '../../shared/errors';
import { parseOrThrow } from '../../shared/validation/messages';
import type { Db } from '../db/connection';
import type { Repositories } from '../repositories/repositories';

export function sectionOrderService(db: Db, repos: Repositories) {
  return {
    reorder(input: unknown): Section[] {
      const { chapterId, sectionIds } = parseOrThrow(sectionOrderSchema, input, 'Urutan subbab tidak valid');
      return db.transaction(() => {
        const current = repos.sections.list().filter((s) => s.chapterId === chapterId);
        const known = new Set(current.map((s) => s.id));
        const given = new Set(sectionIds);
        if (given.size !== sectionIds.length || given.size !== known.size || sectionIds.some((id) => !known.has(id))) {
          throw new ValidationError([
            { path: 'sectionIds', message: 'urutan harus memuat setiap subbab bab ini tepat satu kali' },
          ]);
        }
        const byId = new Map(current.map((s) => [s.id, s]));
        sectionIds.forEach((id, i) => repos.sections.update({ ...byId.get(id)!, sortOrder: i + 1 }));
        return repos.sections.list().filter((s) => s.chapterId === chapterId);
      })();
    },
  };
}
