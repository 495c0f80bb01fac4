// `render`: produces a document from the programme database as PDF or DOCX, written atomically and entered in the
// register; `render --list` names the kinds (and, with --db, the masterplan chapters and their ids).
import { Command, Option } from 'commander';
import { resolve } from 'node:path';
import { PAPER_SIZES } from '../../shared/domain/regency';
import { isUserError, UserError } from '../../shared/errors';
import { checkBase64Image } from '../../shared/format/image-check';
import { DOCUMENT_KIND_INFO } from '../../shared/documents/document-kinds';
import { assertReplaceable } from '../files/atomic-write';
import type { Services } from '../services/services';
import { type Io, withServices } from './run-command';

interface RenderOptions {
  db?: string;
  format: 'pdf' | 'docx';
  out?: string;
  stage?: string;
  day?: string;
  chapter?: string;
  paper?: string;
  number?: string;
  list?: boolean;
}

function listKinds(io: Io): void {
  io.out('Jenis dokumen:');
  for (const info of DOCUMENT_KIND_INFO) {
    const stage = info.perDay ? ' (perlu --stage, boleh --day)' : ' (perlu --stage)';
    const needs = info.needs === 'stage' ? stage : info.needs === 'chapter' ? ' (perlu --chapter)' : '';
    io.out(`  ${info.kind.padEnd(16)} ${info.label}${needs}`);
  }
}

function whole(value: string | undefined, name: string): number | null {
  if (value === undefined) return null;
  if (!/^\d+$/.test(value)) throw new UserError(`--${name} harus bilangan bulat, bukan "${value}".`);
  return Number(value);
}

/**
 * A logo stored by an older version that checked only its first bytes makes every letterhead fail; said as such,
 * with what to do, rather than as an unexpected error.
 */
function logoProblem(services: Services): UserError | null {
  const logo = services.profile.getRegency()?.logo;
  const checked = logo ? checkBase64Image(logo.base64, logo.mime) : null;
  if (!checked || checked.ok) return null;
  return new UserError(
    `Logo di profil daerah tidak dapat dipakai (${checked.message}). Unggah ulang logo di Profil Daerah & Kop Surat, lalu buat dokumen lagi; berkas tujuan tidak diubah.`,
  );
}

export function renderCommand(io: Io): Command {
  return new Command('render')
    .description('buat dokumen (PDF atau DOCX) dari basis data; --list menampilkan jenis dokumen')
    .argument('[kind]', 'jenis dokumen, lihat --list')
    .option('--db <file>', 'berkas basis data (bawaan: folder data aplikasi)')
    .addOption(new Option('--format <format>', 'format berkas').choices(['pdf', 'docx']).default('pdf'))
    .option('--out <file>', 'berkas yang ditulis')
    .option('--stage <n>', 'tahap Bimtek 1–4 (daftar hadir)')
    .option('--day <n>', 'hari ke-n tahap itu (daftar hadir), bawaan 1')
    .option('--chapter <id>', 'id bab masterplan (lihat render --list --db FILE)')
    .addOption(new Option('--paper <paper>', 'ukuran kertas (bawaan: profil Tata Naskah)').choices([...PAPER_SIZES]))
    .option('--number <text>', 'nomor dari SRIKANDI atau sumber lain, menggantikan nomor otomatis')
    .option('--list', 'tampilkan jenis dokumen (dan bab masterplan bila --db diberikan)')
    .action(async (kind: string | undefined, opts: RenderOptions) => {
      if (opts.list) {
        listKinds(io);
        if (opts.db) {
          await withServices(opts.db, (services) => {
            io.out('Bab masterplan (untuk --chapter):');
            const volumes = new Map(services.masterplan.volumes.list().map((v) => [v.id, v.title]));
            for (const chapter of services.masterplan.chapters.list())
              io.out(`  ${String(chapter.id).padStart(4)}  ${volumes.get(chapter.volumeId) ?? ''} — ${chapter.title}`);
          });
        }
        return;
      }
      if (!kind)
        throw new UserError('Sebutkan jenis dokumen, misalnya `render komitmen --out komitmen.pdf`; lihat `render --list`.');
      if (!opts.out) throw new UserError('Sebutkan berkas tujuan dengan --out FILE.');
      const request = {
        kind,
        format: opts.format,
        paper: opts.paper ?? null,
        stage: whole(opts.stage, 'stage'),
        day: whole(opts.day, 'day') ?? 1,
        chapterId: whole(opts.chapter, 'chapter'),
        manualNumber: opts.number ?? null,
      };
      const out = resolve(opts.out);
      assertReplaceable(out);
      await withServices(opts.db, async (services) => {
        const saved = await services.documents.save(request, out).catch((error: unknown) => {
          throw isUserError(error) ? error : (logoProblem(services) ?? error);
        });
        const label = DOCUMENT_KIND_INFO.find((k) => k.kind === kind)?.label ?? kind;
        const number = saved.number ? `, nomor ${saved.number}` : '';
        io.out(`${label} ditulis ke ${saved.file} (${opts.format.toUpperCase()}, ${saved.render.sizeBytes} bita${number}).`);
      });
    });
}
