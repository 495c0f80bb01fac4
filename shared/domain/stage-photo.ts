// Documentation photos of a Bimtek stage: what a clerk uploads (JPEG or PNG, scaled down before it is stored), how a
// caption is edited and the order changed, and the record a bundle carries (the stored image as base64).
import { z } from 'zod';
import { id, printable, recordMeta, sortOrder } from './common';
import { stageNumber } from './bimtek';

/** A phone photo (12 MP JPEG) is 3–8 MB; anything larger is refused before it is decoded. */
export const MAX_PHOTO_UPLOAD_BYTES = 15 * 1024 * 1024;
/** Enough for a stage's report (two per page: ten pages of documentation). */
export const MAX_PHOTOS_PER_STAGE = 20;
/** The stored image's longest side: sharp at half an A4 page's width at 200 dpi. */
export const MAX_PHOTO_SIDE_PX = 1600;
/** Largest photo accepted for decoding (a 50 MP camera): decoding it needs about 200 MB. */
export const MAX_PHOTO_UPLOAD_PIXELS = 50_000_000;

export const photoMime = z.enum(['image/jpeg', 'image/png'], { error: 'jenis gambar harus JPEG atau PNG' });
export type PhotoMime = z.output<typeof photoMime>;

const caption = printable(z.string().trim().max(300, 'keterangan terlalu panjang (maksimal 300 karakter)')).default('');
const maxBase64 = (bytes: number) => Math.ceil((bytes * 4) / 3) + 4;

export const addStagePhotoSchema = z.object({
  stageNumber,
  caption,
  /** The file's name, only to say which file a problem is in. */
  fileName: z.string().trim().max(255).default(''),
  base64: z
    .base64('isi berkas tidak terbaca')
    .min(1, 'berkas kosong')
    .max(maxBase64(MAX_PHOTO_UPLOAD_BYTES), `berkas terlalu besar (maksimal ${MAX_PHOTO_UPLOAD_BYTES / 1024 / 1024} MB)`),
});
export type AddStagePhoto = z.output<typeof addStagePhotoSchema>;

export const editStagePhotoSchema = z.object({ id, caption });

/** Moves a photo one place up or down within its stage. */
export const moveStagePhotoSchema = z.object({ id, direction: z.enum(['up', 'down']) });

export const stagePhotoListSchema = z.object({ stageNumber });

/**
 * One photo as the list shows it, with the stored image itself (at most 1600 px, a few hundred KB) as its thumbnail:
 * twenty of them are a few MB over IPC, less than keeping a second image per photo would cost to make and store.
 */
export interface StagePhotoView {
  id: number;
  stageNumber: number;
  caption: string;
  mime: PhotoMime;
  width: number;
  height: number;
  sizeBytes: number;
  sortOrder: number;
  base64: string;
}

/** A photo in a bundle: the stored (already scaled) image as base64. */
export const stagePhotoSchema = z.object({
  id,
  stageNumber,
  caption,
  mime: photoMime,
  width: z.int().min(1).max(MAX_PHOTO_SIDE_PX),
  height: z.int().min(1).max(MAX_PHOTO_SIDE_PX),
  base64: z
    .base64('isi gambar tidak terbaca')
    .min(1, 'gambar kosong')
    .max(maxBase64(4 * 1024 * 1024)),
  sortOrder,
  ...recordMeta,
});
export type StagePhoto = z.output<typeof stagePhotoSchema>;
