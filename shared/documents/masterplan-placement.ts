// Where each generated masterplan table goes: under the first chapter whose title names its subject, else after the
// first section that does, else in a lampiran at the end, so that no table is lost when an office renames chapters.
import type { Block } from '../document/model';
import type { MasterplanData, MasterplanVolumeData } from './context';
import { programmeTables, quickWinTable, readinessTable, roadmapTable, strategyTable, swotTable } from './masterplan-tables';

export interface GeneratedTable {
  title: string;
  /** Matched against chapter titles, then section titles. */
  match: (title: string) => boolean;
  build: (data: MasterplanData) => Block[];
}

export const GENERATED_TABLES: readonly GeneratedTable[] = [
  { title: 'Tabel Kesiapan Daerah', match: (t) => /kesiapan/i.test(t), build: readinessTable },
  { title: 'Tabel Analisis SWOT per Dimensi', match: (t) => /swot|kesenjangan/i.test(t), build: swotTable },
  // "Strategi", not "Strategis": the Isu Strategis chapter of Buku I is not where the strategy table belongs.
  { title: 'Tabel Dimensi, Elemen dan Arah Pembangunan', match: (t) => /\bstrategi\b/i.test(t), build: strategyTable },
  {
    title: 'Tabel Program dan Rencana Aksi per Dimensi',
    match: (t) => /\bprogram\b|rencana aksi/i.test(t) && !/quick win/i.test(t),
    build: programmeTables,
  },
  { title: 'Tabel Program Quick Win', match: (t) => /quick win/i.test(t), build: quickWinTable },
  { title: 'Tabel Peta Jalan', match: (t) => /peta jalan|roadmap/i.test(t), build: roadmapTable },
];

/** A table's place: at the end of a chapter, or right after one of its sections. */
export interface Placement {
  chapterId: number;
  afterSectionId: number | null;
}

export interface TablePlan {
  placed: Map<GeneratedTable, Placement>;
  /** Tables no chapter or section title matched: they go to the lampiran at the end. */
  leftover: GeneratedTable[];
}

/**
 * The plan for the whole masterplan, computed once so that the full draft and a single chapter agree. The
 * executive summary is searched last: its sections only summarise what the books detail.
 */
export function planTables(volumes: readonly MasterplanVolumeData[]): TablePlan {
  const ordered = [...volumes.filter((v) => v.code !== 'ringkasan'), ...volumes.filter((v) => v.code === 'ringkasan')];
  const chapters = ordered.flatMap((v) => v.chapters);
  const placed = new Map<GeneratedTable, Placement>();
  const leftover: GeneratedTable[] = [];
  for (const table of GENERATED_TABLES) {
    const chapter = chapters.find((c) => table.match(c.title));
    if (chapter) {
      placed.set(table, { chapterId: chapter.id, afterSectionId: null });
      continue;
    }
    const owner = chapters.find((c) => c.sections.some((s) => table.match(s.title)));
    const section = owner?.sections.find((s) => table.match(s.title));
    if (owner && section) placed.set(table, { chapterId: owner.id, afterSectionId: section.id });
    else leftover.push(table);
  }
  return { placed, leftover };
}

/** The tables placed at `where` (a chapter's end when afterSectionId is null), in the order of GENERATED_TABLES. */
export function tablesAt(plan: TablePlan, chapterId: number, afterSectionId: number | null): GeneratedTable[] {
  return GENERATED_TABLES.filter((t) => {
    const p = plan.placed.get(t);
    return p !== undefined && p.chapterId === chapterId && p.afterSectionId === afterSectionId;
  });
}

/** A generated table under its own level-3 heading. */
export function tableBlocks(table: GeneratedTable, data: MasterplanData): Block[] {
  return [{ type: 'heading', level: 3, text: table.title }, ...table.build(data)];
}
