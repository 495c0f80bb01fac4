// Every repository of one open database, created once and shared by the services.
import type { Closure } from '../../shared/domain/closure';
import type { Numbering } from '../../shared/domain/register';
import type { Programme } from '../../shared/domain/programme';
import type { Db } from '../db/connection';
import { AttendanceRepository } from './attendance-repository';
import { CounterRepository } from './counter-repository';
import { EntityRepository } from './entity-repository';
import * as m from './mappings';
import { RegencyRepository } from './regency-repository';
import { SingletonRepository } from './singleton-repository';
import { TemplateRepository } from './template-repository';

export function createRepositories(db: Db) {
  return {
    db,
    regency: new RegencyRepository(db),
    programme: new SingletonRepository<Programme>(db, m.programmeMapping),
    closure: new SingletonRepository<Omit<Closure, 'signatories'>>(db, m.closureMapping),
    numbering: new SingletonRepository<Omit<Numbering, 'counters'>>(db, m.numberingMapping),
    counters: new CounterRepository(db),
    attendance: new AttendanceRepository(db),
    templates: new TemplateRepository(db),
    units: new EntityRepository(db, m.unitMapping),
    people: new EntityRepository(db, m.personMapping),
    positions: new EntityRepository(db, m.positionMapping),
    teams: new EntityRepository(db, m.teamMapping),
    teamMembers: new EntityRepository(db, m.teamMemberMapping),
    stages: new EntityRepository(db, m.stageMapping),
    stageDays: new EntityRepository(db, m.stageDayMapping),
    participants: new EntityRepository(db, m.participantMapping),
    closureSignatories: new EntityRepository(db, m.closureSignatoryMapping),
    volumes: new EntityRepository(db, m.volumeMapping),
    chapters: new EntityRepository(db, m.chapterMapping),
    sections: new EntityRepository(db, m.sectionMapping),
    dimensions: new EntityRepository(db, m.dimensionMapping),
    elements: new EntityRepository(db, m.elementMapping),
    readiness: new EntityRepository(db, m.readinessMapping),
    swot: new EntityRepository(db, m.swotMapping),
    programmeItems: new EntityRepository(db, m.programmeItemMapping),
    documentNumbers: new EntityRepository(db, m.documentNumberMapping),
    documentRenders: new EntityRepository(db, m.documentRenderMapping),
  };
}

export type Repositories = ReturnType<typeof createRepositories>;
