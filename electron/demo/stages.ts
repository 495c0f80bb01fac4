// Demo data: the four Bimtek stages of 2021 (dates from the news report), their days, agenda, outputs and attendance.
import type { BundleInput } from '../../shared/domain/bundle';
import type { DemoOrganisation } from './organisation';
import { GUESTS } from './people';

type StageInput = NonNullable<BundleInput['stages']>[number];
type StageDayInput = NonNullable<BundleInput['stageDays']>[number];
type ParticipantInput = NonNullable<BundleInput['participants']>[number];
type Stage = 1 | 2 | 3 | 4;

const BALEI = {
  venueName: 'Balei Harungguan Djabanten Damanik',
  venueAddress: 'Kantor Bupati Simalungun, Jalan Asahan Km. 3',
  venueCity: 'Pematang Raya',
};
const AULA_BAPPEDA = {
  venueName: 'Aula Badan Perencanaan Pembangunan Daerah Kabupaten Simalungun',
  venueAddress: null,
  venueCity: 'Pematang Raya',
};

/** Facilitators per stage by person key: the ministry's representative (news report) and two invented experts. */
const FACILITATORS: Record<Stage, [key: string, role: string][]> = {
  1: [
    ['kemenkominfo', 'Narasumber'],
    ['guest:ta-ratna', 'Tenaga Ahli Gerakan Menuju Smart City'],
  ],
  2: [
    ['guest:ta-yudha', 'Tenaga Ahli Gerakan Menuju Smart City'],
    ['guest:ta-ratna', 'Tenaga Ahli Gerakan Menuju Smart City'],
  ],
  3: [
    ['kemenkominfo', 'Narasumber'],
    ['guest:ta-yudha', 'Tenaga Ahli Gerakan Menuju Smart City'],
  ],
  4: [
    ['kemenkominfo', 'Narasumber'],
    ['guest:ta-ratna', 'Tenaga Ahli Gerakan Menuju Smart City'],
    ['guest:ta-yudha', 'Tenaga Ahli Gerakan Menuju Smart City'],
  ],
};

type StageFacilitatorInput = NonNullable<BundleInput['stageFacilitators']>[number];

export function demoStageFacilitators(org: DemoOrganisation): StageFacilitatorInput[] {
  const out: StageFacilitatorInput[] = [];
  for (const stage of [1, 2, 3, 4] as const) {
    FACILITATORS[stage].forEach(([key, role], i) =>
      out.push({ id: out.length + 1, stageNumber: stage, personId: org.person(key), role, sortOrder: i }),
    );
  }
  return out;
}

/** Two days per stage, as reported: 6–7 Sep, 23–24 Sep, 21–22 Oct and 18–19 Nov 2021. */
export const STAGE_DATES: Record<Stage, [string, string]> = {
  1: ['2021-09-06', '2021-09-07'],
  2: ['2021-09-23', '2021-09-24'],
  3: ['2021-10-21', '2021-10-22'],
  4: ['2021-11-18', '2021-11-19'],
};

const a = (time: string, text: string) => ({ time, text });

export function demoStages(): StageInput[] {
  return [
    {
      number: 1,
      title: 'Bimbingan Teknis Penyusunan Masterplan Smart City Tahap I',
      ...BALEI,
      agenda: [
        a('Hari 1, 08.00–08.30', 'Registrasi peserta dengan protokol kesehatan'),
        a('Hari 1, 08.30–09.30', 'Pembukaan: sambutan Bupati Simalungun dan arahan Kementerian Komunikasi dan Informatika'),
        a('Hari 1, 09.30–12.00', 'Kebijakan Gerakan Menuju Smart City dan konsep enam dimensi smart city'),
        a('Hari 1, 13.00–16.00', 'Kelembagaan smart city: peran Dewan Smart City dan Tim Pelaksana'),
        a('Hari 2, 08.30–12.00', 'Analisis kesiapan daerah: struktur, infrastruktur dan suprastruktur'),
        a('Hari 2, 13.00–15.00', 'Diskusi kelompok per dimensi: analisis kesenjangan dan SWOT'),
        a('Hari 2, 15.00–16.00', 'Perumusan kata kunci visi dan rencana tindak lanjut'),
      ],
      outputs: [
        'Pemahaman bersama atas kebijakan dan kelembagaan smart city',
        'Analisis kesiapan daerah (struktur, infrastruktur, suprastruktur)',
        'Draf analisis kesenjangan dan SWOT per dimensi',
        'Kata kunci visi smart city Kabupaten Simalungun',
        'Draf awal inisiatif per dimensi',
      ],
    },
    {
      number: 2,
      title: 'Bimbingan Teknis Penyusunan Masterplan Smart City Tahap II',
      ...AULA_BAPPEDA,
      agenda: [
        a('Hari 1, 08.00–08.30', 'Registrasi peserta'),
        a('Hari 1, 08.30–10.00', 'Reviu hasil Tahap I dan tindak lanjut perangkat daerah'),
        a('Hari 1, 10.00–12.00', 'Finalisasi analisis kesenjangan dan SWOT per dimensi'),
        a('Hari 1, 13.00–16.00', 'Reviu Buku I Analisis Strategis bab demi bab'),
        a('Hari 2, 08.30–12.00', 'Penyusunan draf program jangka pendek, menengah dan panjang'),
        a('Hari 2, 13.00–15.30', 'Perumusan rencana awal quick win per dimensi'),
        a('Hari 2, 15.30–16.00', 'Penutupan tahap II dan pembagian tugas'),
      ],
      outputs: [
        'Analisis kesenjangan dan SWOT final',
        'Buku I Analisis Strategis hasil reviu',
        'Draf program jangka pendek (1 tahun), menengah (5 tahun) dan panjang',
        'Rencana awal quick win',
      ],
    },
    {
      number: 3,
      title: 'Bimbingan Teknis Penyusunan Masterplan Smart City Tahap III',
      ...BALEI,
      agenda: [
        a('Hari 1, 08.00–08.30', 'Registrasi peserta'),
        a('Hari 1, 08.30–10.30', 'Penyusunan Buku II Masterplan: visi, misi dan sasaran smart city'),
        a('Hari 1, 10.30–12.00', 'Arah pembangunan dan strategi per dimensi'),
        a('Hari 1, 13.00–16.00', 'Penyusunan rencana aksi per dimensi dan per perangkat daerah'),
        a('Hari 2, 08.30–12.00', 'Penyusunan peta jalan (roadmap) smart city'),
        a('Hari 2, 13.00–15.30', 'Quick win program unggulan: pemilihan satu quick win per dimensi'),
        a('Hari 2, 15.30–16.00', 'Penutupan tahap III'),
      ],
      outputs: [
        'Draf Buku II Masterplan Smart City: arah pembangunan dan strategi per dimensi',
        'Rencana aksi per dimensi',
        'Peta jalan (roadmap) smart city',
        'Quick win terpilih per dimensi',
      ],
    },
    {
      number: 4,
      title: 'Bimbingan Teknis Penyusunan Masterplan Smart City Tahap IV',
      ...BALEI,
      agenda: [
        a('Hari 1, 08.00–08.30', 'Registrasi peserta'),
        a('Hari 1, 08.30–12.00', 'Reviu peta jalan dan Buku II Masterplan bab demi bab'),
        a('Hari 1, 13.00–16.00', 'Finalisasi quick win dan kunjungan lapangan ke unit layanan Disdukcapil dan DPMPTSP'),
        a('Hari 2, 08.30–10.00', 'Paparan akhir masterplan smart city'),
        a('Hari 2, 10.00–11.30', 'Penutupan: sambutan Bupati Simalungun dan penandatanganan komitmen bersama'),
      ],
      outputs: [
        'Hasil reviu peta jalan dan Buku II per bab',
        'Quick win final, satu untuk setiap dimensi',
        'Lembar komitmen bersama yang ditandatangani kepala perangkat daerah dan camat',
        'Dokumen masterplan siap dikirim ke Kementerian Komunikasi dan Informatika',
      ],
    },
  ];
}

/** Day ids: stage 1 has days 1 and 2, stage 2 days 3 and 4, and so on. */
export function stageDayIds(stage: Stage): [number, number] {
  return [stage * 2 - 1, stage * 2];
}

export function demoStageDays(): StageDayInput[] {
  return ([1, 2, 3, 4] as const).flatMap((stage) => {
    const [first, second] = STAGE_DATES[stage];
    const [firstId, secondId] = stageDayIds(stage);
    return [
      { id: firstId, stageNumber: stage, date: first, startTime: '08.00', endTime: '16.00' },
      { id: secondId, stageNumber: stage, date: second, startTime: '08.00', endTime: stage === 4 ? '11.30' : '16.00' },
    ];
  });
}

/** Kecamatan whose camat joined every stage (the tourism and service hubs). */
const PILOT_KECAMATAN = ['Raya', 'Siantar', 'Girsang Sipangan Bolon', 'Bandar', 'Tanah Jawa', 'Pematang Sidamanik'];

/**
 * Each stage: Wasin Sinaga as ketua Tim Pelaksana, the second official of every OPD, the kepala bidang, the camat of
 * the pilot kecamatan and, except at stage II, the guests from outside the government. Most attend both days; a
 * fixed arithmetic pattern marks a few as present on one day only, so the result is the same on every call.
 */
export function demoParticipants(org: DemoOrganisation): ParticipantInput[] {
  const out: ParticipantInput[] = [];
  for (const stage of [1, 2, 3, 4] as const) {
    const keys = ['head:kominfo', ...org.keys('second:'), ...org.keys('kabid:'), ...PILOT_KECAMATAN.map((k) => `camat:${k}`)];
    const [day1, day2] = stageDayIds(stage);
    const rows: { key: string; positionId: number | null; institution: string | null }[] = keys.map((key) => ({
      key,
      positionId: org.position(key),
      institution: null,
    }));
    if (stage !== 2) {
      for (const g of GUESTS.filter((guest) => !guest.key.startsWith('ta-'))) rows.push({ key: `guest:${g.key}`, positionId: null, institution: g.institution });
    }
    rows.forEach((row, i) => {
      const pattern = (i * 7 + stage * 5) % 13;
      const attendedDayIds = pattern === 0 ? [day1] : pattern === 6 ? [day2] : [day1, day2];
      out.push({
        id: out.length + 1,
        stageNumber: stage,
        personId: org.person(row.key),
        positionId: row.positionId,
        institution: row.institution,
        attendedDayIds,
        sortOrder: i + 1,
      });
    });
  }
  return out;
}
