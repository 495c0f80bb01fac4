// The masterplan books' collections (migration 007): each validated at the boundary and saved in one transaction;
// a strategy with its SWOT and programme links, a programme with its targets and yearly budget, are written whole.
import { draftOf } from '../../shared/domain/common';
import {
  elementGapSchema,
  existingApplicationSchema,
  goalSchema,
  monitoringIndicatorSchema,
  quickWinProfileSchema,
  readinessScoreSchema,
  regionStatisticSchema,
  regulationSchema,
  strategyFields,
  strategyRules,
} from '../../shared/domain/masterplan';
import type { ValidationProblem } from '../../shared/errors';
import { formatPath } from '../../shared/validation/messages';
import { quickWinLinkProblems, strategyLinkProblems, type LinkProblem } from '../../shared/masterplan/record-links';
import type { Db } from '../db/connection';
import type { Repositories } from '../repositories/repositories';
import { collectionService } from './collection-service';

const asProblems = (problems: LinkProblem[]): ValidationProblem[] =>
  problems.map((p) => ({ path: formatPath(p.path), message: p.message }));

export function masterplanBookServices(db: Db, repos: Repositories) {
  return {
    statistics: collectionService(db, repos.statistics, draftOf(regionStatisticSchema), 'Data statistik'),
    regulations: collectionService(db, repos.regulations, draftOf(regulationSchema), 'Regulasi'),
    applications: collectionService(db, repos.applications, draftOf(existingApplicationSchema), 'Aplikasi'),
    readinessScores: collectionService(db, repos.readinessScores, draftOf(readinessScoreSchema), 'Nilai kesiapan'),
    elementGaps: collectionService(db, repos.elementGaps, draftOf(elementGapSchema), 'Analisis kesenjangan'),
    goals: collectionService(db, repos.goals, draftOf(goalSchema), 'Sasaran'),
    strategies: collectionService(db, repos.strategies, draftOf(strategyFields, strategyRules), 'Strategi', (draft) =>
      asProblems(
        strategyLinkProblems(
          draft,
          new Map(repos.swot.list().map((s) => [s.id, s])),
          new Set(repos.programmeItems.list().map((p) => p.id)),
        ),
      ),
    ),
    monitoring: collectionService(db, repos.monitoring, draftOf(monitoringIndicatorSchema), 'Indikator monev'),
    quickWins: collectionService(db, repos.quickWins, draftOf(quickWinProfileSchema), 'Profil quick win', (draft) => {
      const programme = repos.programmeItems.get(draft.programmeId);
      return asProblems(quickWinLinkProblems(draft, new Map(programme ? [[programme.id, programme]] : [])));
    }),
  };
}
