// The four Bimtek stages: stage details, days, and participants with their attendance per day.
import {
  participantSchema,
  stageFacilitatorSchema,
  stageDayFields,
  stageDayRules,
  stageSchema,
  type Participant,
  type Stage,
} from '../../shared/domain/bimtek';
import { draftOf } from '../../shared/domain/common';
import { NotFoundError, ValidationError } from '../../shared/errors';
import { parseOrThrow } from '../../shared/validation/messages';
import type { Repositories } from '../repositories/repositories';
import { collectionService } from './collection-service';
import { withSqliteErrors } from './sqlite-errors';

export const participantDraftSchema = draftOf(participantSchema);

export function bimtekService(repos: Repositories) {
  const participants = (): Participant[] => {
    const attendance = repos.attendance.byParticipant();
    return repos.participants.list().map((p) => ({ ...p, attendedDayIds: attendance.get(p.id) ?? [] }));
  };
  return {
    stages: {
      list: (): Stage[] => repos.stages.list(),
      save(input: unknown): Stage {
        const stage = parseOrThrow(stageSchema, input, 'Data tahap Bimtek tidak valid');
        withSqliteErrors(() =>
          repos.db.transaction(() => {
            if (!repos.stages.update(stage)) repos.stages.insert(stage);
          })(),
        );
        return repos.stages.get(stage.number)!;
      },
      remove(number: number): void {
        withSqliteErrors(() => {
          if (!repos.stages.delete(number)) throw new NotFoundError(`Tahap ${number} tidak ditemukan.`);
        }, 'hapus');
      },
    },
    days: collectionService(repos.db, repos.stageDays, draftOf(stageDayFields, stageDayRules), 'Hari Bimtek'),
    facilitators: collectionService(repos.db, repos.stageFacilitators, draftOf(stageFacilitatorSchema), 'Fasilitator', (f) => [
      ...(repos.stages.get(f.stageNumber) ? [] : [{ path: 'stageNumber', message: `tahap ${f.stageNumber} belum diisi` }]),
      ...(repos.people.get(f.personId) ? [] : [{ path: 'personId', message: `orang dengan id ${f.personId} tidak ditemukan` }]),
    ]),
    participants: {
      list: participants,
      save(input: unknown): Participant {
        const { attendedDayIds, ...draft } = parseOrThrow(participantDraftSchema, input, 'Data peserta tidak valid');
        const id = withSqliteErrors(() =>
          repos.db.transaction(() => {
            const days = attendedDayIds.map((dayId) => repos.stageDays.get(dayId));
            const wrong = days.flatMap((day, i) =>
              day?.stageNumber === draft.stageNumber
                ? []
                : [{ path: `attendedDayIds[${i}]`, message: `hari ini bukan bagian dari tahap ${draft.stageNumber}` }],
            );
            if (wrong.length > 0) throw new ValidationError(wrong, 'Data peserta tidak valid');
            const saved = draft.id === null ? repos.participants.insert(draft) : draft;
            if (draft.id !== null && !repos.participants.update(saved as typeof draft & { id: number })) {
              throw new NotFoundError(`Peserta dengan id ${draft.id} tidak ditemukan.`);
            }
            repos.attendance.set(saved.id!, attendedDayIds);
            return saved.id!;
          })(),
        );
        return participants().find((p) => p.id === id)!;
      },
      remove(id: number): void {
        withSqliteErrors(() => {
          if (!repos.participants.delete(id)) throw new NotFoundError(`Peserta dengan id ${id} tidak ditemukan.`);
        }, 'hapus');
      },
    },
  };
}
