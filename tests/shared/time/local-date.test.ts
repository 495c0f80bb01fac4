// Dates on the regency's clock: WIB, WITA, WIT are UTC+7, +8, +9 all year. At 06:30 WIB on 1 January it is the
// new year, and a document numbered then carries the new year, whatever UTC says.
import { describe, expect, it } from 'vitest';
import { demoBundle } from '../../../electron/demo/simalungun-2021';
import { openDatabase } from '../../../electron/db/connection';
import { createServices } from '../../../electron/services/services';
import { localDate, localYear, UTC_OFFSET_HOURS } from '../../../shared/time/local-date';
import { tempDir } from '../../helpers/temp-db';
import { join } from 'node:path';

describe('localDate', () => {
  it('1 January 06:30 WIB is still the new year (23:30 UTC on 31 December)', () => {
    expect(localDate('2026-12-31T23:30:00.000Z', 'WIB')).toBe('2027-01-01');
    expect(localYear('2026-12-31T23:30:00.000Z', 'WIB')).toBe(2027);
  });

  it('turns the day at local midnight in each zone', () => {
    expect(localDate('2026-12-31T16:59:59.999Z', 'WIB')).toBe('2026-12-31');
    expect(localDate('2026-12-31T17:00:00.000Z', 'WIB')).toBe('2027-01-01');
    expect(localDate('2026-12-31T15:59:59.999Z', 'WITA')).toBe('2026-12-31');
    expect(localDate('2026-12-31T16:00:00.000Z', 'WITA')).toBe('2027-01-01');
    expect(localDate('2026-12-31T14:59:59.999Z', 'WIT')).toBe('2026-12-31');
    expect(localDate('2026-12-31T15:00:00.000Z', 'WIT')).toBe('2027-01-01');
    expect(UTC_OFFSET_HOURS).toEqual({ WIB: 7, WITA: 8, WIT: 9 });
  });

  it('takes Date objects and refuses nonsense', () => {
    expect(localDate(new Date(Date.UTC(2027, 5, 30, 20, 0)), 'WIT')).toBe('2027-07-01');
    expect(() => localDate('bukan tanggal', 'WIB')).toThrow(/tidak valid/);
  });
});

describe('document numbers', () => {
  async function servicesAt(now: string, zone: 'WIB' | 'WITA' | 'WIT') {
    const { dir, cleanup } = tempDir('scd-tz-');
    const opened = await openDatabase(join(dir, 'a.db'), { now: () => now });
    const services = createServices(opened.db, { now: () => now });
    const bundle = demoBundle();
    bundle.regency.tataNaskah = { ...bundle.regency.tataNaskah, timeZone: zone };
    // A closure date would decide instead of the clock: left out.
    services.bundle.import(bundle, { replace: true });
    opened.db.prepare('DELETE FROM closure_signatory').run();
    opened.db.prepare('DELETE FROM closure').run();
    return { services, close: () => (opened.db.close(), cleanup()) };
  }

  it('a number taken at 06:30 WIB on 1 January carries the new year', async () => {
    const { services, close } = await servicesAt('2026-12-31T23:30:00.000Z', 'WIB');
    try {
      const rendered = await services.documents.preview({ kind: 'keputusan-tim', format: 'pdf' });
      expect(rendered.number).toMatch(/2027$/);
    } finally {
      close();
    }
  });

  it('at 23:30 WIT on 31 December (14:30 UTC) it is still the old year', async () => {
    const { services, close } = await servicesAt('2026-12-31T14:30:00.000Z', 'WIT');
    try {
      const rendered = await services.documents.preview({ kind: 'keputusan-tim', format: 'pdf' });
      expect(rendered.number).toMatch(/2026$/);
    } finally {
      close();
    }
  });
});
