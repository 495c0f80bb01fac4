// Test helper: small and large valid bundles (format version 2) built in code, with valid NIPs, independent of the
// demo data. The records (ids, people, signatories) are the ones other tests count on; keep them.
import { BUNDLE_FORMAT, BUNDLE_VERSION, type BundleInput } from '../../shared/domain/bundle';

/** A valid NIP for index i: distinct birth dates from 1965 on, TMT 1995-03, male, serial from i. */
export function validNip(i: number): string {
  const birth = new Date(Date.UTC(1965, 0, 1) + (i % 5000) * 86_400_000);
  const y = birth.getUTCFullYear();
  const m = String(birth.getUTCMonth() + 1).padStart(2, '0');
  const d = String(birth.getUTCDate()).padStart(2, '0');
  const serial = String((Math.floor(i / 5000) % 999) + 1).padStart(3, '0');
  return `${y}${m}${d}199503${i % 2 === 0 ? 1 : 2}${serial}`;
}

export const TINY_PNG_BASE64 = 'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==';

export function minimalBundle(): BundleInput {
  return {
    format: BUNDLE_FORMAT,
    version: BUNDLE_VERSION,
    regency: {
      kind: 'kabupaten',
      name: 'Contoh',
      province: 'Sumatera Utara',
      capital: 'Kota Contoh',
      address: 'Jalan Merdeka No. 1',
      postalCode: '21162',
      regionCode: '12.99',
      logo: { mime: 'image/png', base64: TINY_PNG_BASE64 },
    },
    units: [
      { id: 1, kind: 'dinas', name: 'Dinas Komunikasi dan Informatika', shortName: 'Diskominfo', sortOrder: 1 },
      { id: 2, kind: 'kecamatan', name: 'Kecamatan Raya', sortOrder: 2 },
    ],
    people: [
      { id: 1, name: 'Wasin Sinaga', frontTitle: 'Drs.', backTitle: 'M.Si.', nip: validNip(1), pangkat: 'IV/b' },
      { id: 2, name: 'Rina Purba', backTitle: 'S.STP', nip: validNip(2), pangkat: 'III/d' },
      { id: 3, name: 'Budi Santoso' },
    ],
    positions: [
      { id: 1, personId: 1, title: 'Staf Ahli Bupati Bidang Administrasi Umum', role: 'staf_ahli' },
      { id: 2, personId: 1, title: 'Kepala Dinas Komunikasi dan Informatika', unitId: 1, role: 'kepala_opd', status: 'plt' },
      { id: 3, personId: 2, title: 'Camat Raya', unitId: 2, role: 'camat' },
      { id: 4, personId: 3, title: 'Bupati Contoh', role: 'bupati' },
    ],
    programme: { year: 2021, mouNumber: '123/MoU/2021', mouDate: '2021-05-20' },
    teams: [{ id: 1, kind: 'tim_pelaksana', name: 'Tim Pelaksana Smart City' }],
    teamMembers: [{ id: 1, teamId: 1, personId: 1, positionId: 2, role: 'ketua', sortOrder: 0 }],
    stages: [{ number: 1, title: 'Bimtek Tahap I', venueName: 'Aula Kantor Bupati', outputs: ['Analisis kesiapan daerah'] }],
    stageDays: [
      { id: 1, stageNumber: 1, date: '2021-09-06', startTime: '08.00', endTime: '16.00' },
      { id: 2, stageNumber: 1, date: '2021-09-07' },
    ],
    participants: [{ id: 1, stageNumber: 1, personId: 2, positionId: 3, attendedDayIds: [1, 2] }],
    closure: {
      date: '2021-11-19',
      venue: 'Balei Harungguan Djabanten Damanik',
      points: ['Menyusun masterplan'],
      signatories: [
        { id: 1, personId: 1, positionIds: [2], sortOrder: 0 },
        { id: 2, personId: 2, positionIds: [3], sortOrder: 1 },
        { id: 3, personId: 3, positionIds: [4], kind: 'mengetahui', sortOrder: 2 },
      ],
    },
    masterplan: {
      plan: { vision: 'Contoh Cerdas, Melayani dan Sejahtera', missions: ['Pelayanan publik digital'] },
      volumes: [{ id: 1, code: 'buku1', title: 'Buku I Analisis Strategis' }],
      chapters: [{ id: 1, volumeId: 1, title: 'Pendahuluan' }],
      sections: [{ id: 1, chapterId: 1, title: 'Latar Belakang', body: 'Teks **tebal**.', guidance: 'Uraikan latar belakang.' }],
      dimensions: [{ id: 1, code: 'governance', name: 'Smart Governance' }],
      elements: [{ id: 1, dimensionId: 1, name: 'Pelayanan publik' }],
      swot: [{ id: 1, dimensionId: 1, kind: 'S', text: 'Jaringan internet sampai kecamatan' }],
      programmes: [
        {
          id: 1,
          name: 'Mal Pelayanan Publik Digital',
          dimensionId: 1,
          elementId: 1,
          unitId: 1,
          horizon: 'pendek',
          startYear: 2022,
          endYear: 2022,
          code: 'GOV-01',
          fundings: [{ source: 'APBD', amount: 1_500_000_000 }],
          isQuickWin: true,
        },
      ],
    },
  };
}

/** A bundle with n extra people and positions, for heavy imports. */
export function largeBundle(n: number): BundleInput {
  const bundle = minimalBundle();
  const people = [...(bundle.people ?? [])];
  const positions = [...(bundle.positions ?? [])];
  for (let i = 0; i < n; i++) {
    const personId = 100 + i;
    people.push({ id: personId, name: `Pegawai Nomor ${i}`, nip: validNip(1000 + i), pangkat: 'III/a' });
    positions.push({ id: 100 + i, personId, title: `Staf Bidang ${i % 40}`, unitId: 1, role: 'lainnya' });
  }
  return { ...bundle, people, positions };
}
