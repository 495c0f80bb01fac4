// Times with the regency's zone, venues with their mode and link, and the one printed jabatan string.
import { describe, expect, it } from 'vitest';
import { formatJabatan, joinJabatan, positionsJabatan } from '../../../shared/format/jabatan';
import { formatClock, formatTime, formatTimeRange } from '../../../shared/format/times';
import { formatVenue, physicalVenue } from '../../../shared/format/venue';

describe('times', () => {
  it('writes clock times with a dot and the zone', () => {
    expect(formatClock('09:00')).toBe('09.00');
    expect(formatTime('09:00', 'WIB')).toBe('09.00 WIB');
    expect(formatTime('16.00', 'WITA')).toBe('16.00 WITA');
    expect(formatTimeRange('08:00', '16:00', 'WIT')).toBe('08.00 – 16.00 WIT');
    expect(formatTimeRange('08.00', null, 'WITA')).toBe('08.00 WITA – selesai');
    expect(formatTimeRange(null, '16.00', 'WIB')).toBe('-');
  });
});

describe('venues', () => {
  const hall = { venueName: 'Aula Kantor Bupati', venueAddress: 'Jalan Sisingamangaraja No. 1', venueCity: 'Pematang Raya' };
  it('joins name, address and city, the city once', () => {
    expect(physicalVenue(hall)).toBe('Aula Kantor Bupati, Jalan Sisingamangaraja No. 1, Pematang Raya');
    expect(physicalVenue({ ...hall, venueAddress: 'Jalan Asahan, Pematang Raya' })).toBe(
      'Aula Kantor Bupati, Jalan Asahan, Pematang Raya',
    );
    expect(physicalVenue({ venueName: null, venueAddress: null, venueCity: null })).toBeNull();
  });
  it('adds the link of a daring or hybrid event, and lets a day be held elsewhere', () => {
    const link = 'https://zoom.us/j/1';
    expect(formatVenue({ ...hall, mode: 'luring', meetingLink: null })).toBe(physicalVenue(hall));
    expect(formatVenue({ ...hall, mode: 'daring', meetingLink: link })).toBe(`Daring melalui ${link}`);
    expect(formatVenue({ ...hall, mode: 'hybrid', meetingLink: link })).toBe(
      `${physicalVenue(hall)}, dan secara daring melalui ${link}`,
    );
    expect(formatVenue({ ...hall, mode: 'luring', meetingLink: null }, 'Hotel Siantar')).toBe('Hotel Siantar');
    expect(formatVenue({ venueName: null, venueAddress: null, venueCity: null, mode: 'luring', meetingLink: null })).toBeNull();
  });
});

describe('jabatan', () => {
  const region = { kind: 'kabupaten' as const, name: 'Simalungun' };
  it('normalises a typed prefix, adds the region once and joins several positions', () => {
    expect(formatJabatan({ title: 'plt kepala dinas sosial', status: 'definitif' })).toBe('Plt. kepala dinas sosial');
    expect(formatJabatan({ title: 'Kepala Dinas Sosial', status: 'plh', withRegion: true }, region)).toBe(
      'Plh. Kepala Dinas Sosial Kabupaten Simalungun',
    );
    expect(formatJabatan({ title: 'Inspektur Kabupaten Simalungun', status: 'definitif', withRegion: true }, region)).toBe(
      'Inspektur Kabupaten Simalungun',
    );
    expect(joinJabatan(['A', ' ', 'B'])).toBe('A dan B');
    expect(
      positionsJabatan([
        { title: 'Kepala Dinas Pariwisata', status: 'definitif' },
        { title: 'Kepala Dinas Perpustakaan dan Kearsipan', status: 'plt' },
      ]),
    ).toBe('Kepala Dinas Pariwisata dan Plt. Kepala Dinas Perpustakaan dan Kearsipan');
  });
});
