// The masterplan: the full draft (cover, kata pengantar, contents, volumes and chapters with the office's own text,
// generated tables, lampiran), one chapter alone, and a chapter as an empty template of headings and guidance prompts.
import type { Block, DocumentModel, HeadingBlock } from '../document/model';
import { UserError } from '../errors';
import { regionTitle } from '../domain/regency';
import { toRoman } from '../format/roman';
import { fillPlaceholders, placeholderValues, type PlaceholderValues } from '../masterplan/standard-skeleton';
import type { MasterplanChapterData, MasterplanData, MasterplanSectionData, MasterplanVolumeData, Official } from './context';
import { signatureGrid } from './common-blocks';
import { documentShell, logoImage } from './letterhead';
import { factsFor, unplacedFacts } from './masterplan-facts';
import { planTables, tableBlocks, tablesAt, type TablePlan } from './masterplan-placement';
import { parseRichText } from './rich-text';
import { bookChapter } from './masterplan-books/book-body';
import { BUKU_I, BUKU_II } from './masterplan-books/book-spec';
import { numberCaptions } from './masterplan-books/front-matter';

/** Buku I and Buku II number their chapters BAB I, BAB II … (restarting per volume); the others do not. */
const NUMBERED_VOLUMES = new Set(['buku1', 'buku2']);

interface Context {
  data: MasterplanData;
  values: PlaceholderValues;
  plan: TablePlan;
}

function context(data: MasterplanData): Context {
  return { data, values: placeholderValues(data.regency, data.programme.year), plan: planTables(data.volumes) };
}

const fill = (ctx: Context, text: string) => fillPlaceholders(text, ctx.values);

/** The marker a drafter sees in place of a section with no text yet; never a blank. */
export function emptySectionMarker(guidance: string | null): Block {
  const text = guidance?.trim() ? `[Belum diisi — ${guidance.trim()}]` : '[Belum diisi]';
  return { type: 'paragraph', runs: [{ text, marker: true, italic: true }] };
}

function sectionBlocks(ctx: Context, section: MasterplanSectionData, label: string | null, template: boolean): Block[] {
  const heading: Block = { type: 'heading', level: 2, ...(label ? { label } : {}), text: section.title, toc: !template };
  const guidance = section.guidance?.trim() ? fill(ctx, section.guidance) : null;
  if (template) {
    return [
      heading,
      { type: 'paragraph', runs: [{ text: `Petunjuk: ${guidance ?? 'uraikan isi subbab ini.'}`, italic: true }] },
      { type: 'spacer', heightMm: 30 },
    ];
  }
  // What the masterplan records about this section's subject (visi, misi, dasar hukum …) opens it.
  const facts = factsFor(section.title).flatMap((f) => f.build(ctx.data));
  const body = section.body.trim() ? parseRichText(fill(ctx, section.body)) : [];
  return [heading, ...facts, ...(body.length > 0 || facts.length > 0 ? body : [emptySectionMarker(guidance)])];
}

/** The signature under a kata pengantar: the Bupati's, or the ketua Tim Pelaksana's under his own. */
function kataPengantarSigner(ctx: Context, title: string): Official | null {
  if (!/pengantar/i.test(title)) return null;
  return /pengantar ketua/i.test(title) ? ctx.data.ketuaTimPelaksana : ctx.data.bupati;
}

function signatureBlocks(ctx: Context, who: Official | null): Block[] {
  if (!who) return [];
  const single = signatureGrid(ctx.data, 2, [who]);
  const grid: Block = {
    ...single,
    placeDate: `${ctx.data.regency.capital}, ${ctx.data.programme.year}`,
    cells: [null, ...single.cells],
  };
  return [{ type: 'keepTogether', blocks: [grid] }];
}

function chapterBlocks(
  ctx: Context,
  volume: MasterplanVolumeData,
  chapter: MasterplanChapterData,
  index: number,
  template = false,
): Block[] {
  const numbered = NUMBERED_VOLUMES.has(volume.code);
  const heading: HeadingBlock = {
    type: 'heading',
    level: 1,
    ...(numbered ? { label: `BAB ${toRoman(index + 1)}` } : {}),
    text: chapter.title.toLocaleUpperCase('id-ID'),
    toc: !template,
    pageBreakBefore: true,
  };
  const tables = (afterSectionId: number | null) =>
    template ? [] : tablesAt(ctx.plan, chapter.id, afterSectionId).flatMap((t) => tableBlocks(t, ctx.data));
  const sections = chapter.sections.flatMap((section, i) => [
    ...sectionBlocks(ctx, section, numbered ? `${index + 1}.${i + 1}` : null, template),
    ...(template ? [] : signatureBlocks(ctx, kataPengantarSigner(ctx, section.title))),
    ...tables(section.id),
  ]);
  return [heading, ...sections, ...tables(null)];
}

/** The lampiran volume opens with the list of what it holds, generated tables included. */
function lampiranListing(ctx: Context, volume: MasterplanVolumeData): Block[] {
  const recorded = ctx.data.plan.attachments.map((a) => a.trim()).filter((a) => a !== '');
  const titles = [
    ...(recorded.length ? recorded : volume.chapters.flatMap((c) => c.sections.map((s) => s.title))),
    ...ctx.plan.leftover.map((t) => t.title),
  ];
  if (titles.length === 0) return [];
  return [
    { type: 'paragraph', runs: [{ text: 'Daftar lampiran:', bold: true }], keepWithNext: true },
    { type: 'list', ordered: true, items: titles.map((text) => ({ runs: [{ text }] })) },
  ];
}

function volumeBlocks(ctx: Context, volume: MasterplanVolumeData): Block[] {
  return [
    { type: 'heading', level: 1, text: volume.title.toLocaleUpperCase('id-ID'), toc: true, pageBreakBefore: true },
    ...(volume.code === 'lampiran' ? lampiranListing(ctx, volume) : []),
    ...volume.chapters.flatMap((chapter, i) => chapterBlocks(ctx, volume, chapter, i)),
  ];
}

/** A kata pengantar for the Bupati's signature when the office's skeleton has none. */
function generatedKataPengantar(ctx: Context): Block[] {
  const hasOne = ctx.data.volumes.some((v) =>
    v.chapters.some((c) => /pengantar/i.test(c.title) || c.sections.some((s) => /pengantar/i.test(s.title))),
  );
  if (hasOne) return [];
  const guidance = fill(
    ctx,
    'Tuliskan sambutan Bupati {nama_daerah}: arti penting masterplan smart city, apresiasi kepada Dewan Smart City, Tim Pelaksana dan Kementerian, serta harapan pelaksanaannya.',
  );
  return [
    { type: 'heading', level: 1, text: 'KATA PENGANTAR', toc: true },
    emptySectionMarker(guidance),
    ...signatureBlocks(ctx, ctx.data.bupati),
    { type: 'pageBreak' },
  ];
}

/** The masterplan's title: the plan's own, else "Masterplan Smart City Kabupaten X". */
export function masterplanTitle(data: Pick<MasterplanData, 'plan' | 'regency'>): string {
  return data.plan.title?.replace(/\s+/g, ' ').trim() || `Masterplan Smart City ${regionTitle(data.regency)}`;
}

/** "2022–2026": the plan's period, else the span of its programmes, else the programme year. */
export function masterplanPeriod(data: Pick<MasterplanData, 'plan' | 'programmes' | 'programme'>): string {
  const { periodStart, periodEnd } = data.plan;
  const fromProgrammes = (pick: (years: number[]) => number, key: 'startYear' | 'endYear') =>
    data.programmes.length ? pick(data.programmes.map((p) => p[key])) : data.programme.year;
  const first = periodStart ?? (periodEnd !== null ? periodEnd : fromProgrammes((y) => Math.min(...y), 'startYear'));
  const last = periodEnd ?? (periodStart !== null ? periodStart : fromProgrammes((y) => Math.max(...y), 'endYear'));
  return first === last ? String(first) : `${first}–${last}`;
}

/** The cover's title lines: the region on a line of its own when the title ends with it. */
function coverTitleLines(data: MasterplanData): string[] {
  const title = masterplanTitle(data).toLocaleUpperCase('id-ID');
  const region = regionTitle(data.regency).toLocaleUpperCase('id-ID');
  if (title.endsWith(` ${region}`)) return [title.slice(0, -region.length - 1), region];
  return [title];
}

function coverBlocks(data: MasterplanData): Block[] {
  const region = regionTitle(data.regency).toLocaleUpperCase('id-ID');
  const period = masterplanPeriod(data);
  const [main, ...more] = coverTitleLines(data);
  const logo = logoImage(data.regency);
  const center = (text: string, sizePt: number, bold = true): Block => ({
    type: 'paragraph',
    align: 'center',
    sizePt,
    runs: [{ text, bold }],
  });
  return [
    { type: 'spacer', heightMm: 35 },
    ...(logo
      ? [
          { type: 'image' as const, image: logo, widthMm: 35, align: 'center' as const },
          { type: 'spacer' as const, heightMm: 10 },
        ]
      : []),
    center(main!, 22),
    ...more.map((line) => center(line, 16)),
    center(`TAHUN ${period}`, 14),
    { type: 'spacer', heightMm: 60 },
    center(data.regency.officeName.toLocaleUpperCase('id-ID'), 12),
    center(region, 12),
    center(String(data.programme.year), 12, false),
  ];
}

export function buildMasterplanDraft(data: MasterplanData): DocumentModel {
  const ctx = context(data);
  const facts = unplacedFacts(data.volumes)
    .map((f) => ({ title: f.title, blocks: f.build(data) }))
    .filter((f) => f.blocks.length > 0);
  const tables = ctx.plan.leftover.map((t) => ({ title: t.title, blocks: t.build(data) }));
  const leftovers = [...facts, ...tables];
  const appendix: Block[] = leftovers.length
    ? [
        { type: 'heading', level: 1, text: tables.length ? 'LAMPIRAN TABEL' : 'LAMPIRAN', toc: true, pageBreakBefore: true },
        ...leftovers.flatMap((t) => [{ type: 'heading' as const, level: 2 as const, text: t.title, toc: true }, ...t.blocks]),
      ]
    : [];
  return {
    // The draft has front matter: its body is numbered "Halaman n dari N" whatever the profile says for reports.
    ...documentShell(data, 'pengaturan', { title: masterplanTitle(data), subject: 'Draf Masterplan Smart City' }, 'laporan'),
    footer: { pageNumbers: true, skipFirstPage: true },
    blocks: [
      ...coverBlocks(data),
      { type: 'pageBreak' },
      ...generatedKataPengantar(ctx),
      { type: 'toc', title: 'DAFTAR ISI', maxLevel: 2 },
      // Cover, kata pengantar and contents are numbered i, ii …; the body counts from 1.
      { type: 'pageBreak', endsFrontMatter: true },
      ...data.volumes.flatMap((volume) => volumeBlocks(ctx, volume)),
      ...appendix,
    ],
  };
}

function findChapter(data: MasterplanData, chapterId: number) {
  for (const volume of data.volumes) {
    const index = volume.chapters.findIndex((c) => c.id === chapterId);
    if (index >= 0) return { volume, chapter: volume.chapters[index]!, index };
  }
  throw new UserError(`Bab dengan id ${chapterId} tidak ditemukan.`);
}

/** One chapter on its own: no cover, no kop; the volume's title above the chapter heading. */
function singleChapter(data: MasterplanData, chapterId: number, template: boolean) {
  const { volume, chapter, index } = findChapter(data, chapterId);
  const blocks = chapterBlocks(context(data), volume, chapter, index, template);
  const heading = blocks[0];
  if (heading?.type === 'heading') heading.pageBreakBefore = false;
  const above: Block = {
    type: 'paragraph',
    align: 'center',
    runs: [{ text: `${template ? 'TEMPLAT ' : ''}${volume.title.toLocaleUpperCase('id-ID')}`, bold: true }],
  };
  return { volume, chapter, blocks: [above, ...blocks] };
}

export function buildMasterplanChapter(data: MasterplanData, chapterId: number): DocumentModel {
  const { volume, chapter, blocks: draft } = singleChapter(data, chapterId, false);
  // A chapter of Buku I or II prints as its book does: the same tables, captioned and numbered by its BAB.
  const spec = volume.code === 'buku1' ? BUKU_I : volume.code === 'buku2' ? BUKU_II : null;
  const own = spec ? bookChapter(data, spec, chapterId) : null;
  const blocks = own
    ? [draft[0]!, ...numberCaptions(own.map((b, i) => (i === 0 && b.type === 'heading' ? { ...b, pageBreakBefore: false } : b)))]
    : draft;
  const meta = { title: `${volume.title}: ${chapter.title}`, subject: 'Masterplan Smart City' };
  return { ...documentShell(data, 'pengaturan', meta, 'laporan'), blocks };
}

/** Headings and guidance prompts (placeholders filled) with room to write: for drafting outside the app. */
export function buildChapterTemplate(data: MasterplanData, chapterId: number): DocumentModel {
  const { volume, chapter, blocks } = singleChapter(data, chapterId, true);
  const meta = { title: `Templat ${volume.title}: ${chapter.title}`, subject: 'Templat bab masterplan' };
  return { ...documentShell(data, 'pengaturan', meta, 'laporan'), blocks };
}
