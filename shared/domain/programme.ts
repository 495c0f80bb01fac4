// The programme year with its MoU, the Dewan Smart City and Tim Pelaksana with their SK and members.
import { z } from 'zod';
import { id, isoDate, LIMITS, opt, optText, recordMeta, sortOrder, text, year } from './common';

export const programmeSchema = z.object({
  year,
  name: text(LIMITS.line).default('Gerakan Menuju Smart City'),
  mouNumber: optText(200),
  mouDate: opt(isoDate),
  mouPartner: optText(LIMITS.line),
  ...recordMeta,
});
export type Programme = z.output<typeof programmeSchema>;

export const TEAM_KINDS = ['dewan', 'tim_pelaksana'] as const;
export type TeamKind = (typeof TEAM_KINDS)[number];
export const TEAM_LABELS: Record<TeamKind, string> = { dewan: 'Dewan Smart City', tim_pelaksana: 'Tim Pelaksana Smart City' };

export const teamSchema = z.object({
  id,
  kind: z.enum(TEAM_KINDS),
  name: text(LIMITS.line),
  skNumber: optText(200),
  skDate: opt(isoDate),
  skTitle: optText(LIMITS.line),
  ...recordMeta,
});
export type Team = z.output<typeof teamSchema>;

export const MEMBER_ROLES = ['ketua', 'wakil_ketua', 'ketua_harian', 'sekretaris', 'anggota', 'lainnya'] as const;
export type MemberRole = (typeof MEMBER_ROLES)[number];
export const MEMBER_ROLE_LABELS: Record<MemberRole, string> = {
  ketua: 'Ketua',
  wakil_ketua: 'Wakil Ketua',
  ketua_harian: 'Ketua Harian',
  sekretaris: 'Sekretaris',
  anggota: 'Anggota',
  lainnya: 'Lainnya',
};

/** The role as printed: its label, or the free text of a role outside the list. */
export function memberRoleText(member: { role: MemberRole; roleText: string | null }): string {
  return member.role === 'lainnya' && member.roleText ? member.roleText : MEMBER_ROLE_LABELS[member.role];
}

export const teamMemberFields = z.object({
  id,
  teamId: id,
  personId: id,
  /** The position the member sits in the team by (e.g. as Plt Kadis Kominfo). */
  positionId: opt(id),
  role: z.enum(MEMBER_ROLES),
  /** The role in words when it is none of the list ("Koordinator Bidang Governance"). */
  roleText: optText(120),
  sortOrder,
  ...recordMeta,
});
export const teamMemberRules = (m: { role: MemberRole; roleText: string | null }, ctx: z.RefinementCtx) => {
  if (m.role === 'lainnya' && !m.roleText) {
    ctx.addIssue({ code: 'custom', path: ['roleText'], message: 'tuliskan peran anggota ini' });
  }
};
export const teamMemberSchema = teamMemberFields.superRefine(teamMemberRules);
export type TeamMember = z.output<typeof teamMemberSchema>;
