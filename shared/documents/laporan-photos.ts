// The Dokumentasi pages of a Laporan Pelaksanaan Bimtek: the stage's photos two to a page, each scaled to fit half
// of the page's text area and captioned beneath ("Gambar 1. …"). Each pair is kept on its own page.
import type { Block, PageSetup } from '../document/model';
import { toRoman } from '../format/roman';
import type { StagePhotoData } from './context';

/** Room the page's title takes on the first documentation page, and what the page number in the footer may need. */
const TITLE_ROOM_MM = 22;
const PT_MM = 25.4 / 72;
/** Space before and after each caption (4 pt + 12 pt) and a margin for rounding in the layout. */
const CAPTION_SPACE_MM = 16 * PT_MM + 4;

/**
 * Height (mm) a caption may take: its lines estimated generously (an average character of Arial or Times is about
 * half the font size wide; lines 1.5 × the size apart), so that the pair never spills onto another page.
 */
export function captionRoomMm(text: string, textWidthMm: number, sizePt: number): number {
  const perLine = Math.max(10, Math.floor(textWidthMm / (sizePt * PT_MM * 0.56)));
  const lines = Math.max(1, Math.ceil(text.length / perLine));
  return lines * sizePt * PT_MM * 1.5 + CAPTION_SPACE_MM;
}

const PAPER_MM: Record<PageSetup['paper'], { width: number; height: number }> = {
  A4: { width: 210, height: 297 },
  'F4-215': { width: 215, height: 330 },
  'F4-210': { width: 210, height: 330 },
};

/** Width (mm) at which the photo fits in a box of the text width and `maxHeightMm` high, aspect kept. */
export function photoWidthMm(photo: Pick<StagePhotoData, 'width' | 'height'>, textWidthMm: number, maxHeightMm: number): number {
  const byHeight = (maxHeightMm * photo.width) / photo.height;
  // Rounded down, so the photo never exceeds its box.
  return Math.floor(Math.min(textWidthMm, byHeight) * 10) / 10;
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
  const blocks: Block[] = [];
  for (let i = 0; i < photos.length; i += 2) {
    const pair = photos.slice(i, i + 2);
    const captions = pair.map((photo, j) => photoCaption(i + j, photo.caption, stageNumber));
    // Both photos of a page share one height limit: half of what the title and the two captions leave.
    const captionRoom = captions.reduce((sum, c) => sum + captionRoomMm(c, textWidth, sizePt), 0);
    const maxHeight = (textHeight - TITLE_ROOM_MM - captionRoom) / 2;
    const content: Block[] = i === 0 ? [{ type: 'title', lines: ['DOKUMENTASI KEGIATAN'] }] : [];
    pair.forEach((photo, j) => {
      content.push(
        { type: 'image', image: photo.image, widthMm: photoWidthMm(photo, textWidth, maxHeight), align: 'center' },
        { type: 'paragraph', align: 'center', sizePt, spaceBeforePt: 4, spaceAfterPt: 12, runs: [{ text: captions[j]! }] },
      );
    });
    blocks.push({ type: 'pageBreak' }, { type: 'keepTogether', blocks: content });
  }
  return blocks;
}
