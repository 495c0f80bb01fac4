// A masterplan with every record the books print, for a regency unlike the demo: a kota in WITA with long names of
// OPD, programmes and sasaran, yearly targets and budgets over a ten-year period. Built on any MasterplanData (the
// demo's loaded context supplies volumes, dimensions, teams and officials), as the loader will fill it.
import type { MasterplanData, MasterplanProgrammeRow } from '../../shared/documents/context';
import type { BookRecords, ProgrammeDetails } from '../../shared/documents/masterplan-books/records';

const LONG_OPD = 'Dinas Komunikasi, Informatika, Statistik dan Persandian';
const START = 2025;

/** Programme details by position: yearly targets and budgets inside the plan period, an RPJMD link, a risk. */
function withDetails(p: MasterplanProgrammeRow, i: number): MasterplanProgrammeRow & ProgrammeDetails {
  const first = START + (i % 3);
  const last = p.horizon === 'pendek' ? first : p.horizon === 'menengah' ? first + 3 : START + 8;
  const years = Array.from({ length: last - first + 1 }, (_, k) => first + k);
  return {
    ...p,
    unitName: i % 4 === 0 ? LONG_OPD : p.unitName,
    startYear: first,
    endYear: last,
    indicator: `Persentase layanan ${p.name.toLowerCase()} yang terintegrasi`,
    baseline: `${10 + i}% (2024)`,
    targets: years.slice(0, 4).map((year, k) => ({ year, value: `${25 + k * 15}%` })),
    budgets: years.flatMap((year, k) => [
      { year, source: 'APBD' as const, amount: 150_000_000 + k * 25_000_000 + i * 10_000_000 },
      ...(k % 2 === 0 ? [{ year, source: 'APBN' as const, amount: 1_250_000_000 }] : []),
    ]),
    rpjmdRef: i % 2 === 0 ? `Misi 2 RPJMD 2025–2029, Program Penyelenggaraan Pemerintahan Berbasis Elektronik` : null,
    renstraRef: i % 3 === 0 ? `Renstra ${LONG_OPD} 2025–2029, Sasaran 1.2` : null,
    enabler: (['struktur', 'infrastruktur', 'suprastruktur'] as const)[i % 3]!,
    partners: i % 2 === 0 ? 'Universitas Lambung Mangkurat; PT Telkom Indonesia' : null,
    risk: i % 3 === 1 ? 'Keterbatasan jaringan di kawasan pesisir dan kelurahan pinggiran menunda pemanfaatan layanan' : null,
    status: 'direncanakan',
  };
}

export function booksFixture(base: MasterplanData): MasterplanData & BookRecords {
  const programmes = base.programmes.map(withDetails);
  const dims = base.dimensions;
  const quick = programmes.filter((p) => p.isQuickWin);
  const records: BookRecords = {
    statistics: [
      { label: 'Jumlah penduduk', value: '272.763 jiwa', year: 2023, source: 'BPS Kota Banjarbaru 2024' },
      {
        label: 'Produk Domestik Regional Bruto atas dasar harga berlaku',
        value: 'Rp 14,2 triliun',
        year: 2023,
        source: 'BPS 2024',
      },
      { label: 'Indeks Pembangunan Manusia', value: '80,44', year: 2023, source: 'BPS 2024' },
      { label: 'Indeks SPBE', value: '3,12 (baik)', year: 2023, source: 'KemenPANRB' },
      { label: 'Desa/kelurahan tanpa sinyal seluler (blank spot)', value: '2 kelurahan', year: 2024, source: null },
    ],
    regulations: [
      {
        kind: 'RPJMD',
        title: 'Rencana Pembangunan Jangka Menengah Daerah Kota Banjarbaru 2025–2029',
        number: 'Perda 3/2025',
        status: 'ada',
        note: null,
      },
      {
        kind: 'SPBE',
        title: 'Peraturan Wali Kota tentang Sistem Pemerintahan Berbasis Elektronik',
        number: null,
        status: 'perlu_disusun',
        note: 'Diperlukan sebagai payung arsitektur SPBE daerah',
      },
      {
        kind: 'RTRW',
        title: 'Rencana Tata Ruang Wilayah Kota Banjarbaru',
        number: 'Perda 9/2014',
        status: 'perlu_direvisi',
        note: 'Belum memuat jaringan utilitas telekomunikasi',
      },
    ],
    applications: [
      {
        name: 'Sistem Informasi Pelayanan Terpadu Satu Pintu',
        unitName: 'Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu',
        dimensionCode: dims[0]?.code ?? null,
        dimensionName: dims[0]?.name ?? null,
        description: 'Perizinan daring terhubung OSS',
        status: 'berjalan',
      },
      {
        name: 'Aplikasi Pengaduan Masyarakat',
        unitName: LONG_OPD,
        dimensionCode: dims[0]?.code ?? null,
        dimensionName: dims[0]?.name ?? null,
        description: null,
        status: 'pengembangan',
      },
    ],
    readinessScores: dims.flatMap((d, i) => [
      {
        dimensionCode: d.code,
        dimensionName: d.name,
        aspect: 'struktur' as const,
        subAspect: null,
        score: 1 + (i % 5),
        evidence: 'SK Tim Pelaksana; jumlah ASN bidang TIK',
      },
      {
        dimensionCode: d.code,
        dimensionName: d.name,
        aspect: 'infrastruktur' as const,
        subAspect: 'Jaringan',
        score: 2 + (i % 4),
        evidence: null,
      },
      {
        dimensionCode: d.code,
        dimensionName: d.name,
        aspect: 'infrastruktur' as const,
        subAspect: 'Pusat data',
        score: 1 + ((i + 2) % 5),
        evidence: 'Pusat data daerah tier 2',
      },
      {
        dimensionCode: d.code,
        dimensionName: d.name,
        aspect: 'suprastruktur' as const,
        subAspect: null,
        score: 5 - (i % 5),
        evidence: null,
      },
    ]),
    elementGaps: dims.slice(0, 3).flatMap((d) =>
      d.elements.slice(0, 2).map((e) => ({
        dimensionCode: d.code,
        dimensionName: d.name,
        elementName: e.name,
        current: 'Layanan masih berjalan terpisah per perangkat daerah',
        target: 'Layanan terintegrasi dalam satu portal dengan data bersama',
        gap: 'Interoperabilitas data dan standar layanan',
      })),
    ),
    goals: dims.map((d, i) => ({
      dimensionCode: d.code,
      dimensionName: d.name,
      text: `Meningkatnya kualitas ${d.name.toLowerCase()} yang terukur dan berkelanjutan`,
      indicator: `Indeks kepuasan layanan ${d.name}`,
      unit: 'poin',
      baseline: `${70 + i}`,
      baselineYear: 2024,
      target: `${85 + i}`,
      targetYear: 2034,
    })),
    strategies: dims.flatMap((d) =>
      (['SO', 'WO', 'ST', 'WT'] as const).map((kind) => ({
        dimensionCode: d.code,
        dimensionName: d.name,
        kind,
        text: `Strategi ${kind} ${d.name}: memanfaatkan kekuatan untuk peluang kolaborasi layanan`,
        swot: [],
        programmes: programmes
          .filter((p) => p.dimensionCode === d.code)
          .slice(0, 2)
          .map((p) => ({ code: p.code, name: p.name })),
      })),
    ),
    monitoring: (['baseline', 'output', 'outcome', 'impact', 'quick_win'] as const).map((kind, i) => ({
      kind,
      dimensionName: dims[i]?.name ?? null,
      programmeCode: programmes[i]?.code ?? null,
      programmeName: programmes[i]?.name ?? null,
      indicator: `Indikator ${kind} yang diukur setiap tahun`,
      target: '90%',
      dataSource: 'Survei kepuasan masyarakat',
      frequency: 'Tahunan',
      unitName: LONG_OPD,
    })),
    quickWins: quick.map((p, i) => ({
      programme: p,
      problem: 'Antrean layanan administrasi kependudukan panjang pada jam sibuk',
      existingService: 'Layanan adminduk di kantor kecamatan',
      beneficiaries: 'Warga di 20 kelurahan',
      indicator: 'Waktu layanan rata-rata turun menjadi 15 menit',
      schedule: 'Januari–Juni 2025',
      budget: 250_000_000,
      criteria: {
        sharpensExisting: true,
        withinOneYear: true,
        lowCost: i % 2 === 0,
        noNewInfrastructure: true,
        visibleBenefit: true,
      },
    })),
  };
  return {
    ...base,
    regency: {
      ...base.regency,
      kind: 'kota',
      name: 'Banjarbaru',
      capital: 'Banjarbaru',
      tataNaskah: { ...base.regency.tataNaskah, timeZone: 'WITA' },
    },
    plan: {
      ...base.plan,
      periodStart: START,
      periodEnd: null,
      ...({ prefaceDate: '2025-03-12', prefacePlace: 'Banjarbaru' } as object),
    },
    programmes,
    ...records,
  };
}
