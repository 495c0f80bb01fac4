// Small pieces several documents share: the place-and-date line, the "Mengetahui" row and required closure fields.
import type { Block, SignatureGridBlock } from '../document/model';
import { UserError } from '../errors';
import { formatDate } from '../format/dates';
import type { Closure } from '../domain/closure';
import type { Regency } from '../domain/regency';
import type { Signatory } from './context';
import { signatureBlockFor } from './signature';

/** The closure date, or a message that says where to fill it in. */
export function closureDate(closure: Pick<Closure, 'date'>): string {
  if (!closure.date) throw new UserError('Tanggal penutupan Bimtek belum diisi (menu Penutupan & Komitmen).');
  return closure.date;
}

export function placeDate(closure: Pick<Closure, 'place'>, regency: Regency, date: string): string {
  return `${closure.place ?? regency.capital}, ${formatDate(date)}`;
}

/** The "Mengetahui" signers side by side, kept on one page. */
export function mengetahuiBlocks(signers: Signatory[]): Block[] {
  if (signers.length === 0) return [];
  const columns = (signers.length >= 3 ? 3 : 2) as SignatureGridBlock['columns'];
  const cells = signers.map((s) => signatureBlockFor(s, { mengetahui: true }));
  const padded = signers.length === 1 ? [null, ...cells] : cells;
  return [{ type: 'keepTogether', blocks: [{ type: 'signatureGrid', columns, cells: padded, spaceBeforePt: 18 }] }];
}
