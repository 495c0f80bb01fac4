// Text templates of document prose: the parser (placeholders, escaped braces, every problem at its line and column in
// Indonesian), defaults that print what the documents said before templates existed, and a custom wording saved
// through the service that a rendered PDF prints, that travels in the bundle and resets to the default.
import { describe, expect, it } from 'vitest';
import { demoBundle } from '../../../electron/demo/simalungun-2021';
import { buildBeritaAcara } from '../../../shared/documents/berita-acara';
import { buildDaftarHadir } from '../../../shared/documents/daftar-hadir';
import { buildKomitmen } from '../../../shared/documents/komitmen';
import { buildLaporanBimtek } from '../../../shared/documents/laporan-bimtek';
import { terbilang } from '../../../shared/format/terbilang';
import { parseTextTemplate, TEXT_TEMPLATES, templatedText } from '../../../shared/documents/text-templates';
import { buildUndangan } from '../../../shared/documents/undangan';
import { pdftotext } from '../../helpers/pdf-reader';
import { richContexts } from '../../helpers/rich-regency';
import { type TempDatabase, tempDatabasePerTest } from '../../helpers/temp-db';
import { textOf } from '../../shared/documents/model-queries';

const openDb = tempDatabasePerTest();
async function demo(): Promise<TempDatabase> {
  const t = await openDb();
  t.services.bundle.import(demoBundle());
  return t;
}

describe('parseTextTemplate', () => {
  const allowed = ['daerah', 'tahun'];

  it('splits text and placeholders; {{ and }} write braces', () => {
    expect(parseTextTemplate('Di {daerah} tahun { tahun } {{kurung}}.', allowed)).toEqual({
      ok: true,
      pieces: ['Di ', { name: 'daerah' }, ' tahun ', { name: 'tahun' }, ' {kurung}.'],
    });
  });

  it('refuses an unknown placeholder at its line and column, with the likely one and those available', () => {
    const parsed = parseTextTemplate('Baris satu.\nDi {daera} saja.', allowed);
    expect(parsed).toEqual({
      ok: false,
      problems: [
        {
          index: 15,
          line: 2,
          column: 4,
          message:
            'placeholder {daera} tidak dikenal (baris 2, kolom 4); mungkin maksudnya {daerah}; yang tersedia: {daerah} {tahun}',
        },
      ],
    });
  });

  it('reports an unclosed brace, a closing one without opening and an empty one, each at its position', () => {
    const parsed = parseTextTemplate('Tahun {tahun, lalu } dan {} serta {daerah', allowed);
    expect(parsed.ok).toBe(false);
    const messages = parsed.ok ? [] : parsed.problems.map((p) => p.message);
    expect(messages).toEqual([
      'placeholder {tahun, lalu} tidak dikenal (baris 1, kolom 7); yang tersedia: {daerah} {tahun}',
      'placeholder kosong "{}" (baris 1, kolom 26)',
      'kurung kurawal "{" tidak ditutup (baris 1, kolom 35); tulis "{{" untuk mencetak "{"',
    ]);
    expect(parseTextTemplate('A } B', allowed)).toMatchObject({
      ok: false,
      problems: [
        { column: 3, message: 'kurung kurawal tutup "}" tanpa pembuka (baris 1, kolom 3); tulis "}}" untuk mencetak "}"' },
      ],
    });
    // A placeholder never spans lines: the brace is unclosed, and the next line's "}" has no opening.
    expect(parseTextTemplate('{tahun\n}', allowed)).toMatchObject({
      ok: false,
      problems: [
        { line: 1, column: 1 },
        { line: 2, column: 1 },
      ],
    });
  });

  it('every default parses with its own placeholders', () => {
    for (const t of TEXT_TEMPLATES)
      expect(parseTextTemplate(t.default, t.placeholders), `${t.kind}.${t.part}`).toMatchObject({ ok: true });
  });
});

describe('defaults print what the documents said before', () => {
  it('the invitation’s opening and closing, the report’s maksud and penutup', () => {
    const c = richContexts();
    const undangan = textOf(buildUndangan(c.undangan(undefined, null, 4)));
    expect(undangan).toContain(
      'Dalam rangka penyusunan Masterplan Smart City Kabupaten Minahasa Utara Tahun 2021 pada Gerakan Menuju Smart City, bersama ini kami mengundang Bapak/Ibu untuk menghadiri Bimbingan Teknis Tahap IV yang akan dilaksanakan pada:',
    );
    expect(undangan).toContain('Atas perhatian dan kehadiran Bapak/Ibu diucapkan terima kasih.');
    const laporan = textOf(buildLaporanBimtek(c.laporan(undefined, null, 4)));
    expect(laporan).toContain(
      'Demikian laporan ini disusun sebagai pertanggungjawaban pelaksanaan Bimbingan Teknis Tahap IV dan bahan tindak lanjut penyusunan Masterplan Smart City Kabupaten Minahasa Utara.',
    );
    expect(templatedText(undefined, 'laporan-bimtek', 'maksud', { daerah: 'Kota X', tahap_romawi: 'I' })).toMatch(
      /^Maksud kegiatan ini .* Kota X /,
    );
  });
});

describe('the berita acara, commitment sheet and attendance list', () => {
  it('print the office’s own title lines, opening, closing and heading with their placeholders filled', () => {
    const c = richContexts();
    const texts = {
      'berita-acara.judul': 'Berita Acara\n\n  penutupan bimtek {nama_daerah}  ',
      'berita-acara.pembuka': 'Pada {hari}, {tanggal_terbilang} {bulan} {tahun_terbilang} ({tanggal}), di {tempat},',
      'berita-acara.penutup': 'Dibuat {rangkap} ({rangkap_terbilang}) rangkap; {jumlah_penandatangan_terbilang} penanda tangan.',
      'berita-acara.penutup-tanpa-rangkap': 'Dibuat tanpa rangkap.',
      'komitmen.pembuka': 'Kami, {jumlah_penandatangan} ({jumlah_penandatangan_terbilang}) pejabat {daerah}, berkomitmen:',
      'komitmen.penutup': 'Ditetapkan di {tempat} pada {tanggal}.',
      'daftar-hadir.judul': 'Daftar Hadir\nBimtek Tahap {tahap_romawi} hari {hari}',
    };
    const ba = c.beritaAcara(undefined, null);
    ba.closure = { ...ba.closure, beritaAcaraTitle: null, copies: 3 };
    const model = buildBeritaAcara({ ...ba, texts });
    const title = model.blocks.find((b) => b.type === 'title');
    expect(title).toMatchObject({ lines: ['BERITA ACARA', 'PENUTUPAN BIMTEK MINAHASA UTARA'] });
    const text = textOf(model);
    expect(text).toMatch(/Pada \S+, [a-z ]+ \S+ dua ribu dua puluh satu \(\d+ \S+ 2021\), di .+, kami yang bertanda tangan/);
    expect(text).toContain(`Dibuat 3 (tiga) rangkap; ${terbilang(ba.commitmentSigners)} penanda tangan.`);
    expect(textOf(buildBeritaAcara({ ...ba, closure: { ...ba.closure, copies: null }, texts }))).toContain(
      'Dibuat tanpa rangkap.',
    );

    const k = c.komitmen(undefined, null, 'table');
    const komitmen = textOf(buildKomitmen({ ...k, closure: { ...k.closure, preamble: null, closingText: null }, texts }));
    expect(komitmen).toContain(
      `Kami, ${k.signatories.length} (${terbilang(k.signatories.length)}) pejabat Kabupaten Minahasa Utara, berkomitmen:`,
    );
    expect(komitmen).toMatch(/Ditetapkan di .+ pada \d+ \S+ 2021\./);
    // The closure's own preamble still wins over the template.
    expect(textOf(buildKomitmen({ ...k, closure: { ...k.closure, preamble: 'Pembuka sendiri.' }, texts }))).toContain(
      'Pembuka sendiri.',
    );

    const hadir = buildDaftarHadir({ ...c.daftarHadir(undefined, null, 4, 1), texts });
    expect(hadir.blocks.find((b) => b.type === 'title')).toMatchObject({
      lines: ['DAFTAR HADIR', expect.stringMatching(/^BIMTEK TAHAP IV HARI [A-Z]+$/)],
    });
  });

  it('keep the title-cased date words of an office that wants them by default', () => {
    const c = richContexts();
    const ba = c.beritaAcara(undefined, null);
    ba.regency = { ...ba.regency, tataNaskah: { ...ba.regency.tataNaskah, dateWordsCase: 'title' } };
    expect(textOf(buildBeritaAcara(ba))).toMatch(/Pada Hari ini \S+ Tanggal [A-Z]/);
    expect(textOf(buildBeritaAcara({ ...ba, texts: { 'berita-acara.pembuka': 'Pada {hari} {tanggal_terbilang},' } }))).toMatch(
      /Pada \S+ [A-Z][a-z]+/,
    );
  });
});

describe('the office’s own wording', () => {
  it('is refused at the field with its position when it names an unknown placeholder', async () => {
    const t = await demo();
    expect(() =>
      t.services.textTemplates.save({ kind: 'undangan-bimtek', part: 'pembuka', text: 'Mengundang {jumlah_peserta} orang.' }),
    ).toThrow(/text: placeholder \{jumlah_peserta\} tidak dikenal \(baris 1, kolom 12\)/);
    expect(() => t.services.textTemplates.save({ kind: 'undangan-bimtek', part: 'lampiran', text: 'x' })).toThrow(
      /part: bagian "lampiran" tidak ada pada templat undangan-bimtek/,
    );
    expect(t.services.textTemplates.list().every((v) => v.text === null)).toBe(true);
  });

  it('prints in the rendered PDF, travels in the bundle, and resets to the default', async () => {
    const t = await demo();
    const own =
      'Bersama ini Bupati {nama_daerah} mengundang Bapak/Ibu ke Bimtek Tahap {tahap_romawi} ({tahap_judul}) Tahun {tahun}:';
    t.services.textTemplates.save({ kind: 'undangan-bimtek', part: 'pembuka', text: own });
    const view = t.services.textTemplates.list().find((v) => v.part === 'pembuka' && v.kind === 'undangan-bimtek')!;
    expect(view).toMatchObject({ text: own, placeholders: expect.arrayContaining([{ name: 'tahun', label: 'tahun program' }]) });
    const pdf = await t.services.documents.preview({ kind: 'undangan-bimtek', stage: 2, format: 'pdf' });
    const text = pdftotext(pdf.bytes).replace(/\s+/g, ' ');
    expect(text).toContain(
      'Bersama ini Bupati Simalungun mengundang Bapak/Ibu ke Bimtek Tahap II (Bimbingan Teknis Penyusunan Masterplan Smart City Tahap II) Tahun 2021:',
    );
    expect(text).not.toContain('Dalam rangka penyusunan');

    const bundle = t.services.bundle.export();
    expect(bundle.textTemplates).toMatchObject([{ kind: 'undangan-bimtek', part: 'pembuka', text: own }]);
    const other = await openDb();
    other.services.bundle.import(JSON.parse(JSON.stringify(bundle)));
    expect(other.services.textTemplates.list().find((v) => v.part === 'pembuka' && v.kind === 'undangan-bimtek')!.text).toBe(own);
    // A broken template in a bundle is refused by path, and nothing is written.
    const broken = JSON.parse(JSON.stringify(bundle));
    broken.textTemplates[0].text = 'Di {daerah';
    const third = await openDb();
    expect(() => third.services.bundle.import(broken)).toThrow(
      /textTemplates\[0\]\.text: kurung kurawal "\{" tidak ditutup \(baris 1, kolom 4\)/,
    );

    t.services.textTemplates.reset({ kind: 'undangan-bimtek', part: 'pembuka' });
    const again = pdftotext((await t.services.documents.preview({ kind: 'undangan-bimtek', stage: 2, format: 'pdf' })).bytes);
    expect(again.replace(/\s+/g, ' ')).toContain('Dalam rangka penyusunan Masterplan Smart City Kabupaten Simalungun Tahun 2021');
  });
});
