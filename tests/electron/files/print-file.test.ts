// Printing: a fresh file per print (a viewer keeps the last one locked), the folder cleared at start, the PDF's
// viewer preferences set to print at true size with the tray chosen by page size, and the paper named.
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { PDFDocument, PDFName, PrintScaling } from 'pdf-lib';
import { afterEach, describe, expect, it } from 'vitest';
import { demoBundle } from '../../../electron/demo/simalungun-2021';
import { clearPrintFolder, freshPrintPath, paperOfPdf } from '../../../electron/files/print-file';
import { createHandlers, invokeChannel } from '../../../electron/ipc/handlers';
import { openTempDatabase, type TempDatabase, tempDir } from '../../helpers/temp-db';

let db: TempDatabase | undefined;
const cleanups: (() => void)[] = [];
afterEach(() => {
  db?.close();
  db = undefined;
  for (const c of cleanups.splice(0)) c();
});

async function printer() {
  db = await openTempDatabase();
  db.services.bundle.import(demoBundle());
  const opened: string[] = [];
  const handlers = createHandlers(db.services, {
    chooseSavePath: async () => null,
    openFile: async (file) => {
      opened.push(file);
    },
  });
  const print = async (input: object) => {
    const answer = (await invokeChannel(handlers, 'documents.print', { format: 'pdf', ...input })) as {
      ok: boolean;
      value: { file: string; opened: boolean; paper: string };
    };
    expect(answer.ok).toBe(true);
    return answer.value;
  };
  return { print, opened };
}

describe('print files', () => {
  it('get a fresh name each time, keeping the document name, so a file still open in a viewer is never reused', async () => {
    const { print, opened } = await printer();
    const first = await print({ kind: 'komitmen' });
    const second = await print({ kind: 'komitmen' });
    expect(second.file).not.toBe(first.file);
    expect(dirname(second.file)).toBe(dirname(first.file));
    expect(existsSync(first.file) && existsSync(second.file)).toBe(true);
    expect(opened).toEqual([first.file, second.file]);
    expect(basename(first.file)).toMatch(/^.+ \(cetak \d{8}-\d{6}-[0-9a-f]{6}\)\.pdf$/);
  });

  it('are named from the document name, the time and a random part', () => {
    const at = new Date(2027, 0, 1, 6, 30, 5);
    expect(freshPrintPath('/t', 'Lembar-Komitmen-2021.pdf', at, () => 'abc123')).toBe(
      join('/t', 'Lembar-Komitmen-2021 (cetak 20270101-063005-abc123).pdf'),
    );
    expect(freshPrintPath('/t', 'x.pdf', at)).not.toBe(freshPrintPath('/t', 'x.pdf', at));
  });

  it('are cleared from the print folder at start', () => {
    const { dir, cleanup } = tempDir();
    cleanups.push(cleanup);
    const folder = join(dir, 'cetak');
    mkdirSync(folder);
    writeFileSync(join(folder, 'a (cetak 1).pdf'), '%PDF-');
    writeFileSync(join(folder, 'b (cetak 2).pdf'), '%PDF-');
    expect(clearPrintFolder(folder)).toEqual({ removed: 2, kept: 0 });
    expect(readdirSync(folder)).toEqual([]);
    expect(clearPrintFolder(join(dir, 'tidak-ada'))).toEqual({ removed: 0, kept: 0 });
  });
});

describe('the printed PDF', () => {
  it('asks viewers to print at true size (PrintScaling None) and to pick the tray by page size', async () => {
    const { print } = await printer();
    const printed = await print({ kind: 'komitmen' });
    const pdf = await PDFDocument.load(readFileSync(printed.file), { updateMetadata: false });
    const prefs = pdf.catalog.getViewerPreferences();
    expect(prefs).toBeDefined();
    expect(prefs!.getPrintScaling()).toBe(PrintScaling.None);
    expect(prefs!.getPickTrayByPDFSize()).toBe(true);
    // As written in the catalog, for viewers that read the raw keys.
    expect(String(prefs!.dict.get(PDFName.of('PrintScaling')))).toBe('/None');
    expect(String(prefs!.dict.get(PDFName.of('PickTrayByPDFSize')))).toBe('true');
  });

  it('names the paper to choose in the print dialog', async () => {
    const { print } = await printer();
    expect((await print({ kind: 'komitmen', paper: 'F4-215' })).paper).toBe('F4 215 × 330 mm');
    expect((await print({ kind: 'komitmen', paper: 'F4-210' })).paper).toBe('F4 210 × 330 mm');
    expect((await print({ kind: 'komitmen', paper: 'A4' })).paper).toBe('A4 210 × 297 mm');
    expect(paperOfPdf(new TextEncoder().encode('no pdf'))).toBeNull();
  });
});
