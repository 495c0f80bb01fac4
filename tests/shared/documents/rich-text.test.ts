// Section bodies: the Markdown subset becomes paragraphs, lists and subheadings; any text parses without loss.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Block, TextRun } from '../../../shared/document/model';
import { blockText } from '../../../shared/document/model-text';
import { parseInline, parseRichText } from '../../../shared/documents/rich-text';

/** Every run of the blocks, wherever it sits. */
function runsOf(blocks: Block[]): TextRun[] {
  return blocks.flatMap((b): TextRun[] => {
    if (b.type === 'paragraph') return b.runs;
    if (b.type === 'list') return b.items.flatMap((i) => i.runs);
    if (b.type === 'heading') return [{ text: b.text }];
    return [];
  });
}

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
    expect(parseInline('***Penting***')).toEqual([{ text: 'Penting', bold: true, italic: true }]);
  });

  it('leaves unclosed markup, arithmetic and snake_case words as typed', () => {
    expect(parseInline('5 * 3 = 15 dan **tebal')).toEqual([{ text: '5 * 3 = 15 dan **tebal' }]);
    expect(parseInline('nama_daerah_ini')).toEqual([{ text: 'nama_daerah_ini' }]);
    expect(parseInline('**')).toEqual([{ text: '**' }]);
    expect(parseInline('****')).toEqual([{ text: '****' }]);
    expect(parseInline('')).toEqual([]);
  });
});

describe('parseRichText', () => {
  it('splits paragraphs, lists and subheadings', () => {
    const blocks = parseRichText('### Latar\nBaris satu\nbaris dua.\n\n- butir a\n- butir **b**\n\n1. satu\n2. dua\n\nPenutup.');
    expect(blocks.map((b) => b.type)).toEqual(['heading', 'paragraph', 'list', 'list', 'paragraph']);
    expect(blocks[0]).toEqual({ type: 'heading', level: 3, text: 'Latar' });
    expect(blockText(blocks[1]!)).toEqual(['Baris satu baris dua.']);
    expect(blocks[1]).toMatchObject({ align: 'justify' });
    expect(blocks[2]).toMatchObject({
      ordered: false,
      items: [{ runs: [{ text: 'butir a' }] }, { runs: [{ text: 'butir ' }, { text: 'b', bold: true }] }],
    });
    expect(blocks[3]).toMatchObject({ ordered: true, start: 1 });
  });

  it('starts a numbered list where the writer did, and joins indented continuation lines', () => {
    const [list] = parseRichText('3. tiga\n   lanjutan *miring*\n4. empat');
    expect(list).toMatchObject({
      type: 'list',
      ordered: true,
      start: 3,
      items: [{ runs: [{ text: 'tiga lanjutan ' }, { text: 'miring', italic: true }] }, { runs: [{ text: 'empat' }] }],
    });
  });

  it('ends a list at a bullet of the other kind or an unindented line', () => {
    const blocks = parseRichText('- a\n1. b\nteks biasa');
    expect(blocks.map((b) => (b.type === 'list' ? `list:${b.ordered}` : b.type))).toEqual([
      'list:false',
      'list:true',
      'paragraph',
    ]);
  });

  it('drops markup from subheadings and skips empty items and headings', () => {
    expect(parseRichText('## **Visi** Daerah')).toEqual([{ type: 'heading', level: 3, text: 'Visi Daerah' }]);
    expect(parseRichText('- \n-   \n1. ')).toEqual([]);
    expect(parseRichText('### ')).toEqual([{ type: 'paragraph', runs: [{ text: '###' }], align: 'justify' }]);
  });

  it('gives nothing for an empty body and reads Windows line ends', () => {
    expect(parseRichText('  \n\n ')).toEqual([]);
    expect(parseRichText('a\r\n\r\nb').map((b) => b.type)).toEqual(['paragraph', 'paragraph']);
  });

  it('parses any text, keeps every word, and makes no empty runs nor blank edges', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: fc.constantFrom('a', 'b', ' ', '\n', '*', '_', '-', '#', '1', '.', 'é', '•', ')'), maxLength: 300 }),
        (body) => {
          const blocks = parseRichText(body);
          // A run of spaces between two styled words is needed ("_a_ _b_"); an empty run, or a paragraph that
          // starts or ends with blank space, is not.
          for (const run of runsOf(blocks)) expect(run.text).not.toBe('');
          for (const b of blocks) {
            const runs = b.type === 'paragraph' ? [b.runs] : b.type === 'list' ? b.items.map((i) => i.runs) : [];
            for (const line of runs) {
              expect(line[0]?.text.trim()).not.toBe('');
              expect(line[line.length - 1]?.text.trim()).not.toBe('');
            }
          }
          const letters = (s: string) => s.replace(/[^abé]/g, '');
          expect(letters(blocks.flatMap(blockText).join(' '))).toBe(letters(body));
        },
      ),
      { numRuns: 500 },
    );
  });

  it('keeps text without markup characters word for word', () => {
    const plain = fc.string({ unit: fc.constantFrom('a', 'B', 'é', ' ', ',', '\u00a0', '(', ')'), minLength: 1, maxLength: 200 });
    fc.assert(
      fc.property(fc.array(plain, { minLength: 1, maxLength: 5 }), (paragraphs) => {
        const blocks = parseRichText(paragraphs.join('\n\n'));
        const expected = paragraphs.map((p) => p.replace(/\s+/g, ' ').trim()).filter((p) => p !== '');
        expect(blocks.flatMap(blockText)).toEqual(expected);
      }),
    );
  });

  it('is quick on long bodies full of markup characters', () => {
    const body = Array.from({ length: 40_000 }, (_, i) => ['_a ', '* ', '**', 'x_', '- '][i % 5]).join('');
    const started = performance.now();
    parseRichText(body);
    parseInline(body);
    expect(performance.now() - started).toBeLessThan(1500);
  });
});
