// Lembar Komitmen Bersama: preamble and numbered points, then every signatory either in a table with staggered
// signature cells (header repeated on each page) or as a grid of signature blocks, and the "Mengetahui" row.
import type { Block, DocumentModel, TableBlock, TableRow } from '../document/model';
import { UserError } from '../errors';
import { commitmentTitleLines } from '../domain/closure';
import { regionTitle, type NameCase } from '../domain/regency';
import type { KomitmenData, Signatory } from './context';
import { closureDate, mengetahuiBlocks, mengetahuiGrid, placeDate, signatureGrid } from './common-blocks';
import { documentShell, letterheadBlock } from './letterhead';
import { officialName, printedIdentifier } from './signature';
import { templatedText } from './text-templates';
import { formatDate } from '../format/dates';
import { terbilang } from '../format/terbilang';

/** Domain §2.8: at least 1.2 cm per row for a wet signature. */
export const KOMITMEN_ROW_HEIGHT_MM = 13;

function signatoryRow(s: Signatory, index: number, nameCase: NameCase): TableRow {
  // The same name, NIP line and jabatan as in the grid: Pasal 44 holds in both layouts.
  const id = printedIdentifier(s);
  return {
    minHeightMm: KOMITMEN_ROW_HEIGHT_MM,
    cells: [
      { lines: [[{ text: `${index + 1}.` }]], align: 'center' },
      { lines: [[{ text: officialName(s, nameCase), bold: true }], ...(id ? [[{ text: id }]] : [])] },
      { lines: [[{ text: s.jabatan }]] },
      // Odd numbers sign on the left, even on the right, so that neighbours' signatures do not collide.
      { lines: [], signature: { label: `${index + 1}.`, side: index % 2 === 0 ? 'left' : 'right' } },
    ],
  };
}

function signatoryTable(signatories: Signatory[], sizePt: number, nameCase: NameCase): TableBlock {
  return {
    type: 'table',
    columns: [{ weight: 0.9 }, { weight: 5 }, { weight: 5 }, { weight: 3.6 }],
    header: [
      {
        cells: ['No', 'Nama / NIP', 'Jabatan', 'Tanda Tangan'].map((t) => ({
          lines: [[{ text: t, bold: true }]],
          align: 'center' as const,
          vAlign: 'middle' as const,
        })),
      },
    ],
    rows: signatories.map((s, i) => signatoryRow(s, i, nameCase)),
    minRowHeightMm: KOMITMEN_ROW_HEIGHT_MM,
    sizePt,
  };
}

/** The title in capitals, one printed line per typed line; the region is added when the title does not name it. */
export function komitmenTitleLines(data: Pick<KomitmenData, 'closure' | 'regency'>): string[] {
  const lines = commitmentTitleLines(data.closure.commitmentTitle).map((l) => l.toLocaleUpperCase('id-ID'));
  const name = data.regency.name.trim().toLocaleUpperCase('id-ID');
  return lines.some((l) => l.includes(name)) ? lines : [...lines, regionTitle(data.regency).toLocaleUpperCase('id-ID')];
}

/** What the placeholders of the commitment sheet's text templates become (text-templates.ts). */
export function komitmenTemplateValues(
  data: Pick<KomitmenData, 'closure' | 'regency' | 'programme' | 'signatories'>,
): Record<string, string> {
  const { closure, regency, programme } = data;
  return {
    daerah: regionTitle(regency),
    nama_daerah: regency.name,
    tahun: String(programme.year),
    nama_program: programme.name,
    tanggal: closure.date ? formatDate(closure.date) : '',
    tempat: closure.venue?.trim() ?? '',
    jumlah_penandatangan: String(data.signatories.length),
    jumlah_penandatangan_terbilang: terbilang(data.signatories.length),
  };
}

export function buildKomitmen(data: KomitmenData): DocumentModel {
  const { closure, regency, programme } = data;
  if (data.signatories.length === 0) {
    throw new UserError('Lembar komitmen belum punya penandatangan: tambahkan kepala OPD dan camat (menu Penutupan & Komitmen).');
  }
  const date = closureDate(closure);
  const small = Math.max(9, regency.tataNaskah.fontSizePt - 2);
  // The closure's own preamble and closing, else the templates (the closing's default is empty: nothing printed).
  const values = komitmenTemplateValues(data);
  const preamble = closure.preamble?.trim() || templatedText(data.texts, 'komitmen', 'pembuka', values).trim();
  const closing = closure.closingText?.trim() || templatedText(data.texts, 'komitmen', 'penutup', values).trim();
  const where = placeDate(closure, regency, date);
  // Never a page holding only the Mengetahui blocks: the last row of signatories goes over with them.
  const keepLastRowWithNext = data.mengetahui.length > 0;
  // The place and date over the whole width (a three-column grid has no room for it in its last column), kept with the
  // first row of signatories: in the grid it is part of that row, which never splits.
  // In the grid the Mengetahui row is part of the grid too, under its last row.
  const closingGrid = mengetahuiGrid(data, data.mengetahui);
  const body: Block[] =
    data.layout === 'table'
      ? [
          { type: 'paragraph', align: 'right', runs: [{ text: where }], spaceBeforePt: 6, keepWithNext: true },
          { ...signatoryTable(data.signatories, small, regency.tataNaskah.signerNameCase), keepLastRowWithNext },
          ...mengetahuiBlocks(data, data.mengetahui),
        ]
      : [
          {
            ...signatureGrid(data, 3, data.signatories, { mengetahui: false }),
            placeDate: where,
            placeDateWide: true,
            spaceBeforePt: 6,
            ...(closingGrid ? { closing: closingGrid } : {}),
          },
        ];
  const blocks: Block[] = [
    letterheadBlock(regency),
    { type: 'title', lines: komitmenTitleLines(data), ...(data.number ? { number: data.number } : {}) },
    { type: 'paragraph', align: 'justify', runs: [{ text: preamble }], keepWithNext: closure.points.length > 0 },
    ...(closure.points.length
      ? [{ type: 'list' as const, ordered: true, items: closure.points.map((p) => ({ runs: [{ text: p }] })) }]
      : []),
    ...(closing ? [{ type: 'paragraph' as const, align: 'justify' as const, runs: [{ text: closing }] }] : []),
    ...body,
  ];
  return {
    ...documentShell(
      data,
      'korespondensi',
      {
        title: `${commitmentTitleLines(closure.commitmentTitle).join(' ')} (${programme.year})`,
      },
      'lembar',
    ),
    blocks,
  };
}
