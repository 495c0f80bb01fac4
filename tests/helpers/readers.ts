// The outside programs the output tests read documents back with: LibreOffice (the DOCX as a word processor lays
// it out), poppler (pdftotext, pdfinfo, pdffonts, pdftoppm) and Chromium (the renderer). On a developer's machine a
// missing one skips the tests that need it, with a warning; under CI (CI=true) it fails the run and says what to
// install, so that no output test goes quietly unrun.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';

export type Reader = 'soffice' | 'pdftotext' | 'pdfinfo' | 'pdffonts' | 'pdftoppm' | 'chromium';

/** What to install for each reader (Debian/Ubuntu package names; the CI image is Debian). */
export const INSTALL: Record<Reader, string> = {
  soffice: 'LibreOffice Writer: apt-get install libreoffice-writer-nogui, so that `soffice` is on PATH',
  pdftotext: 'poppler: apt-get install poppler-utils',
  pdfinfo: 'poppler: apt-get install poppler-utils',
  pdffonts: 'poppler: apt-get install poppler-utils',
  pdftoppm: 'poppler: apt-get install poppler-utils',
  chromium: 'Chromium: apt-get install chromium, or set CHROMIUM_PATH to a Chromium or Chrome binary',
};

/** Where the renderer tests find Chromium. */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

const found = new Map<Reader, boolean>();

function probe(reader: Reader): boolean {
  if (reader === 'chromium') return existsSync(CHROMIUM_PATH);
  try {
    // poppler's tools print their version with -v; LibreOffice with --version.
    execFileSync(reader, [reader === 'soffice' ? '--version' : '-v'], { stdio: 'ignore', timeout: 30_000 });
    return true;
  } catch (error) {
    // A tool that runs but exits non-zero on -v is there all the same; only a missing program is missing.
    return (error as NodeJS.ErrnoException).code !== 'ENOENT' && (error as { status?: number }).status !== undefined;
  }
}

export function hasReader(reader: Reader): boolean {
  let has = found.get(reader);
  if (has === undefined) found.set(reader, (has = probe(reader)));
  return has;
}

export function missingReaderMessage(readers: readonly Reader[]): string {
  return `Output tests need ${readers.join(', ')}, which is not installed here. Install ${[...new Set(readers.map((r) => INSTALL[r]))].join('; ')}.`;
}

export const inCi = (): boolean => /^(1|true|yes)$/i.test(process.env.CI ?? '');

/**
 * For `describe.skipIf(!readersAvailable(...))`: true when every reader is there. When one is missing: under CI it
 * throws (the test file fails with what to install); elsewhere it warns and returns false, and the tests skip.
 */
export function readersAvailable(...readers: Reader[]): boolean {
  const missing = readers.filter((r) => !hasReader(r));
  if (missing.length === 0) return true;
  const message = missingReaderMessage(missing);
  if (inCi()) throw new Error(message);
  console.warn(`${message} Skipping these tests (under CI=true they fail instead).`);
  return false;
}

/** For tests that cannot run at all without the reader: throws with what to install, in CI and elsewhere. */
export function requireReader(...readers: Reader[]): void {
  const missing = readers.filter((r) => !hasReader(r));
  if (missing.length > 0) throw new Error(missingReaderMessage(missing));
}
