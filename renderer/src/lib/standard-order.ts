// The regency's standard order of its offices, as signature sheets list them: the heads of the OPD by kind of unit
// (Sekretariat, Inspektorat, dinas, badan, …) and then by each unit's own display order, and after them every camat
// in the order of the kecamatan. Positions without a unit come last in their group, by title.
import { type Position, type Unit, UNIT_KINDS } from '../../../shared/domain/organisation';

/** Roles that head an OPD (a dinas, badan, the RSUD, Satpol PP …). */
const OPD_HEADS = new Set<Position['role']>(['kepala_opd', 'direktur_rsud', 'kepala_satuan']);
const STATUS_RANK: Record<Position['status'], number> = { definitif: 0, pj: 1, plt: 2, plh: 3 };

export function isOpdHeadOrCamat(position: Pick<Position, 'role'>): boolean {
  return OPD_HEADS.has(position.role) || position.role === 'camat';
}

/** The heads of OPD and the camat in the standard order, one position per person (their first in that order). */
export function standardSigningOrder(positions: readonly Position[], units: readonly Unit[]): Position[] {
  const unitOf = new Map(units.map((u) => [u.id, u]));
  const unitRank = (p: Position): [number, number, string] => {
    const unit = p.unitId !== null ? unitOf.get(p.unitId) : undefined;
    if (!unit) return [UNIT_KINDS.length, Number.MAX_SAFE_INTEGER, p.title];
    return [UNIT_KINDS.indexOf(unit.kind), unit.sortOrder, unit.name];
  };
  const sorted = positions
    .filter(isOpdHeadOrCamat)
    .map((p) => ({ p, group: p.role === 'camat' ? 1 : 0, rank: unitRank(p) }))
    .sort(
      (a, b) =>
        a.group - b.group ||
        a.rank[0] - b.rank[0] ||
        a.rank[1] - b.rank[1] ||
        a.rank[2].localeCompare(b.rank[2], 'id') ||
        STATUS_RANK[a.p.status] - STATUS_RANK[b.p.status] ||
        a.p.id - b.p.id,
    )
    .map((x) => x.p);
  const seen = new Set<number>();
  return sorted.filter((p) => !seen.has(p.personId) && seen.add(p.personId));
}
