// All services of one open database: the single object the CLI, the IPC handlers and the web shell call.
import { draftOf } from '../../shared/domain/common';
import {
  chapterSchema,
  dimensionSchema,
  elementSchema,
  programmeItemFields,
  programmeItemRules,
  readinessNoteSchema,
  sectionSchema,
  swotItemSchema,
  volumeSchema,
} from '../../shared/domain/masterplan';
import {
  personFields,
  personRules,
  positionFields,
  positionRules,
  unitFields,
  unitRules,
  withGenderFromNip,
} from '../../shared/domain/organisation';
import { teamMemberFields, teamMemberRules, teamSchema } from '../../shared/domain/programme';
import type { Db } from '../db/connection';
import { checkDatabase } from '../db/connection';
import { createRepositories } from '../repositories/repositories';
import { bimtekService } from './bimtek-service';
import { documentService } from '../documents/document-service';
import type { DocumentRenderer } from '../documents/render-pool';
import { exportBundle, importBundle } from './bundle-service';
import { masterplanBookServices } from './masterplan-book-services';
import { sectionOrderService } from './section-order-service';
import { templateService } from './template-service';
import { statusService } from './status-service';
import { peopleImportService } from './people-import-service';
import { backupService } from './backup-service';
import { closureService } from './closure-service';
import { collectionService } from './collection-service';
import { profileService } from './profile-service';
import { registerService } from './register-service';
import { planService } from './plan-service';
import { paperworkService } from './paperwork-service';
import { textTemplateService } from './text-template-service';
import { wordTemplateService } from './word-template-service';
import { stagePhotoService } from './stage-photo-service';
import { unitParentProblems } from './unit-rules';

export interface ServiceOptions {
  now?: () => string;
  /** The better_sqlite3.node the app loads (Electron's own build in development): backups are opened with it too. */
  nativeBinding?: string;
  /** Where documents are rendered: in the calling thread unless given (the app and web shell pass the render worker). */
  renderer?: DocumentRenderer;
}

export function createServices(db: Db, options: ServiceOptions = {}) {
  const now = options.now ?? (() => new Date().toISOString());
  const repos = createRepositories(db, now);
  const register = registerService(repos, now);
  return {
    repos,
    profile: profileService(repos),
    units: collectionService(db, repos.units, draftOf(unitFields, unitRules), 'Unit', unitParentProblems(repos)),
    people: collectionService(db, repos.people, draftOf(personFields, personRules).transform(withGenderFromNip), 'Orang'),
    positions: collectionService(db, repos.positions, draftOf(positionFields, positionRules), 'Jabatan'),
    teams: collectionService(db, repos.teams, draftOf(teamSchema), 'Tim'),
    teamMembers: collectionService(db, repos.teamMembers, draftOf(teamMemberFields, teamMemberRules), 'Anggota tim'),
    bimtek: bimtekService(repos),
    closure: closureService(repos),
    paperwork: paperworkService(repos),
    textTemplates: textTemplateService(repos),
    wordTemplates: wordTemplateService(repos, now),
    stagePhotos: stagePhotoService(repos, options.renderer),
    masterplan: {
      plan: planService(repos),
      volumes: collectionService(db, repos.volumes, draftOf(volumeSchema), 'Buku'),
      chapters: collectionService(db, repos.chapters, draftOf(chapterSchema), 'Bab'),
      sections: collectionService(db, repos.sections, draftOf(sectionSchema), 'Subbab'),
      sectionOrder: sectionOrderService(db, repos),
      dimensions: collectionService(db, repos.dimensions, draftOf(dimensionSchema), 'Dimensi'),
      elements: collectionService(db, repos.elements, draftOf(elementSchema), 'Elemen'),
      readiness: collectionService(db, repos.readiness, draftOf(readinessNoteSchema), 'Catatan kesiapan'),
      swot: collectionService(db, repos.swot, draftOf(swotItemSchema), 'Butir SWOT'),
      programmes: collectionService(db, repos.programmeItems, draftOf(programmeItemFields, programmeItemRules), 'Program'),
      ...masterplanBookServices(db, repos),
    },
    templates: templateService(repos, now),
    status: statusService(repos),
    peopleImport: peopleImportService(repos),
    backup: backupService(db, repos, now, options.nativeBinding ? { nativeBinding: options.nativeBinding } : {}),
    register,
    documents: documentService(repos, register, now, options.renderer),
    bundle: {
      export: () => exportBundle(repos),
      import: (input: unknown, importOptions: { replace?: boolean } = {}) => importBundle(repos, input, importOptions),
    },
    check: () => checkDatabase(db),
  };
}

export type Services = ReturnType<typeof createServices>;
