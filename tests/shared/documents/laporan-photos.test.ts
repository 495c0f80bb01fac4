// The Dokumentasi pages of a Laporan Pelaksanaan: photos fitted to half the text area (aspect kept), captioned
// "Gambar N. …", two to a page even with the longest captions and tall photos, on A4 and F4.
import { describe, expect, it } from 'vitest';
import { layoutForPdf } from '../../../electron/documents/pdf/render-pdf';
import type { DocumentModel, ImageBlock, PageSetup, ParagraphBlock } from '../../../shared/document/model';
import type { StagePhotoData } from '../../../shared/documents/context';
import { buildLaporanBimtek } from '../../../shared/documents/laporan-bimtek';
import { captionRoomMm, documentationBlocks, photoCaption, photoWidthMm } from '../../../shared/documents/laporan-photos';
import { richContexts } from '../../helpers/rich-regency';
import { testJpeg } from '../../helpers/test-photos';
import { flatBlocks } from './model-queries';

const A4: PageSetup = { paper: 'A4', margins: { topMm: 20, rightMm: 20, bottomMm: 20, leftMm: 30 } };
const photo = (width: number, height: number, caption = ''): StagePhotoData => ({
  caption,
  width,
  height,
  image: { data: testJpeg(width, height), mime: 'image/jpeg' },
});

describe('photoWidthMm', () => {
  it('fills the text width with a wide photo and is held by the height for a tall one, aspect kept', () => {
    expect(photoWidthMm({ width: 1600, height: 800 }, 160, 100)).toBe(160);
    expect(photoWidthMm({ width: 1200, height: 1600 }, 160, 100)).toBe(75);
    expect(photoWidthMm({ width: 1600, height: 1200 }, 160, 100)).toBe(133.3);
  });
});

describe('photoCaption', () => {
  it('numbers from 1 and says what the photo documents when it has no caption', () => {
    expect(photoCaption(0, 'Pembukaan', 2)).toBe('Gambar 1. Pembukaan');
    expect(photoCaption(4, '  ', 3)).toBe('Gambar 5. Dokumentasi Bimbingan Teknis Tahap III');
  });
});

describe('documentationBlocks', () => {
  it('puts each pair on a new page, the title only before the first', () => {
    const blocks = documentationBlocks([photo(1600, 1200, 'a'), photo(1600, 1200, 'b'), photo(1600, 1200, 'c')], A4, 1, 11);
    expect(blocks.map((b) => b.type)).toEqual(['pageBreak', 'keepTogether', 'pageBreak', 'keepTogether']);
    const flat = flatBlocks({ blocks } as DocumentModel);
    expect(flat.filter((b) => b.type === 'title')).toHaveLength(1);
    // 4:3 photos on A4 (160 × 257 mm of text): two of them with their captions and the title fit in the height.
    const widths = flat.filter((b): b is ImageBlock => b.type === 'image').map((b) => b.widthMm);
    expect(widths[0]).toBe(widths[1]);
    expect(widths[0]).toBeGreaterThan(120);
    expect(2 * widths[0]! * 0.75 + 22 + 2 * captionRoomMm('Gambar 1. a', 160, 11)).toBeLessThanOrEqual(257);
    // The last photo, alone on its page, still gets only half of it.
    expect(widths[2]! * 0.75).toBeLessThanOrEqual((257 - 22 - captionRoomMm('Gambar 3. c', 160, 11)) / 2);
    expect(
      flat.filter((b): b is ParagraphBlock => b.type === 'paragraph').map((b) => b.runs.map((r) => r.text).join('')),
    ).toEqual(['Gambar 1. a', 'Gambar 2. b', 'Gambar 3. c']);
    expect(documentationBlocks([], A4, 1, 11)).toEqual([]);
  });

  for (const paper of ['A4', 'F4-215'] as const) {
    it(`lays out two tall photos with 300-character captions per page (${paper})`, () => {
      const base = richContexts().laporan(paper, null, 4);
      const pages = (photos: StagePhotoData[]) => layoutForPdf(buildLaporanBimtek({ ...base, photos })).pages.length;
      const without = pages([]);
      const long = 'Peserta bimbingan teknis menyusun analisis kesenjangan per dimensi smart city. '.repeat(4).slice(0, 300);
      const tall = Array.from({ length: 5 }, () => photo(600, 1600, long));
      // Five photos: three pages (2 + 2 + 1), no pair spilling over.
      expect(pages(tall)).toBe(without + 3);
      expect(pages([photo(1600, 900)])).toBe(without + 1);
    });
  }
});
