// Berita Acara Penutupan Bimtek: the "judul" form (title, NOMOR), the spelled-out date and place, the two parties with
// their identities, the pokok paragraphs (or the standard account of the four stages and the commitment), the
// closing time, the copies, and the signature blocks of PIHAK PERTAMA and PIHAK KEDUA with the berita acara's own
// "Mengetahui" row. Data recorded before the parties existed still renders as it did.
import type { Block, DocumentModel, KeyValueBlock, TableCell, TableRow, TextRun } from '../document/model';
import { UserError } from '../errors';
import { regionTitle, type Regency } from '../domain/regency';
import { dateWordParts, formatDate, formatDateRange } from '../format/dates';
import { formatNip } from '../format/nip';
import { toRoman } from '../format/roman';
import { terbilang } from '../format/terbilang';
import { formatTime } from '../format/times';
import type { BeritaAcaraData, Official, StageSummary } from './context';
import { closureDate, mengetahuiBlocks, placeDate, signatureGrid } from './common-blocks';
import { documentShell, letterheadBlock } from './letterhead';
import { noBreak, officialName, printedPangkat, withoutNip } from './signature';
import { templatedLines, templatedText } from './text-templates';

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
  const title = closure.commitmentTitle.replace(/\s+/g, ' ').trim();
  const text =
    signers > 0
      ? `Pada penutupan tersebut ${counted(signers)} pejabat menandatangani ${title}${closure.points.length ? ', yang memuat komitmen untuk:' : '.'}`
      : `Pada penutupan tersebut disepakati ${title}${closure.points.length ? ', yang memuat komitmen untuk:' : '.'}`;
  return { type: 'paragraph', align: 'justify', keepWithNext: closure.points.length > 0, runs: [{ text }] };
}

const PARTY_CAPTIONS = ['PIHAK PERTAMA', 'PIHAK KEDUA'] as const;

/**
 * Domain §2.5: nama, NIP, pangkat/golongan and jabatan of an ASN; nama and jabatan (and the instansi, when known) of
 * anyone else. Pasal 44 officials carry no NIP or pangkat here either, as under their signature.
 */
export function partyIdentity(party: Official, regency: Regency): KeyValueBlock['rows'] {
  const rows: KeyValueBlock['rows'] = [
    { key: 'Nama', value: [{ text: officialName(party, regency.tataNaskah.signerNameCase) }] },
  ];
  if (party.asn && !withoutNip(party)) {
    const nip = party.nip?.trim();
    const ni = party.niPppk?.trim();
    if (nip) rows.push({ key: 'NIP', value: [{ text: noBreak(formatNip(nip)) }] });
    else if (ni) rows.push({ key: 'NI PPPK', value: [{ text: noBreak(formatNip(ni)) }] });
    const pangkat = printedPangkat(party);
    if (pangkat) rows.push({ key: 'Pangkat/Golongan', value: [{ text: pangkat }] });
  }
  rows.push({ key: 'Jabatan', value: [{ text: party.jabatan }] });
  if (!party.asn && party.institution?.trim()) rows.push({ key: 'Instansi', value: [{ text: party.institution.trim() }] });
  return rows;
}

function partyBlocks(party: Official, caption: string, regency: Regency): Block[] {
  return [
    { type: 'keyValue', keyWidthMm: 42, indentMm: 8, rows: partyIdentity(party, regency) },
    {
      type: 'paragraph',
      indentMm: 8,
      runs: [{ text: 'yang selanjutnya disebut ' }, { text: caption, bold: true }, { text: '.' }],
    },
  ];
}

/**
 * What the placeholders of the berita acara's text templates become (text-templates.ts); the date words are empty
 * while the closure has no date, the venue while it has no venue.
 */
export function beritaAcaraTemplateValues(
  data: Pick<BeritaAcaraData, 'closure' | 'regency' | 'programme' | 'commitmentSigners'>,
): Record<string, string> {
  const { closure, regency, programme } = data;
  const date = closure.date;
  const words = date ? dateWordParts(date, regency.tataNaskah.dateWordsCase) : null;
  return {
    daerah: regionTitle(regency),
    nama_daerah: regency.name,
    tahun: String(programme.year),
    nama_program: programme.name,
    hari: words?.hari ?? '',
    tanggal: date ? formatDate(date) : '',
    tanggal_terbilang: words?.tanggal ?? '',
    bulan: words?.bulan ?? '',
    tahun_terbilang: words?.tahun ?? '',
    tempat: closure.venue?.trim() ?? '',
    jumlah_penandatangan: String(data.commitmentSigners),
    jumlah_penandatangan_terbilang: terbilang(data.commitmentSigners),
    rangkap: closure.copies ? String(closure.copies) : '',
    rangkap_terbilang: closure.copies ? terbilang(closure.copies) : '',
  };
}

/**
 * The title lines: the office's own title (Penutupan), else the title template (by default the standard title in
 * short lines so that no word stands alone).
 */
export function beritaAcaraTitleLines(
  data: Pick<BeritaAcaraData, 'closure' | 'regency' | 'programme' | 'commitmentSigners' | 'texts'>,
): string[] {
  const own = data.closure.beritaAcaraTitle?.replace(/\s+/g, ' ').trim();
  if (own) {
    const upper = own.toLocaleUpperCase('id-ID');
    return upper.startsWith('BERITA ACARA') ? [upper] : ['BERITA ACARA', upper];
  }
  return templatedLines(data.texts, 'berita-acara', 'judul', beritaAcaraTemplateValues(data));
}

/** "Demikian Berita Acara ini dibuat … dalam 2 (dua) rangkap …", from the closing templates. */
export function closingSentence(
  data: Pick<BeritaAcaraData, 'closure' | 'regency' | 'programme' | 'commitmentSigners' | 'texts'>,
): string {
  const part = data.closure.copies ? 'penutup' : 'penutup-tanpa-rangkap';
  return templatedText(data.texts, 'berita-acara', part, beritaAcaraTemplateValues(data));
}

export function buildBeritaAcara(data: BeritaAcaraData): DocumentModel {
  const { closure, regency, programme } = data;
  const date = closureDate(closure);
  const venue = closure.venue?.trim();
  if (!venue) throw new UserError('Tempat penutupan Bimtek belum diisi (menu Penutupan & Komitmen).');
  const parties = [data.firstParty, data.secondParty]
    .map((party, i) => ({ party, caption: PARTY_CAPTIONS[i]! }))
    .filter((p): p is { party: Official; caption: (typeof PARTY_CAPTIONS)[number] } => p.party !== null);
  if (parties.length === 0 && data.signatories.length === 0) {
    throw new UserError(
      'Berita acara belum punya penandatangan: pilih Pihak Pertama dan Pihak Kedua, atau pejabat yang memimpin penutupan (menu Penutupan & Komitmen).',
    );
  }
  const nameCase = regency.tataNaskah.signerNameCase;
  const region = regionTitle(regency);
  const presiding = data.presiding
    ? `, dipimpin oleh ${officialName(data.presiding, nameCase)} selaku ${data.presiding.jabatan}`
    : '';
  const mou = programme.mouNumber
    ? ` berdasarkan Nota Kesepakatan Nomor ${programme.mouNumber}${programme.mouDate ? ` tanggal ${formatDate(programme.mouDate)}` : ''}${programme.mouPartner ? ` dengan ${programme.mouPartner}` : ''}`
    : '';
  const own = closure.beritaAcaraPoints.map((p) => p.trim()).filter((p) => p !== '');
  const held = `telah dilaksanakan penutupan Bimbingan Teknis Penyusunan Masterplan Smart City ${region} Tahun ${programme.year} dalam rangka ${programme.name}${presiding}${own.length ? ', dengan pokok-pokok sebagai berikut:' : '.'}`;
  // "Pada hari ini Jumat tanggal … bertempat di …," from its template, continued by the parties or the account.
  const opening = templatedText(
    data.texts,
    'berita-acara',
    'pembuka',
    beritaAcaraTemplateValues(data),
    regency.tataNaskah.dateWordsCase,
  ).trim();
  const where = opening ? `${opening} ` : '';
  const paragraph = (text: string, keepWithNext = false): Block => ({
    type: 'paragraph',
    align: 'justify',
    ...(keepWithNext ? { keepWithNext } : {}),
    runs: [{ text }],
  });

  const openingBlocks: Block[] = parties.length
    ? [
        paragraph(`${where}kami yang bertanda tangan di bawah ini:`, true),
        ...parties.flatMap(({ party, caption }) => partyBlocks(party, caption, regency)),
        paragraph(
          `${parties.length > 1 ? 'Kedua belah pihak' : 'Yang bertanda tangan di atas'} menyatakan bahwa ${held}`,
          own.length > 0,
        ),
      ]
    : [paragraph(`${where}${held}`, own.length > 0)];

  const standard: Block[] = [
    ...(data.stages.length
      ? [
          paragraph(
            `Bimbingan teknis dilaksanakan dalam ${counted(data.stages.length)} tahap${mou}, dengan kegiatan dan hasil sebagai berikut:`,
            true,
          ),
          stageTable(data),
        ]
      : []),
    commitmentParagraph(data),
    ...(closure.points.length
      ? [{ type: 'list' as const, ordered: true, items: closure.points.map((p) => ({ runs: [{ text: p }] })) }]
      : []),
  ];
  const pokok: Block[] = own.length
    ? [{ type: 'list', ordered: true, items: own.map((p) => ({ runs: [{ text: p }] })) }]
    : standard;

  const closingTime = closure.closingTime
    ? [paragraph(`Acara penutupan berakhir pada pukul ${formatTime(closure.closingTime, regency.tataNaskah.timeZone)}.`)]
    : [];

  // Pihak Pertama on the left, Pihak Kedua on the right; older data: one signer on the right, several side by side.
  const signerGrid = parties.length
    ? (() => {
        const grid = signatureGrid(
          data,
          2,
          parties.map((p) => p.party),
          { mengetahui: false },
        );
        const cells = grid.cells.map((cell, i) =>
          cell ? { ...cell, headingLines: [parties[i]!.caption, ...cell.headingLines] } : cell,
        );
        return { ...grid, cells: cells.length === 1 ? [null, ...cells] : cells };
      })()
    : (() => {
        const grid = signatureGrid(data, data.signatories.length >= 3 ? 3 : 2, data.signatories, { mengetahui: false });
        return { ...grid, cells: grid.cells.length === 1 ? [null, ...grid.cells] : grid.cells };
      })();

  const blocks: Block[] = [
    letterheadBlock(regency),
    {
      type: 'title',
      lines: beritaAcaraTitleLines(data),
      underline: true,
      ...(data.number ? { number: data.number } : {}),
    },
    ...openingBlocks,
    ...pokok,
    ...closingTime,
    {
      // The closing sentence goes with the signatures, so that a signature never stands alone on a page.
      type: 'keepTogether',
      blocks: [paragraph(closingSentence(data)), { ...signerGrid, placeDate: placeDate(closure, regency, date) }],
    },
    ...mengetahuiBlocks(data, data.mengetahui),
  ];
  const title = closure.beritaAcaraTitle?.replace(/\s+/g, ' ').trim();
  return {
    ...documentShell(
      data,
      'korespondensi',
      {
        title: title || `Berita Acara Penutupan Bimtek Masterplan Smart City ${region} ${programme.year}`,
      },
      'beritaAcara',
    ),
    blocks,
  };
}
