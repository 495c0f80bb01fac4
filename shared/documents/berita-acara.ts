// Berita Acara Penutupan Bimtek: the "judul" form (title, NOMOR), the spelled-out date, what the four stages did and
// produced, the commitment signed, the closing sentence, and signature blocks with a "Mengetahui" row.
import type { Block, DocumentModel, TableRow } from '../document/model';
import { UserError } from '../errors';
import { regionTitle } from '../domain/regency';
import { dateInWords, formatDate, formatDateRange } from '../format/dates';
import { toRoman } from '../format/roman';
import { terbilang } from '../format/terbilang';
import type { BeritaAcaraData, StageSummary } from './context';
import { closureDate, mengetahuiBlocks, placeDate } from './common-blocks';
import { documentShell, letterheadBlock } from './letterhead';
import { displayName, jabatanText, signatureBlockFor } from './signature';

function stageRow(stage: StageSummary): TableRow {
  const first = stage.dates[0];
  const last = stage.dates[stage.dates.length - 1];
  const when = first && last ? formatDateRange(first, last) : 'tanggal belum diisi';
  return {
    cells: [
      { lines: [[{ text: toRoman(stage.number) }]], align: 'center' },
      { lines: [[{ text: stage.title, bold: true }], [{ text: when }], ...(stage.venue ? [[{ text: stage.venue }]] : [])] },
      {
        lines: stage.facilitators.length
          ? stage.facilitators.map((f) => [{ text: `${f.name} (${f.institution})` }])
          : [[{ text: '-' }]],
      },
      { lines: stage.outputs.length ? stage.outputs.map((o) => [{ text: `• ${o}` }]) : [[{ text: '-' }]] },
    ],
  };
}

export function buildBeritaAcara(data: BeritaAcaraData): DocumentModel {
  const { closure, regency, programme } = data;
  const date = closureDate(closure);
  if (!closure.venue) throw new UserError('Tempat penutupan Bimtek belum diisi (menu Penutupan & Komitmen).');
  if (data.signatories.length === 0) {
    throw new UserError(
      'Berita acara belum punya penandatangan: pilih pejabat yang memimpin penutupan (menu Penutupan & Komitmen).',
    );
  }
  const region = regionTitle(regency);
  const words = dateInWords(date, regency.tataNaskah.dateWordsCase).replace(/^(hari|Hari) /, '$1 ini ');
  const presiding = data.presiding ? `, dipimpin oleh ${displayName(data.presiding)} selaku ${jabatanText(data.presiding)}` : '';
  const mou = programme.mouNumber
    ? ` berdasarkan Nota Kesepakatan Nomor ${programme.mouNumber}${programme.mouDate ? ` tanggal ${formatDate(programme.mouDate)}` : ''}${programme.mouPartner ? ` dengan ${programme.mouPartner}` : ''}`
    : '';
  const signers = data.commitmentSigners;
  const blocks: Block[] = [
    letterheadBlock(regency),
    {
      type: 'title',
      lines: ['BERITA ACARA'],
      underline: true,
      ...(data.number ? { number: data.number } : {}),
      subtitle: [
        'PENUTUPAN BIMBINGAN TEKNIS PENYUSUNAN MASTERPLAN SMART CITY',
        `${region.toLocaleUpperCase('id-ID')} TAHUN ${programme.year}`,
      ],
    },
    {
      type: 'paragraph',
      align: 'justify',
      runs: [
        {
          text: `Pada ${words}, bertempat di ${closure.venue}, telah dilaksanakan penutupan Bimbingan Teknis Penyusunan Masterplan Smart City ${region} Tahun ${programme.year} dalam rangka ${programme.name}${presiding}.`,
        },
      ],
    },
    {
      type: 'paragraph',
      align: 'justify',
      keepWithNext: true,
      runs: [
        {
          text: `Bimbingan teknis dilaksanakan dalam ${data.stages.length} (${terbilang(data.stages.length)}) tahap${mou}, dengan kegiatan dan hasil sebagai berikut:`,
        },
      ],
    },
    {
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
      rows: data.stages.map(stageRow),
      sizePt: Math.max(9, regency.tataNaskah.fontSizePt - 2),
    },
    {
      type: 'paragraph',
      align: 'justify',
      keepWithNext: closure.points.length > 0,
      runs: [
        {
          text: `Pada penutupan tersebut ${signers} (${terbilang(signers)}) pejabat, terdiri atas kepala perangkat daerah dan camat, menandatangani ${closure.commitmentTitle}${closure.points.length ? ' yang memuat komitmen untuk:' : '.'}`,
        },
      ],
    },
    ...(closure.points.length
      ? [{ type: 'list' as const, ordered: true, items: closure.points.map((p) => ({ runs: [{ text: p }] })) }]
      : []),
    {
      type: 'paragraph',
      align: 'justify',
      runs: [{ text: 'Demikian Berita Acara ini dibuat dengan sebenarnya untuk dipergunakan sebagaimana mestinya.' }],
    },
    {
      type: 'keepTogether',
      blocks: [
        {
          type: 'signatureGrid',
          columns: 2,
          placeDate: placeDate(closure, regency, date),
          cells:
            data.signatories.length === 1
              ? [null, signatureBlockFor(data.signatories[0]!)]
              : data.signatories.map((s) => signatureBlockFor(s)),
        },
      ],
    },
    ...mengetahuiBlocks(data.mengetahui),
  ];
  return {
    ...documentShell(data, 'korespondensi', {
      title: `Berita Acara Penutupan Bimtek Masterplan Smart City ${region} ${programme.year}`,
    }),
    blocks,
  };
}
