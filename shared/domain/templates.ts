// Requests about masterplan skeletons: save the current one under a name, or start from one (standard or saved).
import { z } from 'zod';
import { id, text } from './common';

export const saveTemplateSchema = z.object({ name: text(120) });

export const applySkeletonSchema = z.object({
  /** A saved template, or null for the standard skeleton. */
  templateId: id.nullable().default(null),
  /** Replace even when sections already hold text (the text is lost). */
  replace: z.boolean().default(false),
});

export interface AppliedSkeleton {
  volumes: number;
  chapters: number;
  sections: number;
  dimensionsSeeded: boolean;
}
