// Programmes at the scale of a large regency, built on the test bundle factory (so they follow the bundle format as
// the factory does): n people each with a position, and the first m of them as Bimtek participants of stage 1.
import type { BundleInput } from '../shared/domain/bundle';
import { largeBundle } from '../tests/helpers/bundle-factory';

export function scaledBundle(people: number, participants: number): BundleInput {
  const bundle = largeBundle(people);
  const dayIds = (bundle.stageDays ?? []).filter((d) => d.stageNumber === 1).map((d) => d.id!);
  const extra = Array.from({ length: Math.min(participants, people) }, (_, i) => ({
    id: 1000 + i,
    stageNumber: 1 as const,
    personId: 100 + i,
    positionId: 100 + i,
    sortOrder: 10 + i,
    attendedDayIds: i % 3 === 0 ? dayIds.slice(0, 1) : dayIds,
  }));
  return { ...bundle, participants: [...(bundle.participants ?? []), ...extra] };
}
