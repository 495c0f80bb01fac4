// Berita Acara Penutupan Bimtek: the "judul" form (title, NOMOR), the spelled-out date, what the four stages did and
// produced, the commitment signed, the closing sentence, and signature blocks with a "Mengetahui" row.
import type { Block, DocumentModel, TableCell, TableRow, TextRun } from '../document/model';
import { UserError } from '../errors';
import { regionTitle } from '../domain/regency';
import { dateInWords, formatDate, formatDateRange } from '../format/dates';
import { toRoman } from '../format/roman';
import { terbilang } from '../format/terbilang';
import type { BeritaAcaraData, StageSummary } from './context';
import { closureDate, mengetahuiBlocks, placeDate, signatureGrid } from './common-blocks';
import { documentShell, letterheadBlock } from './letterhead';
import { displayName, jabatanText } from './signature';

const lines = (texts: string[], fallback = '-'): TextRun[][] => (texts.length ? texts : [fallback]).map((text) => [{ text }]);

/** "4 (empat)": counts in running text carry their words. */
const counted = (n: number) => `${n} (${terbilang(n)})`;

function stageRow(stage: StageSummary): TableRow {
  const first = stage.dates[0];
  const last = stage.dates[stage.dates.length - 1];
  const when = first && last ? formatDateRange(first, last) : '(tanggal belum diisi)';
  const what: TableCell = {
    lines: [
      [{ text: stage.title, bold: true }],
      [{ text: when }],
      ...(stage.venue ? [[{ text: stage.venue }]] : []),
      ...(stage.participantCount > 0 ? [[{ text: `Peserta: ${stage.participantCount} orang` }]] : []),
    ],
  };
  return {
    cells: [
      { lines: [[{ text: toRoman(stage.number) }]], align: 'center' },
      what,
      { lines: lines(stage.facilitators.map((f) => (f.institution ? `${f.name} (${f.institution})` : f.name))) },
      { lines: lines(stage.outputs.map((o) => `• ${o}`)) },
    ],
  };
}

function stageTable(data: BeritaAcaraData): Block {
  return {
    type: 'table',
    columns: [{ weight: 1.5, align: 'center' }, { weight: 4 }, { weight: 3.4 }, { weight: 5 }],
    header: [
      {
        cells: ['Tahap', 'Kegiatan, Waktu dan Tempat', 'Narasumber', 'Hasil'].map((t) => ({
          lines: [[{ text: t, bold: true }]],
          align: 'center' as const,
          vAlign: 'middle' as const,
        })),
      },
    ],
    rows: [...data.stages].sort((a, b) => a.number - b.number).map(stageRow),
    sizePt: Math.max(9, data.regency.tataNaskah.fontSizePt - 2),
  };
}

/** The sentence on the commitment: who signed it, how many, and what it says. */
function commitmentParagraph(data: BeritaAcaraData): Block {
  const { closure } = data;
  const signers = data.commitmentSigners;
  const title = closure.commitmentTitle.trim();
  const text =
    signers > 0
      ? `Pada penutupan tersebut ${counted(signers)} pejabat menandatangani ${title}${closure.points.length ? ', yang memuat komitmen untuk:' : '.'}`
      : `Pada penutupan tersebut disepakati ${title}${closure.points.length ? ', yang memuat komitmen untuk:' : '.'}`;
  return { type: 'paragraph', align: 'justify', keepWithNext: closure.points.length > 0, runs: [{ text }] };
}

export function buildBeritaAcara(data: BeritaAcaraData): DocumentModel {
  const { closure, regency, programme } = data;
  const date = closureDate(closure);
  const venue = closure.venue?.trim();
  if (!venue) throw new UserError('Tempat penutupan Bimtek belum diisi (menu Penutupan & Komitmen).');
  if (data.signatories.length === 0) {
    throw new UserError(
      'Berita acara belum punya penandatangan: pilih pejabat yang memimpin penutupan (menu Penutupan & Komitmen).',
    );
  }
  const region = regionTitle(regency);
  // dateInWords gives "hari Jumat tanggal …"; the berita acara says "Pada hari ini Jumat tanggal …".
  const words = dateInWords(date, regency.tataNaskah.dateWordsCase).replace(/^(hari|Hari) /, '$1 ini ');
  const presiding = data.presiding ? `, dipimpin oleh ${displayName(data.presiding)} selaku ${jabatanText(data.presiding)}` : '';
  const mou = programme.mouNumber
    ? ` berdasarkan Nota Kesepakatan Nomor ${programme.mouNumber}${programme.mouDate ? ` tanggal ${formatDate(programme.mouDate)}` : ''}${programme.mouPartner ? ` dengan ${programme.mouPartner}` : ''}`
    : '';
  // One signer stands on the right; several sit side by side.
  const signers = signatureGrid(data, data.signatories.length >= 3 ? 3 : 2, data.signatories, { mengetahui: false });
  const blocks: Block[] = [
    letterheadBlock(regency),
    {
      type: 'title',
      lines: [
        // Short lines: an underlined title that wraps by itself leaves a lone word on a line.
        'BERITA ACARA',
        'PENUTUPAN BIMBINGAN TEKNIS',
        'PENYUSUNAN MASTERPLAN SMART CITY',
        `${region.toLocaleUpperCase('id-ID')} TAHUN ${programme.year}`,
      ],
      underline: true,
      ...(data.number ? { number: data.number } : {}),
    },
    {
      type: 'paragraph',
      align: 'justify',
      runs: [
        {
          text: `Pada ${words}, bertempat di ${venue}, telah dilaksanakan penutupan Bimbingan Teknis Penyusunan Masterplan Smart City ${region} Tahun ${programme.year} dalam rangka ${programme.name}${presiding}.`,
        },
      ],
    },
    ...(data.stages.length
      ? [
          {
            type: 'paragraph' as const,
            align: 'justify' as const,
            keepWithNext: true,
            runs: [
              {
                text: `Bimbingan teknis dilaksanakan dalam ${counted(data.stages.length)} tahap${mou}, dengan kegiatan dan hasil sebagai berikut:`,
              },
            ],
          },
          stageTable(data),
        ]
      : []),
    commitmentParagraph(data),
    ...(closure.points.length
      ? [{ type: 'list' as const, ordered: true, items: closure.points.map((p) => ({ runs: [{ text: p }] })) }]
      : []),
    {
      // The closing sentence goes with the signatures, so that a signature never stands alone on a page.
      type: 'keepTogether',
      blocks: [
        {
          type: 'paragraph',
          align: 'justify',
          runs: [{ text: 'Demikian Berita Acara ini dibuat dengan sebenarnya untuk dipergunakan sebagaimana mestinya.' }],
        },
        {
          ...signers,
          placeDate: placeDate(closure, regency, date),
          cells: signers.cells.length === 1 ? [null, ...signers.cells] : signers.cells,
        },
      ],
    },
    ...mengetahuiBlocks(data, data.mengetahui),
  ];
  return {
    ...documentShell(data, 'korespondensi', {
      title: `Berita Acara Penutupan Bimtek Masterplan Smart City ${region} ${programme.year}`,
    }),
    blocks,
  };
}
