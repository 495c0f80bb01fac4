// The masterplan as a document (title, period, visi, misi, dasar hukum, horizons, lampiran): one record.
import { masterplanPlanSchema, type MasterplanPlan } from '../../shared/domain/masterplan';
import { parseOrThrow } from '../../shared/validation/messages';
import type { Repositories } from '../repositories/repositories';
import { withSqliteErrors } from './sqlite-errors';

export function planService(repos: Repositories) {
  const get = (): MasterplanPlan => repos.plan.get() ?? masterplanPlanSchema.parse({});
  return {
    get,
    save(input: unknown): MasterplanPlan {
      const plan = parseOrThrow(masterplanPlanSchema, input, 'Data rencana masterplan tidak valid');
      withSqliteErrors(() => repos.db.transaction(() => repos.plan.save(plan))());
      return get();
    },
  };
}
