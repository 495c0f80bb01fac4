// The masterplan's recorded facts printed in the sections about them: visi and misi, dasar hukum, the methodology
// (the four Bimtek stages with their titles and dates) and the institutions (Dewan and Tim with roles and SK). Each
// goes at the top of every section whose title names its subject, so an office's own text follows it; a fact no
// section names goes to the lampiran at the end, so that nothing recorded is lost when chapters are renamed.
import type { Block, TableCell, TableRow } from '../document/model';
import { TEAM_LABELS } from '../domain/programme';
import { regionTitle } from '../domain/regency';
import { formatDate, formatDateRange } from '../format/dates';
import { toRoman } from '../format/roman';
import type { MasterplanData, MasterplanVolumeData, TeamData } from './context';
import { teamWithRegion } from './keputusan';

export interface MasterplanFact {
  title: string;
  /** Matched against section titles. */
  match: (sectionTitle: string) => boolean;
  /** The blocks, or none when the fact is not recorded. */
  build: (data: MasterplanData) => Block[];
}

const SIZE = 10;
const cell = (text: string, bold = false): TableCell => ({ lines: [[{ text, ...(bold ? { bold: true } : {}) }]] });
const headerRow = (labels: string[]): TableRow => ({
  cells: labels.map((l) => ({ ...cell(l, true), align: 'center' as const, vAlign: 'middle' as const })),
});

export function visionBlocks(data: MasterplanData): Block[] {
  const vision = data.plan.vision?.trim();
  if (!vision) return [];
  return [
    { type: 'paragraph', runs: [{ text: `Visi Smart City ${regionTitle(data.regency)}:` }], keepWithNext: true },
    { type: 'paragraph', align: 'center', runs: [{ text: `“${vision}”`, bold: true, italic: true }], spaceAfterPt: 6 },
  ];
}

export function missionBlocks(data: MasterplanData): Block[] {
  if (data.plan.missions.length === 0) return [];
  return [
    { type: 'paragraph', runs: [{ text: 'Misi Smart City:' }], keepWithNext: true },
    { type: 'list', ordered: true, items: data.plan.missions.map((m) => ({ runs: [{ text: m }] })) },
  ];
}

export function legalBasisBlocks(data: MasterplanData): Block[] {
  if (data.plan.legalBases.length === 0) return [];
  return [
    { type: 'paragraph', runs: [{ text: 'Dasar hukum penyusunan Masterplan Smart City ini adalah:' }], keepWithNext: true },
    { type: 'list', ordered: true, items: data.plan.legalBases.map((l) => ({ runs: [{ text: l }] })) },
  ];
}

/** The four stages, each with its own title, dates and venue. */
export function methodologyBlocks(data: MasterplanData): Block[] {
  const stages = [...data.stages].sort((a, b) => a.number - b.number);
  if (stages.length === 0) return [];
  const rows: TableRow[] = stages.map((s) => {
    const first = s.dates[0];
    const last = s.dates[s.dates.length - 1];
    return {
      cells: [
        { ...cell(toRoman(s.number)), align: 'center' as const },
        cell(s.title),
        cell(first && last ? formatDateRange(first, last) : '(tanggal belum diisi)'),
        cell(s.venue ?? '-'),
      ],
    };
  });
  return [
    {
      type: 'paragraph',
      align: 'justify',
      keepWithNext: true,
      runs: [
        {
          text: `Masterplan disusun melalui ${stages.length === 4 ? 'empat' : stages.length} tahap Bimbingan Teknis Gerakan Menuju Smart City tahun ${data.programme.year}:`,
        },
      ],
    },
    {
      type: 'table',
      columns: [{ weight: 1.1 }, { weight: 6 }, { weight: 3.4 }, { weight: 5 }],
      header: [headerRow(['Tahap', 'Kegiatan', 'Tanggal', 'Tempat'])],
      rows,
      sizePt: SIZE,
    },
  ];
}

/** "ditetapkan dengan Keputusan Bupati Nomor … tanggal … tentang …". */
export function skText(team: Pick<TeamData, 'skNumber' | 'skDate' | 'skTitle'>): string | null {
  if (!team.skNumber?.trim()) return null;
  const date = team.skDate ? ` tanggal ${formatDate(team.skDate)}` : '';
  const about = team.skTitle?.trim() ? ` tentang ${team.skTitle.trim()}` : '';
  return `Nomor ${team.skNumber.trim()}${date}${about}`;
}

export function institutionBlocks(data: MasterplanData): Block[] {
  const teams = data.teams.filter((t) => t.members.length > 0 || t.skNumber);
  return teams.flatMap((team): Block[] => {
    const sk = skText(team);
    const name = team.name.trim() || TEAM_LABELS[team.kind];
    const head = data.regency.kind === 'kota' ? 'Wali Kota' : 'Bupati';
    // The region once: "Dewan Smart City Kabupaten X" whether or not the team's own name already carries it.
    const named = teamWithRegion({ name }, data.regency);
    const intro = sk
      ? `${named} dibentuk dengan Keputusan ${head} ${data.regency.name} ${sk}, dengan susunan sebagai berikut:`
      : `Susunan ${named}:`;
    return [
      { type: 'paragraph', align: 'justify', keepWithNext: true, spaceBeforePt: 6, runs: [{ text: intro }] },
      ...(team.members.length
        ? [
            {
              type: 'table' as const,
              columns: [{ weight: 0.9 }, { weight: 5 }, { weight: 7 }, { weight: 3 }],
              header: [headerRow(['No', 'Nama', 'Jabatan', 'Kedudukan'])],
              rows: team.members.map((m, i) => ({
                cells: [cell(`${i + 1}.`), cell(m.name), cell(m.jabatan ?? '-'), cell(m.role)],
              })),
              sizePt: SIZE,
            },
          ]
        : []),
    ];
  });
}

const not = (t: string, re: RegExp) => !re.test(t);

export const MASTERPLAN_FACTS: readonly MasterplanFact[] = [
  { title: 'Visi', match: (t) => /\bvisi\b/i.test(t) && not(t, /rpjmd|kata kunci/i), build: visionBlocks },
  { title: 'Misi', match: (t) => /\bmisi\b/i.test(t) && not(t, /rpjmd/i), build: missionBlocks },
  { title: 'Dasar Hukum', match: (t) => /dasar hukum|landasan hukum/i.test(t), build: legalBasisBlocks },
  { title: 'Tahapan Bimbingan Teknis', match: (t) => /metodologi|metode penyusunan/i.test(t), build: methodologyBlocks },
  { title: 'Kelembagaan Smart City', match: (t) => /tata kelola smart city|kelembagaan/i.test(t), build: institutionBlocks },
];

/** The facts that open `sectionTitle`, in the order above. */
export function factsFor(sectionTitle: string): MasterplanFact[] {
  return MASTERPLAN_FACTS.filter((f) => f.match(sectionTitle));
}

/** Facts no section of the masterplan names: they go to the lampiran at the end. */
export function unplacedFacts(volumes: readonly MasterplanVolumeData[]): MasterplanFact[] {
  const titles = volumes.flatMap((v) => v.chapters.flatMap((c) => c.sections.map((s) => s.title)));
  return MASTERPLAN_FACTS.filter((f) => !titles.some((t) => f.match(t)));
}
