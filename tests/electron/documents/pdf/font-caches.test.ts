// The shortcuts the PDF path takes for speed give what the slow way gives: metrics and glyph ids read from the font
// files themselves equal fontkit's, cached advance widths equal the measurer's own, and a cached subset font file is
// the one fontkit would encode again.
import { create, type Font } from 'fontkit';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { inflateSync } from 'node:zlib';
import { PDFDocument } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { compressedSubset, FontEmbedder } from '../../../../electron/documents/pdf/font-embedding';
import { fontSet, measurerFor } from '../../../../electron/documents/pdf/fonts';
import { renderPdf } from '../../../../electron/documents/pdf/render-pdf';
import { Sfnt } from '../../../../electron/documents/pdf/sfnt';
import { TextMeasure } from '../../../../shared/document/layout/text';
import type { FontStyle } from '../../../../shared/document/layout/types';
import type { DocumentModel } from '../../../../shared/document/model';
import { PRINTABLE_RANGES } from '../../../../shared/format/charset';
import { fixedMetrics } from '../../../shared/document/layout/fixed-metrics';

const require = createRequire(import.meta.url);
const FILES = [
  'arimo/400Regular/Arimo_400Regular',
  'arimo/700Bold_Italic/Arimo_700Bold_Italic',
  'tinos/400Regular/Tinos_400Regular',
]
  .concat(['tinos/700Bold/Tinos_700Bold', 'tinos/400Regular_Italic/Tinos_400Regular_Italic', 'arimo/700Bold/Arimo_700Bold'])
  .map((f) => `@expo-google-fonts/${f}.ttf`);
const STYLES: FontStyle[] = ['regular', 'bold', 'italic', 'boldItalic'];

/** A deterministic pseudo-random sequence, so a failure can be reproduced. */
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1103515245 + 12345) % 2147483648;
    return state / 2147483648;
  };
}

describe('font tables read directly', () => {
  it.each(FILES)('%s: metrics, glyph ids and advances equal fontkit', (file) => {
    const bytes = readFileSync(require.resolve(file));
    const sfnt = new Sfnt(bytes);
    const font = create(bytes) as Font;
    expect(sfnt.metrics).toEqual({
      unitsPerEm: font.unitsPerEm,
      ascent: font.ascent,
      descent: font.descent,
      capHeight: font.capHeight,
      italicAngle: font.italicAngle,
      bbox: { minX: font.bbox.minX, minY: font.bbox.minY, maxX: font.bbox.maxX, maxY: font.bbox.maxY },
      postscriptName: font.postscriptName,
    });
    const next = random(file.length);
    const codePoints = PRINTABLE_RANGES.flatMap(([from, to]) => Array.from({ length: to - from + 1 }, (_, i) => from + i));
    for (let i = 0; i < 3000; i++) codePoints.push(Math.floor(next() * 0x10000));
    codePoints.push(0x1f642, 0x10000, 0x2f800);
    const mismatches = codePoints.filter((cp) => {
      const expected = font.hasGlyphForCodePoint(cp) ? font.glyphForCodePoint(cp).id : 0;
      return sfnt.glyphId(cp) !== expected;
    });
    expect(mismatches).toEqual([]);
    const glyphs = Array.from({ length: 400 }, () => Math.floor(next() * font.numGlyphs));
    expect(glyphs.map((g) => sfnt.advance(g))).toEqual(glyphs.map((g) => font.getGlyph(g).advanceWidth));
  });
});

describe('advance width cache', () => {
  it('gives the widths of the uncached sum for random strings, in every style and across layouts', () => {
    const next = random(7);
    const alphabet = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789 .,;:()/-–—“”éÉñçŠšŁłßØ°²€\u00a0';
    for (const metrics of [measurerFor(fontSet('Arial')), measurerFor(fontSet('Times New Roman')), fixedMetrics]) {
      const first = new TextMeasure(metrics);
      for (let i = 0; i < 500; i++) {
        const text = Array.from({ length: Math.floor(next() * 40) }, () => alphabet[Math.floor(next() * alphabet.length)]).join(
          '',
        );
        const style = STYLES[i % 4]!;
        const size = 8 + Math.floor(next() * 10);
        let units = 0;
        for (const ch of text) units += metrics.advance(style, ch.codePointAt(0)!);
        const expected = (units * size) / 1000;
        // A fresh measure shares the tables the first one filled.
        expect(first.width(text, style, size)).toBe(expected);
        expect(new TextMeasure(metrics).width(text, style, size)).toBe(expected);
        const cut = Math.floor(next() * text.length);
        expect(first.widthOf(text, cut, text.length, style, size)).toBe(first.width(text.slice(cut), style, size));
      }
    }
  });
});

describe('subset cache', () => {
  it('returns the file fontkit encodes for the same glyphs, and the same entry when asked again', async () => {
    const faces = fontSet('Arial');
    const doc = await PDFDocument.create();
    const usedFor = (text: string) => {
      const embedder = new FontEmbedder(doc.context, faces);
      embedder.encode('regular', text, 0, 12);
      return embedder.fontFor('regular');
    };
    // É and Ñ are composite glyphs: encoding adds their components to the subset.
    const text = 'Kabupaten Simalungun 2021 – ÉÑ';
    const used = usedFor(text);
    const glyphs = [...used.subset.glyphs];
    const cached = compressedSubset(used);
    const fresh = faces.regular.font.createSubset() as unknown as { includeGlyph(id: number): number; encode(): Uint8Array };
    for (const gid of glyphs.slice(1)) fresh.includeGlyph(gid);
    const bytes = fresh.encode();
    expect(cached.length).toBe(bytes.length);
    expect(Buffer.from(inflateSync(cached.deflated)).equals(Buffer.from(bytes))).toBe(true);
    expect(compressedSubset(usedFor(text))).toBe(cached);
    expect(compressedSubset(usedFor(`${text}!`))).not.toBe(cached);
  });

  it('leaves a document the same when it is made again after another one', async () => {
    const model = (text: string): DocumentModel => ({
      meta: { title: 'Uji', author: 'Diskominfo', createdAt: '2021-11-19T08:00:00.000Z' },
      page: { paper: 'A4', margins: { topMm: 20, rightMm: 20, bottomMm: 20, leftMm: 30 } },
      font: { family: 'Arial', sizePt: 12 },
      blocks: [{ type: 'paragraph', runs: [{ text }, { text: ' tebal', bold: true }] }],
    });
    const first = await renderPdf(model('Komitmen bersama smart city'));
    await renderPdf(model('Zebra QUIZ xylofon 1234567890 – ŁØ'));
    const again = await renderPdf(model('Komitmen bersama smart city'));
    expect(Buffer.from(again).equals(Buffer.from(first))).toBe(true);
  });
});
