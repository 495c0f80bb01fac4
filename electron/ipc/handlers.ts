// The handler of every channel in shared/ipc/channels.ts, and one entry point that validates raw input, calls the
// handler and wraps the result or the error in an envelope. Electron's ipcMain and the web shell both use it.
import {
  channels,
  type ChannelName,
  type ChannelOutput,
  type ChannelParsedInput,
  type Envelope,
} from '../../shared/ipc/channels';
import { isUserError, ValidationError } from '../../shared/errors';
import { problemsFromZod } from '../../shared/validation/messages';
import type { RenderRequest } from '../../shared/domain/render';
import { writeFileAtomic } from '../files/atomic-write';
import { layoutForPdf } from '../documents/pdf/render-pdf';
import { fontFaces, inAppPrintOptions, printHtml, type InAppPrintOptions } from '../documents/print-html';
import { freshPrintPath, paperOfPdf, paperOfSize } from '../files/print-file';
import { privateTempDir } from '../files/private-temp';
import { serializeBundle } from '../services/bundle-service';
import type { CollectionService } from '../services/collection-service';
import type { Services } from '../services/services';
import { translateSqliteError } from '../services/sqlite-errors';
import { localDate } from '../../shared/time/local-date';

export type Handlers = {
  [K in ChannelName]: (input: ChannelParsedInput<K>) => ChannelOutput<K> | Promise<ChannelOutput<K>>;
};

/** The three handlers of a collection, typed by their exact channel names so the map below is checked whole. */
function collectionHandlers<P extends string, T>(prefix: P, service: CollectionService<T>) {
  return {
    [`${prefix}.list`]: () => service.list(),
    [`${prefix}.save`]: (input: unknown) => service.save(input),
    [`${prefix}.remove`]: ({ id }: { id: number }) => service.remove(id),
  } as { [K in `${P}.list`]: () => T[] } & { [K in `${P}.save`]: (input: unknown) => T } & {
    [K in `${P}.remove`]: (input: { id: number }) => void;
  };
}

export type SaveFormat = 'pdf' | 'docx' | 'db' | 'json';

/** What only the shell can do: Electron shows the native save dialog, the web shell and tests pick a path. */
export interface Platform {
  /** A path to save to, or null when the user cancels. */
  chooseSavePath(defaultName: string, format: SaveFormat): Promise<string | null>;
  /** Opens a file in the system's default program (the PDF viewer prints at 100% scale); absent in tests. */
  openFile?(file: string): Promise<void>;
  /**
   * Prints a page of laid-out documents from a hidden window through the system's print dialog with these options
   * (no margins, scale 100, the paper's size); absent where there is no such window (the web shell, tests).
   */
  printHtml?(html: string, options: InAppPrintOptions): Promise<{ printed: boolean; reason: string | null }>;
}

/** Today's date on the regency's clock (WIB, WITA or WIT), for dated file names. */
const today = (services: Services) => localDate(new Date(), services.profile.getRegency()?.tataNaskah.timeZone);

export function createHandlers(services: Services, platform: Platform): Handlers {
  const s = services;
  const handlers: Handlers = {
    'profile.getRegency': () => s.profile.getRegency(),
    'profile.saveRegency': (input: unknown) => s.profile.saveRegency(input),
    'profile.getProgramme': () => s.profile.getProgramme(),
    'profile.saveProgramme': (input: unknown) => s.profile.saveProgramme(input),
    'profile.getNumbering': () => s.profile.getNumbering(),
    'profile.saveNumbering': (input: unknown) => s.profile.saveNumbering(input),
    'profile.saveAll': (input: unknown) => s.profile.saveAll(input),
    ...collectionHandlers('units', s.units),
    ...collectionHandlers('people', s.people),
    ...collectionHandlers('positions', s.positions),
    ...collectionHandlers('teams', s.teams),
    ...collectionHandlers('teamMembers', s.teamMembers),
    'bimtek.stages.list': () => s.bimtek.stages.list(),
    'bimtek.stages.save': (input: unknown) => s.bimtek.stages.save(input),
    'bimtek.stages.remove': ({ number }: { number: number }) => s.bimtek.stages.remove(number),
    ...collectionHandlers('bimtek.days', s.bimtek.days),
    ...collectionHandlers('bimtek.facilitators', s.bimtek.facilitators),
    'bimtek.participants.list': () => s.bimtek.participants.list(),
    'bimtek.participants.save': (input: unknown) => s.bimtek.participants.save(input),
    'bimtek.participants.remove': ({ id }: { id: number }) => s.bimtek.participants.remove(id),
    'closure.get': () => s.closure.get(),
    'closure.save': (input: unknown) => s.closure.save(input),
    'paperwork.stage.get': ({ stageNumber }: { stageNumber: number }) => s.paperwork.getStage({ stageNumber }),
    'paperwork.stage.save': (input: unknown) => s.paperwork.saveStage(input),
    'paperwork.decree.get': () => s.paperwork.getDecree(),
    'paperwork.decree.save': (input: unknown) => s.paperwork.saveDecree(input),
    'textTemplates.list': () => s.textTemplates.list(),
    'textTemplates.save': (input: unknown) => s.textTemplates.save(input),
    'textTemplates.reset': (input: unknown) => s.textTemplates.reset(input),
    'textTemplates.values': (input: unknown) => s.documents.templateValues(input),
    'masterplan.plan.get': () => s.masterplan.plan.get(),
    'masterplan.plan.save': (input: unknown) => s.masterplan.plan.save(input),
    ...collectionHandlers('masterplan.volumes', s.masterplan.volumes),
    ...collectionHandlers('masterplan.chapters', s.masterplan.chapters),
    ...collectionHandlers('masterplan.sections', s.masterplan.sections),
    'masterplan.sections.reorder': (input: unknown) => s.masterplan.sectionOrder.reorder(input),
    ...collectionHandlers('masterplan.dimensions', s.masterplan.dimensions),
    ...collectionHandlers('masterplan.elements', s.masterplan.elements),
    ...collectionHandlers('masterplan.readiness', s.masterplan.readiness),
    ...collectionHandlers('masterplan.swot', s.masterplan.swot),
    ...collectionHandlers('masterplan.programmes', s.masterplan.programmes),
    ...collectionHandlers('masterplan.statistics', s.masterplan.statistics),
    ...collectionHandlers('masterplan.regulations', s.masterplan.regulations),
    ...collectionHandlers('masterplan.applications', s.masterplan.applications),
    ...collectionHandlers('masterplan.readinessScores', s.masterplan.readinessScores),
    ...collectionHandlers('masterplan.elementGaps', s.masterplan.elementGaps),
    ...collectionHandlers('masterplan.goals', s.masterplan.goals),
    ...collectionHandlers('masterplan.strategies', s.masterplan.strategies),
    ...collectionHandlers('masterplan.monitoring', s.masterplan.monitoring),
    ...collectionHandlers('masterplan.quickWins', s.masterplan.quickWins),
    'status.summary': () => s.status.summary(),
    'people.importPreview': (input: unknown) => s.peopleImport.preview(input),
    'people.importCommit': (input: unknown) => s.peopleImport.commit(input),
    'backup.create': async () => {
      const file = await platform.chooseSavePath(`cadangan-smart-city-desk-${today(s)}.db`, 'db');
      return file === null ? null : s.backup.createAt(file);
    },
    'backup.overview': () => s.backup.overview(),
    'backup.automatic': () => s.backup.automatic(),
    'backup.list': () => s.backup.list(),
    'backup.readAutomatic': (input: unknown) => s.backup.readAutomatic(input),
    'backup.inspect': (input: unknown) => s.backup.inspect(input),
    'backup.restore': (input: unknown) => s.backup.restore(input),
    'bundle.save': async () => {
      const file = await platform.chooseSavePath(`bundel-smart-city-desk-${today(s)}.json`, 'json');
      if (file === null) return null;
      writeFileAtomic(file, serializeBundle(s.bundle.export()));
      return { file };
    },
    'templates.list': () => s.templates.list(),
    'templates.saveCurrent': (input: unknown) => s.templates.saveCurrent(input),
    'templates.remove': ({ id }: { id: number }) => s.templates.remove(id),
    'templates.apply': (input: unknown) => s.templates.apply(input),
    'stagePhotos.list': (input: unknown) => s.stagePhotos.list(input),
    'stagePhotos.add': (input: unknown) => s.stagePhotos.add(input),
    'stagePhotos.setCaption': (input: unknown) => s.stagePhotos.setCaption(input),
    'stagePhotos.move': (input: unknown) => s.stagePhotos.move(input),
    'stagePhotos.remove': ({ id }: { id: number }) => s.stagePhotos.remove(id),
    'wordTemplates.list': () => s.wordTemplates.list(),
    'wordTemplates.add': (input: unknown) => s.wordTemplates.add(input),
    'wordTemplates.remove': ({ id }: { id: number }) => s.wordTemplates.remove(id),
    'wordTemplates.fill': async (input: unknown) => {
      // Filled before the dialog opens, so that a template that cannot be filled says so without asking for a path.
      const filled = s.wordTemplates.fill(input);
      const file = await platform.chooseSavePath(filled.fileName, 'docx');
      if (file === null) return null;
      writeFileAtomic(file, filled.bytes);
      return { file };
    },
    'documents.kinds': () => s.documents.kinds(),
    'documents.preview': (request: RenderRequest) => s.documents.preview(request),
    'documents.save': async (request: RenderRequest) => {
      const file = await platform.chooseSavePath(s.documents.suggestedFileName(request), request.format);
      return file === null ? null : s.documents.save(request, file);
    },
    'documents.print': async (request: RenderRequest) => {
      // Printing never takes the preview's unsaved template wording.
      const rendered = await s.documents.preview({ ...request, format: 'pdf', texts: undefined });
      // A fresh name per print: a viewer still showing the previous one keeps it locked (cleared at the next start).
      const file = freshPrintPath(privateTempDir('cetak'), rendered.fileName);
      writeFileAtomic(file, rendered.bytes);
      const paper = paperOfPdf(rendered.bytes) ?? 'sesuai dokumen';
      if (!platform.openFile) return { file, opened: false, paper };
      await platform.openFile(file);
      return { file, opened: true, paper };
    },
    'documents.printInApp': async (request: RenderRequest) => {
      // The very layout the PDF is written from, drawn at true size in a hidden window (print-html.ts).
      // Like Cetak: never the preview's unsaved template wording.
      const model = s.documents.model({ ...request, format: 'pdf', texts: undefined });
      const layout = layoutForPdf(model);
      const paper = paperOfSize(layout.width, layout.height);
      if (!platform.printHtml) return { available: false, printed: false, reason: null, paper };
      const html = printHtml(layout, { title: model.meta.title, fontFaces: fontFaces(model.font.family) });
      const outcome = await platform.printHtml(html, inAppPrintOptions(layout));
      return { available: true, ...outcome, paper };
    },
    'register.numbers': () => s.register.numbers(),
    'register.renders': () => s.register.renders(),
    'register.cancelNumber': ({ id }: { id: number }) => s.register.cancelNumber(id),
    'bundle.export': () => s.bundle.export(),
    'bundle.import': ({ bundle, replace }: { bundle: unknown; replace: boolean }) => s.bundle.import(bundle, { replace }),
    'db.check': () => s.check(),
  };
  return handlers;
}

export function errorEnvelope(raw: unknown): Envelope<never> {
  // A storage fault (locked, read-only, disk full, damaged) that no service put in words gets its message here.
  const error = translateSqliteError(raw);
  if (error instanceof ValidationError) {
    return { ok: false, error: { kind: 'validation', message: error.message, problems: error.problems } };
  }
  if (isUserError(error)) return { ok: false, error: { kind: 'user', message: error.message } };
  console.error(error);
  const detail = error instanceof Error ? error.message : String(error);
  return { ok: false, error: { kind: 'unexpected', message: `Terjadi kesalahan tak terduga: ${detail}` } };
}

export function isChannelName(name: string): name is ChannelName {
  return Object.prototype.hasOwnProperty.call(channels, name);
}

/** Validates the raw input of a call against its channel's schema, runs the handler, and wraps the outcome. */
export async function invokeChannel(handlers: Handlers, name: string, raw: unknown): Promise<Envelope<unknown>> {
  if (!isChannelName(name)) {
    return { ok: false, error: { kind: 'unexpected', message: `Saluran tidak dikenal: ${name}` } };
  }
  const parsed = channels[name].input.safeParse(raw);
  if (!parsed.success) return errorEnvelope(new ValidationError(problemsFromZod(parsed.error)));
  try {
    const handler = handlers[name] as (input: unknown) => unknown;
    return { ok: true, value: await handler(parsed.data) };
  } catch (error) {
    return errorEnvelope(error);
  }
}
