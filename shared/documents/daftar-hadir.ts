// Daftar Hadir of one Bimtek day: Kegiatan / Hari, tanggal / Waktu / Tempat, then a table with staggered signature
// cells; with no participants yet it still prints numbered empty rows to sign by hand.
import type { Block, DocumentModel, TableCell, TableRow } from '../document/model';
import { regionTitle, type NameCase, type Regency, type TimeZone } from '../domain/regency';
import { dayName, formatDate, formatDayDate } from '../format/dates';
import { toRoman } from '../format/roman';
import { formatTimeRange } from '../format/times';
import type { AttendanceRow, DaftarHadirData, StageSummary } from './context';
import { signatureGrid } from './common-blocks';
import { documentShell, letterheadBlock } from './letterhead';
import { officialName, printedIdentifier } from './signature';
import { templatedLines } from './text-templates';
import { terbilang } from '../format/terbilang';

/** Rows printed when nobody is registered yet: the clerk collects names and signatures by hand. */
export const EMPTY_ATTENDANCE_ROWS = 20;
/** Room for a wet signature: at least 15 mm high (and the column at least 35 mm wide), 15 rows to an A4 page. */
export const ATTENDANCE_ROW_HEIGHT_MM = 15;
export const ATTENDANCE_SIGNATURE_MIN_MM = 35;

const cell = (text: string | null): TableCell => ({ lines: text ? [[{ text }]] : [] });
const orDash = (text: string | null | undefined) => text?.trim() || '-';

/**
 * The NIP column shows the bare NIP; an NI PPPK keeps its label so that it is not taken for a NIP. Non-ASN and
 * Pasal 44 officials get a dash, as they get no NIP line anywhere else.
 */
function identifierCell(p: AttendanceRow): TableCell {
  const id = printedIdentifier(p);
  if (id.startsWith('NIP.')) return cell(id.replace(/^NIP\.\u00a0/, ''));
  // The label on its own line, so that the column need not be as wide as label and number together.
  if (id) return { lines: [[{ text: 'NI\u00a0PPPK.' }], [{ text: id.replace(/^NI\u00a0PPPK\.\u00a0/, '') }]] };
  return cell('-');
}

const squash = (text: string) =>
  text
    .toLocaleLowerCase('id-ID')
    .replace(/[\s,]+/g, ' ')
    .trim();

/**
 * A head's jabatan in the words of the unit it heads ("sekretaris daerah" heads the "sekretariat daerah"), at the
 * start of each position of a joined jabatan ("… dan Plt. Inspektur").
 */
const HEADS: readonly [RegExp, string][] = [
  [/(?<=^| dan )(?:plt\.|plh\.|pj\.) /g, ''],
  [/(?<=^| dan )camat /g, 'kecamatan '],
  [/(?<=^| dan )lurah /g, 'kelurahan '],
  [/(?<=^| dan )sekretaris (daerah|dprd|dewan perwakilan rakyat daerah)\b/g, 'sekretariat $1'],
  [/(?<=^| dan )inspektur\b/g, 'inspektorat'],
];

/**
 * Whether the jabatan already names the instansi: "Sekretaris Dinas Sosial Kabupaten …" names "Dinas Sosial", and
 * "Kepala Bidang … Dinas Kominfo" names "Dinas Kominfo Kabupaten …" (the region is the document's own); a camat,
 * lurah, sekretaris daerah or inspektur names the unit they head, in any of the positions of a dual role.
 */
export function jabatanNamesInstansi(jabatan: string, instansi: string): boolean {
  const region = / (?:kabupaten|kota) [^ ]+(?: [^ ]+)?$/;
  const office = squash(instansi).replace(region, '').trim();
  const j = HEADS.reduce((text, [pattern, replacement]) => text.replace(pattern, replacement), squash(jabatan));
  return office !== '' && j.includes(office);
}

/** Jabatan and instansi in one cell without saying the same twice: the instansi only when the jabatan does not name it. */
export function jabatanInstansiCell(jabatan: string | null | undefined, instansi: string | null | undefined): TableCell {
  const j = jabatan?.trim() ?? '';
  const i = instansi?.trim() ?? '';
  const lines = [j, i && !jabatanNamesInstansi(j, i) ? i : ''].filter(Boolean);
  return lines.length ? { lines: lines.map((text) => [{ text }]) } : cell('-');
}

function row(index: number, p: AttendanceRow | null, nameCase: NameCase): TableRow {
  return {
    cells: [
      { lines: [[{ text: `${index + 1}.` }]], align: 'center' },
      cell(p ? officialName(p, nameCase) : null),
      p ? identifierCell(p) : cell(null),
      p ? jabatanInstansiCell(p.jabatan, p.instansi) : cell(null),
      { lines: [], signature: { label: `${index + 1}.`, side: index % 2 === 0 ? 'left' : 'right' } },
    ],
  };
}

/** "08.00 – 16.00 WITA": every time carries the regency's zone. */
export function timeText(start: string | null, end: string | null, zone: TimeZone): string {
  return formatTimeRange(start, end, zone);
}

/** "Bimbingan Teknis Penyusunan Masterplan Smart City Kabupaten Simalungun Tahap IV", however the stage is titled. */
export function activityText(stage: Pick<StageSummary, 'number' | 'title'>, regency: Regency): string {
  const region = regionTitle(regency);
  const title = stage.title.trim();
  if (!/bimbingan teknis|bimtek/i.test(title)) {
    return `Bimbingan Teknis Penyusunan Masterplan Smart City ${region} Tahap ${toRoman(stage.number)}: ${title}`;
  }
  if (title.toLowerCase().includes(regency.name.toLowerCase())) return title;
  // "Bimtek IV: Quick Win" → "Bimtek IV Kabupaten X: Quick Win".
  const colon = title.indexOf(':');
  if (colon > 0) return `${title.slice(0, colon)} ${region}${title.slice(colon)}`;
  const tahap = /\s+(Tahap\s+\S+)$/i.exec(title);
  return tahap ? `${title.slice(0, tahap.index)} ${region} ${tahap[1]!}` : `${title} ${region}`;
}

/** What the placeholders of the attendance list's heading become (text-templates.ts). */
export function daftarHadirTemplateValues(
  data: Pick<DaftarHadirData, 'regency' | 'programme' | 'stage' | 'day' | 'participants'>,
): Record<string, string> {
  const { regency, stage, day } = data;
  return {
    daerah: regionTitle(regency),
    nama_daerah: regency.name,
    tahun: String(data.programme.year),
    tahap: String(stage.number),
    tahap_romawi: toRoman(stage.number),
    tahap_judul: stage.title,
    hari: dayName(day.date),
    tanggal: formatDate(day.date),
    jumlah_peserta: String(data.participants.length),
    jumlah_peserta_terbilang: terbilang(data.participants.length),
  };
}

export function buildDaftarHadir(data: DaftarHadirData): DocumentModel {
  const { regency, stage, day } = data;
  const small = Math.max(8, regency.tataNaskah.fontSizePt - 3);
  const mengetahui = data.mengetahui && signatureGrid(data, 2, [data.mengetahui], { mengetahui: true });
  const nameCase = regency.tataNaskah.signerNameCase;
  const rows = data.participants.length
    ? data.participants.map((p, i) => row(i, p, nameCase))
    : Array.from({ length: EMPTY_ATTENDANCE_ROWS }, (_, i) => row(i, null, nameCase));
  const blocks: Block[] = [
    letterheadBlock(regency),
    {
      type: 'title',
      lines: templatedLines(data.texts, 'daftar-hadir', 'judul', daftarHadirTemplateValues(data)),
      underline: true,
      ...(data.number ? { number: data.number } : {}),
    },
    {
      type: 'keyValue',
      keyWidthMm: 32,
      rows: [
        { key: 'Kegiatan', value: [{ text: activityText(stage, regency) }] },
        { key: 'Hari, tanggal', value: [{ text: formatDayDate(day.date) }] },
        { key: 'Waktu', value: [{ text: timeText(day.startTime, day.endTime, regency.tataNaskah.timeZone) }] },
        { key: 'Tempat', value: [{ text: orDash(day.venue) }] },
      ],
    },
    {
      type: 'table',
      // The NIP column weighs little: the layout widens it to the NIP and no further (its words never break).
      columns: [{ weight: 0.7 }, { weight: 3.4 }, { weight: 1 }, { weight: 5.8 }, { weight: 4.3 }],
      header: [
        {
          cells: ['No', 'Nama', 'NIP', 'Jabatan / Instansi', 'Tanda Tangan'].map((t) => ({
            lines: [[{ text: t, bold: true }]],
            align: 'center' as const,
            vAlign: 'middle' as const,
          })),
        },
      ],
      rows,
      minRowHeightMm: ATTENDANCE_ROW_HEIGHT_MM,
      sizePt: small,
      // The Mengetahui block never stands alone on the last page: the last row goes over with it.
      keepLastRowWithNext: Boolean(mengetahui),
    },
    ...(mengetahui
      ? [
          {
            type: 'keepTogether' as const,
            blocks: [
              // A single block on the right.
              { ...mengetahui, cells: [null, ...mengetahui.cells], placeDate: `${regency.capital}, ${formatDate(day.date)}` },
            ],
          },
        ]
      : []),
  ];
  return {
    ...documentShell(
      data,
      'korespondensi',
      {
        title: `Daftar Hadir Bimtek Tahap ${toRoman(stage.number)} ${formatDate(day.date)} ${regionTitle(regency)}`,
      },
      'lembar',
    ),
    blocks,
  };
}
