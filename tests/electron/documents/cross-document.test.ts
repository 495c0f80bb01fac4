// Every document kind from one rich programme, read back as a reader gets it (pdftotext of our PDF, and of
// LibreOffice's PDF of our DOCX): each person's name, NIP line and jabatan must be exactly the same wherever they
// appear. Line breaks and the capitals of a signature block's jabatan are allowed for; a dropped "Plt.", one position
// of a dual role printed alone, a NIP or pangkat Pasal 44 forbids, a NIP line without a number, or a name written
// another way is not.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DocumentModel } from '../../../shared/document/model';
import { buildBeritaAcara } from '../../../shared/documents/berita-acara';
import { buildDaftarHadir } from '../../../shared/documents/daftar-hadir';
import { buildKeputusan } from '../../../shared/documents/keputusan';
import { buildKomitmen } from '../../../shared/documents/komitmen';
import { buildLaporanBimtek } from '../../../shared/documents/laporan-bimtek';
import { buildUndangan } from '../../../shared/documents/undangan';
import { buildChapterTemplate, buildMasterplanChapter } from '../../../shared/documents/masterplan';
import { buildMasterplanBook, buildMasterplanFull } from '../../../shared/documents/masterplan-books/books';
import { DOCUMENT_KINDS } from '../../../shared/domain/register';
import { docxToPdf, renderDocx, renderPdf } from '../../helpers/document-render';
import { richContexts, richExpectations, type ExpectedPrint } from '../../helpers/rich-regency';

type Kind = (typeof DOCUMENT_KINDS)[number];

/** Who appears in each kind, and who of them with a NIP there (a table row, a signature block, the berita acara's isi). */
const APPEARS: Record<Kind, { people: string[]; withNip: string[] }> = {
  'berita-acara': { people: ['plh-kominfo', 'fasilitator', 'sekda', 'bupati'], withNip: ['plh-kominfo'] },
  komitmen: {
    people: ['sekda', 'wasin', 'bappelitbangda', 'uptd', 'camat', 'plh-kominfo', 'bupati', 'fasilitator'],
    withNip: ['wasin', 'bappelitbangda', 'uptd', 'camat', 'plh-kominfo'],
  },
  'komitmen-grid': {
    people: ['sekda', 'wasin', 'bappelitbangda', 'uptd', 'camat', 'plh-kominfo', 'bupati', 'fasilitator'],
    withNip: ['wasin', 'bappelitbangda', 'uptd', 'camat', 'plh-kominfo'],
  },
  'daftar-hadir': {
    people: ['sekda', 'wasin', 'bappelitbangda', 'uptd', 'camat', 'plh-kominfo', 'fasilitator'],
    withNip: ['wasin', 'bappelitbangda', 'uptd', 'camat', 'plh-kominfo'],
  },
  // The full draft is the four books: the Bupati signs the kata pengantar, Buku II lists the Dewan and the Tim.
  masterplan: { people: ['bupati', 'sekda', 'bappelitbangda', 'plh-kominfo', 'wasin', 'uptd'], withNip: [] },
  'masterplan-buku1': { people: ['bupati'], withNip: [] },
  'masterplan-buku2': { people: ['bupati', 'sekda', 'bappelitbangda', 'plh-kominfo', 'wasin', 'uptd'], withNip: [] },
  'ringkasan-eksekutif': { people: ['bupati'], withNip: [] },
  'profil-quick-win': { people: ['bupati'], withNip: [] },
  'masterplan-bab': { people: ['bupati', 'sekda', 'bappelitbangda', 'plh-kominfo', 'wasin', 'uptd'], withNip: [] },
  'templat-bab': { people: [], withNip: [] },
  // The heads of the OPD and the camat in the lampiran, the Bupati signing.
  'undangan-bimtek': { people: ['bupati', 'wasin', 'plh-kominfo', 'bappelitbangda', 'camat'], withNip: [] },
  // The Dewan and the Tim in the lampiran; the Bupati signs without gelar (Pasal 44(1)), see BARE_NAME.
  'keputusan-tim': { people: ['bupati', 'sekda', 'wasin', 'plh-kominfo', 'bappelitbangda', 'uptd'], withNip: [] },
  'laporan-bimtek': { people: ['plh-kominfo'], withNip: ['plh-kominfo'] },
};

/**
 * Naskah penetapan (Pasal 44(1)): whose name a kind also prints without gelar under the signature. The checker then
 * allows the bare name besides the recorded one, and the test below asserts that the bare form is there.
 */
const BARE_NAME: Partial<Record<Kind, { key: string; bare: string }>> = {
  'keputusan-tim': { key: 'bupati', bare: 'Joune Ganda' },
};

/** Text as compared: compatibility forms folded (ligatures, no-break spaces), every space and line break removed. */
export const squash = (text: string) => text.normalize('NFKC').replace(/[\s\u00ad]+/g, '');

/** Start offsets of `needle` in `hay`, case-insensitively when asked. */
function occurrences(hay: string, needle: string, ignoreCase = false): number[] {
  const h = ignoreCase ? hay.toLowerCase() : hay;
  const n = ignoreCase ? needle.toLowerCase() : needle;
  const found: number[] = [];
  for (let i = h.indexOf(n); i !== -1 && n !== ''; i = h.indexOf(n, i + 1)) found.push(i);
  return found;
}

/** Whether every occurrence of `inner` lies inside some occurrence of `outer`. */
function onlyInside(hay: string, inner: string, outer: string, ignoreCase: boolean): boolean {
  const spans = occurrences(hay, outer, ignoreCase).map((start) => [start, start + outer.length] as const);
  return occurrences(hay, inner, ignoreCase).every((at) => spans.some(([s, e]) => at >= s && at + inner.length <= e));
}

/** A signature block's jabatan: capitals, with the Plt./Plh./Pj. prefixes as written. */
const capitals = (jabatan: string) =>
  jabatan.toLocaleUpperCase('id-ID').replace(/\b(PLT|PLH|PJS|PJ)\./g, (p) => p[0] + p.slice(1).toLowerCase());

/** Everything wrong with how `text` prints the people, or [] when all is as recorded. */
export function printProblems(
  text: string,
  people: readonly ExpectedPrint[],
  appears: { people: string[]; withNip: string[] },
): string[] {
  const problems: string[] = [];
  const flat = text.normalize('NFKC').replace(/[\s\u00a0]+/g, ' ');
  const hay = squash(text);
  for (const p of people) {
    const present = appears.people.includes(p.key);
    const name = squash(p.name);
    if (present && !hay.includes(name)) problems.push(`${p.key}: name "${p.name}" missing`);
    // Any other spelling of the name (capitals, a gelar dropped or added) shows as the bare name outside the name.
    if (
      !onlyInside(hay, squash(p.core), name, false) ||
      occurrences(hay, squash(p.core), true).length !== occurrences(hay, name).length
    ) {
      problems.push(`${p.key}: the name is printed another way than "${p.name}"`);
    }
    const jabatan = squash(p.jabatan);
    if (present && !hay.includes(jabatan) && !hay.includes(squash(capitals(p.jabatan)))) {
      problems.push(`${p.key}: jabatan "${p.jabatan}" missing`);
    }
    // A position's own jabatan may only appear within the whole one: no dropped Plt., no half of a dual role.
    for (const part of p.parts) {
      if (!onlyInside(hay, squash(part), jabatan, true))
        problems.push(`${p.key}: "${part}" printed without the rest of "${p.jabatan}"`);
    }
    if (p.nip) {
      const digits = p.nip.replace(/ /g, '');
      if (appears.withNip.includes(p.key) && !flat.includes(p.nip)) problems.push(`${p.key}: NIP ${p.nip} missing or broken`);
      // However it is spaced, the NIP only ever prints in 8-6-1-3 form.
      const anySpacing = new RegExp(digits.split('').join('\\s*'), 'g');
      for (const m of flat.matchAll(anySpacing)) if (m[0] !== p.nip) problems.push(`${p.key}: NIP printed as "${m[0]}"`);
      if (!appears.withNip.includes(p.key) && hay.includes(digits)) problems.push(`${p.key}: NIP printed where it has no place`);
    }
    if (p.hiddenNip && hay.includes(p.hiddenNip)) problems.push(`${p.key}: NIP printed although Pasal 44 forbids it`);
    if (p.hiddenPangkat && hay.includes(squash(p.hiddenPangkat)))
      problems.push(`${p.key}: pangkat printed although Pasal 44 forbids it`);
  }
  // No empty identifier lines for anyone: "NIP." or "NIP :" must be followed by a number.
  for (const at of occurrences(hay, 'NIP')) {
    const after = hay.slice(at + 3, at + 16);
    const marked = /^[.:]+/.exec(after)?.[0] ?? '';
    if (marked && !/^\d/.test(after.slice(marked.length))) problems.push(`empty NIP line: "NIP${after}"`);
  }
  return problems;
}

const dir = mkdtempSync(join(tmpdir(), 'scd-cross-'));
const pdfText = new Map<Kind, string>();
const docxText = new Map<Kind, string>();
const people = richExpectations();

function models(): Record<Kind, DocumentModel> {
  const c = richContexts();
  const masterplan = c.masterplan(undefined);
  const chapter = (title: RegExp) => masterplan.volumes.flatMap((v) => v.chapters).find((ch) => title.test(ch.title))!.id;
  return {
    'berita-acara': buildBeritaAcara(c.beritaAcara(undefined, '000.1.5/7/107.1/2021')),
    komitmen: buildKomitmen(c.komitmen(undefined, null, 'table')),
    'komitmen-grid': buildKomitmen(c.komitmen(undefined, null, 'grid')),
    'daftar-hadir': buildDaftarHadir(c.daftarHadir(undefined, null, 4, 2)),
    masterplan: buildMasterplanFull(masterplan),
    'masterplan-buku1': buildMasterplanBook(masterplan, 'masterplan-buku1'),
    'masterplan-buku2': buildMasterplanBook(masterplan, 'masterplan-buku2'),
    'ringkasan-eksekutif': buildMasterplanBook(masterplan, 'ringkasan-eksekutif'),
    'profil-quick-win': buildMasterplanBook(masterplan, 'profil-quick-win'),
    'masterplan-bab': buildMasterplanChapter(masterplan, chapter(/tata kelola/i)),
    'templat-bab': buildChapterTemplate(masterplan, chapter(/pendahuluan/i)),
    'undangan-bimtek': buildUndangan(c.undangan(undefined, '500.12/3/107.1/2021', 4)),
    'keputusan-tim': buildKeputusan(c.keputusan(undefined, '500.12/4/107.1/2021')),
    'laporan-bimtek': buildLaporanBimtek(c.laporan(undefined, null, 4)),
  };
}

/**
 * pdftotext in content-stream order (-raw): each table cell and signature block comes out whole, and a hyphen at a
 * line end stays (the default mode would interleave cells that share a baseline and join "Wuisan-" "Kaunang").
 */
function readText(file: string): string {
  return execFileSync('pdftotext', ['-raw', '-enc', 'UTF-8', file, '-'], { encoding: 'utf8' });
}

beforeAll(async () => {
  const docx = new Map<string, Uint8Array>();
  for (const [kind, model] of Object.entries(models()) as [Kind, DocumentModel][]) {
    const file = join(dir, `${kind}.pdf`);
    writeFileSync(file, await renderPdf(model));
    pdfText.set(kind, readText(file));
    docx.set(kind, await renderDocx(model));
  }
  for (const [kind, file] of docxToPdf(dir, docx)) {
    docxText.set(kind as Kind, readText(file));
  }
}, 240_000);

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('one rich programme, every document kind', () => {
  it('covers every kind the app makes', () => {
    expect(Object.keys(APPEARS).sort()).toEqual([...DOCUMENT_KINDS].sort());
  });

  /** The problems, less the bare name a naskah penetapan prints under the signature (which must be there). */
  const problemsOf = (kind: Kind, text: string) => {
    const bare = BARE_NAME[kind];
    const problems = printProblems(text, people, APPEARS[kind]);
    if (!bare) return problems;
    const name = people.find((p) => p.key === bare.key)!.name;
    // Only as the whole bare name on a line of its own (the signature), never shortened otherwise.
    expect(text.split('\n').map((l) => l.trim())).toContain(bare.bare);
    return problems.filter((p) => p !== `${bare.key}: the name is printed another way than "${name}"`);
  };

  it.each(DOCUMENT_KINDS)('%s prints every name, NIP line and jabatan as recorded, in the PDF', (kind) => {
    expect(problemsOf(kind, pdfText.get(kind)!)).toEqual([]);
  });

  it.each(DOCUMENT_KINDS)('%s prints every name, NIP line and jabatan as recorded, in the DOCX', (kind) => {
    expect(problemsOf(kind, docxText.get(kind)!)).toEqual([]);
  });

  it('prints the dual role whole, the Plh. prefix, and é ’ – as typed, in both formats', () => {
    for (const text of [...pdfText.values(), ...docxText.values()].map((t) => t.normalize('NFC'))) {
      expect(text).not.toMatch(/Perpustakaan dan Kearsipan\s*\n?\s*dan Plt/);
    }
    for (const texts of [pdfText, docxText]) {
      const komitmen = squash(texts.get('komitmen')!);
      expect(komitmen).toContain(squash('Kepala Dinas Pariwisata dan Plt. Kepala Dinas Perpustakaan dan Kearsipan'));
      expect(squash(texts.get('komitmen-grid')!)).toContain(
        squash('KEPALA DINAS PARIWISATA DAN Plt. KEPALA DINAS PERPUSTAKAAN DAN KEARSIPAN'),
      );
      expect(squash(texts.get('daftar-hadir')!)).toContain(
        squash('Plh. Kepala Dinas Komunikasi dan Informatika Kabupaten Minahasa Utara'),
      );
      expect(texts.get('berita-acara')!.normalize('NFC')).toContain('René');
      expect(texts.get('berita-acara')!).toContain('Ma’ruf');
      expect(texts.get('daftar-hadir')!).toContain('–');
    }
  });

  it('gives the berita acara both parties, its pokok, the closing time with WITA and the rangkap', () => {
    for (const texts of [pdfText, docxText]) {
      const text = squash(texts.get('berita-acara')!);
      for (const expected of [
        'yang selanjutnya disebut PIHAK PERTAMA.',
        'yang selanjutnya disebut PIHAK KEDUA.',
        'pukul 16.00 WITA',
        'dalam 2 (dua) rangkap',
        'PIHAK KEDUA menyerahkan kepada PIHAK PERTAMA draf Buku I',
        'dipimpin oleh Dr. Ir. Allan Mingkid, M.Si. selaku Sekretaris Daerah Kabupaten Minahasa Utara',
      ]) {
        expect(text).toContain(squash(expected));
      }
    }
  });
});

describe('the check itself', () => {
  const wasin = people.find((p) => p.key === 'wasin')!;
  const sekda = people.find((p) => p.key === 'sekda')!;
  const fasilitator = people.find((p) => p.key === 'fasilitator')!;
  const only = (keys: string[], withNip: string[] = []) => ({ people: keys, withNip });
  const good = `1. Drs. Wenny Lumentut, M.Si.\nNIP. 19700315 199703 2 004\nKepala Dinas Pariwisata dan Plt.\nKepala Dinas Perpustakaan dan\nKearsipan`;

  it('passes text that prints them as recorded, with lines wrapped anywhere', () => {
    expect(printProblems(good, [wasin], only(['wasin'], ['wasin']))).toEqual([]);
  });

  it('fails a dropped Plt., half a dual role, a broken NIP, a stray Sekda NIP, an empty NIP line, a name in capitals', () => {
    expect(printProblems(good.replace('Plt.', ''), [wasin], only(['wasin'], ['wasin'])).join()).toMatch(/without the rest/);
    expect(printProblems(`${good}\nKepala Dinas Pariwisata`, [wasin], only(['wasin'], ['wasin'])).join()).toMatch(
      /without the rest/,
    );
    expect(printProblems(good.replace('199703 2 004', '1997032004'), [wasin], only(['wasin'], ['wasin'])).join()).toMatch(/NIP/);
    expect(
      printProblems(
        'Dr. Ir. Allan Mingkid, M.Si.\nNIP. 19680512 199403 1 007\nSekretaris Daerah Kabupaten Minahasa Utara',
        [sekda],
        only(['sekda']),
      ).join(),
    ).toMatch(/Pasal 44/);
    expect(
      printProblems(
        `Dr. René Sitorus, S.Kom., M.T.\nNIP. -\n${fasilitator.jabatan}`,
        [fasilitator],
        only(['fasilitator']),
      ).join(),
    ).toMatch(/empty NIP line/);
    expect(printProblems(good.replace('Wenny Lumentut', 'WENNY LUMENTUT'), [wasin], only(['wasin'], ['wasin'])).join()).toMatch(
      /another way/,
    );
  });
});
