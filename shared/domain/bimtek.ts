// The four Bimtek stages: days, venue, facilitators, agenda, expected outputs, participants and attendance.
import { z } from 'zod';
import { clockTime, id, isoDate, LIMITS, opt, optText, sortOrder, text } from './common';

export const STAGE_NUMBERS = [1, 2, 3, 4] as const;
export const stageNumber = z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4)], {
  error: 'tahap Bimtek harus 1, 2, 3 atau 4',
});
export type StageNumber = z.output<typeof stageNumber>;

export const facilitatorSchema = z.object({
  name: text(120),
  institution: text(LIMITS.short),
});

export const agendaItemSchema = z.object({
  time: optText(40),
  text: text(LIMITS.line),
});

export const stageSchema = z.object({
  number: stageNumber,
  title: text(LIMITS.line),
  venue: optText(LIMITS.line),
  facilitators: z.array(facilitatorSchema).max(50).default([]),
  agenda: z.array(agendaItemSchema).max(200).default([]),
  outputs: z.array(text(LIMITS.line)).max(100).default([]),
});
export type Stage = z.output<typeof stageSchema>;

export const stageDayFields = z.object({
  id,
  stageNumber,
  date: isoDate,
  startTime: opt(clockTime),
  endTime: opt(clockTime),
  /** Only when this day is held somewhere other than the stage's venue. */
  venue: optText(LIMITS.line),
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
});
export type Participant = z.output<typeof participantSchema>;
