// The small Markdown subset of section bodies: paragraphs separated by blank lines, **bold**, *italic*, "- " and
// "1. " lists, "### " subheadings. Whatever is typed parses: markup without its closing half stays plain text.
import type { Block, ListBlock, TextRun } from '../document/model';

/** Inline **bold** and *italic* (or _italic_) into runs. */
export function parseInline(text: string): TextRun[] {
  const runs: TextRun[] = [];
  let bold = false;
  let italic = false;
  let buffer = '';
  const flush = () => {
    if (buffer) runs.push({ text: buffer, ...(bold ? { bold: true } : {}), ...(italic ? { italic: true } : {}) });
    buffer = '';
  };
  let i = 0;
  while (i < text.length) {
    if (text.startsWith('**', i) && (bold || text.indexOf('**', i + 2) > i + 2)) {
      flush();
      bold = !bold;
      i += 2;
      continue;
    }
    const ch = text[i]!;
    if ((ch === '*' || ch === '_') && (italic || hasClosing(text, i, ch))) {
      flush();
      italic = !italic;
      i += 1;
      continue;
    }
    buffer += ch;
    i += 1;
  }
  flush();
  return merge(runs);
}

/** An opening * or _ counts only when a closing one follows in the same text, with something in between. */
function hasClosing(text: string, at: number, ch: string): boolean {
  if (ch === '_' && /\w/.test(text[at - 1] ?? '')) return false;
  for (let j = at + 2; j < text.length; j++) {
    if (text[j] === ch && text[j + 1] !== ch && text[j - 1] !== ch) return true;
  }
  return false;
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

/** Parses a section body into document blocks (paragraphs justified, lists, level-3 headings). */
export function parseRichText(body: string): Block[] {
  const blocks: Block[] = [];
  const lines = body.replace(/\r\n?/g, '\n').split('\n');
  let paragraph: string[] = [];
  let list: ListBlock | null = null;

  const endParagraph = () => {
    const text = paragraph.join(' ').replace(/\s+/g, ' ').trim();
    if (text) blocks.push({ type: 'paragraph', runs: parseInline(text), align: 'justify' });
    paragraph = [];
  };
  const endList = () => {
    if (list) blocks.push(list);
    list = null;
  };

  for (const line of lines) {
    const heading = SUBHEADING.exec(line);
    const bullet = BULLET.exec(line);
    const numbered = NUMBERED.exec(line);
    if (line.trim() === '') {
      endParagraph();
      endList();
    } else if (heading && heading[1]!.trim()) {
      endParagraph();
      endList();
      blocks.push({ type: 'heading', level: 3, text: heading[1]!.trim() });
    } else if (bullet || numbered) {
      endParagraph();
      const ordered = !!numbered;
      const current = list as ListBlock | null;
      if (!current || current.ordered !== ordered) {
        endList();
        list = { type: 'list', ordered, items: [], ...(numbered ? { start: Number(numbered[1]) } : {}) };
      }
      const content = (numbered ? numbered[2] : bullet![1])!.trim();
      (list as ListBlock | null)!.items.push({ runs: parseInline(content || '-') });
    } else if (list && /^\s{2,}\S/.test(line)) {
      // An indented line continues the last list item.
      const items = (list as ListBlock).items;
      items[items.length - 1]!.runs.push({ text: ` ${line.trim()}` });
    } else {
      endList();
      paragraph.push(line.trim());
    }
  }
  endParagraph();
  endList();
  return blocks;
}
