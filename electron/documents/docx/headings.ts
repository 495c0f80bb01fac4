// Headings numbered by Word: a multilevel list linked to Heading 1–3 writes "BAB I", "1.1" and "1.1.1", so an editor
// who adds or moves a chapter gets the numbers right. The model's typed labels decide where a list runs: a run of
// chapters from BAB I is one list (Buku I and Buku II each start their own), and a label the list would not produce
// (a chapter printed alone as BAB III, a section out of sequence) stays typed, so the DOCX always reads as the PDF.
import {
  AlignmentType,
  HeadingLevel,
  LevelFormat,
  LevelSuffix,
  type NumberingDefinition,
  Paragraph,
  TextRun as DocxTextRun,
} from 'docx';
import type { Block, HeadingBlock } from '../../../shared/document/model';
import { plainRun } from './runs';

export const HEADING_NUMBERING = 'heading';

const STYLE_IDS = ['Heading1', 'Heading2', 'Heading3'] as const;

export const HEADING_NUMBERING_CONFIG: NumberingDefinition = {
  reference: HEADING_NUMBERING,
  levels: [
    {
      level: 0,
      format: LevelFormat.UPPER_ROMAN,
      text: 'BAB %1',
      // The label sits on its own line: the heading's text starts with a line break.
      suffix: LevelSuffix.NOTHING,
      alignment: AlignmentType.LEFT,
      style: { style: STYLE_IDS[0], paragraph: { indent: { left: 0, hanging: 0 } } },
    },
    {
      level: 1,
      format: LevelFormat.DECIMAL,
      text: '%1.%2',
      isLegalNumberingStyle: true,
      suffix: LevelSuffix.SPACE,
      alignment: AlignmentType.LEFT,
      style: { style: STYLE_IDS[1], paragraph: { indent: { left: 0, hanging: 0 } } },
    },
    {
      level: 2,
      format: LevelFormat.DECIMAL,
      text: '%1.%2.%3',
      isLegalNumberingStyle: true,
      suffix: LevelSuffix.SPACE,
      alignment: AlignmentType.LEFT,
      style: { style: STYLE_IDS[2], paragraph: { indent: { left: 0, hanging: 0 } } },
    },
  ],
};

/** How one heading is numbered: by the list (which instance), or not at all (its label, if any, typed). */
export type HeadingNumber = { instance: number } | null;

const ROMAN: Record<string, number> = { I: 1, V: 5, X: 10, L: 50, C: 100, D: 500, M: 1000 };

export function fromRoman(text: string): number | null {
  if (!/^[IVXLCDM]+$/.test(text)) return null;
  let total = 0;
  for (let i = 0; i < text.length; i++) {
    const value = ROMAN[text[i]!]!;
    const next = ROMAN[text[i + 1] ?? ''] ?? 0;
    total += value < next ? -value : value;
  }
  return total;
}

function allHeadings(blocks: readonly Block[], out: HeadingBlock[] = []): HeadingBlock[] {
  for (const block of blocks) {
    if (block.type === 'heading') out.push(block);
    else if (block.type === 'keepTogether') allHeadings(block.blocks, out);
  }
  return out;
}

/** Decides, for every heading of the document, whether Word's list numbers it, following the typed labels. */
export function planHeadingNumbers(blocks: readonly Block[]): Map<HeadingBlock, HeadingNumber> {
  const plan = new Map<HeadingBlock, HeadingNumber>();
  let instance = 0;
  let active = false;
  const counters = [0, 0, 0];
  for (const heading of allHeadings(blocks)) {
    const label = heading.label?.trim() ?? '';
    let numbered = false;
    if (heading.level === 1) {
      const n = fromRoman(/^BAB\s+([IVXLCDM]+)$/.exec(label)?.[1] ?? '');
      if (n === 1) {
        instance += 1;
        active = true;
        numbered = true;
      } else if (n !== null && active && n === counters[0]! + 1) numbered = true;
      else if (label !== '') active = false;
      if (numbered) counters.splice(0, 3, n!, 0, 0);
    } else if (active && label !== '') {
      const parts = label.split('.').map(Number);
      const depth = heading.level;
      const expected = [...counters.slice(0, depth - 1), counters[depth - 1]! + 1];
      numbered = parts.length === depth && parts.every((p, i) => p === expected[i]);
      if (numbered) {
        counters[depth - 1] = parts[depth - 1]!;
        for (let i = depth; i < 3; i++) counters[i] = 0;
      }
    }
    plan.set(heading, numbered ? { instance } : null);
  }
  return plan;
}

const HEADING_LEVELS = [HeadingLevel.HEADING_1, HeadingLevel.HEADING_2, HeadingLevel.HEADING_3] as const;

/**
 * A heading paragraph: numbered by the list (a chapter's text on the line under "BAB I"), or with the label typed.
 * Spacing and keeping with the next come from the heading style.
 */
export function headingParagraph(
  heading: HeadingBlock,
  number: HeadingNumber,
  opts: { pageBreakBefore: boolean; beforeTw?: number },
): Paragraph {
  const typed = number === null && heading.label;
  const children = number
    ? heading.level === 1
      ? [new DocxTextRun({ break: 1 }), ...plainRun(heading.text)]
      : plainRun(heading.text)
    : typed
      ? heading.level === 1
        ? [...plainRun(heading.label!), new DocxTextRun({ break: 1 }), ...plainRun(heading.text)]
        : plainRun(`${heading.label} ${heading.text}`)
      : plainRun(heading.text);
  return new Paragraph({
    heading: HEADING_LEVELS[heading.level - 1],
    children,
    numbering: number
      ? { reference: HEADING_NUMBERING, level: heading.level - 1, instance: number.instance, custom: true }
      : false,
    alignment: heading.align === undefined ? undefined : heading.align === 'justify' ? 'both' : heading.align,
    pageBreakBefore: opts.pageBreakBefore || undefined,
    spacing: opts.beforeTw === undefined ? undefined : { before: opts.beforeTw },
  });
}
