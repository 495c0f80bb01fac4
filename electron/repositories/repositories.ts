// Every repository of one open database, created once and shared by the services.
import type { Closure, ClosureSignatory } from '../../shared/domain/closure';
import type { MasterplanPlan, ProgrammeItem, Strategy } from '../../shared/domain/masterplan';
import type { Numbering } from '../../shared/domain/register';
import type { Decree } from '../../shared/domain/paperwork';
import type { Programme } from '../../shared/domain/programme';
import type { Db } from '../db/connection';
import { AttendanceRepository } from './attendance-repository';
import { CounterRepository } from './counter-repository';
import { EntityRepository, systemClock, type Clock } from './entity-repository';
import { RecordWithListRepository, RecordWithListsRepository } from './record-with-list-repository';
import { programmeLists, strategyLists } from './masterplan-lists';
import * as m from './mappings';
import { RegencyRepository } from './regency-repository';
import { SingletonRepository } from './singleton-repository';
import { StagePhotoRepository } from './stage-photo-repository';
import { TemplateRepository } from './template-repository';
import { WordTemplateRepository } from './word-template-repository';

export function createRepositories(db: Db, clock: Clock = systemClock) {
  const table = <T>(mapping: m.Mapping<T>) => new EntityRepository(db, mapping, clock);
  return {
    db,
    clock,
    regency: new RegencyRepository(db, clock),
    programme: new SingletonRepository<Programme>(db, m.programmeMapping, clock),
    closure: new SingletonRepository<Omit<Closure, 'signatories'>>(db, m.closureMapping, clock),
    plan: new SingletonRepository<MasterplanPlan>(db, m.planMapping, clock),
    decree: new SingletonRepository<Decree>(db, m.decreeMapping, clock),
    numbering: new SingletonRepository<Omit<Numbering, 'counters'>>(db, m.numberingMapping, clock),
    counters: new CounterRepository(db),
    attendance: new AttendanceRepository(db),
    templates: new TemplateRepository(db, clock),
    wordTemplates: new WordTemplateRepository(db, clock),
    stagePhotos: new StagePhotoRepository(db, clock),
    units: table(m.unitMapping),
    people: table(m.personMapping),
    positions: table(m.positionMapping),
    teams: table(m.teamMapping),
    teamMembers: table(m.teamMemberMapping),
    stages: table(m.stageMapping),
    stageFacilitators: table(m.stageFacilitatorMapping),
    stageDays: table(m.stageDayMapping),
    participants: table(m.participantMapping),
    stagePaperwork: table(m.stagePaperworkMapping),
    textTemplates: table(m.textTemplateMapping),
    closureSignatories: new RecordWithListRepository<ClosureSignatory, 'positionIds'>(
      db,
      m.closureSignatoryMapping,
      'positionIds',
      {
        table: 'closure_signatory_position',
        parentColumn: 'signatory_id',
        columns: ['position_id'],
        toRow: (positionId) => [positionId],
        fromRow: (row) => row.position_id as number,
      },
      clock,
    ),
    volumes: table(m.volumeMapping),
    chapters: table(m.chapterMapping),
    sections: table(m.sectionMapping),
    dimensions: table(m.dimensionMapping),
    elements: table(m.elementMapping),
    readiness: table(m.readinessMapping),
    swot: table(m.swotMapping),
    programmeItems: new RecordWithListsRepository<ProgrammeItem, m.ProgrammeLists>(
      db,
      m.programmeItemMapping,
      programmeLists,
      clock,
    ),
    statistics: table(m.statisticMapping),
    regulations: table(m.regulationMapping),
    applications: table(m.applicationMapping),
    readinessScores: table(m.readinessScoreMapping),
    elementGaps: table(m.elementGapMapping),
    goals: table(m.goalMapping),
    strategies: new RecordWithListsRepository<Strategy, 'swotIds' | 'programmeIds'>(db, m.strategyMapping, strategyLists, clock),
    monitoring: table(m.monitoringMapping),
    quickWins: table(m.quickWinMapping),
    documentNumbers: table(m.documentNumberMapping),
    documentRenders: table(m.documentRenderMapping),
  };
}

export type Repositories = ReturnType<typeof createRepositories>;
