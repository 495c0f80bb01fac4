// The masterplan: the full draft (cover, contents, volumes and chapters with the office's own text, generated
// tables, lampiran), one chapter alone, and a chapter as an empty template of headings and guidance prompts.
import type { Block, DocumentModel } from '../document/model';
import { UserError } from '../errors';
import { regionTitle } from '../domain/regency';
import { toRoman } from '../format/roman';
import { fillPlaceholders, placeholderValues, type PlaceholderValues } from '../masterplan/standard-skeleton';
import type { MasterplanChapterData, MasterplanData, MasterplanSectionData, MasterplanVolumeData } from './context';
import { documentShell, logoImage } from './letterhead';
import { programmeTables, quickWinTable, readinessTable, roadmapTable, strategyTable, swotTable } from './masterplan-tables';
import { parseRichText } from './rich-text';
import { signatureBlockFor } from './signature';

/** Which generated table goes under which chapter of the standard skeleton, matched on the chapter title. */
const TABLE_RULES: { match: RegExp; title: string; build: (d: MasterplanData) => Block[] }[] = [
  { match: /kesiapan/i, title: 'Tabel Kesiapan Daerah', build: readinessTable },
  { match: /swot|kesenjangan/i, title: 'Tabel Analisis SWOT per Dimensi', build: swotTable },
  { match: /strategi/i, title: 'Tabel Dimensi, Elemen dan Arah Pembangunan', build: strategyTable },
  { match: /program|rencana aksi/i, title: 'Tabel Program dan Rencana Aksi per Dimensi', build: programmeTables },
  { match: /quick win/i, title: 'Tabel Program Quick Win', build: quickWinTable },
  { match: /peta jalan|roadmap/i, title: 'Tabel Peta Jalan', build: roadmapTable },
];

const NUMBERED_VOLUMES = new Set(['buku1', 'buku2']);

interface Context {
  data: MasterplanData;
  values: PlaceholderValues;
  /** Tables already placed, so that each appears once. */
  placed: Set<string>;
}

function sectionBlocks(ctx: Context, section: MasterplanSectionData, label: string | null, template: boolean): Block[] {
  const heading: Block = { type: 'heading', level: 2, ...(label ? { label } : {}), text: section.title, toc: !template };
  const guidance = section.guidance ? fillPlaceholders(section.guidance, ctx.values) : null;
  if (template) {
    return [
      heading,
      {
        type: 'paragraph',
        runs: [{ text: guidance ? `Petunjuk: ${guidance}` : 'Petunjuk: uraikan isi subbab ini.', italic: true }],
      },
      { type: 'spacer', heightMm: 30 },
    ];
  }
  const body = section.body.trim() ? parseRichText(fillPlaceholders(section.body, ctx.values)) : [];
  if (body.length > 0) return [heading, ...body];
  return [
    heading,
    { type: 'paragraph', runs: [{ text: `[Belum diisi${guidance ? ` — ${guidance}` : ''}]`, marker: true, italic: true }] },
  ];
}

function signatureAfter(ctx: Context, section: MasterplanSectionData): Block[] {
  const who = /pengantar bupati|pengantar wali kota/i.test(section.title)
    ? ctx.data.bupati
    : /pengantar ketua/i.test(section.title)
      ? ctx.data.ketuaTimPelaksana
      : null;
  if (!who) return [];
  return [
    {
      type: 'keepTogether',
      blocks: [
        {
          type: 'signatureGrid',
          columns: 2,
          placeDate: `${ctx.data.regency.capital}, ${ctx.data.programme.year}`,
          cells: [null, signatureBlockFor(who)],
        },
      ],
    },
  ];
}

function tablesFor(ctx: Context, chapter: MasterplanChapterData): Block[] {
  return TABLE_RULES.filter((rule) => rule.match.test(chapter.title) && !ctx.placed.has(rule.title)).flatMap((rule) => {
    ctx.placed.add(rule.title);
    return [{ type: 'heading' as const, level: 3 as const, text: rule.title }, ...rule.build(ctx.data)];
  });
}

function chapterBlocks(
  ctx: Context,
  volume: MasterplanVolumeData,
  chapter: MasterplanChapterData,
  index: number,
  template = false,
): Block[] {
  const numbered = NUMBERED_VOLUMES.has(volume.code);
  const heading: Block = {
    type: 'heading',
    level: 1,
    ...(numbered ? { label: `BAB ${toRoman(index + 1)}` } : {}),
    text: chapter.title.toLocaleUpperCase('id-ID'),
    toc: !template,
    pageBreakBefore: true,
  };
  const sections = chapter.sections.flatMap((section, i) => [
    ...sectionBlocks(ctx, section, numbered ? `${index + 1}.${i + 1}` : null, template),
    ...(template ? [] : signatureAfter(ctx, section)),
  ]);
  return [heading, ...sections, ...(template ? [] : tablesFor(ctx, chapter))];
}

function coverBlocks(data: MasterplanData): Block[] {
  const region = regionTitle(data.regency).toLocaleUpperCase('id-ID');
  const years = data.programmes.length
    ? [Math.min(...data.programmes.map((p) => p.startYear)), Math.max(...data.programmes.map((p) => p.endYear))]
    : [data.programme.year];
  const period = years.length === 2 && years[0] !== years[1] ? `${years[0]}–${years[1]}` : String(years[0]);
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
    center('MASTERPLAN SMART CITY', 22),
    center(region, 16),
    center(`TAHUN ${period}`, 14),
    { type: 'spacer', heightMm: 60 },
    center(`${data.regency.officeName.toLocaleUpperCase('id-ID')}`, 12),
    center(region, 12),
    center(String(data.programme.year), 12, false),
  ];
}

function context(data: MasterplanData): Context {
  return { data, values: placeholderValues(data.regency, data.programme.year), placed: new Set() };
}

export function buildMasterplanDraft(data: MasterplanData): DocumentModel {
  const ctx = context(data);
  const region = regionTitle(data.regency);
  const body: Block[] = data.volumes.flatMap((volume) => [
    {
      type: 'heading' as const,
      level: 1 as const,
      text: volume.title.toLocaleUpperCase('id-ID'),
      toc: true,
      pageBreakBefore: true,
    },
    ...volume.chapters.flatMap((chapter, i) => chapterBlocks(ctx, volume, chapter, i)),
  ]);
  const leftover = TABLE_RULES.filter((rule) => !ctx.placed.has(rule.title));
  const appendix: Block[] = leftover.length
    ? [
        { type: 'heading', level: 1, text: 'LAMPIRAN TABEL', toc: true, pageBreakBefore: true },
        ...leftover.flatMap((rule) => [
          { type: 'heading' as const, level: 2 as const, text: rule.title, toc: true },
          ...rule.build(data),
        ]),
      ]
    : [];
  const shell = documentShell(data, 'pengaturan', {
    title: `Masterplan Smart City ${region}`,
    subject: 'Draf Masterplan Smart City',
  });
  return {
    ...shell,
    footer: { pageNumbers: true, skipFirstPage: true },
    blocks: [
      ...coverBlocks(data),
      { type: 'pageBreak' },
      { type: 'toc', title: 'DAFTAR ISI', maxLevel: 2 },
      ...body,
      ...appendix,
    ],
  };
}

function findChapter(
  data: MasterplanData,
  chapterId: number,
): { volume: MasterplanVolumeData; chapter: MasterplanChapterData; index: number } {
  for (const volume of data.volumes) {
    const index = volume.chapters.findIndex((c) => c.id === chapterId);
    if (index >= 0) return { volume, chapter: volume.chapters[index]!, index };
  }
  throw new UserError(`Bab dengan id ${chapterId} tidak ditemukan.`);
}

export function buildMasterplanChapter(data: MasterplanData, chapterId: number): DocumentModel {
  const { volume, chapter, index } = findChapter(data, chapterId);
  const blocks = chapterBlocks(context(data), volume, chapter, index);
  const first = blocks[0];
  if (first?.type === 'heading') first.pageBreakBefore = false;
  const shell = documentShell(data, 'pengaturan', {
    title: `${volume.title}: ${chapter.title}`,
    subject: 'Masterplan Smart City',
  });
  return {
    ...shell,
    blocks: [
      { type: 'paragraph', align: 'center', runs: [{ text: volume.title.toLocaleUpperCase('id-ID'), bold: true }] },
      ...blocks,
    ],
  };
}

export function buildChapterTemplate(data: MasterplanData, chapterId: number): DocumentModel {
  const { volume, chapter, index } = findChapter(data, chapterId);
  const blocks = chapterBlocks(context(data), volume, chapter, index, true);
  const first = blocks[0];
  if (first?.type === 'heading') first.pageBreakBefore = false;
  const shell = documentShell(data, 'pengaturan', {
    title: `Templat ${volume.title}: ${chapter.title}`,
    subject: 'Templat bab masterplan',
  });
  return {
    ...shell,
    blocks: [
      { type: 'paragraph', align: 'center', runs: [{ text: `TEMPLAT ${volume.title.toLocaleUpperCase('id-ID')}`, bold: true }] },
      {
        type: 'paragraph',
        runs: [{ text: 'Isi setiap subbab sesuai petunjuk, lalu salin teksnya ke aplikasi Smart City Desk.', italic: true }],
      },
      ...blocks,
    ],
  };
}
