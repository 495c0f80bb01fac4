// The portable bundle: one whole programme as versioned JSON. Validation checks types, ids and every reference,
// and reports each problem by path so that a clerk can find it (people[3].nip: NIP harus 18 digit).
import { z } from 'zod';
import { bundleReferenceProblems } from './bundle-references';
import { stageDaySchema, participantSchema, stageFacilitatorSchema, stageSchema } from './bimtek';
import { closureSchema } from './closure';
import { masterplanSchema, masterplanTemplateSchema } from './masterplan';
import { personSchema, positionSchema, unitSchema } from './organisation';
import { decreeSchema, stagePaperworkSchema } from './paperwork';
import { textTemplateSchema } from './text-template';
import { stagePhotoSchema } from './stage-photo';
import { programmeSchema, teamMemberSchema, teamSchema } from './programme';
import { regencySchema } from './regency';
import { documentNumberSchema, documentRenderSchema, numberingSchema } from './register';

export const BUNDLE_FORMAT = 'smart-city-desk-bundle';
export const BUNDLE_VERSION = 3;
/** Older versions this app still reads; each is upgraded on the way in (see bundle-upgrade.ts). */
export const READABLE_BUNDLE_VERSIONS = [1, 2, 3] as const;

export const bundleShape = z.object({
  format: z.literal(BUNDLE_FORMAT, { error: `bukan berkas bundel Smart City Desk (format harus "${BUNDLE_FORMAT}")` }),
  version: z.literal(BUNDLE_VERSION, { error: `versi bundel tidak didukung (aplikasi ini membaca versi ${BUNDLE_VERSION})` }),
  regency: regencySchema,
  units: z.array(unitSchema).max(1000).default([]),
  people: z.array(personSchema).max(20_000).default([]),
  positions: z.array(positionSchema).max(40_000).default([]),
  programme: programmeSchema,
  teams: z.array(teamSchema).max(10).default([]),
  teamMembers: z.array(teamMemberSchema).max(5000).default([]),
  stages: z.array(stageSchema).max(4).default([]),
  stageFacilitators: z.array(stageFacilitatorSchema).max(400).default([]),
  stageDays: z.array(stageDaySchema).max(40).default([]),
  participants: z.array(participantSchema).max(20_000).default([]),
  /** Surat Undangan and Laporan Pelaksanaan facts per stage (since schema 004; absent in older files). */
  stagePaperwork: z.array(stagePaperworkSchema).max(4).default([]),
  /** Documentation photos of the stages, already scaled, as base64 (since schema 009; absent in older files). */
  stagePhotos: z.array(stagePhotoSchema).max(80).default([]),
  /** The Keputusan Bupati forming the Dewan and the Tim Pelaksana; null when not yet set. */
  decree: z.nullable(decreeSchema).default(null),
  /** The office's own wording of document prose (since schema 005); a part without one prints the default. */
  textTemplates: z.array(textTemplateSchema).max(200).default([]),
  closure: z.nullable(closureSchema).default(null),
  masterplan: masterplanSchema.default(masterplanSchema.parse({})),
  templates: z.array(masterplanTemplateSchema).max(100).default([]),
  numbering: numberingSchema.default(numberingSchema.parse({})),
  documentNumbers: z.array(documentNumberSchema).max(100_000).default([]),
  documentRenders: z.array(documentRenderSchema).max(100_000).default([]),
});

export const bundleSchema = bundleShape.superRefine((bundle, ctx) => {
  for (const problem of bundleReferenceProblems(bundle)) {
    ctx.addIssue({ code: 'custom', path: problem.path, message: problem.message });
  }
});
export type Bundle = z.output<typeof bundleSchema>;
export type BundleInput = z.input<typeof bundleSchema>;
