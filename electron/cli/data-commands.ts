// CLI commands over the programme data: demo, import, export-bundle, check.
import { Command } from 'commander';
import { resolve } from 'node:path';
import { UserError } from '../../shared/errors';
import { checkDatabase } from '../db/connection';
import { demoBundle } from '../demo/simalungun-2021';
import { assertReplaceable, writeFileAtomic } from '../files/atomic-write';
import { readBundleFile } from '../services/bundle-file';
import { serializeBundle } from '../services/bundle-service';
import { type Io, withDatabase, withServices } from './run-command';

const DB_HELP = 'berkas basis data (bawaan: folder data aplikasi)';

export function dataCommands(io: Io): Command[] {
  const demo = new Command('demo')
    .description('isi basis data dengan program contoh Kabupaten Simalungun 2021 (data demo)')
    .option('--db <file>', DB_HELP)
    .option('--replace', 'ganti seluruh isi basis data yang sudah ada')
    .action(async (opts: { db?: string; replace?: boolean }) => {
      await withServices(
        opts.db,
        (services, file) => {
          const summary = services.bundle.import(demoBundle(), { replace: opts.replace ?? false });
          io.out(
            `Data demo Kabupaten Simalungun 2021 dimuat ke ${file}: ${summary.units} unit, ${summary.people} orang, ${summary.positions} jabatan, ${summary.signatories} penandatangan, ${summary.programmes} program.`,
          );
        },
        { mode: 'create' },
      );
    });

  const importCmd = new Command('import')
    .description('impor bundel JSON ke basis data kosong (atau ganti isinya dengan --replace)')
    .argument('<bundle>', 'berkas bundel .json')
    .option('--db <file>', DB_HELP)
    .option('--replace', 'ganti seluruh isi basis data yang sudah ada')
    .action(async (bundleFile: string, opts: { db?: string; replace?: boolean }) => {
      const input = readBundleFile(resolve(bundleFile));
      await withServices(
        opts.db,
        (services, file) => {
          const summary = services.bundle.import(input, { replace: opts.replace ?? false });
          io.out(
            `Bundel diimpor ke ${file}: ${summary.people} orang, ${summary.positions} jabatan, ${summary.signatories} penandatangan.`,
          );
        },
        { mode: 'create' },
      );
    });

  const exportCmd = new Command('export-bundle')
    .description('ekspor seluruh program ke bundel JSON')
    .option('--db <file>', DB_HELP)
    .requiredOption('--out <file>', 'berkas bundel .json yang ditulis')
    .action(async (opts: { db?: string; out: string }) => {
      const out = resolve(opts.out);
      // Refused before the database is read: a read-only target is never replaced.
      assertReplaceable(out);
      await withServices(opts.db, (services) => {
        writeFileAtomic(out, serializeBundle(services.bundle.export()));
        io.out(`Bundel ditulis ke ${out}.`);
      });
    });

  const check = new Command('check')
    .description('periksa integritas, kunci asing dan versi skema basis data (hanya membaca)')
    .option('--db <file>', DB_HELP)
    .action(async (opts: { db?: string }) => {
      await withDatabase(
        opts.db,
        (opened, file) => {
          const report = checkDatabase(opened.db);
          io.out(`Basis data: ${file}`);
          io.out(`Integritas: ${report.integrity.join('; ')}`);
          io.out(
            `Kunci asing: ${report.foreignKeyViolations.length === 0 ? 'ok' : `${report.foreignKeyViolations.length} pelanggaran`}`,
          );
          for (const v of report.foreignKeyViolations.slice(0, 20)) io.out(`  ${v.table} baris ${v.rowid} → ${v.parent}`);
          if (report.foreignKeyViolations.length > 20)
            io.out(`  dan ${report.foreignKeyViolations.length - 20} pelanggaran lain`);
          const older = report.schemaVersion > 0 && report.schemaVersion < report.latestVersion;
          io.out(
            `Versi skema: ${report.schemaVersion} (terbaru ${report.latestVersion})${older ? '; dimutakhirkan saat basis data dibuka untuk diubah' : ''}`,
          );
          if (!report.ok) {
            throw new UserError(
              'Pemeriksaan menemukan masalah pada basis data. Berkas tidak diubah; pulihkan dari cadangan (Pengaturan → Cadangan, atau berkas .bak di samping basis data).',
            );
          }
        },
        { mode: 'read' },
      );
    });

  return [demo, importCmd, exportCmd, check];
}
