// The child tables of the masterplan's list fields: a programme's funding lines, yearly targets and yearly budget
// (003, 007), a strategy's SWOT items and programmes (007).
import type {
  BudgetSource,
  Funding,
  ProgrammeBudgetLine,
  ProgrammeItem,
  ProgrammeTarget,
  Strategy,
} from '../../shared/domain/masterplan';
import type { ChildLists } from './record-with-list-repository';
import type { ProgrammeLists } from './mappings';

export const programmeLists: ChildLists<ProgrammeItem, ProgrammeLists> = {
  fundings: {
    table: 'mp_programme_funding',
    parentColumn: 'programme_id',
    columns: ['source', 'amount'],
    toRow: (f: Funding) => [f.source, f.amount],
    fromRow: (row): Funding => ({ source: row.source as BudgetSource, amount: (row.amount as number | null) ?? null }),
  },
  targets: {
    table: 'mp_programme_target',
    parentColumn: 'programme_id',
    columns: ['year', 'value'],
    toRow: (t: ProgrammeTarget) => [t.year, t.value],
    fromRow: (row): ProgrammeTarget => ({ year: row.year as number, value: row.value as string }),
  },
  budgets: {
    table: 'mp_programme_budget',
    parentColumn: 'programme_id',
    columns: ['year', 'source', 'amount'],
    toRow: (b: ProgrammeBudgetLine) => [b.year, b.source, b.amount],
    fromRow: (row): ProgrammeBudgetLine => ({
      year: row.year as number,
      source: row.source as BudgetSource,
      amount: row.amount as number,
    }),
  },
};

export const strategyLists: ChildLists<Strategy, 'swotIds' | 'programmeIds'> = {
  swotIds: {
    table: 'mp_strategy_swot',
    parentColumn: 'strategy_id',
    columns: ['swot_id'],
    toRow: (swotId: number) => [swotId],
    fromRow: (row) => row.swot_id as number,
  },
  programmeIds: {
    table: 'mp_strategy_programme',
    parentColumn: 'strategy_id',
    columns: ['programme_id'],
    toRow: (programmeId: number) => [programmeId],
    fromRow: (row) => row.programme_id as number,
  },
};
