// The one way a jabatan is printed: status prefix with its dot (Plt., Plh., Pj.), the title, and the region when
// the position asks for it. Every document and every screen goes through here, so a person reads the same everywhere.
import type { PositionStatus } from '../domain/organisation';
import { STATUS_PREFIX } from '../domain/organisation';
import { regionTitle, type Regency } from '../domain/regency';

export interface JabatanParts {
  title: string;
  status: PositionStatus;
  withRegion?: boolean;
}

/** A prefix typed into the title ("Plt Kadis", "plh. Camat", "PJ Bupati"), with what follows it. */
const TYPED_PREFIX = /^(plt|plh|pjs|pj)\.?\s+/i;
const CANONICAL: Record<string, string> = { plt: 'Plt.', plh: 'Plh.', pj: 'Pj.', pjs: 'Pjs.' };

/** "Plt. Kepala Dinas Komunikasi dan Informatika Kabupaten Simalungun". */
export function formatJabatan(position: JabatanParts, region?: Pick<Regency, 'kind' | 'name'> | null): string {
  let title = position.title.replace(/\s+/g, ' ').trim();
  let prefix = STATUS_PREFIX[position.status];
  const typed = TYPED_PREFIX.exec(title);
  if (typed) {
    title = title.slice(typed[0].length);
    if (!prefix) prefix = CANONICAL[typed[1]!.toLowerCase()]!;
  }
  if (position.withRegion && region) {
    const suffix = regionTitle(region);
    if (!title.toLocaleLowerCase('id-ID').endsWith(suffix.toLocaleLowerCase('id-ID'))) title = `${title} ${suffix}`;
  }
  return prefix ? `${prefix} ${title}` : title;
}

/** Several positions in one signature: "Kepala Dinas Pariwisata dan Plt. Kepala Dinas Perpustakaan dan Kearsipan". */
export function joinJabatan(jabatans: readonly string[]): string {
  return jabatans.filter((j) => j.trim() !== '').join(' dan ');
}

/** The jabatan of someone signing in one or more positions, in the order given: THE string every document prints. */
export function positionsJabatan(positions: readonly JabatanParts[], region?: Pick<Regency, 'kind' | 'name'> | null): string {
  return joinJabatan(positions.map((p) => formatJabatan(p, region)));
}
