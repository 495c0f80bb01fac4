// `npm run bench`: how fast the documents are made, in one process. For each document: the first (cold) run, which
// parses the fonts, and the median of 25 warm runs, in milliseconds, plus the size. Targets on the reference
// machine: commitment sheet PDF ≤ 25 ms and < 45 KB, masterplan draft PDF ≤ 60 ms. Then the scale rows (bench/scale.ts):
// a 150-page draft, a 20,000-person programme imported and searched, 150 signatories and an attendance list of 300.
// `npm run bench -- --draft` measures the 150-page draft alone.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openDatabase } from '../electron/db/connection';
import { demoBundle } from '../electron/demo/simalungun-2021';
import { contextLoader } from '../electron/documents/context-loader';
import { renderDocxFromLayout } from '../electron/documents/docx-from-layout';
import { layoutForPdf, renderPdf } from '../electron/documents/pdf/render-pdf';
import { createServices } from '../electron/services/services';
import type { DocumentModel } from '../shared/document/model';
import { buildKeputusan } from '../shared/documents/keputusan';
import { buildKomitmen } from '../shared/documents/komitmen';
import { buildLaporanBimtek } from '../shared/documents/laporan-bimtek';
import { buildUndangan } from '../shared/documents/undangan';
import { buildMasterplanFull } from '../shared/documents/masterplan-books/books';
import { masterplanBookRows } from './masterplan-books';
import { draftRow, scaleRows } from './scale';

const WARM_RUNS = 25;

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

async function measure(label: string, run: () => Promise<Uint8Array>, extra = ''): Promise<void> {
  let start = performance.now();
  const first = await run();
  const cold = performance.now() - start;
  const warm: number[] = [];
  for (let i = 0; i < WARM_RUNS; i++) {
    start = performance.now();
    await run();
    warm.push(performance.now() - start);
  }
  const line = `${label.padEnd(40)} cold ${cold.toFixed(1).padStart(7)} ms   median ${median(warm).toFixed(1).padStart(6)} ms   ${(first.length / 1024).toFixed(1).padStart(7)} KB${extra}`;
  console.log(line);
}

/** Fills every empty section with plain paragraphs so that the draft reaches about 40 pages, like a real one. */
function withText(body: string, index: number, paragraphs = 2): string {
  if (body.trim()) return body;
  const sentence = `Bagian ini menguraikan kondisi, sasaran dan langkah pelaksanaan smart city daerah secara rinci (uraian ${index}). `;
  return Array.from({ length: paragraphs }, () => sentence.repeat(6)).join('\n\n');
}

async function main(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'scd-bench-'));
  try {
    const opened = await openDatabase(join(dir, 'bench.db'));
    const services = createServices(opened.db, { now: () => '2021-11-19T08:00:00.000Z' });
    services.bundle.import(demoBundle());
    const contexts = contextLoader(services.repos, () => '2021-11-19T08:00:00.000Z');

    const komitmenData = contexts.komitmen(undefined, null, 'table');
    const sixty = { ...komitmenData, signatories: komitmenData.signatories.slice(0, 60) };
    if (sixty.signatories.length !== 60) throw new Error(`demo data has ${sixty.signatories.length} signatories, 60 needed`);
    const komitmen: DocumentModel = buildKomitmen(sixty);

    const masterplanData = contexts.masterplan(undefined);
    let n = 0;
    const filled = {
      ...masterplanData,
      volumes: masterplanData.volumes.map((v) => ({
        ...v,
        chapters: v.chapters.map((c) => ({ ...c, sections: c.sections.map((s) => ({ ...s, body: withText(s.body, n++) })) })),
      })),
    };
    // What the `masterplan` kind renders: the four books in one file with the lampiran.
    const masterplan: DocumentModel = buildMasterplanFull(filled);
    // The same draft with more text in every section, to at least 150 pages.
    let long: DocumentModel = masterplan;
    for (let paragraphs = 4; layoutForPdf(long).pages.length < 150 && paragraphs < 64; paragraphs += 2) {
      let m = 0;
      long = buildMasterplanFull({
        ...masterplanData,
        volumes: masterplanData.volumes.map((v) => ({
          ...v,
          chapters: v.chapters.map((c) => ({
            ...c,
            sections: c.sections.map((s) => ({ ...s, body: withText(s.body, m++, paragraphs) })),
          })),
        })),
      });
    }
    const masterplanPages = layoutForPdf(masterplan).pages.length;
    const komitmenPages = layoutForPdf(komitmen).pages.length;
    // The Bimtek paperwork: the invitation with its lampiran of every OPD head and camat, the decree, the report.
    const paperwork: [string, DocumentModel][] = [
      ['Undangan Bimtek tahap IV', buildUndangan(contexts.undangan(undefined, '500.12/1/107.1/2021', 4))],
      ['Keputusan Dewan dan Tim', buildKeputusan(contexts.keputusan(undefined, '500.12/2/107.1/2021'))],
      ['Laporan Bimtek tahap IV', buildLaporanBimtek(contexts.laporan(undefined, null, 4))],
    ];
    opened.db.close();

    // `npm run bench -- --draft`: only the 150-page draft, for measuring a change to the layout or the PDF writer.
    if (process.argv.includes('--draft')) {
      await draftRow('Draf masterplan panjang, PDF (median)', long);
      return;
    }
    console.log(`Node ${process.version}; ${WARM_RUNS} warm runs each, one process.\n`);
    await measure('Lembar komitmen, 60 penandatangan, PDF', () => renderPdf(komitmen), `   ${komitmenPages} pages`);
    await measure('Lembar komitmen, 60 penandatangan, DOCX', () => renderDocxFromLayout(komitmen));
    await measure('Draf masterplan lengkap, PDF', () => renderPdf(masterplan), `   ${masterplanPages} pages`);
    await measure('Draf masterplan lengkap, DOCX', () => renderDocxFromLayout(masterplan));
    await masterplanBookRows(filled, measure);
    for (const [label, model] of paperwork) {
      await measure(`${label}, PDF`, () => renderPdf(model), `   ${layoutForPdf(model).pages.length} pages`);
      await measure(`${label}, DOCX`, () => renderDocxFromLayout(model));
    }
    await draftRow('Draf masterplan panjang, PDF (median)', long);
    await scaleRows();
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

await main();
