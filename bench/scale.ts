// Scale rows of `npm run bench`: a programme of a large regency (20,000 people with positions and 20,000 Bimtek
// participants) imported from a bundle, the people search over it, a 150-signatory commitment sheet, an attendance
// list of 300 and a 150-page masterplan draft. Each row gives time and the process's peak memory (max RSS) so far.
// Targets on the reference machine: import ≤ 10 s, search ≤ 5 ms, 150-page draft ≤ 150 ms warm.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openDatabase } from '../electron/db/connection';
import { contextLoader } from '../electron/documents/context-loader';
import { layoutForPdf, renderPdf } from '../electron/documents/pdf/render-pdf';
import { serializeBundle } from '../electron/services/bundle-service';
import { createServices } from '../electron/services/services';
import type { DocumentModel } from '../shared/document/model';
import { buildDaftarHadir } from '../shared/documents/daftar-hadir';
import { komitmenModel } from '../tests/helpers/sample-models';
import { formatJabatan } from '../shared/format/jabatan';
import { buildPeopleIndex, searchPeople } from '../shared/search/people-index';
import { scaledBundle } from './scale-data';

const NOW = '2021-11-19T08:00:00.000Z';

const peakMb = () => (process.resourceUsage().maxRSS / 1024).toFixed(0);

function row(label: string, ms: number, extra = ''): void {
  console.log(`${label.padEnd(52)} ${ms.toFixed(1).padStart(8)} ms   peak RSS ${peakMb().padStart(5)} MB${extra}`);
}

async function timed<T>(run: () => Promise<T> | T): Promise<{ value: T; ms: number }> {
  const start = performance.now();
  const value = await run();
  return { value, ms: performance.now() - start };
}

async function warmMedian(run: () => Promise<unknown>, runs = 9): Promise<number> {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) times.push((await timed(run)).ms);
  return times.sort((a, b) => a - b)[Math.floor(runs / 2)]!;
}

export async function scaleRows(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'scd-bench-scale-'));
  try {
    console.log('\nSkala daerah besar:');
    // The bundle allows at most 20,000 of each; the factory's own few records come on top.
    const bundle = scaledBundle(19_990, 19_990);
    const json = serializeBundle(bundle as Parameters<typeof serializeBundle>[0]);
    const opened = await openDatabase(join(dir, 'besar.db'));
    const services = createServices(opened.db, { now: () => NOW });
    const imported = await timed(() => services.bundle.import(JSON.parse(json)));
    row(
      'Impor bundel 20.000 orang + 20.000 peserta',
      imported.ms,
      `   bundel ${(Buffer.byteLength(json) / 1024 / 1024).toFixed(1)} MB JSON`,
    );

    const listed = await timed(() => ({ people: services.people.list(), positions: services.positions.list() }));
    row('Daftar orang dan jabatan dari basis data (20.000)', listed.ms);
    const { people, positions } = listed.value;
    // The Pejabat screen's own search (shared/search/people-index.ts): the index once per load, then each keystroke.
    const built = await timed(() => buildPeopleIndex(people, positions, (p) => formatJabatan(p)));
    row('Indeks pencarian orang (sekali per muat, 20.000)', built.ms);
    const search = await warmMedian(async () => searchPeople(built.value, 'bidang 7'));
    row('Cari orang seperti layar Pejabat (20.000, median)', search, `   ${searchPeople(built.value, 'bidang 7').length} cocok`);
    opened.db.close();

    const komitmen: DocumentModel = komitmenModel({ signatories: 150 });
    const komitmenPages = layoutForPdf(komitmen).pages.length;
    row(
      'Lembar komitmen, 150 penandatangan, PDF (median)',
      await warmMedian(() => renderPdf(komitmen)),
      `   ${komitmenPages} hlm`,
    );

    const small = await openDatabase(join(dir, 'hadir.db'));
    const smallServices = createServices(small.db, { now: () => NOW });
    smallServices.bundle.import(scaledBundle(300, 300));
    const hadir = buildDaftarHadir(contextLoader(smallServices.repos, () => NOW).daftarHadir(undefined, null, 1, 1));
    small.db.close();
    const hadirPages = layoutForPdf(hadir).pages.length;
    row('Daftar hadir, 300 peserta, PDF (median)', await warmMedian(() => renderPdf(hadir)), `   ${hadirPages} hlm`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * The 150-page draft: built by documents.ts from the demo masterplan with more text in every section. Besides the
 * wall time, the median CPU time of the process (all its threads, so the garbage collector's helpers too): on a
 * machine busy with other work the wall time grows, the CPU time far less.
 */
export async function draftRow(label: string, model: DocumentModel, runs = 25): Promise<void> {
  const pages = layoutForPdf(model).pages.length;
  const wall: number[] = [];
  const cpu: number[] = [];
  for (let i = 0; i < runs; i++) {
    const before = process.cpuUsage();
    wall.push((await timed(() => renderPdf(model))).ms);
    const used = process.cpuUsage(before);
    cpu.push((used.user + used.system) / 1000);
  }
  const median = (values: number[]) => values.sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
  row(label, median(wall), `   ${pages} hlm, CPU ${median(cpu).toFixed(1)} ms`);
}
