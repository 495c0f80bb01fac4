// The Bimtek paperwork beyond the closure: per stage the invitation (Surat Undangan) and the report (Laporan
// Pelaksanaan), and the Bupati's decree forming the Dewan Smart City and the Tim Pelaksana. Only what the rest of the
// model cannot give is stored here; every field may stay empty and the documents then print the standard wording.
import { z } from 'zod';
import { stageNumber } from './bimtek';
import { id, isoDate, LIMITS, opt, optText, recordMeta, text } from './common';

export const invitationSchema = z.object({
  /** Date of the letter; the first day of the stage less a week when empty. */
  letterDate: opt(isoDate),
  /** Sifat: Biasa, Segera, Penting … */
  nature: text(60).default('Biasa'),
  /** Hal; "Undangan Bimbingan Teknis … Tahap N" when empty. */
  subject: optText(LIMITS.line),
  /** Positions invited, in order; empty: every head of an OPD and every camat. */
  inviteePositionIds: z.array(id).max(2000).default([]),
  /** The position that signs the letter; the Bupati when empty. */
  signerPositionId: opt(id),
  /** a.n.: the office the signer signs for ("Bupati Simalungun"). */
  signerOnBehalfOf: optText(LIMITS.short),
  /** Tembusan, in order ("Bupati Simalungun (sebagai laporan)"). */
  copiesTo: z.array(text(LIMITS.line)).max(50).default([]),
  /** Dress code or other notes printed after the acara ("Pakaian: Dinas Harian"). */
  notes: z.array(text(LIMITS.line)).max(20).default([]),
});
export type Invitation = z.output<typeof invitationSchema>;

export const stageReportSchema = z.object({
  /** Date of the report; the last day of the stage when empty. */
  reportDate: opt(isoDate),
  /** Dasar: the legal and administrative basis, one item each; the MoU and the decree when empty. */
  basis: z.array(text(LIMITS.paragraph)).max(50).default([]),
  /** Maksud dan tujuan, one paragraph each; the standard sentence when empty. */
  purposes: z.array(text(LIMITS.paragraph)).max(50).default([]),
  /** Kendala, one item each; "Tidak terdapat kendala yang berarti." when empty. */
  obstacles: z.array(text(LIMITS.paragraph)).max(50).default([]),
  /** Penutup; the standard closing sentence when empty. */
  closing: optText(LIMITS.paragraph),
});
export type StageReport = z.output<typeof stageReportSchema>;

export const stagePaperworkSchema = z.object({
  stageNumber,
  invitation: invitationSchema.default(invitationSchema.parse({})),
  report: stageReportSchema.default(stageReportSchema.parse({})),
  ...recordMeta,
});
export type StagePaperwork = z.output<typeof stagePaperworkSchema>;

/** The Keputusan Bupati forming the Dewan Smart City and the Tim Pelaksana (a draft for the legal section). */
export const decreeSchema = z.object({
  /** Menimbang a., b., …: each starts "bahwa …"; the standard considerations when empty. */
  considerations: z.array(text(LIMITS.paragraph)).max(30).default([]),
  /** Mengingat 1., 2., …; the standard legal bases (and the MoU) when empty. */
  legalBases: z.array(text(LIMITS.paragraph)).max(50).default([]),
  /** Tugas Dewan Smart City, one item each; the standard tasks when empty. */
  dewanTasks: z.array(text(LIMITS.paragraph)).max(30).default([]),
  /** Tugas Tim Pelaksana, one item each; the standard tasks when empty. */
  timTasks: z.array(text(LIMITS.paragraph)).max(30).default([]),
  /** Ditetapkan di: the capital when empty. */
  place: optText(120),
  /** Tanggal penetapan; the Dewan's SK date, else left blank for the legal section. */
  date: opt(isoDate),
  ...recordMeta,
});
export type Decree = z.output<typeof decreeSchema>;

export const saveStagePaperworkSchema = stagePaperworkSchema;
