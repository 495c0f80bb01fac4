// Converts a section body in the documents' Markdown subset (rich-text.ts) to the editor's document (the JSON shape
// TipTap/ProseMirror loads) and back, so the editor shows formatting while the stored text stays that subset.
import type { Block, TextRun } from '../document/model';
import { parseInline, parseRichText } from './rich-text';

/** The editor's JSON document, as far as the subset needs it (TipTap's JSONContent, without the dependency). */
export interface EditorNode {
  type: string;
  attrs?: Record<string, unknown>;
  content?: EditorNode[];
  marks?: { type: string }[];
  text?: string;
}

const textNode = (run: TextRun): EditorNode => {
  const marks = [...(run.bold ? [{ type: 'bold' }] : []), ...(run.italic ? [{ type: 'italic' }] : [])];
  return { type: 'text', text: run.text, ...(marks.length ? { marks } : {}) };
};

const paragraphNode = (runs: TextRun[]): EditorNode =>
  runs.length ? { type: 'paragraph', content: runs.map(textNode) } : { type: 'paragraph' };

function blockNode(block: Block): EditorNode | null {
  switch (block.type) {
    case 'paragraph':
      return paragraphNode(block.runs);
    case 'heading':
      return { type: 'heading', attrs: { level: 3 }, content: [{ type: 'text', text: block.text }] };
    case 'list':
      return {
        type: block.ordered ? 'orderedList' : 'bulletList',
        ...(block.ordered ? { attrs: { start: block.start ?? 1 } } : {}),
        content: block.items.map((item) => ({ type: 'listItem', content: [paragraphNode(item.runs)] })),
      };
    default:
      return null;
  }
}

/** The editor document of a stored body: read by the very parser the PDF and DOCX use, so both show the same. */
export function markdownToEditorDoc(body: string): EditorNode {
  const content = parseRichText(body)
    .map(blockNode)
    .filter((n): n is EditorNode => n !== null);
  // An empty document still holds one paragraph to type into.
  return { type: 'doc', content: content.length ? content : [{ type: 'paragraph' }] };
}

const squash = (s: string) => s.replace(/\s+/g, ' ').trim();

/** The runs of an inline container (paragraph, list item), with a hard break read as a space. */
function runsOf(node: EditorNode): TextRun[] {
  const runs: TextRun[] = [];
  for (const child of node.content ?? []) {
    if (child.type === 'text' && child.text) {
      const marks = new Set((child.marks ?? []).map((m) => m.type));
      runs.push({
        text: child.text,
        ...(marks.has('bold') ? { bold: true } : {}),
        ...(marks.has('italic') ? { italic: true } : {}),
      });
    } else if (child.type === 'hardBreak') runs.push({ text: ' ' });
    else if (child.content) runs.push({ text: ' ' }, ...runsOf(child), { text: ' ' });
  }
  return runs;
}

const sameMarks = (a: TextRun, b: TextRun) => !!a.bold === !!b.bold && !!a.italic === !!b.italic;

/**
 * The runs a paragraph prints, in one canonical form: whitespace collapsed and trimmed as the parser does, spaces at
 * the edge of a bold or italic span moved outside it (a space looks the same either way), neighbours merged.
 */
export function normaliseRuns(input: readonly TextRun[]): TextRun[] {
  const chars: { c: string; run: TextRun }[] = [];
  for (const run of input) for (const c of run.text.replace(/\s/g, ' ')) chars.push({ c, run });
  const kept = chars.filter((x, i) => x.c !== ' ' || (i > 0 && chars[i - 1]!.c !== ' '));
  while (kept.length && kept[0]!.c === ' ') kept.shift();
  while (kept.length && kept[kept.length - 1]!.c === ' ') kept.pop();
  const out: TextRun[] = [];
  kept.forEach(({ c, run }, i) => {
    // A space keeps a mark only when the characters on both sides carry it.
    const both = (mark: 'bold' | 'italic') =>
      c !== ' ' ? !!run[mark] : !!kept[i - 1]?.run[mark] && !!kept[i + 1]?.run[mark] && !!run[mark];
    const next: TextRun = { text: c, ...(both('bold') ? { bold: true } : {}), ...(both('italic') ? { italic: true } : {}) };
    const last = out[out.length - 1];
    if (last && sameMarks(last, next)) last.text += c;
    else out.push(next);
  });
  return out;
}

const sameRuns = (a: TextRun[], b: TextRun[]) =>
  a.length === b.length && a.every((r, i) => r.text === b[i]!.text && sameMarks(r, b[i]!));

type Mark = '*' | '_';

/** Writes runs with the given italic markers (the parser pairs any two), bold opened outside or inside italic. */
function write(runs: TextRun[], [opens, closes]: [Mark, Mark], boldOutside: boolean): string {
  let out = '';
  let bold = false;
  let italic = false;
  const setBold = (on: boolean) => {
    if (bold !== on) out += '**';
    bold = on;
  };
  const setItalic = (on: boolean) => {
    if (italic !== on) out += on ? opens : closes;
    italic = on;
  };
  for (const run of runs) {
    const b = !!run.bold;
    const i = !!run.italic;
    // Close what ends (and the inner span when the outer one changes), inner first; then open, outer first.
    if (boldOutside) {
      if (italic && (!i || bold !== b)) setItalic(false);
      setBold(b);
      setItalic(i);
    } else {
      if (bold && (!b || italic !== i)) setBold(false);
      setItalic(i);
      setBold(b);
    }
    out += run.text;
  }
  if (boldOutside) {
    setItalic(false);
    setBold(false);
  } else {
    setBold(false);
    setItalic(false);
  }
  return out;
}

/**
 * The Markdown of one paragraph's runs. Of the ways to write them, the first the parser reads back as the same runs
 * wins; the subset has no escapes, so text whose own asterisks read as markup ("2*3*4") is written as typed and
 * prints as the documents read it.
 */
export function runsToMarkdown(input: readonly TextRun[]): string {
  const runs = normaliseRuns(input);
  const marks: [Mark, Mark][] = [
    ['*', '*'],
    ['_', '_'],
    ['*', '_'],
    ['_', '*'],
  ];
  const forms = [runs, padBold(runs)];
  const candidates = forms.flatMap((form) => [true, false].flatMap((outside) => marks.map((m) => write(form, m, outside))));
  return candidates.find((md) => sameRuns(normaliseRuns(parseInline(md)), runs)) ?? candidates[0]!;
}

/**
 * The same runs with the spaces next to a bold span taken inside it: "**a* **" keeps a bold text's own last
 * asterisk, where "**a***" would close the bold one character early.
 */
function padBold(runs: TextRun[]): TextRun[] {
  const out = runs.map((r) => ({ ...r }));
  out.forEach((run, i) => {
    if (!run.bold) return;
    const next = out[i + 1];
    // At the paragraph's edge a space inside the span costs nothing: the parser trims only outside the markup.
    if (!next || (!next.bold && !run.italic && next.text.startsWith(' '))) {
      run.text += ' ';
      if (next) next.text = next.text.slice(1);
    }
    const prev = out[i - 1];
    if (!prev || (!prev.bold && !run.italic && prev.text.endsWith(' '))) {
      run.text = ` ${run.text}`;
      if (prev) prev.text = prev.text.slice(0, -1);
    }
  });
  return out.filter((r) => r.text !== '');
}

/** The NUMBERED pattern of rich-text.ts reads at most three digits; later numbers only need to look like items. */
const itemNumber = (n: number) => String(Math.min(Math.max(n, 0), 999));

function blockMarkdown(node: EditorNode): string {
  switch (node.type) {
    case 'heading': {
      const text = squash(
        runsOf(node)
          .map((r) => r.text)
          .join(''),
      );
      return text ? `### ${text}` : '';
    }
    case 'bulletList':
    case 'orderedList': {
      const start = Number(node.attrs?.start ?? 1);
      const items = (node.content ?? []).map((item) => runsToMarkdown(runsOf(item))).filter((t) => t !== '');
      return items
        .map((text, k) =>
          node.type === 'bulletList' ? `- ${text}` : `${itemNumber((Number.isFinite(start) ? start : 1) + k)}. ${text}`,
        )
        .join('\n');
    }
    default:
      return keepParagraph(runsToMarkdown(runsOf(node)));
  }
}

/** A line the parser would take for a list item or a subheading ("- ", "1. ", "### ", "• "). */
const BLOCK_START = /^\s*(?:[-•]|\d{1,3}[.)]|#{1,6})\s/;

/**
 * A paragraph that starts like a list item or subheading ("- 5 tahun" typed as text) is written with a line break
 * after its first word: a line without a space never reads as a block, and the parser joins the lines again.
 */
function keepParagraph(md: string): string {
  const space = md.indexOf(' ');
  if (!BLOCK_START.test(md) || space < 0) return md;
  return `${md.slice(0, space)}\n${keepParagraph(md.slice(space + 1))}`;
}

/** The stored body of an editor document: blocks separated by a blank line, empty ones left out. */
export function editorDocToMarkdown(doc: EditorNode): string {
  return (doc.content ?? [])
    .map(blockMarkdown)
    .filter((md) => md !== '')
    .join('\n\n');
}

/** A body in the canonical form the editor saves (what loading then saving it gives). */
export const normaliseMarkdown = (body: string): string => editorDocToMarkdown(markdownToEditorDoc(body));
