// The chapters of Buku I or Buku II: the office's own chapters and sections, in order, with each generated table and
// recorded fact placed where the book spec says it belongs; what finds no place gets a generated chapter of its own
// after them. Without any chapter of the office's, the book is the spec's generated chapters.
import type { Block, HeadingBlock } from '../../document/model';
import { toRoman } from '../../format/roman';
import { fillPlaceholders, placeholderValues } from '../../masterplan/standard-skeleton';
import type { MasterplanChapterData, MasterplanData, MasterplanSectionData } from '../context';
import { emptySectionMarker } from '../masterplan';
import { parseRichText } from '../rich-text';
import type { BookItem, BookSpec, GeneratedChapter } from './book-spec';
import { missing } from './table-kit';

interface Placement {
  /** Items opening (facts) or following (tables) each section, by section id. */
  opening: Map<number, BookItem[]>;
  following: Map<number, BookItem[]>;
  /** Items at the end of each chapter, by chapter id. */
  chapterEnd: Map<number, BookItem[]>;
  leftover: Set<BookItem>;
}

const push = <K>(map: Map<K, BookItem[]>, key: K, item: BookItem) => map.set(key, [...(map.get(key) ?? []), item]);

function place(spec: BookSpec, chapters: readonly MasterplanChapterData[]): Placement {
  const plan: Placement = { opening: new Map(), following: new Map(), chapterEnd: new Map(), leftover: new Set() };
  for (const item of spec.chapters.flatMap((c) => c.items)) {
    const section = item.section && chapters.flatMap((c) => c.sections).find((s) => item.section!.test(s.title));
    if (section) {
      push(item.fact ? plan.opening : plan.following, section.id, item);
      continue;
    }
    const chapter = item.chapter && chapters.find((c) => item.chapter!.test(c.title));
    if (chapter) push(plan.chapterEnd, chapter.id, item);
    else plan.leftover.add(item);
  }
  // An item no title names joins a sibling of its generated chapter where the office's skeleton has one.
  const home = (item: BookItem) => {
    const ids = new Set(
      chapters.flatMap((c) =>
        c.sections
          .filter((s) => (plan.following.get(s.id) ?? []).includes(item) || (plan.opening.get(s.id) ?? []).includes(item))
          .map(() => c.id),
      ),
    );
    for (const [id, items] of plan.chapterEnd) if (items.includes(item)) ids.add(id);
    return [...ids][0];
  };
  for (const generated of spec.chapters) {
    const placed = generated.items.map(home).find((id) => id !== undefined);
    if (placed === undefined) continue;
    for (const item of generated.items.filter((i) => plan.leftover.has(i) && !i.fact)) {
      plan.leftover.delete(item);
      push(plan.chapterEnd, placed, item);
    }
  }
  return plan;
}

/** An item's blocks, or a note saying what is not recorded yet (a fact's build gives none then). */
function itemBlocks(item: BookItem, data: MasterplanData): Block[] {
  const blocks = item.build(data);
  return blocks.length ? blocks : [missing(`${item.title} belum diisi.`)];
}

function chapterHeading(number: number, title: string): HeadingBlock {
  return {
    type: 'heading',
    level: 1,
    label: `BAB ${toRoman(number)}`,
    text: title.toLocaleUpperCase('id-ID'),
    toc: true,
    pageBreakBefore: true,
  };
}

function sectionBlocks(data: MasterplanData, section: MasterplanSectionData, label: string, plan: Placement): Block[] {
  const values = placeholderValues(data.regency, data.programme.year);
  const fill = (text: string) => fillPlaceholders(text, values);
  const facts = (plan.opening.get(section.id) ?? []).flatMap((f) => f.build(data));
  const body = section.body.trim() ? parseRichText(fill(section.body)) : [];
  const guidance = section.guidance?.trim() ? fill(section.guidance) : null;
  return [
    { type: 'heading', level: 2, label, text: section.title, toc: true },
    ...facts,
    ...(body.length || facts.length ? body : [emptySectionMarker(guidance)]),
    ...(plan.following.get(section.id) ?? []).flatMap((item) => itemBlocks(item, data)),
  ];
}

function generatedChapter(data: MasterplanData, chapter: GeneratedChapter, number: number, only?: Set<BookItem>): Block[] {
  const items = chapter.items.filter((i) => !only || only.has(i));
  return [
    chapterHeading(number, chapter.title),
    ...items.flatMap((item, i): Block[] => [
      { type: 'heading', level: 2, label: `${number}.${i + 1}`, text: item.title, toc: true },
      ...itemBlocks(item, data),
    ]),
  ];
}

export function bookBody(data: MasterplanData, spec: BookSpec): Block[] {
  const volume = data.volumes.find((v) => v.code === spec.code);
  const chapters = (volume?.chapters ?? []).filter((c) => !/kata pengantar/i.test(c.title));
  if (chapters.length === 0) return spec.chapters.flatMap((c, i) => generatedChapter(data, c, i + 1));
  const plan = place(spec, chapters);
  // Generated chapters go before a closing chapter (Penutup), which stays last.
  const closing = /penutup/i.test(chapters[chapters.length - 1]!.title) ? 1 : 0;
  const extra = spec.chapters.filter((c) => c.items.some((i) => plan.leftover.has(i)));
  const numberOf = (index: number) => (closing && index === chapters.length - 1 ? index + 1 + extra.length : index + 1);
  const own = chapters.map((chapter, index): Block[] => [
    chapterHeading(numberOf(index), chapter.title),
    ...chapter.sections
      .filter((s) => !/kata pengantar/i.test(s.title))
      .flatMap((section, i) => sectionBlocks(data, section, `${numberOf(index)}.${i + 1}`, plan)),
    ...(plan.chapterEnd.get(chapter.id) ?? []).flatMap((item) => itemBlocks(item, data)),
  ]);
  const generated = extra.flatMap((c, i) => generatedChapter(data, c, chapters.length - closing + i + 1, plan.leftover));
  return [...own.slice(0, own.length - closing).flat(), ...generated, ...own.slice(own.length - closing).flat()];
}

/**
 * One of the office's chapters as its book prints it (its BAB number, the tables placed in it), for rendering a
 * chapter alone; null when the chapter is not one of the book's.
 */
export function bookChapter(data: MasterplanData, spec: BookSpec, chapterId: number): Block[] | null {
  const body = bookBody(data, spec);
  const volume = data.volumes.find((v) => v.code === spec.code);
  const chapter = volume?.chapters.find((c) => c.id === chapterId && !/kata pengantar/i.test(c.title));
  if (!chapter) return null;
  const title = chapter.title.toLocaleUpperCase('id-ID');
  const start = body.findIndex((b) => b.type === 'heading' && b.level === 1 && b.text === title);
  if (start < 0) return null;
  const end = body.findIndex((b, i) => i > start && b.type === 'heading' && b.level === 1);
  return body.slice(start, end < 0 ? undefined : end);
}
