// No output test skips quietly: a missing LibreOffice, poppler or Chromium skips with a warning on a developer's
// machine and fails the run under CI=true, saying what to install (tests/helpers/readers.ts).
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { INSTALL, missingReaderMessage } from './readers';

/** Runs readersAvailable in a child whose PATH holds no reader at all. */
function probe(ci: string | undefined): { status: number | null; out: string } {
  const script = `import { readersAvailable } from './tests/helpers/readers.ts';
console.log('available=' + readersAvailable('soffice', 'pdftotext', 'chromium'));`;
  const env: NodeJS.ProcessEnv = { PATH: '/nonexistent', CHROMIUM_PATH: '/nonexistent/chromium', HOME: process.env.HOME };
  if (ci !== undefined) env.CI = ci;
  const r = spawnSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], {
    env,
    encoding: 'utf8',
    timeout: 60_000,
  });
  return { status: r.status, out: `${r.stdout}${r.stderr}` };
}

describe('readers of the output tests', () => {
  it('fail under CI=true with what to install, and skip with a warning elsewhere', () => {
    const ci = probe('true');
    expect(ci.status).not.toBe(0);
    expect(ci.out).toContain('apt-get install libreoffice-writer');
    expect(ci.out).toContain('apt-get install poppler-utils');
    expect(ci.out).toContain('CHROMIUM_PATH');
    const local = probe(undefined);
    expect(local.status).toBe(0);
    expect(local.out).toContain('available=false');
    expect(local.out).toMatch(/Skipping these tests \(under CI=true they fail instead\)/);
  });

  it('names one install line per package', () => {
    expect(missingReaderMessage(['pdftotext', 'pdfinfo'])).toBe(
      `Output tests need pdftotext, pdfinfo, which is not installed here. Install ${INSTALL.pdftotext}.`,
    );
  });
});
