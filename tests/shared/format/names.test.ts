// Names with gelar, pangkat words and jabatan capitals as they appear in signature blocks.
import { describe, expect, it } from 'vitest';
import { formatPersonName, printedName, upperJabatan } from '../../../shared/format/names';
import { formatPangkat, isPangkatCode, PANGKAT_CODES } from '../../../shared/format/pangkat';

describe('names', () => {
  const wasin = { name: 'Wasin Sinaga', frontTitle: 'Drs.', backTitle: 'M.Si.' };
  it('puts gelar before and after the name', () => {
    expect(formatPersonName(wasin)).toBe('Drs. Wasin Sinaga, M.Si.');
    expect(formatPersonName({ name: 'Radiapoh Hasiholan Sinaga' })).toBe('Radiapoh Hasiholan Sinaga');
    expect(formatPersonName(wasin, false)).toBe('Wasin Sinaga');
  });
  it('prints the name as recorded by default, or in capitals with the gelar as written', () => {
    expect(printedName(wasin)).toBe('Drs. Wasin Sinaga, M.Si.');
    expect(printedName({ name: 'Wasin  sinaga' })).toBe('Wasin sinaga');
    expect(printedName(wasin, 'upper')).toBe('Drs. WASIN SINAGA, M.Si.');
    expect(printedName({ name: 'Lindawati Purba', frontTitle: 'dr.' }, 'upper')).toBe('dr. LINDAWATI PURBA');
    expect(printedName({ name: 'Lindawati Purba', frontTitle: 'Dr.' }, 'upper', false)).toBe('LINDAWATI PURBA');
  });
  it('tidies the spaces of a name and drops blank gelar', () => {
    expect(formatPersonName({ name: '  Wasin \t Sinaga ', frontTitle: '  ', backTitle: ' ' })).toBe('Wasin Sinaga');
    expect(formatPersonName({ name: 'Wasin Sinaga', frontTitle: ' Drs. ', backTitle: null })).toBe('Drs. Wasin Sinaga');
    expect(formatPersonName({ name: 'Wasin Sinaga', frontTitle: null, backTitle: ' M.Si. ' })).toBe('Wasin Sinaga, M.Si.');
    expect(printedName({ name: ' wasin  sinaga ', backTitle: 'M.Si.' }, 'upper')).toBe('WASIN SINAGA, M.Si.');
    expect(printedName({ name: 'Wasin Sinaga', frontTitle: 'Drs.' }, 'as_recorded', false)).toBe('Wasin Sinaga');
  });
  it('capitalises a jabatan but keeps every abbreviation of the chain and the acting prefixes', () => {
    expect(upperJabatan('u.b. Sekretaris Daerah')).toBe('u.b. SEKRETARIS DAERAH');
    expect(upperJabatan('Plh. Camat Raya')).toBe('Plh. CAMAT RAYA');
    expect(upperJabatan('Pj. Bupati Simalungun')).toBe('Pj. BUPATI SIMALUNGUN');
    expect(upperJabatan('Pjs. Bupati Simalungun')).toBe('Pjs. BUPATI SIMALUNGUN');
    // Only the abbreviations themselves: words around them, and the same letters without the dots, are capitalised.
    expect(upperJabatan('Kepala Plt Dinas')).toBe('KEPALA PLT DINAS');
    expect(upperJabatan('Kepala  Dinas\tSosial')).toBe('KEPALA  DINAS\tSOSIAL');
  });
  it('capitalises a jabatan but keeps Plt. and a.n.', () => {
    expect(upperJabatan('Plt. Kepala Dinas Komunikasi dan Informatika')).toBe('Plt. KEPALA DINAS KOMUNIKASI DAN INFORMATIKA');
    expect(upperJabatan('a.n. Bupati Simalungun')).toBe('a.n. BUPATI SIMALUNGUN');
  });
});

describe('pangkat', () => {
  it('has the 17 codes from I/a to IV/e', () => {
    expect(PANGKAT_CODES).toHaveLength(17);
    expect(isPangkatCode('IV/e')).toBe(true);
    expect(isPangkatCode('I/e')).toBe(false);
  });
  it('writes name and code', () => {
    expect(formatPangkat('IV/b')).toBe('Pembina Tingkat I (IV/b)');
    expect(formatPangkat('III/d')).toBe('Penata Tingkat I (III/d)');
    expect(formatPangkat('IV/e')).toBe('Pembina Utama (IV/e)');
  });
});
