// Cross-record checks of the stage photos in a bundle (schema 009): unique ids and uids, a stage that exists, at most
// MAX_PHOTOS_PER_STAGE per stage, and an image whose own header agrees with its mime, width and height (the laporan
// lays it out from those).
import type { z } from 'zod';
import { imageSize } from '../document/image-size';
import type { bundleShape } from './bundle';
import { MAX_PHOTOS_PER_STAGE } from './stage-photo';

type Photos = z.output<typeof bundleShape>['stagePhotos'];
interface Problem {
  path: (string | number)[];
  message: string;
}

const PNG_START = [0x89, 0x50, 0x4e, 0x47];

function decodeBase64(base64: string): Uint8Array {
  const binary = atob(base64);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

/** What is wrong with the image's header, or null. */
function headerProblem(photo: Photos[number]): string | null {
  let bytes: Uint8Array;
  try {
    bytes = decodeBase64(photo.base64);
  } catch {
    return 'isi gambar tidak terbaca';
  }
  const png = PNG_START.every((b, i) => bytes[i] === b);
  const jpeg = bytes[0] === 0xff && bytes[1] === 0xd8;
  if ((photo.mime === 'image/png' && !png) || (photo.mime === 'image/jpeg' && !jpeg)) {
    return `isi gambar bukan ${photo.mime === 'image/png' ? 'PNG' : 'JPEG'}`;
  }
  try {
    const size = imageSize({ data: bytes, mime: photo.mime });
    if (size.width !== photo.width || size.height !== photo.height) {
      return `ukuran gambar ${size.width} × ${size.height} piksel, tidak sama dengan width × height (${photo.width} × ${photo.height})`;
    }
  } catch {
    return 'ukuran gambar tidak terbaca';
  }
  return null;
}

export function stagePhotoReferenceProblems(photos: Photos, stageNumbers: ReadonlySet<number>): Problem[] {
  const out: Problem[] = [];
  const ids = new Set<number>();
  const uids = new Set<string>();
  const perStage = new Map<number, number>();
  photos.forEach((photo, i) => {
    const at = (field: string) => ['stagePhotos', i, field];
    if (ids.has(photo.id)) out.push({ path: at('id'), message: `id ${photo.id} dipakai lebih dari satu foto` });
    ids.add(photo.id);
    const uid = photo.uid?.toLowerCase();
    if (uid && uids.has(uid)) out.push({ path: at('uid'), message: `uid ${photo.uid} dipakai lebih dari satu data` });
    if (uid) uids.add(uid);
    if (!stageNumbers.has(photo.stageNumber)) {
      out.push({ path: at('stageNumber'), message: `tahap ${photo.stageNumber} tidak ada di stages` });
    }
    const count = (perStage.get(photo.stageNumber) ?? 0) + 1;
    perStage.set(photo.stageNumber, count);
    if (count === MAX_PHOTOS_PER_STAGE + 1) {
      out.push({
        path: at('stageNumber'),
        message: `tahap ${photo.stageNumber} memiliki lebih dari ${MAX_PHOTOS_PER_STAGE} foto`,
      });
    }
    const problem = headerProblem(photo);
    if (problem) out.push({ path: at('base64'), message: problem });
  });
  return out;
}
