// Demo data: the closure of Bimtek IV on Friday 19 November 2021 and the commitment signed by every head of OPD and camat.
import type { BundleInput } from '../../shared/domain/bundle';
import type { DemoOrganisation } from './organisation';

type ClosureInput = NonNullable<BundleInput['closure']>;
type SignatoryInput = ClosureInput['signatories'] extends (infer S)[] | undefined ? S : never;

export const COMMITMENT_TITLE = 'Komitmen Bersama Dewan Smart City dan Tim Pelaksana Smart City Menuju Simalungun Smart City';

const POINTS = [
  'Melaksanakan Masterplan Smart City Kabupaten Simalungun sebagai acuan pembangunan daerah berbasis teknologi informasi dan komunikasi, serta menyelaraskannya dengan RPJMD, Renstra dan Rencana Kerja Perangkat Daerah.',
  'Menganggarkan dan melaksanakan program quick win serta rencana aksi smart city sesuai tugas dan fungsi masing-masing perangkat daerah dan kecamatan mulai Tahun Anggaran 2022.',
  'Membagi pakai data dan mengintegrasikan aplikasi layanan melalui Dinas Komunikasi dan Informatika guna mewujudkan Satu Data dan Sistem Pemerintahan Berbasis Elektronik.',
  'Meningkatkan kualitas pelayanan publik yang cepat, mudah, transparan dan dapat diakses masyarakat hingga ke tingkat nagori dan kelurahan.',
  'Meningkatkan kapasitas sumber daya manusia aparatur dan literasi digital masyarakat di lingkungan kerja masing-masing.',
  'Melaporkan kemajuan pelaksanaan program smart city secara berkala kepada Dewan Smart City melalui Tim Pelaksana Smart City.',
];

/**
 * The commitment: the Sekda and every head of OPD and camat sign (penandatangan); the Bupati and the ministry's
 * representative sign as "Mengetahui". Presided by the Staf Ahli Bupati Bidang Administrasi Umum, who read the
 * Bupati's written address.
 */
export function demoClosure(org: DemoOrganisation): ClosureInput {
  const signers = ['sekda', ...org.keys('head:'), 'kepala-uptd', ...org.keys('camat:')];
  const signatories: SignatoryInput[] = signers.map((key, i) => ({
    id: i + 1,
    personId: org.person(key),
    // Wasin Sinaga signs once, naming both his positions (the news report: Staf Ahli and Plt. Kadis Kominfo).
    positionIds: key === 'head:kominfo' ? [org.position('staf-ahli'), org.position(key)] : [org.position(key)],
    kind: 'penandatangan',
    sortOrder: i + 1,
  }));
  const add = (key: string, kind: SignatoryInput['kind']) =>
    signatories.push({
      id: signatories.length + 1,
      personId: org.person(key),
      positionIds: [org.position(key)],
      kind,
      sortOrder: signatories.length + 1,
    });
  add('bupati', 'mengetahui');
  add('kemenkominfo', 'mengetahui');
  add('bupati', 'mengetahui_berita_acara');
  return {
    date: '2021-11-19',
    venue: 'Balei Harungguan Djabanten Damanik, Kantor Bupati Simalungun',
    place: 'Pematang Raya',
    presidingPositionId: org.position('staf-ahli'),
    firstPartyPositionId: org.position('head:kominfo'),
    secondPartyPositionId: org.position('kemenkominfo'),
    closingTime: '16.00',
    copies: 2,
    commitmentTitle: COMMITMENT_TITLE,
    preamble:
      'Kami yang bertanda tangan di bawah ini, Dewan Smart City dan Tim Pelaksana Smart City Kabupaten Simalungun beserta seluruh Kepala Perangkat Daerah dan Camat se-Kabupaten Simalungun, setelah mengikuti Bimbingan Teknis Penyusunan Masterplan Smart City Tahap I sampai dengan Tahap IV Tahun 2021, dengan ini menyatakan berkomitmen untuk:',
    points: [...POINTS],
    closingText:
      'Demikian komitmen bersama ini kami buat dengan penuh kesadaran dan tanggung jawab untuk dilaksanakan sebaik-baiknya demi terwujudnya Simalungun Smart City.',
    signatories,
  };
}
