// Units (OPD and kecamatan), people with their identifiers and pangkat, and the positions they hold.
import { z } from 'zod';
import { nipProblem, niPppkProblem } from '../format/nip';
import { PANGKAT_CODES } from '../format/pangkat';
import { id, isoDate, LIMITS, opt, optText, sortOrder, text } from './common';

export const UNIT_KINDS = ['sekretariat', 'inspektorat', 'dinas', 'badan', 'bagian', 'kecamatan', 'lainnya'] as const;
export type UnitKind = (typeof UNIT_KINDS)[number];

export const unitSchema = z.object({
  id,
  kind: z.enum(UNIT_KINDS),
  name: text(LIMITS.short),
  shortName: optText(60),
  sortOrder,
});
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
  isDemo: z.boolean().default(false),
});
export const personRules = (p: { nip: string | null; niPppk: string | null }, ctx: z.RefinementCtx) => {
  if (p.nip && p.niPppk) {
    ctx.addIssue({ code: 'custom', path: ['niPppk'], message: 'isi NIP atau NI PPPK, tidak keduanya' });
  }
};
export const personSchema = personFields.superRefine(personRules);
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
  'camat',
  'lainnya',
] as const;
export type PositionRole = (typeof POSITION_ROLES)[number];

export const POSITION_STATUSES = ['definitif', 'plt', 'plh', 'pj'] as const;
export type PositionStatus = (typeof POSITION_STATUSES)[number];

export const positionFields = z.object({
  id,
  personId: id,
  /** The jabatan as printed, e.g. "Kepala Dinas Komunikasi dan Informatika Kabupaten Simalungun". */
  title: text(LIMITS.line),
  unitId: opt(id),
  role: z.enum(POSITION_ROLES),
  status: z.enum(POSITION_STATUSES).default('definitif'),
  startDate: opt(isoDate),
  endDate: opt(isoDate),
});
export const positionRules = (p: { startDate: string | null; endDate: string | null }, ctx: z.RefinementCtx) => {
  if (p.startDate && p.endDate && p.endDate < p.startDate) {
    ctx.addIssue({ code: 'custom', path: ['endDate'], message: 'tanggal selesai tidak boleh sebelum tanggal mulai' });
  }
};
export const positionSchema = positionFields.superRefine(positionRules);
export type Position = z.output<typeof positionSchema>;

export const STATUS_PREFIX: Record<PositionStatus, string> = { definitif: '', plt: 'Plt.', plh: 'Plh.', pj: 'Pj.' };

/** Roles that sign without gelar-driven NIP and pangkat lines (Pasal 44 ayat 3–5). */
export function signsWithoutNip(role: PositionRole): boolean {
  return role === 'bupati' || role === 'wakil_bupati' || role === 'sekda';
}
