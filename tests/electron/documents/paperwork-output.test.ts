// The Bimtek paperwork from the demo programme as a reader gets it: the PDF's text and fonts, and the DOCX opened by
// LibreOffice saying the same thing on as many pages; the facts stored by the paperwork service print, travel in the
// bundle, and are refused by path when they name a position that does not exist; numbers are issued per kind.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoBundle } from '../../../electron/demo/simalungun-2021';
import type { RenderRequestInput } from '../../../shared/domain/render';
import { pdffonts, pdfPageCount } from '../../helpers/pdf-reader';
import { openTempDatabase, type TempDatabase } from '../../helpers/temp-db';
import { docxToPdf } from '../../helpers/document-render';

const KINDS: Record<string, RenderRequestInput> = {
  undangan: { kind: 'undangan-bimtek', stage: 2 },
  keputusan: { kind: 'keputusan-tim' },
  laporan: { kind: 'laporan-bimtek', stage: 2 },
};

const flat = (s: string) => s.replace(/[\s\u00a0]+/g, ' ');
let db: TempDatabase;
const dir = mkdtempSync(join(tmpdir(), 'scd-paperwork-'));
const pdfs = new Map<string, { bytes: Uint8Array; pageCount: number }>();
const converted = new Map<string, string>();

beforeAll(async () => {
  db = await openTempDatabase();
  db.services.bundle.import(demoBundle());
  db.services.paperwork.saveStage({
    stageNumber: 2,
    invitation: {
      nature: 'Penting',
      copiesTo: ['Bupati Simalungun (sebagai laporan)', 'Sekretaris Daerah Kabupaten Simalungun'],
    },
    report: { obstacles: ['Sebagian peserta hadir terlambat pada hari pertama.'] },
  });
  const docs = new Map<string, Uint8Array>();
  for (const [name, request] of Object.entries(KINDS)) {
    const pdf = await db.services.documents.preview({ ...request, format: 'pdf' });
    pdfs.set(name, { bytes: pdf.bytes, pageCount: pdf.pageCount! });
    docs.set(name, (await db.services.documents.preview({ ...request, format: 'docx' })).bytes);
  }
  for (const [name, file] of docxToPdf(dir, docs)) converted.set(name, file);
}, 180_000);

afterAll(() => {
  db.close();
  rmSync(dir, { recursive: true, force: true });
});

/** pdftotext in content-stream order (-raw), so that "Sifat : Penting" reads as one line whichever wrote the PDF. */
const raw = (file: string) => flat(execFileSync('pdftotext', ['-raw', '-enc', 'UTF-8', file, '-'], { encoding: 'utf8' }));
const pdfText = (name: string) => {
  const file = join(dir, `${name}.ours.pdf`);
  writeFileSync(file, pdfs.get(name)!.bytes);
  return raw(file);
};
const loText = (name: string) => raw(converted.get(name)!);
const loPages = (name: string) =>
  Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [converted.get(name)!], { encoding: 'utf8' }))![1]);

describe('paperwork documents from the demo programme', () => {
  it('embed every font they use, subset', () => {
    for (const [name, { bytes, pageCount }] of pdfs) {
      const fonts = pdffonts(bytes);
      expect(fonts.length, name).toBeGreaterThan(0);
      for (const font of fonts) expect(font, name).toMatchObject({ embedded: true, subset: true });
      expect(pdfPageCount(bytes)).toBe(pageCount);
    }
  });

  it('come out of LibreOffice on as many pages as the PDF', () => {
    for (const name of Object.keys(KINDS)) expect(loPages(name), name).toBe(pdfs.get(name)!.pageCount);
  });

  it('the invitation reads its heading, the stored sifat, the days, Daftar terlampir, the tembusan and the lampiran', () => {
    for (const text of [pdfText('undangan'), loText('undangan')]) {
      for (const expected of [
        'Sifat : Penting',
        'Lampiran : 1 (satu) berkas',
        'Undangan Bimbingan Teknis Penyusunan Masterplan Smart City Tahap II',
        'Yth. Daftar terlampir',
        'Kamis s.d. Jumat, 23–24 September 2021',
        '08.00 – 16.00 WIB',
        'Tembusan:',
        'Sekretaris Daerah Kabupaten Simalungun.',
        'LAMPIRAN SURAT BUPATI SIMALUNGUN',
        'DAFTAR UNDANGAN',
        'Radiapoh Hasiholan Sinaga, S.H.',
      ]) {
        expect(text).toContain(expected);
      }
      // The number the register would issue for this kind and stage (KKA 500.12 by default).
      expect(text).toMatch(/Nomor : 500\.12\/\d+\/107\.1\/2021 Sifat/);
    }
  });

  it('the decree reads KEPUTUSAN, NOMOR, TENTANG, the diktum and the Bupati without gelar in both formats', () => {
    for (const text of [pdfText('keputusan'), loText('keputusan')]) {
      for (const expected of [
        'KEPUTUSAN BUPATI SIMALUNGUN',
        'PEMBENTUKAN DEWAN SMART CITY DAN TIM PELAKSANA SMART CITY KABUPATEN SIMALUNGUN',
        'Menimbang:',
        'Mengingat:',
        'MEMUTUSKAN:',
        'KEENAM',
        'LAMPIRAN II',
        'SUSUNAN KEANGGOTAAN TIM PELAKSANA SMART CITY KABUPATEN SIMALUNGUN',
      ]) {
        expect(text).toContain(expected);
      }
      expect(text).toMatch(/NOMOR: 500\.12\/\d+\/107\.1\/2021 TENTANG/);
      // Pasal 44(1): the signature's name carries no gelar; the membership table names him as recorded.
      expect(text).toMatch(/Radiapoh Hasiholan Sinaga(?!, S\.H\.)/);
    }
  });

  it('the report reads its sections, the participants, the stored kendala and the ketua Tim’s signature', () => {
    for (const text of [pdfText('laporan'), loText('laporan')]) {
      for (const expected of [
        'LAPORAN PELAKSANAAN',
        'I. DASAR',
        'IV. PESERTA',
        'Dinas Komunikasi dan Informatika',
        'Jumlah',
        'Sebagian peserta hadir terlambat pada hari pertama.',
        'IX. PENUTUP',
        'Ketua Tim Pelaksana Smart City',
        'Wasin Sinaga',
      ]) {
        expect(text).toContain(expected);
      }
      expect(text).not.toContain('Tidak terdapat kendala yang berarti.');
    }
    // The cover carries no page number.
    expect(
      flat(execFileSync('pdftotext', ['-f', '1', '-l', '1', converted.get('laporan')!, '-'], { encoding: 'utf8' })),
    ).not.toMatch(/Halaman 1/);
  });
});

describe('paperwork facts', () => {
  it('refuses an invitee that is no recorded position, by path, and a stage that is not there', async () => {
    const t = await openTempDatabase();
    try {
      t.services.bundle.import(demoBundle());
      expect(() => t.services.paperwork.saveStage({ stageNumber: 1, invitation: { inviteePositionIds: [999_999] } })).toThrow(
        /invitation\.inviteePositionIds\[0\]: jabatan dengan id 999999 tidak ada/,
      );
      t.services.bimtek.stages.remove(3);
      expect(() => t.services.paperwork.saveStage({ stageNumber: 3 })).toThrow('Bimtek tahap 3 belum diisi.');
    } finally {
      t.close();
    }
  });

  it('travel in the bundle: exported, imported elsewhere, the same', async () => {
    const [a, b] = [await openTempDatabase(), await openTempDatabase()];
    try {
      a.services.bundle.import(demoBundle());
      const saved = a.services.paperwork.saveStage({
        stageNumber: 4,
        invitation: { subject: 'Undangan Penutupan', copiesTo: ['Arsip'] },
      });
      const decree = a.services.paperwork.saveDecree({ considerations: ['bahwa perlu;'], place: 'Pematang Raya' });
      const bundle = a.services.bundle.export();
      expect(bundle.stagePaperwork).toEqual([saved]);
      expect(bundle.decree).toEqual(decree);
      b.services.bundle.import(JSON.parse(JSON.stringify(bundle)));
      expect(b.services.paperwork.getStage({ stageNumber: 4 })).toEqual(saved);
      expect(b.services.paperwork.getDecree()).toEqual(decree);
      // A stage never saved reads with its defaults.
      expect(b.services.paperwork.getStage({ stageNumber: 1 }).invitation).toMatchObject({
        nature: 'Biasa',
        inviteePositionIds: [],
      });
      // A reference to a missing stage is refused on import, by path.
      const broken = { ...JSON.parse(JSON.stringify(bundle)), stagePaperwork: [{ ...saved, stageNumber: 3 }] };
      broken.stages = broken.stages.filter((s: { number: number }) => s.number !== 3);
      broken.stageDays = broken.stageDays.filter((d: { stageNumber: number }) => d.stageNumber !== 3);
      broken.stageFacilitators = broken.stageFacilitators.filter((d: { stageNumber: number }) => d.stageNumber !== 3);
      broken.participants = broken.participants.filter((d: { stageNumber: number }) => d.stageNumber !== 3);
      const c = await openTempDatabase();
      try {
        expect(() => c.services.bundle.import(broken)).toThrow(/stagePaperwork\[0\]\.stageNumber: tahap 3 tidak ada di stages/);
      } finally {
        c.close();
      }
    } finally {
      a.close();
      b.close();
    }
  });

  it('numbers each invitation and the decree apart in the register', async () => {
    const t = await openTempDatabase();
    try {
      t.services.bundle.import(demoBundle());
      const out = (name: string) => join(dir, name);
      const one = await t.services.documents.save({ kind: 'undangan-bimtek', stage: 1, format: 'pdf' }, out('u1.pdf'));
      const two = await t.services.documents.save({ kind: 'undangan-bimtek', stage: 2, format: 'pdf' }, out('u2.pdf'));
      const again = await t.services.documents.save({ kind: 'undangan-bimtek', stage: 1, format: 'docx' }, out('u1.docx'));
      const sk = await t.services.documents.save({ kind: 'keputusan-tim', format: 'pdf' }, out('sk.pdf'));
      const report = await t.services.documents.save({ kind: 'laporan-bimtek', stage: 1, format: 'pdf' }, out('l1.pdf'));
      expect(new Set([one.number, two.number, sk.number]).size).toBe(3);
      expect(again.number).toBe(one.number);
      expect(report.number).toBeNull();
      expect(t.services.register.renders().map((r) => [r.kind, r.subjectKey])).toEqual(
        expect.arrayContaining([
          ['undangan-bimtek', 'tahap-1'],
          ['undangan-bimtek', 'tahap-2'],
          ['keputusan-tim', 'dewan-tim'],
          ['laporan-bimtek', 'tahap-1'],
        ]),
      );
    } finally {
      t.close();
    }
  });
});
