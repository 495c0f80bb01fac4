// Lembar Komitmen Bersama: preamble and numbered points, then every signatory either in a table with staggered
// signature cells (header repeated on each page) or as a grid of signature blocks, and the "Mengetahui" row.
import type { Block, DocumentModel, TableBlock, TableRow } from '../document/model';
import { UserError } from '../errors';
import { regionTitle } from '../domain/regency';
import type { KomitmenData, Signatory } from './context';
import { closureDate, mengetahuiBlocks, placeDate, signatureGrid } from './common-blocks';
import { documentShell, letterheadBlock } from './letterhead';
import { displayName, identifierLine, jabatanText } from './signature';

/** Domain §2.8: at least 1.2 cm per row for a wet signature. */
export const KOMITMEN_ROW_HEIGHT_MM = 13;

function signatoryRow(s: Signatory, index: number): TableRow {
  const id = identifierLine(s);
  return {
    minHeightMm: KOMITMEN_ROW_HEIGHT_MM,
    cells: [
      { lines: [[{ text: `${index + 1}.` }]], align: 'center' },
      { lines: [[{ text: displayName(s), bold: true }], ...(id ? [[{ text: id }]] : [])] },
      { lines: [[{ text: jabatanText(s) }]] },
      // Odd numbers sign on the left, even on the right, so that neighbours' signatures do not collide.
      { lines: [], signature: { label: `${index + 1}.`, side: index % 2 === 0 ? 'left' : 'right' } },
    ],
  };
}

function signatoryTable(signatories: Signatory[], sizePt: number): TableBlock {
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
    rows: signatories.map(signatoryRow),
    minRowHeightMm: KOMITMEN_ROW_HEIGHT_MM,
    sizePt,
  };
}

/** The title in capitals; the region is added when the office's title does not name it. */
function titleLines(data: KomitmenData): string[] {
  const title = data.closure.commitmentTitle.trim().toLocaleUpperCase('id-ID');
  const name = data.regency.name.trim().toLocaleUpperCase('id-ID');
  return title.includes(name) ? [title] : [title, regionTitle(data.regency).toLocaleUpperCase('id-ID')];
}

export function buildKomitmen(data: KomitmenData): DocumentModel {
  const { closure, regency, programme } = data;
  if (data.signatories.length === 0) {
    throw new UserError('Lembar komitmen belum punya penandatangan: tambahkan kepala OPD dan camat (menu Penutupan & Komitmen).');
  }
  const date = closureDate(closure);
  const region = regionTitle(regency);
  const small = Math.max(9, regency.tataNaskah.fontSizePt - 2);
  const preamble =
    closure.preamble?.trim() ||
    `Kami yang bertanda tangan di bawah ini, Dewan Smart City dan Tim Pelaksana Smart City ${region}, dengan ini menyatakan berkomitmen untuk:`;
  // The place and date over the whole width: a three-column grid has no room for it in its last column.
  const where: Block = {
    type: 'paragraph',
    align: 'right',
    runs: [{ text: placeDate(closure, regency, date) }],
    spaceBeforePt: 6,
    keepWithNext: true,
  };
  const signers =
    data.layout === 'table'
      ? signatoryTable(data.signatories, small)
      : signatureGrid(data, 3, data.signatories, { signatureSpaceMm: 18, mengetahui: false });
  const body: Block[] = [where, signers];
  const blocks: Block[] = [
    letterheadBlock(regency),
    { type: 'title', lines: titleLines(data), ...(data.number ? { number: data.number } : {}) },
    { type: 'paragraph', align: 'justify', runs: [{ text: preamble }], keepWithNext: closure.points.length > 0 },
    ...(closure.points.length
      ? [{ type: 'list' as const, ordered: true, items: closure.points.map((p) => ({ runs: [{ text: p }] })) }]
      : []),
    ...(closure.closingText?.trim()
      ? [{ type: 'paragraph' as const, align: 'justify' as const, runs: [{ text: closure.closingText.trim() }] }]
      : []),
    ...body,
    ...mengetahuiBlocks(data, data.mengetahui),
  ];
  return {
    ...documentShell(data, 'korespondensi', { title: `${closure.commitmentTitle.trim()} (${programme.year})` }),
    blocks,
  };
}
