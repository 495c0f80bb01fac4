// The programme as its editor holds it, and the schema the editor checks it with (the service's own rules).
import { draftOf } from '../../../../shared/domain/common';
import { programmeItemFields, programmeItemRules, type ProgrammeItem } from '../../../../shared/domain/masterplan';
import type { Draft } from '../../lib/draft';

export type ProgrammeDraft = Draft<ProgrammeItem>;
export const programmeDraftSchema = draftOf(programmeItemFields, programmeItemRules);

/** A new programme: a short horizon starting in the plan's first year, placed after the others. */
export function newProgramme(dimensionId: number, startYear: number, sortOrder: number): ProgrammeDraft {
  return {
    id: null,
    code: null,
    name: '',
    description: null,
    dimensionId,
    elementId: null,
    unitId: null,
    horizon: 'pendek',
    startYear,
    endYear: startYear,
    fundings: [{ source: 'APBD', amount: null }],
    isQuickWin: false,
    indicator: null,
    baseline: null,
    targets: [],
    budgets: [],
    rpjmdRef: null,
    renstraRef: null,
    enabler: null,
    partners: null,
    risk: null,
    status: 'direncanakan',
    sortOrder,
  };
}
