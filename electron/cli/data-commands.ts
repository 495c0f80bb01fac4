// CLI commands over the programme data: demo, import, export-bundle, check.
import { Command } from 'commander';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { UserError } from '../../shared/errors';
import { demoBundle } from '../demo/simalungun-2021';
import { writeFileAtomic } from '../files/atomic-write';
import { serializeBundle } from '../services/bundle-service';
import { type Io, withServices } from './run-command';

const DB_HELP = 'berkas basis data (bawaan: folder data aplikasi)';

export function readBundleFile(file: string): unknown {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new UserError(
      code === 'ENOENT' ? `Berkas bundel ${file} tidak ditemukan.` : `Berkas bundel ${file} tidak dapat dibaca (${code}).`,
    );
  }
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    throw new UserError(`Berkas ${file} bukan JSON yang valid: ${(error as Error).message}. Basis data tidak diubah.`);
  }
}

export function dataCommands(io: Io): Command[] {
  const demo = new Command('demo')
    .description('isi basis data dengan program contoh Kabupaten Simalungun 2021 (data demo)')
    .option('--db <file>', DB_HELP)
    .option('--replace', 'ganti seluruh isi basis data yang sudah ada')
    .action(async (opts: { db?: string; replace?: boolean }) => {
      await withServices(opts.db, (services, file) => {
        const summary = services.bundle.import(demoBundle(), { replace: opts.replace ?? false });
        io.out(
          `Data demo Kabupaten Simalungun 2021 dimuat ke ${file}: ${summary.units} unit, ${summary.people} orang, ${summary.positions} jabatan, ${summary.signatories} penandatangan, ${summary.programmes} program.`,
        );
      });
    });

  const importCmd = new Command('import')
    .description('impor bundel JSON ke basis data kosong (atau ganti isinya dengan --replace)')
    .argument('<bundle>', 'berkas bundel .json')
    .option('--db <file>', DB_HELP)
    .option('--replace', 'ganti seluruh isi basis data yang sudah ada')
    .action(async (bundleFile: string, opts: { db?: string; replace?: boolean }) => {
      const input = readBundleFile(resolve(bundleFile));
      await withServices(opts.db, (services, file) => {
        const summary = services.bundle.import(input, { replace: opts.replace ?? false });
        io.out(
          `Bundel diimpor ke ${file}: ${summary.people} orang, ${summary.positions} jabatan, ${summary.signatories} penandatangan.`,
        );
      });
    });

  const exportCmd = new Command('export-bundle')
    .description('ekspor seluruh program ke bundel JSON')
    .option('--db <file>', DB_HELP)
    .requiredOption('--out <file>', 'berkas bundel .json yang ditulis')
    .action(async (opts: { db?: string; out: string }) => {
      await withServices(opts.db, (services) => {
        const out = resolve(opts.out);
        writeFileAtomic(out, serializeBundle(services.bundle.export()));
        io.out(`Bundel ditulis ke ${out}.`);
      });
    });

  const check = new Command('check')
    .description('periksa integritas, kunci asing dan versi skema basis data')
    .option('--db <file>', DB_HELP)
    .action(async (opts: { db?: string }) => {
      await withServices(opts.db, (services, file) => {
        const report = services.check();
        io.out(`Basis data: ${file}`);
        io.out(`Integritas: ${report.integrity.join('; ')}`);
        io.out(
          `Kunci asing: ${report.foreignKeyViolations.length === 0 ? 'ok' : `${report.foreignKeyViolations.length} pelanggaran`}`,
        );
        for (const v of report.foreignKeyViolations) io.out(`  ${v.table} baris ${v.rowid} → ${v.parent}`);
        io.out(`Versi skema: ${report.schemaVersion} (terbaru ${report.latestVersion})`);
        if (!report.ok) throw new UserError('Pemeriksaan menemukan masalah pada basis data.');
      });
    });

  return [demo, importCmd, exportCmd, check];
}
