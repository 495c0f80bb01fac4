// Units (OPD and kecamatan), people with their identifiers and pangkat, and the positions they hold.
import { z } from 'zod';
import { nipProblem, niPppkProblem } from '../format/nip';
import { PANGKAT_CODES } from '../format/pangkat';
import { id, isoDate, LIMITS, opt, optText, recordMeta, sortOrder, text } from './common';

export const UNIT_KINDS = [
  'sekretariat',
  'inspektorat',
  'dinas',
  'badan',
  'bagian',
  'rsud',
  'satuan',
  'uptd',
  'kecamatan',
  'kelurahan',
  'lainnya',
] as const;
export type UnitKind = (typeof UNIT_KINDS)[number];
export const UNIT_KIND_LABELS: Record<UnitKind, string> = {
  sekretariat: 'Sekretariat',
  inspektorat: 'Inspektorat',
  dinas: 'Dinas',
  badan: 'Badan',
  bagian: 'Bagian (Setda)',
  rsud: 'RSUD',
  satuan: 'Satuan (Satpol PP)',
  uptd: 'UPTD',
  kecamatan: 'Kecamatan',
  kelurahan: 'Kelurahan',
  lainnya: 'Lainnya',
};

export const unitFields = z.object({
  id,
  kind: z.enum(UNIT_KINDS),
  name: text(LIMITS.short),
  shortName: optText(60),
  /** The unit it belongs to: a bagian under the Sekretariat Daerah, a UPTD under its dinas, a kelurahan under its kecamatan. */
  parentId: opt(id),
  sortOrder,
  ...recordMeta,
});
export const unitRules = (u: { id: number | null; parentId: number | null }, ctx: z.RefinementCtx) => {
  if (u.id !== null && u.parentId === u.id) {
    ctx.addIssue({ code: 'custom', path: ['parentId'], message: 'unit tidak dapat menjadi induk dirinya sendiri' });
  }
};
export const unitSchema = unitFields.superRefine(unitRules);
export type Unit = z.output<typeof unitSchema>;

const nip = z
  .string()
  .transform((s) => s.replace(/[\s.]/g, ''))
  .superRefine((s, ctx) => {
    const problem = nipProblem(s);
    if (problem) ctx.addIssue({ code: 'custom', message: problem });
  });

const niPppk = z
  .string()
  .transform((s) => s.replace(/[\s.]/g, ''))
  .superRefine((s, ctx) => {
    const problem = niPppkProblem(s);
    if (problem) ctx.addIssue({ code: 'custom', message: problem });
  });

export const GENDERS = ['L', 'P'] as const;
export type Gender = (typeof GENDERS)[number];
export const GENDER_LABELS: Record<Gender, string> = { L: 'Laki-laki', P: 'Perempuan' };

export const ESELONS = ['I.a', 'I.b', 'II.a', 'II.b', 'III.a', 'III.b', 'IV.a', 'IV.b', 'V.a'] as const;
export type Eselon = (typeof ESELONS)[number];

export const personFields = z.object({
  id,
  name: text(120),
  frontTitle: optText(60),
  backTitle: optText(80),
  /** NIP of a PNS, 18 digits (8-6-1-3); stored without spaces. */
  nip: opt(nip),
  /** Nomor Induk PPPK, for contract civil servants. */
  niPppk: opt(niPppk),
  pangkat: opt(z.enum(PANGKAT_CODES)),
  phone: opt(
    z
      .string()
      .trim()
      .regex(/^\+?[\d\s-]{6,20}$/, 'nomor telepon hanya boleh berisi angka, spasi, tanda - dan +'),
  ),
  /** False for people outside the civil service (ministry facilitators, academics, UMKM, community): no NIP, no pangkat. */
  asn: z.boolean().default(true),
  /** Instansi of someone not placed by a position (a university, a company, the ministry). */
  institution: optText(LIMITS.short),
  /** Jenis kelamin; read from digit 15 of the NIP when there is one. */
  gender: opt(z.enum(GENDERS)),
  eselon: opt(z.enum(ESELONS)),
  isDemo: z.boolean().default(false),
  ...recordMeta,
});

/** Digit 15 of a NIP: 1 laki-laki, 2 perempuan. */
export function genderFromNip(nip: string | null): Gender | null {
  const digit = nip?.replace(/[\s.]/g, '')[14];
  return digit === '1' ? 'L' : digit === '2' ? 'P' : null;
}

export const personRules = (
  p: { nip: string | null; niPppk: string | null; asn: boolean; pangkat: string | null; eselon: string | null; gender: Gender | null },
  ctx: z.RefinementCtx,
) => {
  if (p.nip && p.niPppk) {
    ctx.addIssue({ code: 'custom', path: ['niPppk'], message: 'isi NIP atau NI PPPK, tidak keduanya' });
  }
  if (!p.asn) {
    const civil: [keyof typeof p, string][] = [
      ['nip', 'NIP'],
      ['niPppk', 'NI PPPK'],
      ['pangkat', 'pangkat'],
      ['eselon', 'eselon'],
    ];
    for (const [field, label] of civil) {
      if (p[field]) ctx.addIssue({ code: 'custom', path: [field], message: `orang non-ASN tidak memiliki ${label}` });
    }
  }
  const fromNip = genderFromNip(p.nip);
  if (fromNip && p.gender && p.gender !== fromNip) {
    ctx.addIssue({
      code: 'custom',
      path: ['gender'],
      message: `jenis kelamin tidak sesuai dengan NIP (digit ke-15 menunjukkan ${GENDER_LABELS[fromNip].toLowerCase()})`,
    });
  }
};

/** Fills the gender from the NIP when it was left empty. */
export const withGenderFromNip = <T extends { nip: string | null; gender: Gender | null }>(p: T): T =>
  p.gender === null && genderFromNip(p.nip) ? { ...p, gender: genderFromNip(p.nip) } : p;
export const personSchema = personFields.superRefine(personRules).transform(withGenderFromNip);
export type Person = z.output<typeof personSchema>;
export type PersonInput = z.input<typeof personSchema>;

/** Regional heads and Sekda sign without NIP and pangkat (Pasal 44); the role also drives defaults. */
export const POSITION_ROLES = [
  'bupati',
  'wakil_bupati',
  'sekda',
  'asisten',
  'staf_ahli',
  'kepala_opd',
  'sekretaris_opd',
  'kepala_bidang',
  'kepala_bagian',
  'kepala_sub_bagian',
  'direktur_rsud',
  'kepala_satuan',
  'kepala_uptd',
  'camat',
  'sekretaris_camat',
  'lurah',
  'lainnya',
] as const;
export type PositionRole = (typeof POSITION_ROLES)[number];
export const POSITION_ROLE_LABELS: Record<PositionRole, string> = {
  bupati: 'Bupati / Wali Kota',
  wakil_bupati: 'Wakil Bupati / Wakil Wali Kota',
  sekda: 'Sekretaris Daerah',
  asisten: 'Asisten Sekda',
  staf_ahli: 'Staf Ahli',
  kepala_opd: 'Kepala OPD',
  sekretaris_opd: 'Sekretaris OPD',
  kepala_bidang: 'Kepala Bidang',
  kepala_bagian: 'Kepala Bagian',
  kepala_sub_bagian: 'Kepala Sub Bagian',
  direktur_rsud: 'Direktur RSUD',
  kepala_satuan: 'Kepala Satuan',
  kepala_uptd: 'Kepala UPTD',
  camat: 'Camat',
  sekretaris_camat: 'Sekretaris Camat',
  lurah: 'Lurah',
  lainnya: 'Lainnya (jabatan ditulis bebas)',
};

export const POSITION_STATUSES = ['definitif', 'plt', 'plh', 'pj'] as const;
export type PositionStatus = (typeof POSITION_STATUSES)[number];

export const positionFields = z.object({
  id,
  personId: id,
  /**
   * The jabatan without its Plt./Plh./Pj. prefix, e.g. "Kepala Dinas Komunikasi dan Informatika Kabupaten
   * Simalungun"; printed only through formatJabatan (shared/format/jabatan.ts).
   */
  title: text(LIMITS.line),
  /** Print "Kabupaten X" / "Kota X" after the title (when the title does not already end with it). */
  withRegion: z.boolean().default(false),
  unitId: opt(id),
  role: z.enum(POSITION_ROLES),
  status: z.enum(POSITION_STATUSES).default('definitif'),
  startDate: opt(isoDate),
  endDate: opt(isoDate),
  ...recordMeta,
});
export const positionRules = (p: { startDate: string | null; endDate: string | null }, ctx: z.RefinementCtx) => {
  if (p.startDate && p.endDate && p.endDate < p.startDate) {
    ctx.addIssue({ code: 'custom', path: ['endDate'], message: 'tanggal selesai tidak boleh sebelum tanggal mulai' });
  }
};
export const positionSchema = positionFields.superRefine(positionRules);
export type Position = z.output<typeof positionSchema>;

export const STATUS_PREFIX: Record<PositionStatus, string> = { definitif: '', plt: 'Plt.', plh: 'Plh.', pj: 'Pj.' };

/** Pasal 44(3): the regional head, the deputy and the Sekda sign without NIP and pangkat (and so do their Pj./Plt./Plh.). */
export function signsWithoutNip(role: PositionRole): boolean {
  return role === 'bupati' || role === 'wakil_bupati' || role === 'sekda';
}
