// Documentation photos of a Bimtek stage: added (decoded, turned upright, scaled down and re-encoded before they are
// stored), listed in print order, captioned, moved up or down, removed. Every write is one transaction.
import {
  addStagePhotoSchema,
  editStagePhotoSchema,
  MAX_PHOTOS_PER_STAGE,
  moveStagePhotoSchema,
  stagePhotoListSchema,
  type StagePhotoView,
} from '../../shared/domain/stage-photo';
import { UserError, ValidationError } from '../../shared/errors';
import { parseOrThrow } from '../../shared/validation/messages';
import { inProcessRenderer, type DocumentRenderer } from '../documents/render-pool';
import { PhotoProblem } from '../images/photo-scale';
import type { Repositories } from '../repositories/repositories';
import type { StoredStagePhoto } from '../repositories/stage-photo-repository';
import { withSqliteErrors } from './sqlite-errors';

const view = (p: StoredStagePhoto): StagePhotoView => ({
  id: p.id,
  stageNumber: p.stageNumber,
  caption: p.caption,
  mime: p.mime,
  width: p.width,
  height: p.height,
  sizeBytes: p.content.length,
  sortOrder: p.sortOrder,
  base64: Buffer.from(p.content).toString('base64'),
});

/** `renderer` scales the upload: the render worker in the app and the web shell, so no other call waits on it. */
export function stagePhotoService(repos: Repositories, renderer: DocumentRenderer = inProcessRenderer) {
  const find = (id: number): StoredStagePhoto => {
    const photo = repos.stagePhotos.get(id);
    if (!photo) throw new UserError('Foto itu tidak ada lagi (mungkin sudah dihapus). Muat ulang daftar foto.');
    return photo;
  };
  const write = <T>(fn: () => T): T => withSqliteErrors(() => repos.db.transaction(fn)());

  return {
    list(input: unknown): StagePhotoView[] {
      const { stageNumber } = parseOrThrow(stagePhotoListSchema, input, 'Permintaan daftar foto tidak valid');
      return repos.stagePhotos.listByStage(stageNumber).map(view);
    },

    async add(input: unknown): Promise<StagePhotoView> {
      const p = parseOrThrow(addStagePhotoSchema, input, 'Foto tidak valid');
      const refuse = (path: string, message: string): never => {
        throw new ValidationError([{ path, message }], 'Foto tidak disimpan');
      };
      if (!repos.stages.get(p.stageNumber)) refuse('stageNumber', `tahap ${p.stageNumber} belum ada`);
      if (repos.stagePhotos.count(p.stageNumber) >= MAX_PHOTOS_PER_STAGE) {
        refuse('base64', `tahap ini sudah memiliki ${MAX_PHOTOS_PER_STAGE} foto (batas); hapus foto lain dahulu`);
      }
      // Decoded and scaled before the transaction opens, off this thread: the slow part holds no lock on the database
      // and keeps no other call waiting (a 12-megapixel JPEG takes seconds).
      let scaled;
      try {
        scaled = await renderer.scalePhoto(new Uint8Array(Buffer.from(p.base64, 'base64')));
      } catch (error) {
        if (error instanceof PhotoProblem)
          return refuse('base64', p.fileName ? `${p.fileName}: ${error.message}` : error.message);
        throw error;
      }
      return view(
        write(() => {
          // Counted again inside the transaction: another window may have added photos meanwhile.
          if (repos.stagePhotos.count(p.stageNumber) >= MAX_PHOTOS_PER_STAGE) {
            refuse('base64', `tahap ini sudah memiliki ${MAX_PHOTOS_PER_STAGE} foto (batas); hapus foto lain dahulu`);
          }
          return repos.stagePhotos.insert({
            stageNumber: p.stageNumber,
            caption: p.caption,
            mime: scaled.mime,
            width: scaled.width,
            height: scaled.height,
            content: scaled.bytes,
          });
        }),
      );
    },

    setCaption(input: unknown): StagePhotoView {
      const e = parseOrThrow(editStagePhotoSchema, input, 'Keterangan foto tidak valid');
      return view(
        write(() => {
          find(e.id);
          repos.stagePhotos.setCaption(e.id, e.caption);
          return find(e.id);
        }),
      );
    },

    /** Swaps the photo with its neighbour in print order; at either end nothing changes. */
    move(input: unknown): StagePhotoView[] {
      const m = parseOrThrow(moveStagePhotoSchema, input, 'Permintaan pindah foto tidak valid');
      return write(() => {
        const photo = find(m.id);
        const order = repos.stagePhotos.listByStage(photo.stageNumber).map((p) => p.id);
        const from = order.indexOf(photo.id);
        const to = m.direction === 'up' ? from - 1 : from + 1;
        if (to >= 0 && to < order.length) {
          [order[from], order[to]] = [order[to]!, order[from]!];
          order.forEach((id, i) => repos.stagePhotos.setSortOrder(id, i));
        }
        return repos.stagePhotos.listByStage(photo.stageNumber).map(view);
      });
    },

    remove(id: number): void {
      write(() => repos.stagePhotos.delete(id));
    },
  };
}
