// Masterplan skeletons: start the masterplan from the standard skeleton or from one the office saved, and save
// the current volumes, chapters and sections (titles and guidance, no text) as the office's own template.
import type { MasterplanTemplate, Skeleton } from '../../shared/domain/masterplan';
import { applySkeletonSchema, saveTemplateSchema, type AppliedSkeleton } from '../../shared/domain/templates';
import { ConflictError, NotFoundError } from '../../shared/errors';
import { masterplanFromSkeleton, standardDimensions, standardSkeleton } from '../../shared/masterplan/standard-skeleton';
import { parseOrThrow } from '../../shared/validation/messages';
import type { Repositories } from '../repositories/repositories';
import { withSqliteErrors } from './sqlite-errors';

export function templateService(repos: Repositories, now: () => string) {
  /** The current structure as a skeleton, in display order. */
  const currentSkeleton = (): Skeleton => ({
    volumes: repos.volumes.list().map((v) => ({
      code: v.code,
      title: v.title,
      chapters: repos.chapters.listWhere('volumeId', v.id).map((c) => ({
        title: c.title,
        sections: repos.sections.listWhere('chapterId', c.id).map((s) => ({ title: s.title, guidance: s.guidance })),
      })),
    })),
  });

  return {
    list: (): MasterplanTemplate[] => repos.templates.list(),
    standard: (): Skeleton => standardSkeleton(),

    saveCurrent(input: unknown): MasterplanTemplate {
      const { name } = parseOrThrow(saveTemplateSchema, input, 'Templat tidak valid');
      const skeleton = currentSkeleton();
      if (skeleton.volumes.length === 0)
        throw new ConflictError('Masterplan belum punya buku dan bab untuk disimpan sebagai templat.');
      return withSqliteErrors(() => repos.templates.insert({ id: null, name, skeleton, createdAt: now() }));
    },

    remove(templateId: number): void {
      if (!repos.templates.delete(templateId)) throw new NotFoundError(`Templat dengan id ${templateId} tidak ditemukan.`);
    },

    /**
     * Replaces the volumes, chapters and sections with a skeleton, in one transaction; seeds the six dimensions
     * when there are none. Refuses, unless told to replace, when sections already hold the office's text.
     */
    apply(input: unknown): AppliedSkeleton {
      const request = parseOrThrow(applySkeletonSchema, input, 'Permintaan templat tidak valid');
      return withSqliteErrors(() =>
        repos.db.transaction((): AppliedSkeleton => {
          let skeleton: Skeleton = standardSkeleton();
          if (request.templateId !== null) {
            const template = repos.templates.get(request.templateId);
            if (!template) throw new NotFoundError(`Templat dengan id ${request.templateId} tidak ditemukan.`);
            skeleton = template.skeleton;
          }
          const written = repos.sections.list().filter((s) => s.body.trim() !== '').length;
          if (written > 0 && !request.replace) {
            throw new ConflictError(
              `Masterplan sudah berisi teks pada ${written} subbab. Kerangka tidak diganti; pilih "ganti" bila teks itu boleh hilang.`,
            );
          }
          repos.sections.deleteAll();
          repos.chapters.deleteAll();
          repos.volumes.deleteAll();
          const records = masterplanFromSkeleton(skeleton);
          const volumeIds = new Map<number, number>();
          const chapterIds = new Map<number, number>();
          for (const v of records.volumes ?? [])
            volumeIds.set(v.id, repos.volumes.insert({ ...v, id: null, sortOrder: v.sortOrder ?? 0 }).id);
          for (const c of records.chapters ?? [])
            chapterIds.set(
              c.id,
              repos.chapters.insert({ ...c, id: null, volumeId: volumeIds.get(c.volumeId)!, sortOrder: c.sortOrder ?? 0 }).id,
            );
          for (const s of records.sections ?? []) {
            repos.sections.insert({
              ...s,
              id: null,
              chapterId: chapterIds.get(s.chapterId)!,
              body: '',
              guidance: s.guidance ?? null,
              sortOrder: s.sortOrder ?? 0,
            });
          }
          const seed = repos.dimensions.count() === 0;
          if (seed) {
            standardDimensions().forEach((d, i) => {
              const dimension = repos.dimensions.insert({
                id: null,
                code: d.code,
                name: d.name,
                description: d.description,
                sortOrder: i + 1,
              });
              d.elements.forEach((e, j) =>
                repos.elements.insert({
                  id: null,
                  dimensionId: dimension.id,
                  name: e.name,
                  description: e.description,
                  sortOrder: j + 1,
                }),
              );
            });
          }
          return {
            volumes: volumeIds.size,
            chapters: chapterIds.size,
            sections: records.sections?.length ?? 0,
            dimensionsSeeded: seed,
          };
        })(),
      );
    },
  };
}
