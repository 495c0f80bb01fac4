// The one map of every call between renderer and main: channel name → input schema and output type.
// Handlers validate input as unknown with the schema; the preload exposes one named function per channel.
import { profileFormSchema } from '../domain/profile-form';
import { z } from 'zod';
import type { Participant, Stage, StageDay } from '../domain/bimtek';
import type { StageFacilitator } from '../domain/bimtek';
import { participantSchema, stageDayFields, stageDayRules, stageFacilitatorSchema, stageSchema } from '../domain/bimtek';
import type { Bundle } from '../domain/bundle';
import type { Closure } from '../domain/closure';
import { closureDraftSchema } from '../domain/closure';
import { draftOf, id } from '../domain/common';
import type {
  Chapter,
  Dimension,
  Element,
  ElementGap,
  ExistingApplication,
  Goal,
  MonitoringIndicator,
  QuickWinProfile,
  ReadinessScore,
  RegionStatistic,
  Regulation,
  Strategy,
  MasterplanPlan,
  MasterplanTemplate,
  ProgrammeItem,
  ReadinessNote,
  Section,
  SwotItem,
  Volume,
} from '../domain/masterplan';
import {
  chapterSchema,
  dimensionSchema,
  elementGapSchema,
  elementSchema,
  existingApplicationSchema,
  goalSchema,
  monitoringIndicatorSchema,
  quickWinProfileSchema,
  readinessScoreSchema,
  regionStatisticSchema,
  regulationSchema,
  strategyFields,
  strategyRules,
  masterplanPlanSchema,
  programmeItemFields,
  programmeItemRules,
  readinessNoteSchema,
  sectionOrderSchema,
  sectionSchema,
  swotItemSchema,
  volumeSchema,
} from '../domain/masterplan';
import type { Person, Position, Unit } from '../domain/organisation';
import { decreeSchema, stagePaperworkSchema, type Decree, type StagePaperwork } from '../domain/paperwork';
import {
  saveTextTemplateSchema,
  templateValuesRequestSchema,
  textTemplateKeySchema,
  type TemplateValues,
  type TextTemplate,
  type TextTemplateView,
} from '../domain/text-template';
import { addWordTemplateSchema, fillWordTemplateSchema, type WordTemplateView } from '../domain/word-template';
import {
  addStagePhotoSchema,
  editStagePhotoSchema,
  moveStagePhotoSchema,
  stagePhotoListSchema,
  type StagePhotoView,
} from '../domain/stage-photo';
import { personFields, personRules, positionFields, positionRules, unitFields, unitRules } from '../domain/organisation';
import type { Programme, Team, TeamMember } from '../domain/programme';
import { programmeSchema, teamMemberFields, teamMemberRules, teamSchema } from '../domain/programme';
import type { Regency } from '../domain/regency';
import { regencySchema } from '../domain/regency';
import type { DocumentNumber, DocumentRender, Numbering } from '../domain/register';
import { numberingSchema } from '../domain/register';
import { renderRequestSchema } from '../domain/render';
import {
  automaticBackupSchema,
  backupFileSchema,
  type BackupComparison,
  type BackupEntry,
  type BackupOverview,
} from '../domain/backup';
import { peopleImportSchema, type PeopleImportPreview } from '../domain/people-import';
import type { ProgrammeStatus } from '../domain/status';
import { applySkeletonSchema, saveTemplateSchema, type AppliedSkeleton } from '../domain/templates';
import type { DocumentKindInfo } from '../documents/document-kinds';

/** A channel: its input schema and, as a type only, its output. */
export interface Channel<I extends z.ZodType, O> {
  input: I;
  output?: O;
}

function channel<O>() {
  return <I extends z.ZodType>(input: I): Channel<I, O> => ({ input });
}

const none = z.undefined();
const byId = z.object({ id });

function collection<T>() {
  return <P extends string, S extends z.ZodType>(prefix: P, draft: S) =>
    ({
      [`${prefix}.list`]: channel<T[]>()(none),
      [`${prefix}.save`]: channel<T>()(draft),
      [`${prefix}.remove`]: channel<void>()(byId),
    }) as { [K in `${P}.list`]: Channel<typeof none, T[]> } & { [K in `${P}.save`]: Channel<S, T> } & {
      [K in `${P}.remove`]: Channel<typeof byId, void>;
    };
}

export interface CheckReport {
  ok: boolean;
  integrity: string[];
  foreignKeyViolations: { table: string; rowid: number; parent: string }[];
  schemaVersion: number;
  latestVersion: number;
}

export interface ImportSummary {
  units: number;
  people: number;
  positions: number;
  participants: number;
  signatories: number;
  sections: number;
  programmes: number;
}

/** A rendered document for the preview pane. */
export interface RenderedDocumentView {
  bytes: Uint8Array;
  fileName: string;
  number: string | null;
  pageCount: number | null;
}

/** A saved document: where it went and its entry in the register; null when the user cancelled the dialog. */
export interface SavedDocumentView {
  file: string;
  number: string | null;
  render: DocumentRender;
}

export const channels = {
  'profile.getRegency': channel<Regency | null>()(none),
  'profile.saveRegency': channel<Regency>()(regencySchema),
  'profile.getProgramme': channel<Programme | null>()(none),
  'profile.saveProgramme': channel<Programme>()(programmeSchema),
  'profile.getNumbering': channel<Numbering>()(none),
  'profile.saveNumbering': channel<Numbering>()(numberingSchema),
  'profile.saveAll': channel<{ regency: Regency; programme: Programme; numbering: Numbering }>()(profileFormSchema),
  ...collection<Unit>()('units', draftOf(unitFields, unitRules)),
  ...collection<Person>()('people', draftOf(personFields, personRules)),
  ...collection<Position>()('positions', draftOf(positionFields, positionRules)),
  ...collection<Team>()('teams', draftOf(teamSchema)),
  ...collection<TeamMember>()('teamMembers', draftOf(teamMemberFields, teamMemberRules)),
  'bimtek.stages.list': channel<Stage[]>()(none),
  'bimtek.stages.save': channel<Stage>()(stageSchema),
  'bimtek.stages.remove': channel<void>()(z.object({ number: z.int().min(1).max(4) })),
  ...collection<StageDay>()('bimtek.days', draftOf(stageDayFields, stageDayRules)),
  ...collection<StageFacilitator>()('bimtek.facilitators', draftOf(stageFacilitatorSchema)),
  ...collection<Participant>()('bimtek.participants', draftOf(participantSchema)),
  'closure.get': channel<Closure | null>()(none),
  'closure.save': channel<Closure>()(closureDraftSchema),
  /** A stage's invitation and report facts (with their defaults when never saved). */
  'paperwork.stage.get': channel<StagePaperwork>()(z.object({ stageNumber: z.int().min(1).max(4) })),
  'paperwork.stage.save': channel<StagePaperwork>()(stagePaperworkSchema),
  'paperwork.decree.get': channel<Decree>()(none),
  'paperwork.decree.save': channel<Decree>()(decreeSchema),
  /** The office's own wording of document prose, per kind and part, with defaults and placeholders. */
  'textTemplates.list': channel<TextTemplateView[]>()(none),
  'textTemplates.save': channel<TextTemplate>()(saveTextTemplateSchema),
  'textTemplates.reset': channel<void>()(textTemplateKeySchema),
  /** What each placeholder of a kind becomes on the current data (for the Templat Naskah screen). */
  'textTemplates.values': channel<TemplateValues>()(templateValuesRequestSchema),
  /** The office's own Word templates (.docx with placeholders) kept in the database, and filling one into a new DOCX. */
  'wordTemplates.list': channel<WordTemplateView[]>()(none),
  'wordTemplates.add': channel<WordTemplateView>()(addWordTemplateSchema),
  'wordTemplates.remove': channel<void>()(byId),
  /** Fills the template and writes the DOCX where the save dialog says; null when the user cancelled. */
  'wordTemplates.fill': channel<{ file: string } | null>()(fillWordTemplateSchema),
  /** Documentation photos of a Bimtek stage (scaled down when added), printed in its Laporan Pelaksanaan. */
  'stagePhotos.list': channel<StagePhotoView[]>()(stagePhotoListSchema),
  'stagePhotos.add': channel<StagePhotoView>()(addStagePhotoSchema),
  'stagePhotos.setCaption': channel<StagePhotoView>()(editStagePhotoSchema),
  'stagePhotos.move': channel<StagePhotoView[]>()(moveStagePhotoSchema),
  'stagePhotos.remove': channel<void>()(byId),
  'masterplan.plan.get': channel<MasterplanPlan>()(none),
  'masterplan.plan.save': channel<MasterplanPlan>()(masterplanPlanSchema),
  ...collection<Volume>()('masterplan.volumes', draftOf(volumeSchema)),
  ...collection<Chapter>()('masterplan.chapters', draftOf(chapterSchema)),
  ...collection<Section>()('masterplan.sections', draftOf(sectionSchema)),
  'masterplan.sections.reorder': channel<Section[]>()(sectionOrderSchema),
  ...collection<Dimension>()('masterplan.dimensions', draftOf(dimensionSchema)),
  ...collection<Element>()('masterplan.elements', draftOf(elementSchema)),
  ...collection<ReadinessNote>()('masterplan.readiness', draftOf(readinessNoteSchema)),
  ...collection<SwotItem>()('masterplan.swot', draftOf(swotItemSchema)),
  ...collection<ProgrammeItem>()('masterplan.programmes', draftOf(programmeItemFields, programmeItemRules)),
  ...collection<RegionStatistic>()('masterplan.statistics', draftOf(regionStatisticSchema)),
  ...collection<Regulation>()('masterplan.regulations', draftOf(regulationSchema)),
  ...collection<ExistingApplication>()('masterplan.applications', draftOf(existingApplicationSchema)),
  ...collection<ReadinessScore>()('masterplan.readinessScores', draftOf(readinessScoreSchema)),
  ...collection<ElementGap>()('masterplan.elementGaps', draftOf(elementGapSchema)),
  ...collection<Goal>()('masterplan.goals', draftOf(goalSchema)),
  ...collection<Strategy>()('masterplan.strategies', draftOf(strategyFields, strategyRules)),
  ...collection<MonitoringIndicator>()('masterplan.monitoring', draftOf(monitoringIndicatorSchema)),
  ...collection<QuickWinProfile>()('masterplan.quickWins', draftOf(quickWinProfileSchema)),
  'status.summary': channel<ProgrammeStatus>()(none),
  'people.importPreview': channel<PeopleImportPreview>()(peopleImportSchema),
  'people.importCommit': channel<{ people: number; positions: number }>()(peopleImportSchema),
  /** A copy of the database to a folder or flash drive the user chooses (recorded as the last external copy). */
  'backup.create': channel<BackupEntry | null>()(none),
  /** Where the database lives and how old the last copy elsewhere is. */
  'backup.overview': channel<BackupOverview>()(none),
  'backup.automatic': channel<BackupEntry>()(none),
  'backup.list': channel<BackupEntry[]>()(none),
  'backup.readAutomatic': channel<{ fileName: string; base64: string }>()(automaticBackupSchema),
  'backup.inspect': channel<BackupComparison>()(backupFileSchema),
  'backup.restore': channel<ImportSummary>()(backupFileSchema),
  'bundle.save': channel<{ file: string } | null>()(none),
  'templates.list': channel<MasterplanTemplate[]>()(none),
  'templates.saveCurrent': channel<MasterplanTemplate>()(saveTemplateSchema),
  'templates.remove': channel<void>()(byId),
  'templates.apply': channel<AppliedSkeleton>()(applySkeletonSchema),
  'documents.kinds': channel<readonly DocumentKindInfo[]>()(none),
  'documents.preview': channel<RenderedDocumentView>()(renderRequestSchema),
  'documents.save': channel<SavedDocumentView | null>()(renderRequestSchema),
  /** Renders the PDF and opens it in the system's PDF viewer for printing at 100% scale. */
  /** Writes the PDF under a fresh name and opens it; `paper` is what to choose when printing ("F4 215 × 330 mm"). */
  'documents.print': channel<{ file: string; opened: boolean; paper: string }>()(renderRequestSchema),
  /**
   * Prints from inside the app at true size (a hidden window, no margins, scale 100); `available` is false where the
   * shell has no such window (the web shell), `reason` says why nothing printed ("cancelled" when the dialog was closed).
   */
  'documents.printInApp': channel<{ available: boolean; printed: boolean; reason: string | null; paper: string }>()(
    renderRequestSchema,
  ),
  'register.numbers': channel<DocumentNumber[]>()(none),
  'register.renders': channel<DocumentRender[]>()(none),
  /** Withdraws an issued number: it stays in the register marked batal. */
  'register.cancelNumber': channel<DocumentNumber>()(byId),
  'bundle.export': channel<Bundle>()(none),
  'bundle.import': channel<ImportSummary>()(z.object({ bundle: z.unknown(), replace: z.boolean().default(false) })),
  'db.check': channel<CheckReport>()(none),
};

export type Channels = typeof channels;
export type ChannelName = keyof Channels;
export type ChannelInput<K extends ChannelName> = z.input<Channels[K]['input']>;
export type ChannelParsedInput<K extends ChannelName> = z.output<Channels[K]['input']>;
export type ChannelOutput<K extends ChannelName> =
  NonNullable<Channels[K]['output']> extends never ? void : Exclude<Channels[K]['output'], undefined>;

/** What crosses the wire: a value, or an error the renderer can show in words. */
export type Envelope<T> =
  | { ok: true; value: T }
  | {
      ok: false;
      error: { kind: 'validation' | 'user' | 'unexpected'; message: string; problems?: { path: string; message: string }[] };
    };
