// The characters forms accept are exactly ones every embedded face can draw, and others are refused at the field.
import { describe, expect, it } from 'vitest';
import { fontSet } from '../../../../electron/documents/pdf/fonts';
import { personFields } from '../../../../shared/domain/organisation';
import { PRINTABLE_RANGES, isPrintable } from '../../../../shared/format/charset';
import { problemsFromZod } from '../../../../shared/validation/messages';

describe('printable characters', () => {
  it('are all drawn by Arimo and Tinos in every style', () => {
    const faces = [fontSet('Arial'), fontSet('Times New Roman')].flatMap((s) => [s.regular, s.bold, s.italic, s.boldItalic]);
    const missing: string[] = [];
    for (const [from, to] of PRINTABLE_RANGES) {
      for (let cp = Math.max(from, 0x20); cp <= to; cp++) {
        if (faces.some((f) => f.glyphId(cp) === 0)) missing.push(cp.toString(16));
      }
    }
    expect(missing).toEqual([]);
  });

  it('include Indonesian and European names, and refuse emoji and CJK', () => {
    for (const ch of 'aZéÉñçŠšŁłßØ–—“”‘’…°²€Rp') expect(isPrintable(ch.codePointAt(0)!), ch).toBe(true);
    for (const ch of ['🙂', '東', '\u0000']) expect(isPrintable(ch.codePointAt(0)!), ch).toBe(false);
  });

  it('are checked at the field, naming the character', () => {
    const result = personFields.safeParse({ id: 1, name: 'Camat 🙂 Raya' });
    expect(result.success).toBe(false);
    if (!result.success)
      expect(problemsFromZod(result.error)).toEqual([
        { path: 'name', message: 'karakter "🙂" (U+1F642) tidak dapat dicetak pada dokumen' },
      ]);
  });
});
