// Lembar Komitmen Bersama: preamble and numbered points, then every signatory either in a table with staggered
// signature cells (header repeated on each page) or as a grid of signature blocks, and the "Mengetahui" row.
import type { Block, DocumentModel, TableRow } from '../document/model';
import { UserError } from '../errors';
import { regionTitle } from '../domain/regency';
import type { KomitmenData, Signatory } from './context';
import { closureDate, mengetahuiBlocks, placeDate } from './common-blocks';
import { documentShell, letterheadBlock } from './letterhead';
import { displayName, identifierLine, jabatanText, signatureBlockFor } from './signature';

const ROW_HEIGHT_MM = 13;

function signatoryRow(s: Signatory, index: number): TableRow {
  const id = identifierLine(s);
  return {
    cells: [
      { lines: [[{ text: `${index + 1}.` }]], align: 'center' },
      { lines: [[{ text: displayName(s), bold: true }], ...(id ? [[{ text: id }]] : [])] },
      { lines: [[{ text: jabatanText(s) }]] },
      { lines: [], signature: { label: `${index + 1}.`, side: index % 2 === 0 ? 'left' : 'right' } },
    ],
  };
}

function signatoryTable(signatories: Signatory[], sizePt: number): Block {
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
    minRowHeightMm: ROW_HEIGHT_MM,
    sizePt,
  };
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
    closure.preamble ??
    `Kami yang bertanda tangan di bawah ini, Dewan Smart City dan Tim Pelaksana Smart City ${region}, dengan ini menyatakan berkomitmen untuk:`;
  const body: Block[] =
    data.layout === 'table'
      ? [
          {
            type: 'paragraph',
            align: 'right',
            runs: [{ text: placeDate(closure, regency, date) }],
            spaceBeforePt: 6,
            keepWithNext: true,
          },
          signatoryTable(data.signatories, small),
        ]
      : [
          {
            type: 'signatureGrid',
            columns: 3,
            placeDate: placeDate(closure, regency, date),
            cells: data.signatories.map((s) => signatureBlockFor(s, { signatureSpaceMm: 18 })),
          },
        ];
  const blocks: Block[] = [
    letterheadBlock(regency),
    {
      type: 'title',
      lines: [closure.commitmentTitle.toLocaleUpperCase('id-ID')],
      ...(data.number ? { number: data.number } : {}),
    },
    { type: 'paragraph', align: 'justify', runs: [{ text: preamble }], keepWithNext: closure.points.length > 0 },
    ...(closure.points.length
      ? [{ type: 'list' as const, ordered: true, items: closure.points.map((p) => ({ runs: [{ text: p }] })) }]
      : []),
    ...(closure.closingText
      ? [{ type: 'paragraph' as const, align: 'justify' as const, runs: [{ text: closure.closingText }] }]
      : []),
    ...body,
    ...mengetahuiBlocks(data.mengetahui),
  ];
  return { ...documentShell(data, 'korespondensi', { title: `${closure.commitmentTitle} (${programme.year})` }), blocks };
}
