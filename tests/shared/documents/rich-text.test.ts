// Section bodies: the Markdown subset becomes paragraphs, lists and subheadings; any text parses without loss.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseInline, parseRichText } from '../../../shared/documents/rich-text';
import { blockText } from '../../../shared/document/model-text';

describe('parseInline', () => {
  it('reads bold and italic', () => {
    expect(parseInline('Visi **Simalungun** *cerdas* dan _maju_')).toEqual([
      { text: 'Visi ' },
      { text: 'Simalungun', bold: true },
      { text: ' ' },
      { text: 'cerdas', italic: true },
      { text: ' dan ' },
      { text: 'maju', italic: true },
    ]);
  });
  it('leaves unclosed markup and snake_case words as typed', () => {
    expect(parseInline('5 * 3 = 15 dan **tebal')).toEqual([{ text: '5 * 3 = 15 dan **tebal' }]);
    expect(parseInline('nama_daerah_ini')).toEqual([{ text: 'nama_daerah_ini' }]);
  });
});

describe('parseRichText', () => {
  it('splits paragraphs, lists and subheadings', () => {
    const blocks = parseRichText('### Latar\nBaris satu\nbaris dua.\n\n- butir a\n- butir **b**\n\n1. satu\n2. dua\n\nPenutup.');
    expect(blocks.map((b) => b.type)).toEqual(['heading', 'paragraph', 'list', 'list', 'paragraph']);
    expect(blockText(blocks[1]!)).toEqual(['Baris satu baris dua.']);
    expect(blocks[2]).toMatchObject({
      ordered: false,
      items: [{ runs: [{ text: 'butir a' }] }, { runs: [{ text: 'butir ' }, { text: 'b', bold: true }] }],
    });
    expect(blocks[3]).toMatchObject({ ordered: true, start: 1 });
  });

  it('gives nothing for an empty body', () => {
    expect(parseRichText('  \n\n ')).toEqual([]);
  });

  it('parses any text, keeps every word and makes no empty runs', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: fc.constantFrom('a', 'b', ' ', '\n', '*', '_', '-', '#', '1', '.', 'é'), maxLength: 300 }),
        (body) => {
          const blocks = parseRichText(body);
          const text = blocks.flatMap(blockText).join(' ');
          for (const block of blocks) {
            if (block.type === 'paragraph') for (const run of block.runs) expect(run.text).not.toBe('');
          }
          const letters = (s: string) => s.replace(/[^abé]/g, '');
          expect(letters(text)).toBe(letters(body));
        },
      ),
      { numRuns: 300 },
    );
  });
});
