// Lists as real Word numbering ("1.", "a.", bullets), so an editor can add or reorder items and Word renumbers.
// The definitions are built once per process; each list block gets its own instance, which restarts the count.
import { LevelFormat, type NumberingDefinition, Paragraph } from 'docx';
import type { ListBlock } from '../../../shared/document/model';
import { SPACING } from '../../../shared/document/layout/spacing';
import { type DocxEnv, type Keep, keepAt, mmToTwips, ptToTwips } from './env';
import { docxRuns } from './runs';
import { STYLE } from './styles';
import { type Lead, leadBefore } from './text-blocks';

type ListFormat = 'decimal' | 'lower-alpha' | 'bullet';

const LEVELS = 9;
const HANG_MM = 7;

function definition(format: ListFormat, reference: string, starts: ReadonlyMap<number, number> = new Map()): NumberingDefinition {
  return {
    reference,
    levels: Array.from({ length: LEVELS }, (_, level) => ({
      level,
      format:
        format === 'decimal' ? LevelFormat.DECIMAL : format === 'lower-alpha' ? LevelFormat.LOWER_LETTER : LevelFormat.BULLET,
      text: format === 'bullet' ? '\u2022' : `%${level + 1}.`,
      start: starts.get(level) ?? 1,
      alignment: 'left' as const,
      style: { paragraph: { indent: { left: mmToTwips(HANG_MM * (level + 1)), hanging: mmToTwips(HANG_MM) } } },
    })),
  };
}

/** The document's numbering config: one definition per list style, nine levels deep for nested lists. */
export const NUMBERING_CONFIG: readonly NumberingDefinition[] = [
  definition('decimal', 'decimal'),
  definition('lower-alpha', 'lower-alpha'),
  definition('bullet', 'bullet'),
];

const startDefinitions = new Map<string, NumberingDefinition>();

/**
 * Word takes a list's first number from its definition, so a list that starts elsewhere ("5.") gets a definition of
 * its own, made once for each format, depth and start.
 */
function numberingReference(format: ListFormat, depth: number, start: number): string | NumberingDefinition {
  if (start === 1 || format === 'bullet') return format;
  const reference = `${format}-d${depth}-s${start}`;
  let found = startDefinitions.get(reference);
  if (!found) {
    found = definition(format, reference, new Map([[depth, start]]));
    startDefinitions.set(reference, found);
  }
  return found;
}

function formatOf(list: ListBlock): ListFormat {
  if (!list.ordered) return 'bullet';
  return list.style === 'lower-alpha' ? 'lower-alpha' : 'decimal';
}

interface Item {
  list: ListBlock;
  runs: ListBlock['items'][number]['runs'];
  depth: number;
  instance: number;
  leftTw: number;
  hangTw: number;
}

function flatten(env: DocxEnv, list: ListBlock, depth: number, baseTw: number, out: Item[]): void {
  const instance = env.nextListInstance();
  const indentTw = baseTw + mmToTwips(list.indentMm ?? 0);
  // As in the PDF: two-digit numbers get a little more room.
  const wide = list.ordered && list.items.length + (list.start ?? 1) > 10;
  const hangTw = mmToTwips(HANG_MM + (wide ? 1.5 : 0));
  for (const item of list.items) {
    out.push({ list, runs: item.runs, depth, instance, leftTw: indentTw + hangTw, hangTw });
    if (item.children) flatten(env, item.children, Math.min(depth + 1, LEVELS - 1), indentTw + hangTw, out);
  }
}

export function listBlock(env: DocxEnv, list: ListBlock, keep: Keep, lead: Lead): Paragraph[] {
  const items: Item[] = [];
  flatten(env, list, 0, 0, items);
  const size = env.sizePt;
  return items.map((item, i) => {
    const last = i === items.length - 1;
    const before = i === 0 ? leadBefore(lead, 0) : undefined;
    const after = last ? ptToTwips(size * SPACING.listAfter + lead.tailPt) : undefined;
    return new Paragraph({
      style: STYLE.listItem,
      children: docxRuns(item.runs),
      numbering: {
        reference: numberingReference(formatOf(item.list), item.depth, item.list.start ?? 1),
        level: item.depth,
        instance: item.instance,
        custom: true,
      },
      indent: { left: item.leftTw, hanging: item.hangTw },
      spacing: before === undefined && after === undefined ? undefined : { before, after },
      keepNext: keepAt(keep, i, items.length) || undefined,
      pageBreakBefore: (i === 0 && lead.pageBreak) || undefined,
      widowControl: true,
    });
  });
}
