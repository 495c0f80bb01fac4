// Buku II's tables: sasaran with indicators, the TOWS matrix of each dimension, the plan by enabler (struktur,
// infrastruktur, suprastruktur), the programme matrix (one column set for every dimension), the RPJMD alignment, the
// quick wins, the risks and the M&E matrix by the five kinds of evaluation.
import type { Block, TableRow } from '../../document/model';
import {
  ME_KIND_LABELS,
  ME_KINDS,
  READINESS_ASPECT_LABELS,
  READINESS_ASPECTS,
  TOWS_KINDS,
  TOWS_LABELS,
} from '../../domain/masterplan-analysis';
import { HORIZON_LABELS, PROGRAMME_STATUS_LABELS, type Horizon } from '../../domain/masterplan-programme';
import type { MasterplanData, MasterplanProgrammeRow } from '../context';
import { amountText } from '../masterplan-tables';
import { books, details } from './records';
import { captioned, cell, dash, HEADER_SHADING, missing, ruledTable, span } from './table-kit';

const HORIZON_ORDER: readonly Horizon[] = ['pendek', 'menengah', 'panjang'];
const SHORT_HORIZON: Record<Horizon, string> = { pendek: 'Pendek', menengah: 'Menengah', panjang: 'Panjang' };

export const codeOf = (p: Pick<MasterplanProgrammeRow, 'code'>) => p.code?.trim() || '-';

/** The dimensions in order, then any dimension only a programme names. */
export function dimensionGroups(data: MasterplanData): { code: string; name: string }[] {
  const groups = data.dimensions.map((d) => ({ code: d.code as string, name: d.name }));
  for (const p of data.programmes)
    if (!groups.some((g) => g.code === p.dimensionCode)) groups.push({ code: p.dimensionCode, name: p.dimensionName });
  return groups;
}

export const byHorizon = (a: MasterplanProgrammeRow, b: MasterplanProgrammeRow) =>
  HORIZON_ORDER.indexOf(a.horizon) - HORIZON_ORDER.indexOf(b.horizon) || a.startYear - b.startYear;

/** A row spanning the whole table: a group's name over its rows. */
export const groupRow = (text: string, columns: number): TableRow => ({
  cells: [{ ...cell(text, { bold: true, shading: 'F2F2F2' }), colSpan: columns }],
});

export function goalsTable(data: MasterplanData): Block[] {
  const goals = books(data).goals;
  if (goals.length === 0) return [missing('Sasaran dengan indikator, baseline dan target belum diisi.')];
  const withYear = (value: string | null, y: number | null) => (value ? (y ? `${value} (${y})` : value) : '-');
  const rows = goals.map((g, i) => ({
    cells: [
      cell(`${i + 1}.`),
      cell(dash(g.dimensionName)),
      cell(g.text),
      cell(g.unit ? `${g.indicator} (${g.unit})` : g.indicator),
      cell(withYear(g.baseline, g.baselineYear)),
      cell(withYear(g.target, g.targetYear)),
    ],
  }));
  return captioned(
    'Sasaran, Indikator dan Target',
    ruledTable([0.9, 2.6, 4.6, 4, 2.4, 2.4], ['No', 'Dimensi', 'Sasaran', 'Indikator', 'Baseline', 'Target'], rows),
  );
}

/** The TOWS matrix of each dimension: S-O and W-O over S-T and W-T, each strategy with the programmes that carry it. */
export function towsTables(data: MasterplanData): Block[] {
  const strategies = books(data).strategies;
  if (strategies.length === 0) return [missing('Strategi per dimensi (S-O, W-O, S-T, W-T) belum diisi.')];
  const names = dimensionGroups(data).map((g) => g.name);
  for (const s of strategies) if (!names.includes(s.dimensionName)) names.push(s.dimensionName);
  return names.flatMap((name): Block[] => {
    const of = (kind: (typeof TOWS_KINDS)[number]) => {
      const list = strategies.filter((s) => s.dimensionName === name && s.kind === kind);
      return list.length
        ? list
            .map((s) => {
              const carried = (s.programmes ?? []).map((p) => p.code?.trim() || p.name);
              return `• ${s.text}${carried.length ? ` (program: ${carried.join(', ')})` : ''}`;
            })
            .join('\n')
        : '-';
    };
    if (!strategies.some((s) => s.dimensionName === name)) return [];
    const head = (a: string, b: string): TableRow => ({
      cells: [a, b].map((l) => ({ ...cell(l, { bold: true, shading: HEADER_SHADING }), align: 'center' as const })),
    });
    return captioned(
      `Matriks Strategi (TOWS) Dimensi ${name}`,
      ruledTable(
        [1, 1],
        [head(`Strategi ${TOWS_LABELS.SO}`, `Strategi ${TOWS_LABELS.WO}`)],
        [
          { cells: [cell(of('SO')), cell(of('WO'))] },
          head(`Strategi ${TOWS_LABELS.ST}`, `Strategi ${TOWS_LABELS.WT}`),
          { cells: [cell(of('ST')), cell(of('WT'))] },
        ],
      ),
    );
  });
}

/** The plan for developing struktur, infrastruktur and suprastruktur: the programmes by their enabler class. */
export function enablerTable(data: MasterplanData): Block[] {
  const tagged = data.programmes.filter((p) => details(p).enabler !== null);
  if (tagged.length === 0) return [missing('Kelas enabler program (struktur, infrastruktur, suprastruktur) belum diisi.')];
  const rows = READINESS_ASPECTS.flatMap((aspect): TableRow[] => {
    const list = tagged.filter((p) => details(p).enabler === aspect).sort(byHorizon);
    if (list.length === 0) return [];
    return [
      groupRow(`Pengembangan ${READINESS_ASPECT_LABELS[aspect]}`, 5),
      ...list.map((p, i) => ({
        cells: [cell(`${i + 1}.`), cell(codeOf(p)), cell(p.name), cell(p.dimensionName), cell(span(p.startYear, p.endYear))],
      })),
    ];
  });
  return captioned(
    'Rencana Pengembangan Struktur, Infrastruktur dan Suprastruktur',
    ruledTable([0.9, 2, 7, 3.2, 2.2], ['No', 'Kode', 'Program', 'Dimensi', 'Tahun'], rows),
  );
}

/** The programme matrix's one column set, for every dimension alike. */
export const PROGRAMME_COLUMNS = [
  'No',
  'Kode',
  'Program',
  'Indikator (Baseline)',
  'Target per Tahun',
  'OPD Penanggung Jawab',
  'Jangka',
];
const PROGRAMME_WEIGHTS = [0.8, 1.7, 3.9, 3.6, 2.8, 3, 1.9];

function programmeRow(p: MasterplanProgrammeRow, i: number): TableRow {
  const d = details(p);
  const indicator = [d.indicator ?? '-', ...(d.baseline ? [`Baseline: ${d.baseline}`] : [])].join('\n');
  const targets = d.targets.length
    ? [...d.targets]
        .sort((a, b) => a.year - b.year)
        .map((t) => `${t.year}:\u00a0${t.value}`)
        .join('\n')
    : '-';
  return {
    cells: [
      cell(`${i + 1}.`),
      cell(codeOf(p)),
      { lines: [[{ text: p.name }], ...(p.isQuickWin ? [[{ text: '(quick win)', italic: true }]] : [])] },
      cell(indicator),
      cell(targets),
      cell(dash(p.unitName)),
      cell(`${SHORT_HORIZON[p.horizon]}\n${span(p.startYear, p.endYear)}`),
    ],
  };
}

export function programmeMatrix(data: MasterplanData): Block[] {
  if (data.programmes.length === 0) return [missing('Program smart city belum diisi.')];
  return dimensionGroups(data).flatMap((g): Block[] => {
    const list = data.programmes.filter((p) => p.dimensionCode === g.code).sort(byHorizon);
    if (list.length === 0) return [];
    return captioned(
      `Matriks Program Dimensi ${g.name}`,
      ruledTable(PROGRAMME_WEIGHTS, PROGRAMME_COLUMNS, list.map(programmeRow)),
    );
  });
}

export function rpjmdTable(data: MasterplanData): Block[] {
  const linked = data.programmes.filter((p) => details(p).rpjmdRef || details(p).renstraRef);
  if (linked.length === 0) return [missing('Keterkaitan program dengan RPJMD dan Renstra OPD belum diisi.')];
  const rows = linked.map((p, i) => ({
    cells: [
      cell(`${i + 1}.`),
      cell(p.code ? `${p.code} ${p.name}` : p.name),
      cell(dash(details(p).rpjmdRef)),
      cell(dash(details(p).renstraRef)),
      cell(dash(p.unitName)),
    ],
  }));
  return captioned(
    'Matriks Keselarasan Program dengan RPJMD dan Renstra OPD',
    ruledTable([0.9, 4.8, 4.4, 4.4, 3], ['No', 'Program Smart City', 'Program/Sasaran RPJMD', 'Renstra OPD', 'OPD'], rows),
  );
}

export function quickWinTable(data: MasterplanData): Block[] {
  const profiles = books(data).quickWins;
  const wins = data.programmes.filter((p) => p.isQuickWin);
  if (wins.length === 0) return [missing('Program quick win belum ditandai.')];
  const rows = wins.map((p, i) => {
    const profile = profiles.find((q) => q.programme.name === p.name && q.programme.code === p.code);
    const budget = profile?.budget ?? null;
    return {
      cells: [
        cell(`${i + 1}.`),
        cell(codeOf(p)),
        cell(p.name),
        cell(dash(profile?.existingService)),
        cell(dash(p.unitName)),
        cell(profile?.schedule ?? span(p.startYear, p.endYear)),
        cell(budget === null ? '-' : amountText(budget), { align: 'right' }),
      ],
    };
  });
  return captioned(
    'Program Quick Win',
    ruledTable(
      [0.9, 1.8, 3.8, 3.6, 3, 2.4, 2.6],
      ['No', 'Kode', 'Program', 'Layanan yang Dipertajam', 'OPD', 'Jadwal', 'Anggaran (Rp)'],
      rows,
    ),
  );
}

export function riskTable(data: MasterplanData): Block[] {
  const risky = data.programmes.filter((p) => details(p).risk);
  if (risky.length === 0) return [missing('Risiko program belum diisi.')];
  const rows = risky.map((p, i) => ({
    cells: [
      cell(`${i + 1}.`),
      cell(p.code ? `${p.code} ${p.name}` : p.name),
      cell(details(p).risk!),
      cell(dash(details(p).partners)),
      cell(PROGRAMME_STATUS_LABELS[details(p).status]),
    ],
  }));
  return captioned('Risiko Program', ruledTable([0.9, 4.6, 6, 3.4, 2.2], ['No', 'Program', 'Risiko', 'Mitra', 'Status'], rows));
}

export function monitoringTable(data: MasterplanData): Block[] {
  const items = books(data).monitoring;
  if (items.length === 0)
    return [missing('Indikator monitoring dan evaluasi (baseline, output, outcome, dampak, quick win) belum diisi.')];
  const rows = ME_KINDS.flatMap((kind): TableRow[] => {
    const list = items.filter((m) => m.kind === kind);
    if (list.length === 0) return [];
    return [
      groupRow(`Evaluasi ${ME_KIND_LABELS[kind]}`, 7),
      ...list.map((m, i) => ({
        cells: [
          cell(`${i + 1}.`),
          cell(m.indicator),
          cell(m.programmeCode ?? m.programmeName ?? m.dimensionName ?? '-'),
          cell(dash(m.target)),
          cell(dash(m.dataSource)),
          cell(dash(m.frequency)),
          cell(dash(m.unitName)),
        ],
      })),
    ];
  });
  return captioned(
    'Matriks Monitoring dan Evaluasi',
    ruledTable(
      [0.9, 4.4, 2.6, 2.4, 2.6, 2, 2.8],
      ['No', 'Indikator', 'Program/Dimensi', 'Target', 'Sumber Data', 'Frekuensi', 'Penanggung Jawab'],
      rows,
    ),
  );
}

/** "Jangka Pendek (2025–2026)". */
export const horizonLabel = (h: Horizon) => HORIZON_LABELS[h];
