// The regency profile row, with the logo kept as a BLOB in the database and as base64 in the domain.
import { tataNaskahSchema, type Regency, type TataNaskah } from '../../shared/domain/regency';
import type { Db } from '../db/connection';
import { regencyMapping } from './mappings';
import { SingletonRepository } from './singleton-repository';
import { systemClock, type Clock } from './entity-repository';

/**
 * The Tata Naskah profile is stored as JSON; a setting added after the row was written is read as its default, so
 * a new setting never needs its own data migration. A stored value the schema refuses is returned as it is, for
 * validation at the next save to name.
 */
function withDefaults(stored: TataNaskah): TataNaskah {
  const parsed = tataNaskahSchema.safeParse(stored);
  return parsed.success ? parsed.data : stored;
}

export class RegencyRepository {
  private readonly row: SingletonRepository<Omit<Regency, 'logo'>>;
  private readonly readLogo;
  private readonly writeLogo;

  constructor(db: Db, clock: Clock = systemClock) {
    this.row = new SingletonRepository(db, regencyMapping, clock);
    this.readLogo = db.prepare<[], { logo: Buffer | null; logo_mime: string | null }>(
      'SELECT logo, logo_mime FROM regency WHERE id = 1',
    );
    this.writeLogo = db.prepare<[Buffer | null, string | null]>('UPDATE regency SET logo = ?, logo_mime = ? WHERE id = 1');
  }

  get(): Regency | null {
    const profile = this.row.get();
    if (!profile) return null;
    const logoRow = this.readLogo.get();
    const logo =
      logoRow?.logo && logoRow.logo_mime
        ? { mime: logoRow.logo_mime as 'image/png' | 'image/jpeg', base64: logoRow.logo.toString('base64') }
        : null;
    return { ...profile, tataNaskah: withDefaults(profile.tataNaskah), logo };
  }

  save(regency: Regency): void {
    const { logo, ...profile } = regency;
    this.row.save(profile);
    this.writeLogo.run(logo ? Buffer.from(logo.base64, 'base64') : null, logo?.mime ?? null);
  }

  clear(): void {
    this.row.clear();
  }
}
