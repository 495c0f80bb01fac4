// `fill`: fills the office's own Word template (.docx with {placeholders} and {#list}…{/list} loops) from the
// programme database into a new DOCX, written atomically; a template with an unknown or misspelled placeholder, an
// unclosed brace or loop is refused with each problem's name and position, and nothing is written.
import { Command } from 'commander';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { UserError } from '../../shared/errors';
import { fillWordTemplate } from '../documents/word-template';
import { assertReplaceable, writeFileAtomic } from '../files/atomic-write';
import { type Io, withServices } from './run-command';

interface FillOptions {
  template?: string;
  db?: string;
  out?: string;
  stage?: string;
}

export function fillCommand(io: Io): Command {
  return new Command('fill')
    .description('isi templat Word milik kantor ({placeholder}, {#daftar}…{/daftar}) dari basis data ke DOCX baru')
    .option('--template <file>', 'templat .docx yang diisi (lihat docs/templat-word.md)')
    .option('--db <file>', 'berkas basis data (bawaan: folder data aplikasi)')
    .option('--out <file>', 'berkas .docx yang ditulis')
    .option('--stage <n>', 'tahap Bimtek 1–4, untuk placeholder tahap dan {#peserta}')
    .action(async (opts: FillOptions) => {
      if (!opts.template) throw new UserError('Sebutkan templat Word dengan --template FILE.docx.');
      if (!opts.out) throw new UserError('Sebutkan berkas tujuan dengan --out FILE.docx.');
      let stage: number | null = null;
      if (opts.stage !== undefined) {
        if (!/^[1-4]$/.test(opts.stage)) throw new UserError(`--stage harus 1, 2, 3 atau 4, bukan "${opts.stage}".`);
        stage = Number(opts.stage);
      }
      let template: Uint8Array;
      try {
        template = readFileSync(resolve(opts.template));
      } catch {
        throw new UserError(`Templat ${opts.template} tidak dapat dibaca (tidak ada atau tidak boleh dibaca).`);
      }
      const out = resolve(opts.out);
      assertReplaceable(out);
      await withServices(opts.db, (services) => {
        const filled = fillWordTemplate(template, services.repos, () => new Date().toISOString(), { stage });
        writeFileAtomic(out, filled.bytes);
        io.out(`Templat diisi ke ${out} (${filled.bytes.length} bita; placeholder: ${filled.placeholders.join(', ') || '-'}).`);
      });
    });
}
