// The facts of the Bimtek paperwork that the rest of the model lacks: per stage the invitation and the report, and
// the Keputusan Bupati forming the Dewan and the Tim Pelaksana. Each is read with its defaults when never saved.
import { decreeSchema, stagePaperworkSchema, type Decree, type StagePaperwork } from '../../shared/domain/paperwork';
import { NotFoundError, ValidationError } from '../../shared/errors';
import { parseOrThrow } from '../../shared/validation/messages';
import type { Repositories } from '../repositories/repositories';
import { withSqliteErrors } from './sqlite-errors';

export function paperworkService(repos: Repositories) {
  const getStage = (stageNumber: number): StagePaperwork =>
    repos.stagePaperwork.get(stageNumber) ?? stagePaperworkSchema.parse({ stageNumber });
  const getDecree = (): Decree => repos.decree.get() ?? decreeSchema.parse({});

  return {
    getStage(input: { stageNumber: number }): StagePaperwork {
      return getStage(input.stageNumber);
    },
    /** Saves a stage's invitation and report whole; invitees and signer must be recorded positions. */
    saveStage(input: unknown): StagePaperwork {
      const paperwork = parseOrThrow(stagePaperworkSchema, input, 'Data undangan dan laporan tidak valid');
      if (!repos.stages.get(paperwork.stageNumber)) {
        throw new NotFoundError(`Bimtek tahap ${paperwork.stageNumber} belum diisi.`);
      }
      const problems = [
        ...paperwork.invitation.inviteePositionIds.map((positionId, i) => ({
          positionId,
          path: `invitation.inviteePositionIds[${i}]`,
        })),
        ...(paperwork.invitation.signerPositionId === null
          ? []
          : [{ positionId: paperwork.invitation.signerPositionId, path: 'invitation.signerPositionId' }]),
      ]
        .filter(({ positionId }) => !repos.positions.get(positionId))
        .map(({ positionId, path }) => ({ path, message: `jabatan dengan id ${positionId} tidak ada` }));
      if (problems.length > 0) throw new ValidationError(problems, 'Data undangan dan laporan tidak valid');
      withSqliteErrors(() =>
        repos.db.transaction(() => {
          if (!repos.stagePaperwork.update(paperwork)) repos.stagePaperwork.insert(paperwork);
        })(),
      );
      return getStage(paperwork.stageNumber);
    },
    getDecree,
    saveDecree(input: unknown): Decree {
      const decree = parseOrThrow(decreeSchema, input, 'Data keputusan tidak valid');
      withSqliteErrors(() => repos.db.transaction(() => repos.decree.save(decree))());
      return getDecree();
    },
  };
}
