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
    expect(formatTimeRange(null, null, 'WIT')).toBe('-');
    expect(formatTimeRange('', '16.00', 'WIB')).toBe('-');
    expect(formatTimeRange('08.00', '', 'WIB')).toBe('08.00 WIB – selesai');
  });
  it('trims a time typed with spaces', () => {
    expect(formatClock(' 09:30 ')).toBe('09.30');
    expect(formatTime(' 13:00', 'WIT')).toBe('13.00 WIT');
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
  it('tidies spaces, skips blank parts and compares the city without regard to case', () => {
    expect(physicalVenue({ venueName: '  Aula   Kantor\tBupati ', venueAddress: '   ', venueCity: ' Pematang  Raya ' })).toBe(
      'Aula Kantor Bupati, Pematang Raya',
    );
    expect(physicalVenue({ ...hall, venueAddress: 'Jalan Asahan, PEMATANG RAYA' })).toBe(
      'Aula Kantor Bupati, Jalan Asahan, PEMATANG RAYA',
    );
    expect(physicalVenue({ ...hall, venueCity: 'pematang raya', venueAddress: 'Jalan Asahan, Pematang Raya' })).toBe(
      'Aula Kantor Bupati, Jalan Asahan, Pematang Raya',
    );
    expect(physicalVenue({ venueName: 'Aula Kantor Bupati', venueAddress: null, venueCity: null })).toBe('Aula Kantor Bupati');
    expect(physicalVenue({ venueName: null, venueAddress: 'Jalan Asahan', venueCity: 'Pematang Raya' })).toBe(
      'Jalan Asahan, Pematang Raya',
    );
    expect(physicalVenue({ venueName: null, venueAddress: null, venueCity: 'Pematang Raya' })).toBe('Pematang Raya');
    // A city merely inside the name is still added at the end.
    expect(physicalVenue({ venueName: 'Gedung Pematang Raya Indah', venueAddress: null, venueCity: 'Pematang Raya' })).toBe(
      'Gedung Pematang Raya Indah, Pematang Raya',
    );
  });
  it('writes a daring or hybrid event without a link, and a hybrid one without a place', () => {
    const nowhere = { venueName: null, venueAddress: null, venueCity: null };
    const link = 'https://zoom.us/j/1';
    expect(formatVenue({ ...hall, mode: 'daring', meetingLink: null })).toBe('Daring');
    expect(formatVenue({ ...hall, mode: 'daring', meetingLink: '  ' })).toBe('Daring');
    expect(formatVenue({ ...hall, mode: 'hybrid', meetingLink: null })).toBe(`${physicalVenue(hall)}, dan secara daring`);
    expect(formatVenue({ ...nowhere, mode: 'hybrid', meetingLink: ` ${link} ` })).toBe(`Hybrid, secara daring melalui ${link}`);
    expect(formatVenue({ ...nowhere, mode: 'hybrid', meetingLink: null })).toBe('Hybrid, secara daring');
    // A luring event prints no link even if one was recorded; a blank place of the day keeps the venue.
    expect(formatVenue({ ...hall, mode: 'luring', meetingLink: link })).toBe(physicalVenue(hall));
    expect(formatVenue({ ...hall, mode: 'luring', meetingLink: null }, '  ')).toBe(physicalVenue(hall));
    expect(formatVenue({ ...hall, mode: 'hybrid', meetingLink: link }, 'Hotel Siantar')).toBe(
      `Hotel Siantar, dan secara daring melalui ${link}`,
    );
    expect(formatVenue({ ...hall, mode: 'daring', meetingLink: link }, 'Hotel Siantar')).toBe(`Daring melalui ${link}`);
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
  it('turns each typed prefix into its canonical form, and lets the recorded status win', () => {
    const typed = (title: string) => formatJabatan({ title, status: 'definitif' });
    expect(typed('PLT Kepala Dinas Sosial')).toBe('Plt. Kepala Dinas Sosial');
    expect(typed('plh. Camat Raya')).toBe('Plh. Camat Raya');
    expect(typed('PJ Bupati Simalungun')).toBe('Pj. Bupati Simalungun');
    expect(typed('Pjs  Bupati Simalungun')).toBe('Pjs. Bupati Simalungun');
    expect(formatJabatan({ title: 'Plt Camat Raya', status: 'plh' })).toBe('Plh. Camat Raya');
    expect(formatJabatan({ title: 'Camat Raya', status: 'pj' })).toBe('Pj. Camat Raya');
    // Only at the start, and only as a word of its own.
    expect(typed('Ajudan Pj. Bupati')).toBe('Ajudan Pj. Bupati');
    expect(typed('Pjabat Sementara')).toBe('Pjabat Sementara');
    expect(typed('  Kepala   Dinas  Sosial ')).toBe('Kepala Dinas Sosial');
  });
  it('adds the region only when the position asks for it and a region is known, in any case typed', () => {
    expect(formatJabatan({ title: 'Camat Raya', status: 'definitif' }, region)).toBe('Camat Raya');
    expect(formatJabatan({ title: 'Camat Raya', status: 'definitif', withRegion: false }, region)).toBe('Camat Raya');
    expect(formatJabatan({ title: 'Kepala Dinas Sosial', status: 'definitif', withRegion: true })).toBe('Kepala Dinas Sosial');
    expect(formatJabatan({ title: 'Kepala Dinas Sosial', status: 'definitif', withRegion: true }, null)).toBe(
      'Kepala Dinas Sosial',
    );
    expect(formatJabatan({ title: 'Inspektur kabupaten simalungun', status: 'definitif', withRegion: true }, region)).toBe(
      'Inspektur kabupaten simalungun',
    );
    expect(
      formatJabatan(
        { title: 'Kepala Dinas Kesehatan', status: 'plt', withRegion: true },
        { kind: 'kota', name: 'Pematangsiantar' },
      ),
    ).toBe('Plt. Kepala Dinas Kesehatan Kota Pematangsiantar');
    expect(
      positionsJabatan(
        [
          { title: 'Sekretaris Daerah', status: 'definitif', withRegion: true },
          { title: 'Kepala Dinas Sosial', status: 'plt' },
        ],
        region,
      ),
    ).toBe('Sekretaris Daerah Kabupaten Simalungun dan Plt. Kepala Dinas Sosial');
    expect(joinJabatan([])).toBe('');
    expect(joinJabatan(['', 'Camat Raya'])).toBe('Camat Raya');
  });
});
