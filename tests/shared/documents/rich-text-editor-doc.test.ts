// The section editor's conversion between the stored Markdown subset and the editor document: what loads shows what
// the documents print, and what the editor saves parses to the same blocks (round trips, edge cases, any input).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Block } from '../../../shared/document/model';
import { parseRichText } from '../../../shared/documents/rich-text';
import {
  editorDocToMarkdown,
  type EditorNode,
  markdownToEditorDoc,
  normaliseMarkdown,
  normaliseRuns,
  runsToMarkdown,
} from '../../../shared/documents/rich-text-editor-doc';

/**
 * Blocks compared as printed: runs in their canonical form (spaces at a span's edge are outside it), and a paragraph
 * or item of nothing but spaces ("** **") left out, as it prints nothing.
 */
const printed = (body: string): Block[] =>
  parseRichText(body)
    .map((b): Block => {
      if (b.type === 'paragraph') return { ...b, runs: normaliseRuns(b.runs) };
      if (b.type !== 'list') return b;
      return { ...b, items: b.items.map((i) => ({ runs: normaliseRuns(i.runs) })).filter((i) => i.runs.length > 0) };
    })
    .filter((b) => (b.type === 'paragraph' ? b.runs.length > 0 : b.type === 'list' ? b.items.length > 0 : true));

const text = (t: string, ...marks: string[]): EditorNode => ({
  type: 'text',
  text: t,
  ...(marks.length ? { marks: marks.map((type) => ({ type })) } : {}),
});
const para = (...content: EditorNode[]): EditorNode => ({ type: 'paragraph', content });
const doc = (...content: EditorNode[]): EditorNode => ({ type: 'doc', content });

describe('markdownToEditorDoc', () => {
  it('shows bold and italic as marks, lists as list nodes and ### as a level-3 heading', () => {
    const body = '### Latar Belakang\n\nKabupaten **{daerah}** menyusun *masterplan*.\n\n- satu\n- **dua**\n\n3. tiga\n4. empat';
    expect(markdownToEditorDoc(body)).toEqual(
      doc(
        { type: 'heading', attrs: { level: 3 }, content: [text('Latar Belakang')] },
        para(text('Kabupaten '), text('{daerah}', 'bold'), text(' menyusun '), text('masterplan', 'italic'), text('.')),
        {
          type: 'bulletList',
          content: [
            { type: 'listItem', content: [para(text('satu'))] },
            { type: 'listItem', content: [para(text('dua', 'bold'))] },
          ],
        },
        {
          type: 'orderedList',
          attrs: { start: 3 },
          content: [
            { type: 'listItem', content: [para(text('tiga'))] },
            { type: 'listItem', content: [para(text('empat'))] },
          ],
        },
      ),
    );
  });

  it('gives an empty body one empty paragraph to type into', () => {
    expect(markdownToEditorDoc('')).toEqual(doc({ type: 'paragraph' }));
    expect(markdownToEditorDoc('  \n\n ')).toEqual(doc({ type: 'paragraph' }));
  });

  it('keeps unclosed markup and lone asterisks as the text the documents print', () => {
    expect(markdownToEditorDoc('harga 5 * 3 dan **belum ditutup')).toEqual(doc(para(text('harga 5 * 3 dan **belum ditutup'))));
  });
});

describe('editorDocToMarkdown', () => {
  it('writes nested marks so that the parser reads them back', () => {
    const md = editorDocToMarkdown(
      doc(para(text('a '), text('tebal ', 'bold'), text('dan miring', 'bold', 'italic'), text(' b'))),
    );
    expect(md).toBe('a **tebal *dan miring*** b');
    expect(parseRichText(md)).toEqual([
      {
        type: 'paragraph',
        align: 'justify',
        runs: [{ text: 'a ' }, { text: 'tebal ', bold: true }, { text: 'dan miring', bold: true, italic: true }, { text: ' b' }],
      },
    ]);
  });

  it('moves spaces at the edge of a mark outside it, since "* x*" would not read as italic', () => {
    expect(editorDocToMarkdown(doc(para(text('a'), text(' miring ', 'italic'), text('b'))))).toBe('a *miring* b');
  });

  it('separates a list that follows a paragraph by a blank line and numbers ordered items from their start', () => {
    const md = editorDocToMarkdown(
      doc(
        para(text('Tujuan:')),
        {
          type: 'orderedList',
          attrs: { start: 2 },
          content: [
            { type: 'listItem', content: [para(text('dua'))] },
            { type: 'listItem', content: [para(text('tiga', 'italic'))] },
          ],
        },
        { type: 'bulletList', content: [{ type: 'listItem', content: [para(text('butir'))] }] },
      ),
    );
    expect(md).toBe('Tujuan:\n\n2. dua\n3. *tiga*\n\n- butir');
    expect(parseRichText(md).map((b) => b.type)).toEqual(['paragraph', 'list', 'list']);
  });

  it('writes a heading as ### with its plain text, and leaves out empty paragraphs, items and headings', () => {
    const md = editorDocToMarkdown(
      doc(
        { type: 'heading', attrs: { level: 3 }, content: [text('Visi', 'bold')] },
        { type: 'paragraph' },
        { type: 'heading', attrs: { level: 3 } },
        { type: 'bulletList', content: [{ type: 'listItem', content: [{ type: 'paragraph' }] }] },
        para(text('  isi   dengan  spasi ')),
      ),
    );
    expect(md).toBe('### Visi\n\nisi dengan spasi');
  });

  it('keeps placeholders and snake_case names as text', () => {
    const md = editorDocToMarkdown(
      doc(para(text('{daerah}', 'bold'), text(' dan {nama_opd} serta '), text('{tahun}', 'italic'))),
    );
    expect(md).toBe('**{daerah}** dan {nama_opd} serta *{tahun}*');
    expect(parseRichText(md)).toEqual([
      {
        type: 'paragraph',
        align: 'justify',
        runs: [{ text: '{daerah}', bold: true }, { text: ' dan {nama_opd} serta ' }, { text: '{tahun}', italic: true }],
      },
    ]);
  });

  it('pairs * with _ when literal asterisks stand right beside an italic word', () => {
    // "**a**" would read as bold and "*_a_*" as an italic "_a_"; the parser pairs "*" with "_" too.
    const runs = [{ text: '*' }, { text: 'a', italic: true }, { text: '*' }];
    const md = runsToMarkdown(runs);
    expect(md).toBe('**a_*');
    expect(parseRichText(md)).toEqual([{ type: 'paragraph', align: 'justify', runs }]);
  });

  it('keeps a bold text that ends in an asterisk bold to its end, with the space inside the span', () => {
    const runs = [{ text: 'catatan*', bold: true }, { text: ' lanjut' }];
    const md = runsToMarkdown(runs);
    expect(md).toBe('** catatan* **lanjut');
    expect(normaliseRuns((parseRichText(md)[0] as { runs: typeof runs }).runs)).toEqual(runs);
  });

  it('breaks a paragraph that starts like a list item after its first word, so it stays a paragraph', () => {
    const md = editorDocToMarkdown(doc(para(text('- 5 tahun ke depan'))));
    expect(md).toBe('-\n5 tahun ke depan');
    expect(parseRichText(md)).toEqual([{ type: 'paragraph', align: 'justify', runs: [{ text: '- 5 tahun ke depan' }] }]);
  });

  it('caps item numbers at the three digits the parser reads, so a long list stays one list', () => {
    const md = editorDocToMarkdown(
      doc({
        type: 'orderedList',
        attrs: { start: 998 },
        content: ['a', 'b', 'c'].map((t) => ({ type: 'listItem', content: [para(text(t))] })),
      }),
    );
    expect(md).toBe('998. a\n999. b\n999. c');
    expect(parseRichText(md)).toHaveLength(1);
  });
});

describe('round trip', () => {
  it('loading then saving gives the normalised body for typical sections', () => {
    const bodies = [
      '### Latar Belakang\n\nKabupaten {daerah} **menyusun** *masterplan* smart city.',
      'Paragraf pertama\nbaris kedua.\n\n- satu\n  lanjutan\n- dua\n\n1. a\n2. b',
      '**tebal *dan miring* lagi** biasa _miring_',
      '5 * 3 = 15 dan a*b',
    ];
    expect(bodies.map(normaliseMarkdown)).toEqual([
      '### Latar Belakang\n\nKabupaten {daerah} **menyusun** *masterplan* smart city.',
      'Paragraf pertama baris kedua.\n\n- satu lanjutan\n- dua\n\n1. a\n2. b',
      '**tebal *dan miring* lagi** biasa *miring*',
      '5 * 3 = 15 dan a*b',
    ]);
  });

  it('for any body of words, markup and line starts: the editor saves what prints the same, and saving again changes nothing', () => {
    // Markup wraps words, as people write it; literal asterisks and underscores stand between words. Bodies of bare
    // asterisks ("**a*\t**") can hold runs no other spelling gives, as the subset has no escapes.
    const word = fc.constantFrom('a', 'kata', '{daerah}', 'x_y', '5 * 3', '2021.', '•', '#', '-');
    const wrapped = fc
      .tuple(fc.constantFrom('', '*', '**', '_', '***'), fc.array(word, { minLength: 1, maxLength: 3 }))
      .map(([m, ws]) => `${m}${ws.join(' ')}${m}`);
    const between = fc.constantFrom(' ', '  ', '\t', '\n', '\n\n', '\n- ', '\n1. ', '\n12) ', '\n### ', '\n  ', '\n\n- ');
    fc.assert(
      fc.property(fc.array(fc.tuple(between, wrapped), { maxLength: 25 }), (parts) => {
        const body = parts.map(([b, w]) => b + w).join('');
        const saved = normaliseMarkdown(body);
        expect(printed(saved)).toEqual(printed(body));
        expect(normaliseMarkdown(saved)).toBe(saved);
      }),
      { numRuns: 3000 },
    );
  });
});
