// Daftar Hadir of one Bimtek day: Kegiatan / Hari, tanggal / Waktu / Tempat, then a table with staggered signature
// cells; with no participants yet it still prints numbered empty rows to sign by hand.
import type { Block, DocumentModel, TableRow } from '../document/model';
import { regionTitle } from '../domain/regency';
import { formatDate, formatDayDate } from '../format/dates';
import { toRoman } from '../format/roman';
import type { AttendanceRow, DaftarHadirData } from './context';
import { documentShell, letterheadBlock } from './letterhead';
import { displayName, identifierLine, signatureBlockFor } from './signature';

const EMPTY_ROWS = 20;

function row(index: number, p: AttendanceRow | null): TableRow {
  const cell = (text: string | null) => ({ lines: text ? [[{ text }]] : [] });
  return {
    cells: [
      { lines: [[{ text: `${index + 1}.` }]], align: 'center' },
      cell(p ? displayName(p) : null),
      cell(p ? identifierLine(p).replace(/^NIP\.\u00a0|^NI\u00a0PPPK\.\u00a0/, '') || '-' : null),
      cell(p?.jabatan ?? (p ? '-' : null)),
      cell(p?.instansi ?? (p ? '-' : null)),
      { lines: [], signature: { label: `${index + 1}.`, side: index % 2 === 0 ? 'left' : 'right' } },
    ],
  };
}

function timeText(start: string | null, end: string | null): string {
  if (start && end) return `${start} – ${end} WIB`;
  if (start) return `${start} WIB – selesai`;
  return '-';
}

export function buildDaftarHadir(data: DaftarHadirData): DocumentModel {
  const { regency, programme, stage, day } = data;
  const region = regionTitle(regency);
  const small = Math.max(8, regency.tataNaskah.fontSizePt - 3);
  const rows = data.participants.length
    ? data.participants.map((p, i) => row(i, p))
    : Array.from({ length: EMPTY_ROWS }, (_, i) => row(i, null));
  const blocks: Block[] = [
    letterheadBlock(regency),
    { type: 'title', lines: ['DAFTAR HADIR'], underline: true, ...(data.number ? { number: data.number } : {}) },
    {
      type: 'keyValue',
      keyWidthMm: 32,
      rows: [
        {
          key: 'Kegiatan',
          value: [
            {
              text: `Bimbingan Teknis Penyusunan Masterplan Smart City ${region} Tahap ${toRoman(stage.number)}: ${stage.title}`,
            },
          ],
        },
        { key: 'Hari, tanggal', value: [{ text: formatDayDate(day.date) }] },
        { key: 'Waktu', value: [{ text: timeText(day.startTime, day.endTime) }] },
        { key: 'Tempat', value: [{ text: day.venue ?? '-' }] },
      ],
    },
    {
      type: 'table',
      columns: [{ weight: 0.8 }, { weight: 4 }, { weight: 3.4 }, { weight: 3.6 }, { weight: 3.2 }, { weight: 3 }],
      header: [
        {
          cells: ['No', 'Nama', 'NIP', 'Jabatan', 'Instansi', 'Tanda Tangan'].map((t) => ({
            lines: [[{ text: t, bold: true }]],
            align: 'center' as const,
            vAlign: 'middle' as const,
          })),
        },
      ],
      rows,
      minRowHeightMm: 10,
      sizePt: small,
    },
    ...(data.mengetahui
      ? [
          {
            type: 'keepTogether' as const,
            blocks: [
              {
                type: 'signatureGrid' as const,
                columns: 2 as const,
                placeDate: `${regency.capital}, ${formatDate(day.date)}`,
                cells: [null, signatureBlockFor(data.mengetahui, { mengetahui: true })],
              },
            ],
          },
        ]
      : []),
  ];
  return {
    ...documentShell(data, 'korespondensi', {
      title: `Daftar Hadir Bimtek Tahap ${toRoman(stage.number)} ${formatDate(day.date)} (${programme.year})`,
    }),
    blocks,
  };
}
