// The books' front matter and dividers: the cover issued by the Pemerintah Kabupaten/Kota with its logo, the Kata
// Pengantar (dated with day, month and year, or a marked blank), Daftar Isi and Daftar Tabel; divider pages with the
// title centred; and the numbering of table captions per chapter.
import type { Block, CaptionBlock } from '../../document/model';
import { regionTitle } from '../../domain/regency';
import { formatDate } from '../../format/dates';
import { fillPlaceholders, placeholderValues } from '../../masterplan/standard-skeleton';
import type { MasterplanData } from '../context';
import { signatureGrid } from '../common-blocks';
import { logoImage } from '../letterhead';
import { masterplanPeriod, masterplanTitle } from '../masterplan';
import { parseRichText } from '../rich-text';
import { planYears } from './budget-roadmap';

const upper = (text: string) => text.toLocaleUpperCase('id-ID');
const center = (text: string, sizePt: number, bold = true): Block => ({
  type: 'paragraph',
  align: 'center',
  sizePt,
  runs: [{ text, bold }],
});

/** "2025–2034": the plan's ten years (start + 9 when only the start is set), else the draft's period. */
export function bookPeriod(data: MasterplanData): string {
  if (data.plan.periodStart === null) return masterplanPeriod(data);
  const years = planYears(data);
  return `${years[0]}–${years[years.length - 1]}`;
}

/** The cover: PEMERINTAH KABUPATEN X over the logo, the book's title, the masterplan, its period and the year. */
export function bookCover(data: MasterplanData, bookTitle: string): Block[] {
  const government = `PEMERINTAH ${upper(regionTitle(data.regency))}`;
  const logo = logoImage(data.regency);
  return [
    { type: 'spacer', heightMm: 20 },
    center(government, 14),
    { type: 'spacer', heightMm: 12 },
    ...(logo
      ? [
          { type: 'image' as const, image: logo, widthMm: 35, align: 'center' as const },
          { type: 'spacer' as const, heightMm: 12 },
        ]
      : []),
    center(upper(bookTitle), 20),
    { type: 'spacer', heightMm: 4 },
    center(upper(masterplanTitle(data)), 14),
    center(`TAHUN ${bookPeriod(data)}`, 13),
    // The issuing government closes the page, lower without a logo above.
    { type: 'spacer', heightMm: logo ? 60 : 105 },
    center(government, 12),
    // The year of issue: the Kata Pengantar's, else the plan's first year.
    center(data.plan.prefaceDate?.slice(0, 4) ?? String(data.plan.periodStart ?? data.programme.year), 12, false),
  ];
}

/** "Pematang Raya, 12 Maret 2025", or a visibly blank date the drafter must fill. */
export function prefacePlaceDate(data: MasterplanData): string {
  const plan = data.plan as MasterplanData['plan'] & { prefaceDate?: string | null; prefacePlace?: string | null };
  const place = plan.prefacePlace?.trim() || data.regency.capital;
  return plan.prefaceDate ? `${place}, ${formatDate(plan.prefaceDate)}` : `${place}, [tanggal belum diisi]`;
}

/** The office's own kata pengantar (the Bupati's), wherever its skeleton keeps it; null when none is written. */
function officePreface(data: MasterplanData): string | null {
  for (const v of data.volumes)
    for (const c of v.chapters)
      for (const s of c.sections) if (/kata pengantar/i.test(s.title) && !/ketua/i.test(s.title) && s.body.trim()) return s.body;
  return null;
}

export function kataPengantar(data: MasterplanData): Block[] {
  const values = placeholderValues(data.regency, data.programme.year);
  const text = officePreface(data);
  const head = data.regency.kind === 'kota' ? 'Wali Kota' : 'Bupati';
  const body: Block[] = text
    ? parseRichText(fillPlaceholders(text, values))
    : [
        {
          type: 'paragraph',
          runs: [
            {
              text: `[Belum diisi — sambutan ${head} ${data.regency.name}: arti penting masterplan smart city, apresiasi kepada Dewan Smart City, Tim Pelaksana dan Kementerian, serta harapan pelaksanaannya.]`,
              marker: true,
              italic: true,
            },
          ],
        },
      ];
  const signer = data.bupati ? signatureGrid(data, 2, [data.bupati]) : null;
  return [
    { type: 'heading', level: 1, text: 'KATA PENGANTAR', toc: true },
    ...body,
    ...(signer
      ? [
          {
            type: 'keepTogether' as const,
            blocks: [{ ...signer, placeDate: prefacePlaceDate(data), cells: [null, ...signer.cells] }],
          },
        ]
      : [{ type: 'paragraph' as const, align: 'right' as const, runs: [{ text: prefacePlaceDate(data) }] }]),
  ];
}

/** Cover, kata pengantar, daftar isi and daftar tabel: numbered i, ii …; the body after them counts from 1. */
export function frontMatter(data: MasterplanData, bookTitle: string, withTables: boolean, tocLevel: 1 | 2 = 2): Block[] {
  return [
    ...bookCover(data, bookTitle),
    { type: 'pageBreak' },
    ...kataPengantar(data),
    { type: 'pageBreak' },
    { type: 'toc', title: 'DAFTAR ISI', maxLevel: tocLevel },
    ...(withTables
      ? [
          { type: 'pageBreak' as const },
          { type: 'toc' as const, title: 'DAFTAR TABEL', maxLevel: 1 as const, of: 'tables' as const },
        ]
      : []),
    { type: 'pageBreak', endsFrontMatter: true },
  ];
}

/** A divider page: the part's title centred on a page of its own. */
export function dividerPage(title: string, subtitle?: string): Block[] {
  return [
    { type: 'pageBreak' },
    { type: 'spacer', heightMm: 95 },
    { type: 'heading', level: 1, text: upper(title), toc: true, align: 'center' },
    ...(subtitle ? [center(subtitle, 12, false)] : []),
    { type: 'pageBreak' },
  ];
}

const ROMAN: Record<string, number> = { I: 1, V: 5, X: 10, L: 50, C: 100 };
function fromRoman(text: string): number | null {
  if (!/^[IVXLC]+$/.test(text)) return null;
  let total = 0;
  for (let i = 0; i < text.length; i++) {
    const value = ROMAN[text[i]!]!;
    total += value < (ROMAN[text[i + 1] ?? ''] ?? 0) ? -value : value;
  }
  return total;
}

/**
 * Numbers the captions: "2.1", "2.2" … under BAB II, restarting at every level-1 heading (Word's SEQ \s 1 does the
 * same); outside a numbered chapter "1", "2" … Returns new blocks; the input is left alone.
 */
export function numberCaptions(blocks: readonly Block[]): Block[] {
  let chapter: number | null = null;
  let count = 0;
  const visit = (list: readonly Block[]): Block[] =>
    list.map((block): Block => {
      if (block.type === 'heading' && block.level === 1) {
        chapter = fromRoman(/^BAB\s+([IVXLC]+)$/.exec(block.label?.trim() ?? '')?.[1] ?? '');
        count = 0;
        return block;
      }
      if (block.type === 'caption') {
        count += 1;
        const numbered: CaptionBlock = { ...block, number: chapter === null ? String(count) : `${chapter}.${count}` };
        return numbered;
      }
      if (block.type === 'keepTogether') return { ...block, blocks: visit(block.blocks) };
      return block;
    });
  return visit(blocks);
}
