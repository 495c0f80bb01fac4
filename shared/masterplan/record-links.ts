// Cross-record rules of the masterplan books that the records' own schemas cannot check: a strategy answers SWOT
// items of its own dimension and of the kinds its letters name; a quick-win profile belongs to a quick-win programme.
// Used by the services (one record against the database) and by the bundle check (every record of a file).
import { SWOT_LABELS, towsSwotKinds, TOWS_LABELS, type SwotItem, type TowsKind } from '../domain/masterplan';

export interface LinkProblem {
  /** Relative to the record checked. */
  path: (string | number)[];
  message: string;
}

export function strategyLinkProblems(
  strategy: { dimensionId: number; kind: TowsKind; swotIds: readonly number[]; programmeIds: readonly number[] },
  swotById: ReadonlyMap<number, Pick<SwotItem, 'dimensionId' | 'kind'>>,
  programmeIds: { has(id: number): boolean },
): LinkProblem[] {
  const out: LinkProblem[] = [];
  const allowed: readonly string[] = towsSwotKinds(strategy.kind);
  strategy.swotIds.forEach((swotId, i) => {
    const item = swotById.get(swotId);
    if (!item) out.push({ path: ['swotIds', i], message: `butir SWOT dengan id ${swotId} tidak ada` });
    else if (item.dimensionId !== strategy.dimensionId) {
      out.push({ path: ['swotIds', i], message: 'butir SWOT ini milik dimensi lain' });
    } else if (!allowed.includes(item.kind)) {
      out.push({
        path: ['swotIds', i],
        message: `strategi ${TOWS_LABELS[strategy.kind]} menjawab ${allowed.map((k) => SWOT_LABELS[k as 'S']).join(' dan ')}, bukan ${SWOT_LABELS[item.kind]}`,
      });
    }
  });
  strategy.programmeIds.forEach((programmeId, i) => {
    if (!programmeIds.has(programmeId))
      out.push({ path: ['programmeIds', i], message: `program dengan id ${programmeId} tidak ada` });
  });
  return out;
}

export function quickWinLinkProblems(
  profile: { programmeId: number },
  programmes: ReadonlyMap<number, { isQuickWin: boolean }>,
): LinkProblem[] {
  const programme = programmes.get(profile.programmeId);
  if (!programme) return [{ path: ['programmeId'], message: `program dengan id ${profile.programmeId} tidak ada` }];
  if (!programme.isQuickWin) return [{ path: ['programmeId'], message: 'program ini tidak ditandai sebagai quick win' }];
  return [];
}
