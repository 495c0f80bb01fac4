// What goes into Buku I and Buku II: the chapters each book has when the office wrote none, and for every generated
// table or recorded fact the chapter or section of the office's own skeleton it belongs in.
import type { Block } from '../../document/model';
import type { MasterplanData } from '../context';
import { institutionBlocks, methodologyBlocks, missionBlocks, visionBlocks } from '../masterplan-facts';
import { readinessTable } from '../masterplan-tables';
import { applicationTable, gapTable, readinessHeatMap, regulationTable, statisticsTable, swotTables } from './analysis-tables';
import { budgetTable, roadmapTable } from './budget-roadmap';
import { legalBasisWithAgreements } from './legal-basis';
import {
  enablerTable,
  goalsTable,
  monitoringTable,
  programmeMatrix,
  quickWinTable,
  riskTable,
  rpjmdTable,
  towsTables,
} from './plan-tables';

export interface BookItem {
  /** The heading it gets in a generated chapter. */
  title: string;
  /** Where it goes in the office's skeleton: after the first section matching, else at the end of a chapter matching. */
  section?: RegExp;
  chapter?: RegExp;
  /** Facts open a matching section (before the office's text); tables follow it. */
  fact?: boolean;
  build: (data: MasterplanData) => Block[];
}

export interface GeneratedChapter {
  title: string;
  items: BookItem[];
}

export interface BookSpec {
  code: 'buku1' | 'buku2';
  title: string;
  chapters: GeneratedChapter[];
}

const legal: BookItem = {
  title: 'Dasar Hukum',
  section: /dasar hukum|landasan hukum/i,
  fact: true,
  build: legalBasisWithAgreements,
};

export const BUKU_I: BookSpec = {
  code: 'buku1',
  title: 'Buku I Analisis Strategis',
  chapters: [
    {
      title: 'Pendahuluan',
      items: [legal, { title: 'Metodologi', section: /metodologi|metode penyusunan/i, fact: true, build: methodologyBlocks }],
    },
    {
      title: 'Gambaran Umum Daerah',
      items: [
        { title: 'Statistik Dasar Daerah', section: /demografi|statistik/i, chapter: /gambaran umum/i, build: statisticsTable },
      ],
    },
    {
      title: 'Kebijakan dan Regulasi',
      items: [
        {
          title: 'Matriks Kebijakan dan Regulasi',
          section: /regulasi|kebijakan|rpjmd/i,
          chapter: /regulasi|kebijakan/i,
          build: regulationTable,
        },
      ],
    },
    {
      title: 'Inventaris Aplikasi dan Layanan',
      items: [
        {
          title: 'Aplikasi dan Layanan Eksisting',
          section: /aplikasi|inventaris/i,
          chapter: /aplikasi|inventaris/i,
          build: applicationTable,
        },
      ],
    },
    {
      title: 'Analisis Kesiapan Daerah',
      items: [
        { title: 'Peta Kesiapan per Dimensi', chapter: /kesiapan/i, section: /kesiapan/i, build: readinessHeatMap },
        { title: 'Catatan Kesiapan', chapter: /kesiapan/i, section: /kesiapan/i, build: readinessNotes },
      ],
    },
    {
      title: 'Analisis Kesenjangan',
      items: [{ title: 'Kesenjangan per Elemen', section: /kesenjangan/i, chapter: /kesenjangan/i, build: gapTable }],
    },
    { title: 'Analisis SWOT', items: [{ title: 'SWOT per Dimensi', chapter: /swot/i, section: /swot/i, build: swotTables }] },
  ],
};

/** The readiness notes as the draft printed them, when any are recorded (the scores are the heat map). */
function readinessNotes(data: MasterplanData): Block[] {
  return data.readiness.length ? readinessTable(data) : [];
}

export const BUKU_II: BookSpec = {
  code: 'buku2',
  title: 'Buku II Masterplan Smart City',
  chapters: [
    { title: 'Pendahuluan', items: [legal] },
    {
      title: 'Visi, Misi dan Sasaran',
      items: [
        { title: 'Visi', section: /\bvisi\b/i, fact: true, build: visionBlocks },
        { title: 'Misi', section: /\bmisi\b/i, fact: true, build: missionBlocks },
        { title: 'Sasaran', section: /sasaran/i, chapter: /sasaran|visi/i, build: goalsTable },
      ],
    },
    { title: 'Strategi per Dimensi', items: [{ title: 'Matriks Strategi', chapter: /\bstrategi\b/i, build: towsTables }] },
    {
      title: 'Rencana Pengembangan',
      items: [
        {
          title: 'Struktur, Infrastruktur dan Suprastruktur',
          section: /suprastruktur|enabler|rencana pengembangan/i,
          chapter: /rencana pengembangan|enabler/i,
          build: enablerTable,
        },
      ],
    },
    {
      title: 'Program dan Rencana Aksi',
      items: [
        { title: 'Matriks Program', chapter: /\bprogram\b|rencana aksi/i, build: programmeMatrix },
        { title: 'Keselarasan dengan RPJMD', section: /rpjmd|keselarasan/i, chapter: /keselarasan/i, build: rpjmdTable },
        { title: 'Rencana Anggaran', section: /anggaran|pendanaan/i, chapter: /anggaran|pendanaan/i, build: budgetTable },
      ],
    },
    {
      title: 'Peta Jalan',
      items: [{ title: 'Peta Jalan', section: /peta jalan|roadmap/i, chapter: /peta jalan|roadmap/i, build: roadmapTable }],
    },
    { title: 'Quick Win', items: [{ title: 'Program Quick Win', chapter: /quick win/i, build: quickWinTable }] },
    { title: 'Manajemen Risiko', items: [{ title: 'Risiko Program', section: /risiko/i, chapter: /risiko/i, build: riskTable }] },
    {
      title: 'Monitoring dan Evaluasi',
      items: [
        {
          title: 'Matriks Monitoring dan Evaluasi',
          section: /monitoring|evaluasi/i,
          chapter: /monitoring|evaluasi/i,
          build: monitoringTable,
        },
      ],
    },
    {
      title: 'Tata Kelola',
      items: [{ title: 'Dewan dan Tim Pelaksana', section: /tata kelola|kelembagaan/i, fact: true, build: institutionBlocks }],
    },
  ],
};
