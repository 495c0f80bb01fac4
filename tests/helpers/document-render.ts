// Renders document models the way the document service does (PDF through the layout, DOCX with the PDF's breaks),
// and converts DOCX files to PDF with LibreOffice in one run, for tests that read documents back.
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { DocumentModel } from '../../shared/document/model';
import { renderDocxFromLayout } from '../../electron/documents/docx-from-layout';
import { requireReader } from './readers';

export { renderPdf } from '../../electron/documents/pdf/render-pdf';
export const renderDocx = (model: DocumentModel): Promise<Uint8Array> => renderDocxFromLayout(model);

/** Writes each DOCX into `dir` and converts them all with one LibreOffice start; returns the PDF path per name. */
export function docxToPdf(dir: string, docs: ReadonlyMap<string, Uint8Array>): Map<string, string> {
  // A missing LibreOffice fails with what to install rather than a bare ENOENT.
  requireReader('soffice');
  const files = [...docs].map(([name, bytes]) => {
    const file = join(dir, `${name}.docx`);
    writeFileSync(file, bytes);
    return file;
  });
  execFileSync(
    'soffice',
    [
      `-env:UserInstallation=file://${join(dir, 'profile')}`,
      '--headless',
      '--convert-to',
      'pdf',
      '--outdir',
      join(dir, 'lo'),
      ...files,
    ],
    { stdio: 'ignore', timeout: 170_000 },
  );
  return new Map([...docs.keys()].map((name) => [name, join(dir, 'lo', `${name}.pdf`)]));
}
