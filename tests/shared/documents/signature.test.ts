// Signature blocks under Permendagri 1/2023 Pasal 44, rule by rule, on hand-made officials.
import { describe, expect, it } from 'vitest';
import type { SignatureBlock } from '../../../shared/document/model';
import type { Official, Signatory } from '../../../shared/documents/context';
import {
  identifierLine,
  jabatanLines,
  officialName,
  printedIdentifier,
  signatureBlockFor,
  type SignatureOptions,
} from '../../../shared/documents/signature';
import { POSITION_ROLES, POSITION_STATUSES } from '../../../shared/domain/organisation';
import {
  bareOfficial,
  bupati,
  externalOfficial,
  official,
  pjBupati,
  pltKadis,
  pppkOfficial,
  signatory,
} from '../../helpers/document-contexts';

const NBSP = '\u00a0';
const NIP_LINE = `NIP.${NBSP}19700101${NBSP}199503${NBSP}1${NBSP}001`;

interface Case {
  rule: string;
  who: Official | Signatory;
  options?: SignatureOptions;
  expected: Pick<SignatureBlock, 'headingLines' | 'name' | 'detailLines'>;
}

const CASES: Case[] = [
  {
    rule: '44(2)(3) a definitive kepala dinas: gelar, pangkat and NIP',
    who: official({ name: 'Erni Sumbayak', frontTitle: null, backTitle: 'S.Kom., M.Si.' }),
    expected: {
      headingLines: ['KEPALA DINAS KOMUNIKASI', 'DAN INFORMATIKA', 'KABUPATEN SIMALUNGUN,'],
      name: 'Erni Sumbayak, S.Kom., M.Si.',
      detailLines: ['Pembina Tingkat I (IV/b)', NIP_LINE],
    },
  },
  {
    rule: '44(3) a Plt. Kepala Dinas: the prefix before the jabatan, and still pangkat and NIP',
    who: pltKadis(),
    expected: {
      headingLines: ['Plt. KEPALA DINAS', 'KOMUNIKASI DAN INFORMATIKA', 'KABUPATEN SIMALUNGUN,'],
      name: 'Wasin Sinaga',
      detailLines: ['Pembina Tingkat I (IV/b)', NIP_LINE],
    },
  },
  {
    rule: '44(3) the Bupati: gelar, but neither pangkat nor NIP',
    who: bupati(),
    expected: { headingLines: ['BUPATI SIMALUNGUN,'], name: 'Radiapoh Hasiholan Sinaga, S.H.', detailLines: [] },
  },
  {
    rule: '44(3) the Wakil Bupati and the Sekda sign without NIP even when they have one',
    who: official({ role: 'sekda', title: 'Sekretaris Daerah Kabupaten Simalungun', name: 'Mangasi Tua Purba' }),
    expected: {
      headingLines: ['SEKRETARIS DAERAH', 'KABUPATEN SIMALUNGUN,'],
      name: 'Drs. Mangasi Tua Purba, M.Si.',
      detailLines: [],
    },
  },
  {
    rule: '44(4) a Pj. Bupati: neither gelar, NIP nor pangkat',
    who: pjBupati(),
    expected: { headingLines: ['Pj. BUPATI SIMALUNGUN,'], name: 'Nama Penjabat Bupati', detailLines: [] },
  },
  {
    rule: '44(4) a Plt. Bupati (the Wakil Bupati standing in) likewise',
    who: official({ role: 'bupati', status: 'plt', title: 'Bupati Simalungun', name: 'Zonny Waldi' }),
    expected: { headingLines: ['Plt. BUPATI SIMALUNGUN,'], name: 'Zonny Waldi', detailLines: [] },
  },
  {
    rule: '44(5) a Plh. Sekda likewise',
    who: official({ role: 'sekda', status: 'plh', title: 'Sekretaris Daerah Kabupaten Simalungun' }),
    expected: {
      headingLines: ['Plh. SEKRETARIS DAERAH', 'KABUPATEN SIMALUNGUN,'],
      name: 'Nama Pejabat',
      detailLines: [],
    },
  },
  {
    rule: 'a.n.: one level down, signed for the Bupati by the Sekda',
    who: signatory({
      role: 'sekda',
      title: 'Sekretaris Daerah',
      onBehalfOf: 'Bupati Simalungun',
      name: 'Mangasi Tua Purba',
    }),
    expected: {
      headingLines: ['a.n. BUPATI SIMALUNGUN', 'SEKRETARIS DAERAH,'],
      name: 'Drs. Mangasi Tua Purba, M.Si.',
      detailLines: [],
    },
  },
  {
    rule: 'a.n. … u.b.: two levels down, signed by an asisten',
    who: signatory({
      role: 'asisten',
      title: 'Asisten Administrasi Umum',
      onBehalfOf: 'Bupati Simalungun',
      byOrderOf: 'Sekretaris Daerah',
    }),
    expected: {
      // The middle jabatan ends with a comma too.
      headingLines: ['a.n. BUPATI SIMALUNGUN', 'SEKRETARIS DAERAH,', 'u.b.', 'ASISTEN ADMINISTRASI UMUM,'],
      name: 'Drs. Nama Pejabat, M.Si.',
      detailLines: ['Pembina Tingkat I (IV/b)', NIP_LINE],
    },
  },
  {
    rule: '44(1) naskah pengaturan: the name without gelar, and "Mengetahui," on request',
    who: official({ title: 'Camat Raya', role: 'camat' }),
    options: { withTitles: false, mengetahui: true },
    expected: {
      headingLines: ['Mengetahui,', 'CAMAT RAYA,'],
      name: 'Nama Pejabat',
      detailLines: ['Pembina Tingkat I (IV/b)', NIP_LINE],
    },
  },
  {
    rule: 'an NI PPPK in place of a NIP',
    who: pppkOfficial({ title: 'Pranata Komputer Ahli Pertama' }),
    expected: {
      headingLines: ['PRANATA KOMPUTER AHLI PERTAMA,'],
      name: 'Rina Purba, S.Kom.',
      detailLines: [`NI${NBSP}PPPK.${NBSP}19850101${NBSP}202221${NBSP}2${NBSP}001`],
    },
  },
  {
    rule: 'no identifier and no pangkat: no line at all, not "NIP. null"',
    who: bareOfficial(),
    expected: { headingLines: ['TENAGA AHLI,'], name: 'Tanpa Keterangan', detailLines: [] },
  },
];

describe('signatureBlockFor (Pasal 44)', () => {
  it.each(CASES)('$rule', ({ who, options, expected }) => {
    const block = signatureBlockFor(who, options);
    expect(block).toMatchObject(expected);
    expect(block.nameBold).toBe(true);
    expect(JSON.stringify(block)).not.toMatch(/undefined|null|NaN/);
  });

  it('never prints NIP or pangkat for the regional heads and the Sekda, whatever their status', () => {
    for (const role of ['bupati', 'wakil_bupati', 'sekda'] as const) {
      for (const status of POSITION_STATUSES) {
        const block = signatureBlockFor(official({ role, status }));
        expect(block.detailLines, `${role} ${status}`).toEqual([]);
        expect(block.name, `${role} ${status}`).toBe(status === 'definitif' ? 'Drs. Nama Pejabat, M.Si.' : 'Nama Pejabat');
      }
    }
  });

  it('prints NIP and pangkat for every other role, whatever its status, with the NIP unbreakable', () => {
    for (const role of POSITION_ROLES.filter((r) => !['bupati', 'wakil_bupati', 'sekda'].includes(r))) {
      for (const status of POSITION_STATUSES) {
        const block = signatureBlockFor(official({ role, status }));
        expect(block.detailLines, `${role} ${status}`).toEqual(['Pembina Tingkat I (IV/b)', NIP_LINE]);
        expect(block.detailLines[1]).not.toContain(' ');
      }
    }
  });

  it('says "Mengetahui," for a signatory of that kind unless told otherwise', () => {
    const s = signatory({ kind: 'mengetahui' });
    expect(signatureBlockFor(s).headingLines[0]).toBe('Mengetahui,');
    expect(signatureBlockFor(s, { mengetahui: false }).headingLines[0]).not.toBe('Mengetahui,');
  });

  it('does not double a prefix or an a.n. typed into the data', () => {
    const block = signatureBlockFor(
      signatory({ status: 'plt', title: 'Plt. Kepala Dinas Sosial', onBehalfOf: 'a.n. Bupati Simalungun' }),
    );
    expect(block.headingLines).toEqual(['a.n. BUPATI SIMALUNGUN', 'Plt. KEPALA DINAS SOSIAL,']);
  });

  it('prints the one jabatan string of a signatory in several positions, every prefix kept', () => {
    const wasin = official({
      name: 'Wasin Sinaga',
      jabatan: 'Kepala Dinas Pariwisata dan Plt. Kepala Dinas Perpustakaan dan Kearsipan',
      positions: [
        { positionId: 1, role: 'kepala_opd', status: 'definitif', unitName: null, unitKind: null },
        { positionId: 2, role: 'kepala_opd', status: 'plt', unitName: null, unitKind: null },
      ],
    });
    const block = signatureBlockFor(wasin);
    expect(block.headingLines.join(' ')).toBe('KEPALA DINAS PARIWISATA DAN Plt. KEPALA DINAS PERPUSTAKAAN DAN KEARSIPAN,');
    expect(block.detailLines).toEqual(['Pembina Tingkat I (IV/b)', NIP_LINE]);
  });

  it('drops NIP and pangkat when any of the positions is a Pasal 44 one, and gelar when it is acting', () => {
    const asSekda = official({
      positions: [
        { positionId: 1, role: 'kepala_opd', status: 'definitif', unitName: null, unitKind: null },
        { positionId: 2, role: 'sekda', status: 'plh', unitName: null, unitKind: null },
      ],
    });
    expect(signatureBlockFor(asSekda)).toMatchObject({ name: 'Nama Pejabat', detailLines: [] });
    expect(printedIdentifier(asSekda)).toBe('');
  });

  it('never gives someone outside the civil service a NIP or pangkat line, whatever was recorded', () => {
    const external = externalOfficial({ nip: '197001011995031001', pangkat: 'IV/b' });
    expect(signatureBlockFor(external)).toMatchObject({ name: 'Fazrul Rozi', detailLines: [] });
    expect(identifierLine(external)).toBe('');
  });

  it('writes the name in capitals when the regency asks, keeping "dr." and "Dr." as written', () => {
    const doctor = official({ name: 'Lindawati Purba', frontTitle: 'dr.', backTitle: 'M.Kes.' });
    const scholar = official({ name: 'Lindawati Purba', frontTitle: 'Dr.', backTitle: 'M.Kes.' });
    expect(signatureBlockFor(doctor, { nameCase: 'upper' }).name).toBe('dr. LINDAWATI PURBA, M.Kes.');
    expect(signatureBlockFor(scholar, { nameCase: 'upper' }).name).toBe('Dr. LINDAWATI PURBA, M.Kes.');
    expect(signatureBlockFor(doctor).name).toBe('dr. Lindawati Purba, M.Kes.');
  });

  it('passes the signature space through', () => {
    expect(signatureBlockFor(official(), { signatureSpaceMm: 18 }).signatureSpaceMm).toBe(18);
    expect(signatureBlockFor(official())).not.toHaveProperty('signatureSpaceMm');
  });
});

describe('jabatanLines', () => {
  it('puts the region on its own line and ends with a comma', () => {
    expect(jabatanLines('Camat Raya')).toEqual(['CAMAT RAYA,']);
    expect(jabatanLines('Inspektur Kabupaten Simalungun')).toEqual(['INSPEKTUR', 'KABUPATEN SIMALUNGUN,']);
    expect(jabatanLines('Kepala Dinas Kesehatan Kota Pematangsiantar')).toEqual([
      'KEPALA DINAS KESEHATAN',
      'KOTA PEMATANGSIANTAR,',
    ]);
  });

  it('balances a long office name over as many lines as the column needs, none wider than it', () => {
    const lines = jabatanLines(
      'Kepala Dinas Pemberdayaan Perempuan, Perlindungan Anak, Pengendalian Penduduk dan Keluarga Berencana Kabupaten Simalungun',
    );
    expect(lines.at(-1)).toBe('KABUPATEN SIMALUNGUN,');
    expect(lines.length).toBeLessThanOrEqual(6);
    for (const line of lines.slice(0, -1)) expect(line.length).toBeLessThanOrEqual(29);
    expect(lines.slice(0, -1).join(' ')).toBe(
      'KEPALA DINAS PEMBERDAYAAN PEREMPUAN, PERLINDUNGAN ANAK, PENGENDALIAN PENDUDUK DAN KELUARGA BERENCANA',
    );
    const widths = lines.slice(0, -1).map((l) => l.length);
    expect(Math.max(...widths) - Math.min(...widths)).toBeLessThan(15);
  });

  it('takes the last region, not a "Kota" inside the office name', () => {
    expect(jabatanLines('Kepala Bidang Penataan Kota dan Permukiman Kabupaten Simalungun', 80)).toEqual([
      'KEPALA BIDANG PENATAAN KOTA DAN PERMUKIMAN',
      'KABUPATEN SIMALUNGUN,',
    ]);
  });

  it('follows the width it is given', () => {
    expect(jabatanLines('Kepala Dinas Komunikasi dan Informatika Kabupaten Simalungun', 60)).toEqual([
      'KEPALA DINAS KOMUNIKASI DAN INFORMATIKA',
      'KABUPATEN SIMALUNGUN,',
    ]);
  });
});

describe('table helpers', () => {
  it('write names with gelar as recorded and identifier lines, following Pasal 44 as the blocks do', () => {
    expect(officialName(official({ name: 'Wasin Sinaga', frontTitle: null, backTitle: null }))).toBe('Wasin Sinaga');
    expect(officialName(official({ name: 'Lindawati Purba', frontTitle: 'dr.', backTitle: 'M.Kes.' }))).toBe(
      'dr. Lindawati Purba, M.Kes.',
    );
    expect(officialName(pjBupati())).toBe('Nama Penjabat Bupati');
    expect(identifierLine({ nip: null, niPppk: null })).toBe('');
    expect(identifierLine({ nip: '197001011995031001', niPppk: null })).toBe(NIP_LINE);
    expect(printedIdentifier(official({ role: 'sekda' }))).toBe('');
    expect(printedIdentifier(official())).toBe(NIP_LINE);
  });
});
