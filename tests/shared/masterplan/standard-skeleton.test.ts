// The standard masterplan skeleton: complete structure, guidance everywhere, unique ids, valid data, placeholder filling.
import { describe, expect, it } from 'vitest';
import { DIMENSION_CODES, masterplanSchema, skeletonSchema, VOLUME_CODES } from '../../../shared/domain/masterplan';
import {
  fillPlaceholders,
  masterplanFromSkeleton,
  PLACEHOLDERS,
  placeholdersIn,
  placeholderValues,
  standardDimensions,
  standardMasterplan,
  standardSkeleton,
} from '../../../shared/masterplan/standard-skeleton';

const known = new Set<string>(PLACEHOLDERS.map((p) => p.name));

describe('standardMasterplan', () => {
  const mp = masterplanSchema.parse(standardMasterplan());

  it('is valid against the masterplan schema', () => {
    expect(masterplanSchema.safeParse(standardMasterplan()).success).toBe(true);
  });

  it('has the four volumes in order with their titles', () => {
    expect(mp.volumes.map((v) => v.code)).toEqual([...VOLUME_CODES]);
    expect(mp.volumes.map((v) => v.title)).toEqual([
      'Ringkasan Eksekutif',
      'Buku I Analisis Strategis',
      'Buku II Masterplan Smart City',
      'Lampiran',
    ]);
  });

  it('gives every volume chapters and every chapter sections', () => {
    for (const v of mp.volumes) expect(mp.chapters.filter((c) => c.volumeId === v.id).length).toBeGreaterThan(0);
    for (const c of mp.chapters) expect(mp.sections.filter((s) => s.chapterId === c.id).length).toBeGreaterThan(0);
  });

  it('has the chapters of Buku I and Buku II from the reference', () => {
    const titles = (code: string) => {
      const volume = mp.volumes.find((v) => v.code === code);
      return mp.chapters.filter((c) => c.volumeId === volume?.id).map((c) => c.title);
    };
    expect(titles('buku1')).toEqual([
      'Pendahuluan',
      'Gambaran Umum Daerah',
      'Analisis Kesiapan Daerah',
      'Analisis Kesenjangan dan SWOT',
      'Isu Strategis dan Kata Kunci Visi',
    ]);
    expect(titles('buku2')).toEqual([
      'Pendahuluan',
      'Visi, Misi dan Sasaran Smart City',
      'Strategi Pembangunan per Dimensi',
      'Program dan Rencana Aksi',
      'Quick Win',
      'Peta Jalan dan Tata Kelola',
      'Penutup',
    ]);
  });

  it('gives every section guidance, an empty body and a title without numbering', () => {
    for (const s of mp.sections) {
      expect(s.guidance, s.title).toBeTruthy();
      expect(s.body).toBe('');
      expect(s.title).not.toMatch(/^(\d|[IVX]+\.|Bab\s|BAB\s)/);
    }
    for (const c of mp.chapters) expect(c.title).not.toMatch(/^(\d|[IVX]+\.|Bab\s|BAB\s)/);
  });

  it('uses only known placeholders in guidance', () => {
    for (const s of mp.sections) {
      for (const name of placeholdersIn(s.guidance ?? '')) expect(known.has(name), `${s.title}: {${name}}`).toBe(true);
    }
  });

  it('numbers ids from 1 without gaps or duplicates in every list', () => {
    for (const list of [mp.volumes, mp.chapters, mp.sections, mp.dimensions, mp.elements]) {
      expect(list.map((x) => x.id)).toEqual(list.map((_, i) => i + 1));
    }
  });

  it('has the six dimensions with three elements each and a description for all', () => {
    expect(mp.dimensions.map((d) => d.code)).toEqual([...DIMENSION_CODES]);
    expect(mp.dimensions.map((d) => d.name)).toEqual([
      'Smart Governance',
      'Smart Branding',
      'Smart Economy',
      'Smart Living',
      'Smart Society',
      'Smart Environment',
    ]);
    for (const d of mp.dimensions) {
      expect(d.description).toBeTruthy();
      const elements = mp.elements.filter((e) => e.dimensionId === d.id);
      expect(elements).toHaveLength(3);
      for (const e of elements) expect(e.description).toBeTruthy();
    }
  });

  it('starts with no readiness notes, SWOT items or programmes', () => {
    expect(mp.readiness).toEqual([]);
    expect(mp.swot).toEqual([]);
    expect(mp.programmes).toEqual([]);
  });

  it('returns fresh objects on every call', () => {
    const a = standardMasterplan();
    const b = standardMasterplan();
    expect(a).toEqual(b);
    a.sections![0]!.body = 'diubah';
    a.dimensions![0]!.name = 'diubah';
    expect(standardMasterplan()).toEqual(b);
    const sk = standardSkeleton();
    sk.volumes[0]!.title = 'diubah';
    expect(standardSkeleton().volumes[0]!.title).toBe('Ringkasan Eksekutif');
    standardDimensions()[0]!.elements[0]!.name = 'diubah';
    expect(standardDimensions()[0]!.elements[0]!.name).toBe('Pelayanan Publik');
  });
});

describe('standardSkeleton', () => {
  it('is a valid saved-template skeleton and flattens to the same structure', () => {
    const skeleton = skeletonSchema.parse(standardSkeleton());
    const flat = masterplanFromSkeleton(skeleton);
    const mp = standardMasterplan();
    expect(flat.volumes).toEqual(mp.volumes);
    expect(flat.chapters).toEqual(mp.chapters);
    expect(flat.sections).toEqual(mp.sections);
  });
});

describe('fillPlaceholders', () => {
  const values = {
    nama_daerah: 'Kabupaten Simalungun',
    tahun: 2021,
    ibu_kota: 'Pematang Raya',
    provinsi: 'Sumatera Utara',
    nama_dinas: 'Dinas Komunikasi dan Informatika',
  };

  it('replaces every known placeholder, each occurrence', () => {
    expect(
      fillPlaceholders('{nama_daerah} tahun {tahun}; ibu kota {ibu_kota}, {provinsi}. {nama_daerah} oleh {nama_dinas}.', values),
    ).toBe(
      'Kabupaten Simalungun tahun 2021; ibu kota Pematang Raya, Sumatera Utara. Kabupaten Simalungun oleh Dinas Komunikasi dan Informatika.',
    );
  });

  it('leaves unknown placeholders visible', () => {
    expect(fillPlaceholders('{nama_daerah} dan {nama_bupati} dan {Tahun}', values)).toBe(
      'Kabupaten Simalungun dan {nama_bupati} dan {Tahun}',
    );
  });

  it('leaves known placeholders without a value visible', () => {
    expect(fillPlaceholders('{nama_daerah} {tahun} {ibu_kota}', { nama_daerah: 'Kota Medan', tahun: null, ibu_kota: '' })).toBe(
      'Kota Medan {tahun} {ibu_kota}',
    );
  });

  it('does not re-expand a value that looks like a placeholder', () => {
    expect(fillPlaceholders('{nama_daerah}', { nama_daerah: '{tahun}', tahun: 2021 })).toBe('{tahun}');
  });

  it('leaves text without placeholders, braces and all, unchanged', () => {
    for (const text of ['', 'Tanpa tanda kurung', 'kurung {tidak tutup', '{}', 'a {b c} d'])
      expect(fillPlaceholders(text, values)).toBe(text);
  });

  it('fills every guidance prompt of the standard skeleton completely', () => {
    for (const s of standardMasterplan().sections ?? [])
      expect(fillPlaceholders(s.guidance ?? '', values)).not.toMatch(/\{[a-z_]+\}/);
  });

  it('derives the values from a regency profile', () => {
    expect(
      placeholderValues(
        {
          kind: 'kabupaten',
          name: 'Simalungun',
          capital: 'Pematang Raya',
          province: 'Sumatera Utara',
          officeName: 'Dinas Komunikasi dan Informatika',
        },
        2021,
      ),
    ).toEqual(values);
    expect(
      placeholderValues(
        { kind: 'kota', name: 'Medan', capital: 'Medan', province: 'Sumatera Utara', officeName: 'Diskominfo' },
        null,
      ).nama_daerah,
    ).toBe('Kota Medan');
  });

  it('describes every placeholder in Indonesian, one line each', () => {
    expect(PLACEHOLDERS.map((p) => p.name)).toEqual(['nama_daerah', 'tahun', 'ibu_kota', 'provinsi', 'nama_dinas']);
    for (const p of PLACEHOLDERS) expect(p.description).toMatch(/^[^\n]+$/);
  });
});
