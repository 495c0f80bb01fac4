// The shape a form edits: a stored record whose id is null while it is new, and whose identity and times (uid,
// createdAt, updatedAt) are absent until the repository fills them.
import type { RegencyInput } from '../../../shared/domain/regency';

type Meta = 'uid' | 'createdAt' | 'updatedAt';

export type Draft<T extends { id: number }> = Omit<T, 'id' | Meta> & { id: number | null } & Partial<
    Pick<T, Extract<keyof T, Meta>>
  >;

/** The region a jabatan may name ("Kabupaten Simalungun"), or null before the profile is filled. */
export type Region = Pick<RegencyInput, 'kind' | 'name'> | null;
