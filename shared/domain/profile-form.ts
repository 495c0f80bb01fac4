// The profile screen saves three records at once (regency, programme, numbering): one schema, one transaction.
import { z } from 'zod';
import { programmeSchema } from './programme';
import { regencySchema } from './regency';
import { numberingSchema } from './register';

export const profileFormSchema = z.object({
  regency: regencySchema,
  programme: programmeSchema,
  numbering: numberingSchema,
});

export type ProfileFormInput = z.input<typeof profileFormSchema>;
