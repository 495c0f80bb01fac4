// Buku I's tables: baseline statistics, the regulation matrix, the inventory of applications, the readiness heat map
// (dimension × struktur/infrastruktur/suprastruktur, cells shaded by score) with its evidence, the gap table and the
// SWOT of each dimension.
import type { Block, TableRow } from '../../document/model';
import {
  APPLICATION_STATUS_LABELS,
  READINESS_ASPECT_LABELS,
  READINESS_ASPECTS,
  REGULATION_STATUS_LABELS,
} from '../../domain/masterplan-analysis';
import type { MasterplanData } from '../context';
import { books, type ReadinessScoreRow } from './records';
import { captioned, cell, dash, missing, ruledTable } from './table-kit';

/** Heat-map shades from 1 (red, not ready) to 5 (green, ready). */
export const SCORE_SHADING: Record<number, string> = { 1: 'F8696B', 2: 'FCAA78', 3: 'FFEB84', 4: 'B1D580', 5: '63BE7B' };

export const scoreShading = (score: number): string => SCORE_SHADING[Math.min(5, Math.max(1, Math.round(score)))]!;

/** "3,5" with the Indonesian decimal comma. */
const scoreText = (score: number): string => (Number.isInteger(score) ? String(score) : score.toFixed(1).replace('.', ','));

export function statisticsTable(data: MasterplanData): Block[] {
  const rows = books(data).statistics.map((s, i) => ({
    cells: [cell(`${i + 1}.`), cell(s.label), cell(s.value), cell(s.year ? String(s.year) : '-'), cell(dash(s.source))],
  }));
  if (rows.length === 0)
    return [missing('Statistik dasar daerah belum diisi (jumlah penduduk, PDRB, IPM, indeks SPBE, blank spot).')];
  return captioned(
    'Statistik Dasar Daerah',
    ruledTable([0.9, 6, 4, 1.6, 3.5], ['No', 'Indikator', 'Nilai', 'Tahun', 'Sumber'], rows),
  );
}

export function regulationTable(data: MasterplanData): Block[] {
  const rows = books(data).regulations.map((r, i) => ({
    cells: [
      cell(`${i + 1}.`),
      cell(r.kind),
      cell(r.title),
      cell(dash(r.number)),
      cell(REGULATION_STATUS_LABELS[r.status], { shading: r.status === 'ada' ? undefined : 'FFF2CC' }),
      cell(dash(r.note)),
    ],
  }));
  if (rows.length === 0) return [missing('Matriks kebijakan dan regulasi belum diisi (RPJMD, Renstra OPD, RTRW, SPBE).')];
  return captioned(
    'Matriks Kebijakan dan Regulasi',
    ruledTable([0.9, 2.6, 5.2, 2.8, 2.2, 4.2], ['No', 'Jenis', 'Dokumen', 'Nomor', 'Status', 'Keterangan'], rows),
  );
}

export function applicationTable(data: MasterplanData): Block[] {
  const rows = books(data).applications.map((a, i) => ({
    cells: [
      cell(`${i + 1}.`),
      cell(a.name),
      cell(dash(a.unitName)),
      cell(dash(a.dimensionName)),
      cell(APPLICATION_STATUS_LABELS[a.status]),
      cell(dash(a.description)),
    ],
  }));
  if (rows.length === 0) return [missing('Inventaris aplikasi dan layanan yang sudah berjalan belum diisi.')];
  return captioned(
    'Inventaris Aplikasi dan Layanan Eksisting',
    ruledTable(
      [0.9, 3.6, 3.6, 2.6, 2.2, 4.8],
      ['No', 'Aplikasi/Layanan', 'OPD Pengelola', 'Dimensi', 'Status', 'Keterangan'],
      rows,
    ),
  );
}

/** The score of an aspect: its own (no sub-aspect) when given, else the mean of its sub-aspects. */
function aspectScore(scores: ReadinessScoreRow[]): number | null {
  const whole = scores.find((s) => s.subAspect === null);
  if (whole) return whole.score;
  if (scores.length === 0) return null;
  return scores.reduce((sum, s) => sum + s.score, 0) / scores.length;
}

/** The heat map: one row per dimension, a shaded cell per aspect and the mean; then the scores with their evidence. */
export function readinessHeatMap(data: MasterplanData): Block[] {
  const scores = books(data).readinessScores;
  if (scores.length === 0) return [missing('Nilai kesiapan (1–5) per dimensi dan aspek belum diisi.')];
  const names = [...data.dimensions.map((d) => d.name)];
  for (const s of scores) if (!names.includes(s.dimensionName)) names.push(s.dimensionName);
  const rows: TableRow[] = names
    .map((name) => {
      const values = READINESS_ASPECTS.map((aspect) =>
        aspectScore(scores.filter((s) => s.dimensionName === name && s.aspect === aspect)),
      );
      const known = values.filter((v): v is number => v !== null);
      const mean = known.length ? known.reduce((a, b) => a + b, 0) / known.length : null;
      const scored = (v: number | null) =>
        v === null ? cell('-', { align: 'center' }) : cell(scoreText(v), { align: 'center', shading: scoreShading(v) });
      return { known: known.length, row: { cells: [cell(name, { bold: true }), ...values.map(scored), scored(mean)] } };
    })
    .filter((r) => r.known > 0)
    .map((r) => r.row);
  const legend: Block = {
    type: 'paragraph',
    sizePt: 9,
    runs: [{ text: 'Skala nilai: 1 = belum siap, 2 = kurang siap, 3 = cukup siap, 4 = siap, 5 = sangat siap.', italic: true }],
  };
  const detail = [...scores]
    .sort(
      (a, b) =>
        names.indexOf(a.dimensionName) - names.indexOf(b.dimensionName) ||
        READINESS_ASPECTS.indexOf(a.aspect) - READINESS_ASPECTS.indexOf(b.aspect),
    )
    .map((s) => ({
      cells: [
        cell(s.dimensionName),
        cell(READINESS_ASPECT_LABELS[s.aspect]),
        cell(s.subAspect ?? '(keseluruhan)'),
        cell(String(s.score), { align: 'center', shading: scoreShading(s.score) }),
        cell(dash(s.evidence)),
      ],
    }));
  return [
    ...captioned(
      'Peta Kesiapan Daerah per Dimensi',
      ruledTable([4, 2.6, 2.9, 2.9, 2.4], ['Dimensi', 'Struktur', 'Infrastruktur', 'Suprastruktur', 'Rata-rata'], rows),
    ),
    legend,
    ...captioned(
      'Nilai Kesiapan dan Data Dukung',
      ruledTable([3, 2.8, 3.4, 1.4, 6], ['Dimensi', 'Aspek', 'Subaspek', 'Nilai', 'Data Dukung'], detail),
    ),
  ];
}

export function gapTable(data: MasterplanData): Block[] {
  const gaps = books(data).elementGaps;
  if (gaps.length === 0) return [missing('Kondisi saat ini dan kondisi yang diharapkan per elemen belum diisi.')];
  const rows = gaps.map((g, i) => ({
    cells: [
      cell(i === 0 || gaps[i - 1]!.dimensionName !== g.dimensionName ? g.dimensionName : '', { bold: true }),
      cell(g.elementName),
      cell(g.current),
      cell(g.target),
      cell(dash(g.gap)),
    ],
  }));
  return captioned(
    'Analisis Kesenjangan per Elemen',
    ruledTable([2.6, 3, 4, 4, 4], ['Dimensi', 'Elemen', 'Kondisi Saat Ini', 'Kondisi yang Diharapkan', 'Kesenjangan'], rows),
  );
}

const bullets = (items: string[]) => (items.length ? items.map((t) => `• ${t}`).join('\n') : '-');

/** One 2 × 2 SWOT table per dimension that has items. */
export function swotTables(data: MasterplanData): Block[] {
  if (data.swot.length === 0) return [missing('Butir SWOT per dimensi belum diisi.')];
  return data.dimensions.flatMap((d): Block[] => {
    const of = (kind: 'S' | 'W' | 'O' | 'T') =>
      data.swot.filter((s) => s.dimensionCode === d.code && s.kind === kind).map((s) => s.text);
    if ((['S', 'W', 'O', 'T'] as const).every((k) => of(k).length === 0)) return [];
    const head = (a: string, b: string): TableRow => ({
      cells: [a, b].map((l) => ({ ...cell(l, { bold: true, shading: 'D9D9D9' }), align: 'center' as const })),
    });
    return captioned(`Analisis SWOT Dimensi ${d.name}`, {
      ...ruledTable(
        [1, 1],
        [head('Kekuatan (S)', 'Kelemahan (W)')],
        [
          { cells: [cell(bullets(of('S'))), cell(bullets(of('W')))] },
          head('Peluang (O)', 'Ancaman (T)'),
          { cells: [cell(bullets(of('O'))), cell(bullets(of('T')))] },
        ],
      ),
    });
  });
}
