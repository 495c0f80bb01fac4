// The signature builder's smaller rules, each with the lines it must print: jabatan lines at a given column width
// (one word a line, at most eight office lines, a line exactly as wide as the column), typed a.n./u.b. marks in any
// spelling, captions, the "Mengetahui" of a berita acara, NIP or NI PPPK, pangkat only when known.
import { describe, expect, it } from 'vitest';
import {
  identifierLine,
  identityLines,
  isActingHead,
  jabatanLines,
  noBreak,
  officialName,
  printedPangkat,
  signatureBlockFor,
  withoutNip,
} from '../../../shared/documents/signature';
import { official, signatory } from '../../helpers/document-contexts';

const NBSP = '\u00a0';
const NIP_LINE = `NIP.${NBSP}19700101${NBSP}199503${NBSP}1${NBSP}001`;

describe('jabatanLines at a given width', () => {
  it('keeps a jabatan exactly as wide as the column on one line', () => {
    // "KEPALA DINAS KOMUNIKASI DAN INFORMATIKA" is 39 characters.
    expect(jabatanLines('Kepala Dinas Komunikasi dan Informatika Kabupaten Simalungun', 39)).toEqual([
      'KEPALA DINAS KOMUNIKASI DAN INFORMATIKA',
      'KABUPATEN SIMALUNGUN,',
    ]);
    expect(jabatanLines('Kepala Dinas Komunikasi dan Informatika Kabupaten Simalungun', 38)).toEqual([
      'KEPALA DINAS KOMUNIKASI',
      'DAN INFORMATIKA',
      'KABUPATEN SIMALUNGUN,',
    ]);
  });

  it('puts one word on each line when the column is that narrow', () => {
    expect(jabatanLines('Kepala Dinas Sosial', 8)).toEqual(['KEPALA', 'DINAS', 'SOSIAL,']);
    expect(jabatanLines('Kepala Dinas Sosial Kabupaten Simalungun', 6)).toEqual([
      'KEPALA',
      'DINAS',
      'SOSIAL',
      'KABUPATEN SIMALUNGUN,',
    ]);
  });

  it('balances two lines evenly rather than filling the first', () => {
    // Filling would give "SEKRETARIS DINAS PEKERJAAN" (26) over "UMUM" (4); 16 over 14 is the even split.
    expect(jabatanLines('Sekretaris Dinas Pekerjaan Umum', 29)).toEqual(['SEKRETARIS DINAS', 'PEKERJAAN UMUM,']);
    expect(jabatanLines('Kepala Bidang Aplikasi Informatika', 20)).toEqual(['KEPALA BIDANG', 'APLIKASI INFORMATIKA,']);
    expect(jabatanLines('Kepala Bagian Organisasi dan Tata Laksana', 25)).toEqual([
      'KEPALA BAGIAN ORGANISASI',
      'DAN TATA LAKSANA,',
    ]);
  });

  it('adds lines while a word is still too wide, but stops at eight; the layout wraps the rest', () => {
    // 74 characters at 12 a line start at 7 lines; "KESBANGPOLINMAS" (15) never fits, so 8 it is, not 9 or 10.
    const jabatan = 'Staf Ahli Bupati Bidang Hukum dan Politik pada Sekretariat Kesbangpolinmas';
    const lines = jabatanLines(jabatan, 12);
    expect(lines).toHaveLength(8);
    expect(lines.join(' ')).toBe(`${jabatan.toUpperCase()},`);
  });

  it('tidies spaces, drops a typed final comma, and prints nothing for an empty jabatan', () => {
    expect(jabatanLines('  Camat   Raya , ')).toEqual(['CAMAT RAYA,']);
    expect(jabatanLines('Camat Raya,')).toEqual(['CAMAT RAYA,']);
    expect(jabatanLines('  Inspektur   Kabupaten  Simalungun ')).toEqual(['INSPEKTUR', 'KABUPATEN SIMALUNGUN,']);
    expect(jabatanLines('')).toEqual([]);
    expect(jabatanLines('   ')).toEqual([]);
  });

  it('takes a region of two or three words, and never "dan" as part of it', () => {
    expect(jabatanLines('Kepala Dinas Sosial Kabupaten Tapanuli Tengah')).toEqual([
      'KEPALA DINAS SOSIAL',
      'KABUPATEN TAPANULI TENGAH,',
    ]);
    expect(jabatanLines('Camat Tungkal Ilir Kabupaten Tanjung Jabung Barat')).toEqual([
      'CAMAT TUNGKAL ILIR',
      'KABUPATEN TANJUNG JABUNG BARAT,',
    ]);
    expect(jabatanLines('Kepala Bidang Tata Kota dan Pertamanan', 80)).toEqual(['KEPALA BIDANG TATA KOTA DAN PERTAMANAN,']);
  });

  it('takes the four-word names of regencies too', () => {
    expect(jabatanLines('Kepala Dinas Sosial Kabupaten Penukal Abab Lematang Ilir')).toEqual([
      'KEPALA DINAS SOSIAL',
      'KABUPATEN PENUKAL ABAB LEMATANG ILIR,',
    ]);
    expect(jabatanLines('Camat Siau Barat Kabupaten Kepulauan Siau Tagulandang Biaro')).toEqual([
      'CAMAT SIAU BARAT',
      'KABUPATEN KEPULAUAN SIAU TAGULANDANG BIARO,',
    ]);
  });

  it('counts the spaces when it balances the lines', () => {
    // 10² + 14² + 16² = 552; "KEPALA UPT PUSAT" / "DATA DAN SISTEM" / "INFORMASI" is 16² + 15² + 9² = 562.
    expect(jabatanLines('Kepala UPT Pusat Data dan Sistem Informasi', 16)).toEqual([
      'KEPALA UPT',
      'PUSAT DATA DAN',
      'SISTEM INFORMASI,',
    ]);
  });
});

describe('a.n. and u.b. as typed', () => {
  const block = (onBehalfOf: string | null, byOrderOf: string | null = null) =>
    signatureBlockFor(signatory({ title: 'Kepala Bagian Umum', onBehalfOf, byOrderOf })).headingLines;

  it('recognises the marks in capitals, with a space inside or none after, and trims around them', () => {
    for (const typed of [
      'A.N. Bupati Simalungun',
      'a. n. Bupati Simalungun',
      'a.n.Bupati Simalungun',
      '  a.n.   Bupati Simalungun  ',
    ]) {
      expect(block(typed), typed).toEqual(['a.n. BUPATI SIMALUNGUN', 'KEPALA BAGIAN UMUM,']);
    }
    for (const typed of ['U.B. Sekretaris Daerah', 'u. b. Sekretaris Daerah', 'u.b.Sekretaris Daerah', ' Sekretaris Daerah, ']) {
      expect(block('Bupati Simalungun', typed), typed).toEqual([
        'a.n. BUPATI SIMALUNGUN',
        'SEKRETARIS DAERAH,',
        'u.b.',
        'KEPALA BAGIAN UMUM,',
      ]);
    }
  });

  it('leaves a jabatan that merely contains the letters alone, and prints no chain for blank fields', () => {
    expect(block('Bupati Simalungun a.n. Sekda')).toEqual(['a.n. BUPATI SIMALUNGUN a.n. SEKDA', 'KEPALA BAGIAN UMUM,']);
    expect(block('Bupati Simalungun', 'Sekretaris Daerah u.b. Asisten')).toEqual([
      'a.n. BUPATI SIMALUNGUN',
      'SEKRETARIS DAERAH u.b. ASISTEN,',
      'u.b.',
      'KEPALA BAGIAN UMUM,',
    ]);
    expect(block('', '')).toEqual(['KEPALA BAGIAN UMUM,']);
    expect(block('a.n.')).toEqual(['KEPALA BAGIAN UMUM,']);
  });
});

describe('signatureBlockFor options', () => {
  it('puts a caption above everything, then "Mengetahui,", then the chain', () => {
    const s = signatory({ title: 'Camat Raya', kind: 'mengetahui', onBehalfOf: 'Bupati Simalungun' });
    expect(signatureBlockFor(s, { caption: ['PIHAK PERTAMA', 'Yang menyerahkan,'] }).headingLines).toEqual([
      'PIHAK PERTAMA',
      'Yang menyerahkan,',
      'Mengetahui,',
      'a.n. BUPATI SIMALUNGUN',
      'CAMAT RAYA,',
    ]);
  });

  it('says "Mengetahui," for the one who knows of a berita acara, and not for the one who signs it', () => {
    expect(signatureBlockFor(signatory({ title: 'Camat Raya', kind: 'mengetahui_berita_acara' })).headingLines).toEqual([
      'Mengetahui,',
      'CAMAT RAYA,',
    ]);
    expect(signatureBlockFor(signatory({ title: 'Camat Raya' })).headingLines).toEqual(['CAMAT RAYA,']);
    expect(signatureBlockFor(official({ title: 'Camat Raya' }), { mengetahui: true }).headingLines).toEqual([
      'Mengetahui,',
      'CAMAT RAYA,',
    ]);
  });

  it('follows the column width it is given', () => {
    const block = signatureBlockFor(official({ title: 'Kepala Dinas Sosial Kabupaten Simalungun' }), { lineChars: 8 });
    expect(block.headingLines).toEqual(['KEPALA', 'DINAS', 'SOSIAL', 'KABUPATEN SIMALUNGUN,']);
  });

  it('prints the name bold and underlined, and no signature space unless asked', () => {
    const block = signatureBlockFor(official(), { signatureSpaceMm: 0 });
    expect(block.nameBold).toBe(true);
    expect(block.nameUnderline).toBe(true);
    expect(block).not.toHaveProperty('signatureSpaceMm');
  });

  it('writes the name in capitals without gelar in a naskah pengaturan when asked', () => {
    expect(signatureBlockFor(official({ name: 'Wasin Sinaga' }), { nameCase: 'upper', withTitles: false }).name).toBe(
      'WASIN SINAGA',
    );
  });
});

describe('identity lines', () => {
  it('prints the pangkat only when it is known, the NIP on its own', () => {
    expect(identityLines(official({ pangkat: null }))).toEqual([NIP_LINE]);
    expect(identityLines(official({ nip: null }))).toEqual(['Pembina Tingkat I (IV/b)']);
    expect(identityLines(official({ nip: null, pangkat: null }))).toEqual([]);
    expect(printedPangkat(official({ asn: false }))).toBeNull();
    expect(printedPangkat(official())).toBe('Pembina Tingkat I (IV/b)');
    expect(printedPangkat(official({ role: 'wakil_bupati' }))).toBeNull();
  });

  it('takes the NIP before the NI PPPK, skips a blank one, and keeps each on one line', () => {
    expect(identifierLine({ nip: '  ', niPppk: '198501012022212001' })).toBe(
      `NI${NBSP}PPPK.${NBSP}19850101${NBSP}202221${NBSP}2${NBSP}001`,
    );
    expect(identifierLine({ nip: ' 197001011995031001 ', niPppk: '198501012022212001' })).toBe(NIP_LINE);
    expect(identifierLine({ nip: null, niPppk: '   ' })).toBe('');
    expect(identifierLine({ nip: '197001011995031001', niPppk: null, asn: true })).toBe(NIP_LINE);
    expect(noBreak('19700101 199503 1 001')).toBe(`19700101${NBSP}199503${NBSP}1${NBSP}001`);
  });

  it('tells the Pasal 44 officials and the acting ones apart', () => {
    const of = (role: 'sekda' | 'camat', status: 'definitif' | 'plt') => ({ positions: [{ role, status }] as const });
    expect(withoutNip(of('sekda', 'definitif'))).toBe(true);
    expect(isActingHead(of('sekda', 'definitif'))).toBe(false);
    expect(isActingHead(of('sekda', 'plt'))).toBe(true);
    expect(withoutNip(of('camat', 'plt'))).toBe(false);
    expect(isActingHead(of('camat', 'plt'))).toBe(false);
    expect(withoutNip({ positions: [] })).toBe(false);
  });

  it('writes a name with gelar when the positions are not known', () => {
    const person = {
      name: 'Wasin Sinaga',
      frontTitle: 'Drs.',
      backTitle: 'M.Si.',
      nip: null,
      niPppk: null,
      pangkat: null,
      asn: true,
    };
    expect(officialName(person)).toBe('Drs. Wasin Sinaga, M.Si.');
    expect(officialName(person, 'upper', false)).toBe('WASIN SINAGA');
    expect(officialName({ ...person, positions: [{ role: 'bupati', status: 'plh' }] })).toBe('Wasin Sinaga');
  });
});
