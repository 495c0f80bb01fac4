// The masterplan as the four books the ministry expects (Buku I Analisis Strategis, Buku II Masterplan, Ringkasan
// Eksekutif, Profil Quick Win), each with its own cover, kata pengantar, daftar isi and daftar tabel; and the full
// draft, the four books in one file behind divider pages, with the lampiran embedding the programme's documents.
import type { Block, DocumentModel } from '../../document/model';
import type { MasterplanData } from '../context';
import { documentShell } from '../letterhead';
import { masterplanTitle } from '../masterplan';
import { bookBody } from './book-body';
import { BUKU_I, BUKU_II, type BookSpec } from './book-spec';
import { dividerPage, frontMatter, numberCaptions } from './front-matter';
import { lampiranBlocks, type LampiranDocuments } from './lampiran';
import { executiveSummary, quickWinSheets } from './summary';

export const MASTERPLAN_BOOK_KINDS = ['masterplan-buku1', 'masterplan-buku2', 'ringkasan-eksekutif', 'profil-quick-win'] as const;
export type MasterplanBookKind = (typeof MASTERPLAN_BOOK_KINDS)[number];

export const BOOK_TITLES: Record<MasterplanBookKind, string> = {
  'masterplan-buku1': BUKU_I.title,
  'masterplan-buku2': BUKU_II.title,
  'ringkasan-eksekutif': 'Ringkasan Eksekutif',
  'profil-quick-win': 'Profil Quick Win',
};

/** "Buku II Masterplan Smart City Kabupaten X": the book's title and the plan's, without saying "Masterplan" twice. */
export function bookDocumentTitle(data: MasterplanData, title: string): string {
  const plan = masterplanTitle(data);
  const lead = /^masterplan smart city\b/i.exec(plan)?.[0];
  return lead && title.toLowerCase().endsWith(lead.toLowerCase()) ? `${title}${plan.slice(lead.length)}` : `${title} ${plan}`;
}

function shell(data: MasterplanData, title: string, blocks: Block[]): DocumentModel {
  return {
    // A book has front matter: its body is numbered "Halaman n dari N" whatever the profile says for reports.
    ...documentShell(data, 'pengaturan', { title: bookDocumentTitle(data, title), subject: title }, 'laporan'),
    footer: { pageNumbers: true, skipFirstPage: true },
    blocks: numberCaptions(blocks),
  };
}

/** A chapter-less part (the summary, the quick-win sheets) opens with its title as a level-1 heading. */
const partHeading = (title: string): Block => ({ type: 'heading', level: 1, text: title.toLocaleUpperCase('id-ID'), toc: true });

function bodyOf(data: MasterplanData, kind: MasterplanBookKind): Block[] {
  const spec: Record<'masterplan-buku1' | 'masterplan-buku2', BookSpec> = {
    'masterplan-buku1': BUKU_I,
    'masterplan-buku2': BUKU_II,
  };
  switch (kind) {
    case 'masterplan-buku1':
    case 'masterplan-buku2':
      return bookBody(data, spec[kind]);
    case 'ringkasan-eksekutif':
      return [partHeading(BOOK_TITLES[kind]), ...executiveSummary(data)];
    case 'profil-quick-win':
      return [partHeading(BOOK_TITLES[kind]), ...quickWinSheets(data)];
  }
}

export function buildMasterplanBook(data: MasterplanData, kind: MasterplanBookKind): DocumentModel {
  const title = BOOK_TITLES[kind];
  return shell(data, title, [...frontMatter(data, title, true), ...bodyOf(data, kind)]);
}

/** The whole masterplan: the four books behind divider pages, then the lampiran. */
export function buildMasterplanFull(data: MasterplanData, documents: LampiranDocuments = {}): DocumentModel {
  const title = 'Masterplan Smart City';
  const order: MasterplanBookKind[] = ['ringkasan-eksekutif', 'masterplan-buku1', 'masterplan-buku2', 'profil-quick-win'];
  const parts = order.flatMap((kind) => {
    const body = bodyOf(data, kind);
    // The summary and the sheets are named by their divider; their own part heading would repeat it.
    const content = kind === 'ringkasan-eksekutif' || kind === 'profil-quick-win' ? body.slice(1) : body;
    return [...dividerPage(BOOK_TITLES[kind]), ...content];
  });
  // The first divider's own break would follow the front matter's: one break is enough.
  const blocks = [
    // Four books' contents: their chapters only, so that the Daftar Isi stays short.
    ...frontMatter(data, title, true, 1),
    ...parts.slice(1),
    ...dividerPage('Lampiran'),
    ...lampiranBlocks(data, documents),
  ];
  return { ...shell(data, title, blocks), meta: shell(data, title, []).meta };
}
