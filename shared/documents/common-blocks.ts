// Small pieces several documents share: the place-and-date line, the "Mengetahui" row, required closure fields and
// the width of a jabatan line in a signature grid.
import type { Block, SignatureGridBlock } from '../document/model';
import { UserError } from '../errors';
import { formatDate } from '../format/dates';
import type { Closure } from '../domain/closure';
import type { Regency } from '../domain/regency';
import type { DocumentBase, Official, Signatory } from './context';
import { printedIdentifier, signatureBlockFor, type SignatureOptions } from './signature';

/** The closure date, or a message that says where to fill it in. */
export function closureDate(closure: Pick<Closure, 'date'>): string {
  if (!closure.date) throw new UserError('Tanggal penutupan Bimtek belum diisi (menu Penutupan & Komitmen).');
  return closure.date;
}

/** "Pematang Raya, 19 November 2021": the closure's place, or the capital when none was given. */
export function placeDate(closure: Pick<Closure, 'place'>, regency: Regency, date: string): string {
  return `${closure.place?.trim() || regency.capital}, ${formatDate(date)}`;
}

const PAPER_WIDTH_MM = { A4: 210, 'F4-215': 215, 'F4-210': 210 } as const;
/** Average advance of a capital letter or space in Arial/Times, in em; generous so that lines rarely rewrap. */
const CAPITALS_EM = 0.68;
/** Width of "NIP. 19700101 199503 1 001" and of "NI PPPK. …" in Arial, in em. */
const NIP_EM = 13.4;
const NI_PPPK_EM = 14.7;

type PageBase = Pick<DocumentBase, 'paper' | 'regency'>;

/** The width inside one column of a signature grid, in points. */
function columnPt(base: PageBase, columns: number): number {
  const { margins } = base.regency.tataNaskah;
  const textMm = PAPER_WIDTH_MM[base.paper] - margins.leftMm - margins.rightMm;
  return ((textMm / columns - 2) * 72) / 25.4;
}

/**
 * How many capitals fit on one jabatan line of a signature grid with `columns` columns at `sizePt` (the profile's
 * size by default): the builders split jabatan lines themselves so that they come out balanced.
 */
export function signatureLineChars(base: PageBase, columns: number, sizePt?: number): number {
  const size = sizePt ?? base.regency.tataNaskah.fontSizePt;
  return Math.max(12, Math.floor(columnPt(base, columns) / (size * CAPITALS_EM)));
}

/**
 * The font size a signature grid needs so that every NIP (or NI PPPK) stays on one line of its column, in half
 * points; undefined when the document's own size fits, as it does in two columns.
 */
export function signatureGridSizePt(base: PageBase, columns: number, signers: readonly Official[]): number | undefined {
  const pppk = signers.some((s) => printedIdentifier(s).startsWith('NI\u00a0PPPK'));
  const fit = Math.floor((columnPt(base, columns) / (pppk ? NI_PPPK_EM : NIP_EM)) * 2) / 2;
  return fit < base.regency.tataNaskah.fontSizePt ? Math.max(8, fit) : undefined;
}

/** The height left for a wet signature, from the profile (25 mm when an older profile has none). */
export function signatureSpace(base: Pick<DocumentBase, 'regency'>): number {
  return base.regency.tataNaskah.signatureSpaceMm ?? 25;
}

/**
 * Signature blocks of `signers` in a grid of `columns`, at a size where their NIPs fit, with the profile's name case
 * and signature space.
 */
export function signatureGrid(
  base: PageBase,
  columns: SignatureGridBlock['columns'],
  signers: readonly (Signatory | Official)[],
  options: SignatureOptions = {},
): Pick<SignatureGridBlock, 'type' | 'columns' | 'cells' | 'sizePt'> {
  const sizePt = signatureGridSizePt(base, columns, signers);
  const lineChars = signatureLineChars(base, columns, sizePt);
  return {
    type: 'signatureGrid',
    columns,
    cells: signers.map((s) =>
      signatureBlockFor(s, {
        nameCase: base.regency.tataNaskah.signerNameCase,
        signatureSpaceMm: signatureSpace(base),
        ...options,
        lineChars,
      }),
    ),
    ...(sizePt ? { sizePt } : {}),
  };
}

/** The "Mengetahui" signers side by side (a single one on the right); undefined when there are none. */
export function mengetahuiGrid(base: PageBase, signers: Signatory[]): SignatureGridBlock | undefined {
  if (signers.length === 0) return undefined;
  const grid = signatureGrid(base, signers.length >= 3 ? 3 : 2, signers, { mengetahui: true });
  const cells = grid.cells.length === 1 ? [null, ...grid.cells] : grid.cells;
  return { ...grid, cells, spaceBeforePt: 18 };
}

/** The "Mengetahui" signers side by side, kept on one page. */
export function mengetahuiBlocks(base: PageBase, signers: Signatory[]): Block[] {
  const grid = mengetahuiGrid(base, signers);
  return grid ? [{ type: 'keepTogether', blocks: [grid] }] : [];
}
