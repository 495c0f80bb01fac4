// The small Markdown subset of section bodies: paragraphs separated by blank lines, **bold**, *italic*, "- " and
// "1. " lists, "### " subheadings. Whatever is typed parses: markup without its closing half stays plain text.
import type { Block, ListBlock, TextRun } from '../document/model';

/** Inline **bold** and *italic* (or _italic_) into runs; never an empty run. Linear in the length of the text. */
export function parseInline(text: string): TextRun[] {
  const runs: TextRun[] = [];
  let bold = false;
  let boldFrom = 0;
  let italic = false;
  let italicFrom = 0;
  let buffer = '';
  const flush = () => {
    if (buffer) runs.push({ text: buffer, ...(bold ? { bold: true } : {}), ...(italic ? { italic: true } : {}) });
    buffer = '';
  };
  const lastDouble = text.lastIndexOf('**');
  const lastCloser = { '*': lastCloserOf(text, '*'), _: lastCloserOf(text, '_') };
  let i = 0;
  while (i < text.length) {
    // "**" opens only when another "**" follows with something in between; unclosed, it is plain text.
    if (text.startsWith('**', i) && (bold ? i >= boldFrom + 3 : lastDouble > i + 2)) {
      flush();
      bold = !bold;
      boldFrom = i;
      i += 2;
      continue;
    }
    const ch = text[i]!;
    if (ch === '*' || ch === '_') {
      // Like Markdown: an opener touches the word after it, a closer the word before it.
      const next = text[i + 1] ?? ' ';
      const toggles = italic
        ? i >= italicFrom + 2 && closes(text, i, ch)
        : !(ch === '_' && wordChar(text[i - 1])) && /\S/.test(next) && next !== ch && lastCloser[ch] >= i + 2;
      if (toggles) {
        flush();
        italic = !italic;
        italicFrom = i;
        i += 1;
        continue;
      }
    }
    buffer += ch;
    i += 1;
  }
  flush();
  return merge(runs);
}

/** snake_case words keep their underscores: "_" counts as markup only at a word's edge. */
const wordChar = (c: string | undefined) => c !== undefined && /[\p{L}\p{N}]/u.test(c);

/** A * or _ at `at` can end an italic span: it follows a non-space, and an _ does not run into a word. */
function closes(text: string, at: number, ch: string): boolean {
  return at > 0 && /\S/.test(text[at - 1]!) && (ch === '*' || !wordChar(text[at + 1]));
}

/** The last * or _ that could close an italic span, or -1: an opener without one stays plain text. */
function lastCloserOf(text: string, ch: '*' | '_'): number {
  for (let j = text.lastIndexOf(ch); j > 0; j = text.lastIndexOf(ch, j - 1)) {
    if (closes(text, j, ch)) return j;
  }
  return -1;
}

function merge(runs: TextRun[]): TextRun[] {
  const out: TextRun[] = [];
  for (const run of runs) {
    const last = out[out.length - 1];
    if (last && !!last.bold === !!run.bold && !!last.italic === !!run.italic) last.text += run.text;
    else out.push({ ...run });
  }
  return out;
}

const BULLET = /^\s*[-•]\s+(.*)$/;
const NUMBERED = /^\s*(\d{1,3})[.)]\s+(.*)$/;
const SUBHEADING = /^\s*#{1,6}\s+(.*)$/;
const CONTINUATION = /^\s{2,}\S/;

const squash = (s: string) => s.replace(/\s+/g, ' ').trim();

/** A list while it is being read: raw item text, so that continuation lines join before inline parsing. */
interface OpenList {
  ordered: boolean;
  start: number;
  items: string[];
}

function toListBlock(list: OpenList): ListBlock | null {
  const items = list.items
    .map(squash)
    .filter((t) => t !== '')
    .map((t) => ({ runs: parseInline(t) }));
  if (items.length === 0) return null;
  return { type: 'list', ordered: list.ordered, ...(list.ordered ? { start: list.start } : {}), items };
}

/** Parses a section body into document blocks (justified paragraphs, lists, level-3 subheadings). */
export function parseRichText(body: string): Block[] {
  const blocks: Block[] = [];
  let paragraph: string[] = [];
  let list: OpenList | null = null;

  const endParagraph = () => {
    const text = squash(paragraph.join(' '));
    if (text) blocks.push({ type: 'paragraph', runs: parseInline(text), align: 'justify' });
    paragraph = [];
  };
  const endList = () => {
    const block = list && toListBlock(list);
    if (block) blocks.push(block);
    list = null;
  };

  for (const line of body.replace(/\r\n?/g, '\n').split('\n')) {
    const heading = SUBHEADING.exec(line);
    const bullet = BULLET.exec(line);
    const numbered = bullet ? null : NUMBERED.exec(line);
    if (line.trim() === '') {
      endParagraph();
      endList();
    } else if (heading && squash(heading[1]!) !== '') {
      endParagraph();
      endList();
      // Markup inside a subheading is dropped: the heading style is already bold.
      const text = squash(
        parseInline(squash(heading[1]!))
          .map((r) => r.text)
          .join(''),
      );
      blocks.push({ type: 'heading', level: 3, text });
    } else if (bullet || numbered) {
      endParagraph();
      const ordered = numbered !== null;
      const current = list as OpenList | null;
      if (!current || current.ordered !== ordered) {
        endList();
        list = { ordered, start: numbered ? Number(numbered[1]) : 1, items: [] };
      }
      list!.items.push(numbered ? numbered[2]! : bullet![1]!);
    } else if (list && CONTINUATION.test(line)) {
      // An indented line continues the last list item.
      const items: string[] = (list as OpenList).items;
      items[items.length - 1] += ` ${line.trim()}`;
    } else {
      endList();
      paragraph.push(line.trim());
    }
  }
  endParagraph();
  endList();
  return blocks;
}
