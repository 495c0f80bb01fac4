// The Dokumentasi pages of a Laporan Pelaksanaan Bimtek: the stage's photos two to a page, each scaled to fit half
// of the page's text area and captioned beneath ("Gambar 1. …"). Each pair is kept on its own page.
import type { Block, PageSetup } from '../document/model';
import { toRoman } from '../format/roman';
import type { StagePhotoData } from './context';

/** Room kept on each half page for the caption (up to two lines) and the space around it. */
const CAPTION_ROOM_MM = 18;
/** Room the page's title takes on the first documentation page, and what the page number in the footer may need. */
const TITLE_ROOM_MM = 22;

const PAPER_MM: Record<PageSetup['paper'], { width: number; height: number }> = {
  A4: { width: 210, height: 297 },
  'F4-215': { width: 215, height: 330 },
  'F4-210': { width: 210, height: 330 },
};

/** Width (mm) at which the photo fits in a box of the text width and `maxHeightMm` high, aspect kept. */
export function photoWidthMm(photo: Pick<StagePhotoData, 'width' | 'height'>, textWidthMm: number, maxHeightMm: number): number {
  const byHeight = (maxHeightMm * photo.width) / photo.height;
  return Math.round(Math.min(textWidthMm, byHeight) * 10) / 10;
}

/** "Gambar 3. Pembukaan oleh Sekretaris Daerah"; without a caption, what the photo documents. */
export function photoCaption(index: number, caption: string, stageNumber: number): string {
  const text = caption.trim() || `Dokumentasi Bimbingan Teknis Tahap ${toRoman(stageNumber)}`;
  return `Gambar ${index + 1}. ${text}`;
}

export function documentationBlocks(
  photos: readonly StagePhotoData[],
  page: PageSetup,
  stageNumber: number,
  sizePt: number,
): Block[] {
  if (photos.length === 0) return [];
  const paper = PAPER_MM[page.paper];
  const textWidth = paper.width - page.margins.leftMm - page.margins.rightMm;
  const textHeight = paper.height - page.margins.topMm - page.margins.bottomMm;
  const maxHeight = (textHeight - TITLE_ROOM_MM) / 2 - CAPTION_ROOM_MM;
  const blocks: Block[] = [];
  for (let i = 0; i < photos.length; i += 2) {
    const pair: Block[] = i === 0 ? [{ type: 'title', lines: ['DOKUMENTASI KEGIATAN'] }] : [];
    photos.slice(i, i + 2).forEach((photo, j) => {
      pair.push(
        { type: 'image', image: photo.image, widthMm: photoWidthMm(photo, textWidth, maxHeight), align: 'center' },
        {
          type: 'paragraph',
          align: 'center',
          sizePt,
          spaceBeforePt: 4,
          spaceAfterPt: 12,
          runs: [{ text: photoCaption(i + j, photo.caption, stageNumber) }],
        },
      );
    });
    blocks.push({ type: 'pageBreak' }, { type: 'keepTogether', blocks: pair });
  }
  return blocks;
}
