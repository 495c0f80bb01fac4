// The four Bimtek stages: days, venue, facilitators, agenda, expected outputs, participants and attendance.
import { z } from 'zod';
import { clockTime, id, isoDate, LIMITS, opt, optText, recordMeta, sortOrder, text } from './common';

export const STAGE_NUMBERS = [1, 2, 3, 4] as const;
export const stageNumber = z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4)], {
  error: 'tahap Bimtek harus 1, 2, 3 atau 4',
});
export type StageNumber = z.output<typeof stageNumber>;

/** A facilitator or speaker of a stage: a person (usually non-ASN, with an instansi) and their role there. */
export const stageFacilitatorSchema = z.object({
  id,
  stageNumber,
  personId: id,
  /** "Narasumber", "Fasilitator Kementerian", "Moderator" … */
  role: optText(120),
  sortOrder,
  ...recordMeta,
});
export type StageFacilitator = z.output<typeof stageFacilitatorSchema>;

export const VENUE_MODES = ['luring', 'daring', 'hybrid'] as const;
export type VenueMode = (typeof VENUE_MODES)[number];
export const VENUE_MODE_LABELS: Record<VenueMode, string> = { luring: 'Luring', daring: 'Daring', hybrid: 'Hybrid' };

export const agendaItemSchema = z.object({
  time: optText(40),
  text: text(LIMITS.line),
});

export const stageFields = z.object({
  number: stageNumber,
  title: text(LIMITS.line),
  /** The venue's name ("Balei Harungguan Djabanten Damanik"). */
  venueName: optText(LIMITS.line),
  venueAddress: optText(LIMITS.line),
  venueCity: optText(120),
  mode: z.enum(VENUE_MODES).default('luring'),
  /** Zoom or Meet link of a daring or hybrid stage. */
  meetingLink: opt(z.url({ protocol: /^https?$/, error: 'tautan rapat harus alamat http(s) yang lengkap' }).max(LIMITS.line)),
  agenda: z.array(agendaItemSchema).max(200).default([]),
  outputs: z.array(text(LIMITS.line)).max(100).default([]),
  ...recordMeta,
});
export const stageRules = (s: { mode: VenueMode; meetingLink: string | null; venueName: string | null }, ctx: z.RefinementCtx) => {
  if (s.mode !== 'luring' && !s.meetingLink) {
    ctx.addIssue({ code: 'custom', path: ['meetingLink'], message: 'Bimtek daring atau hybrid memerlukan tautan rapat' });
  }
};
export const stageSchema = stageFields.superRefine(stageRules);
export type Stage = z.output<typeof stageSchema>;

export const stageDayFields = z.object({
  id,
  stageNumber,
  date: isoDate,
  startTime: opt(clockTime),
  endTime: opt(clockTime),
  /** Only when this day is held somewhere other than the stage's venue. */
  venue: optText(LIMITS.line),
  ...recordMeta,
});
export const stageDayRules = (d: { startTime: string | null; endTime: string | null }, ctx: z.RefinementCtx) => {
  if (d.startTime && d.endTime && d.endTime.replace(':', '.') < d.startTime.replace(':', '.')) {
    ctx.addIssue({ code: 'custom', path: ['endTime'], message: 'jam selesai tidak boleh sebelum jam mulai' });
  }
};
export const stageDaySchema = stageDayFields.superRefine(stageDayRules);
export type StageDay = z.output<typeof stageDaySchema>;

export const participantSchema = z.object({
  id,
  stageNumber,
  personId: id,
  /** The position printed on the attendance list; null when the person holds none. */
  positionId: opt(id),
  /** Overrides the instansi derived from the position's unit (e.g. an UMKM or a university). */
  institution: optText(LIMITS.short),
  /** Stage days the participant signed for. */
  attendedDayIds: z.array(id).max(10).default([]),
  sortOrder,
  ...recordMeta,
});
export type Participant = z.output<typeof participantSchema>;
