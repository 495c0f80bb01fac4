// Signature blocks under Permendagri 1/2023 Pasal 44, rule by rule.
import { describe, expect, it } from 'vitest';
import { displayName, identifierLine, jabatanLines, signatureBlockFor } from '../../../shared/documents/signature';
import { official, signatory } from '../../helpers/document-contexts';

describe('signatureBlockFor', () => {
  it('a kepala dinas signs with gelar, pangkat and NIP 8-6-1-3 kept on one line', () => {
    const block = signatureBlockFor(official({ name: 'Wasin Sinaga' }));
    expect(block.headingLines).toEqual(['KEPALA DINAS KOMUNIKASI DAN INFORMATIKA', 'KABUPATEN SIMALUNGUN,']);
    expect(block.name).toBe('Drs. WASIN SINAGA, M.Si.');
    expect(block.detailLines).toEqual(['Pembina Tingkat I (IV/b)', 'NIP.\u00a019700101\u00a0199503\u00a01\u00a0001']);
  });

  it('puts Plt. before the jabatan and keeps the NIP of an acting head of OPD', () => {
    const block = signatureBlockFor(official({ status: 'plt' }));
    expect(block.headingLines[0]).toBe('Plt. KEPALA DINAS KOMUNIKASI DAN INFORMATIKA');
    expect(block.detailLines).toHaveLength(2);
  });

  it.each([
    ['bupati', 'Bupati Simalungun'],
    ['wakil_bupati', 'Wakil Bupati Simalungun'],
    ['sekda', 'Sekretaris Daerah Kabupaten Simalungun'],
  ] as const)('%s signs without NIP and pangkat, with gelar', (role, title) => {
    const block = signatureBlockFor(
      official({ role, title, name: 'Radiapoh Hasiholan Sinaga', frontTitle: null, backTitle: 'S.H.' }),
    );
    expect(block.detailLines).toEqual([]);
    expect(block.name).toBe('RADIAPOH HASIHOLAN SINAGA, S.H.');
  });

  it('a Pj. Bupati signs with neither gelar, NIP nor pangkat', () => {
    const block = signatureBlockFor(official({ role: 'bupati', status: 'pj', title: 'Bupati Simalungun' }));
    expect(block.headingLines).toEqual(['Pj. BUPATI SIMALUNGUN,']);
    expect(block.name).toBe('NAMA PEJABAT');
    expect(block.detailLines).toEqual([]);
  });

  it('writes the a.n. and u.b. chain above the signer', () => {
    const block = signatureBlockFor(
      signatory({ title: 'Asisten Administrasi Umum', onBehalfOf: 'Bupati Simalungun', byOrderOf: 'Sekretaris Daerah' }),
    );
    expect(block.headingLines).toEqual(['a.n. BUPATI SIMALUNGUN', 'SEKRETARIS DAERAH', 'u.b.', 'ASISTEN ADMINISTRASI UMUM,']);
  });

  it('drops gelar in naskah pengaturan and can say "Mengetahui,"', () => {
    const block = signatureBlockFor(official(), { withTitles: false, mengetahui: true });
    expect(block.name).toBe('NAMA PEJABAT');
    expect(block.headingLines[0]).toBe('Mengetahui,');
  });

  it('shows an NI PPPK, and nothing at all when a person has no identifier', () => {
    expect(signatureBlockFor(official({ nip: null, niPppk: '198501012022211001', pangkat: null })).detailLines).toEqual([
      'NI\u00a0PPPK.\u00a019850101\u00a0202221\u00a01\u00a0001',
    ]);
    const none = signatureBlockFor(official({ nip: null, pangkat: null, role: 'lainnya' }));
    expect(none.detailLines).toEqual([]);
    expect(JSON.stringify(none)).not.toMatch(/undefined|null/);
  });
});

describe('table helpers', () => {
  it('writes names with gelar, identifier lines and jabatan lines', () => {
    expect(displayName({ name: 'Wasin Sinaga', frontTitle: null, backTitle: null })).toBe('Wasin Sinaga');
    expect(identifierLine({ nip: null, niPppk: null })).toBe('');
    expect(jabatanLines('Camat Raya')).toEqual(['CAMAT RAYA,']);
  });
});
