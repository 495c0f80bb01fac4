// Where an event is held, in one line: the venue's name, address and city, and for a daring or hybrid event the
// meeting link ("Aula Kantor Bupati, Jalan Sisingamangaraja No. 1, Pematang Raya, dan secara daring melalui https://…").
import type { VenueMode } from '../domain/bimtek';

export interface VenueParts {
  venueName: string | null;
  venueAddress: string | null;
  venueCity: string | null;
  mode: VenueMode;
  meetingLink: string | null;
}

const clean = (text: string | null | undefined) => text?.replace(/\s+/g, ' ').trim() || null;

/** Name, address and city, each once: a city already named at the end of the address is not repeated. */
export function physicalVenue(v: Pick<VenueParts, 'venueName' | 'venueAddress' | 'venueCity'>): string | null {
  const parts = [clean(v.venueName), clean(v.venueAddress)].filter((p): p is string => p !== null);
  const city = clean(v.venueCity);
  const said = parts.join(', ').toLocaleLowerCase('id-ID');
  if (city && !said.endsWith(city.toLocaleLowerCase('id-ID'))) parts.push(city);
  return parts.length ? parts.join(', ') : null;
}

/**
 * The venue as printed. `place` replaces the physical venue (a day held elsewhere); the mode adds the link: daring
 * "Daring melalui …", hybrid "… dan secara daring melalui …". Null when nothing is known.
 */
export function formatVenue(v: VenueParts, place: string | null = null): string | null {
  const physical = clean(place) ?? physicalVenue(v);
  const link = clean(v.meetingLink);
  if (v.mode === 'daring') return link ? `Daring melalui ${link}` : 'Daring';
  if (v.mode === 'hybrid') {
    const online = link ? `secara daring melalui ${link}` : 'secara daring';
    return physical ? `${physical}, dan ${online}` : `Hybrid, ${online}`;
  }
  return physical;
}
