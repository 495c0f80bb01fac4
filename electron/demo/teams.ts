// Demo data: the Dewan Smart City and the Tim Pelaksana Smart City of Kabupaten Simalungun with their SK and members.
import type { BundleInput } from '../../shared/domain/bundle';
import type { MemberRole } from '../../shared/domain/programme';
import type { DemoOrganisation } from './organisation';

type TeamInput = NonNullable<BundleInput['teams']>[number];
type TeamMemberInput = NonNullable<BundleInput['teamMembers']>[number];

export const DEWAN_ID = 1;
export const TIM_PELAKSANA_ID = 2;

/** Members by position key, in the order of the SK. */
const DEWAN: [string, MemberRole][] = [
  ['bupati', 'ketua'],
  ['wabup', 'wakil_ketua'],
  ['sekda', 'ketua_harian'],
  ['head:kominfo', 'sekretaris'],
  ['asisten1', 'anggota'],
  ['asisten2', 'anggota'],
  ['asisten3', 'anggota'],
  ['head:bappeda', 'anggota'],
  ['head:inspektorat', 'anggota'],
  ['head:bpkad', 'anggota'],
  ['head:bapenda', 'anggota'],
];

/** Wasin Sinaga chairs the Tim Pelaksana in his capacity as Plt. Kepala Diskominfo. */
const TIM_PELAKSANA: [string, MemberRole][] = [
  ['head:kominfo', 'ketua'],
  ['second:bappeda', 'wakil_ketua'],
  ['second:kominfo', 'sekretaris'],
  ['kabid:kominfo-aptika', 'anggota'],
  ['kabid:kominfo-tik', 'anggota'],
  ['kabid:kominfo-ikp', 'anggota'],
  ['kabid:kominfo-statistik', 'anggota'],
  ['kabid:bappeda-ppe', 'anggota'],
  ['second:pendidikan', 'anggota'],
  ['second:kesehatan', 'anggota'],
  ['second:pupr', 'anggota'],
  ['second:dukcapil', 'anggota'],
  ['second:dpmptsp', 'anggota'],
  ['second:pariwisata', 'anggota'],
  ['second:koperasi', 'anggota'],
  ['second:pertanian', 'anggota'],
  ['second:dishub', 'anggota'],
  ['second:lh', 'anggota'],
  ['second:pmn', 'anggota'],
  ['second:satpolpp', 'anggota'],
  ['second:bpbd', 'anggota'],
  ['second:bapenda', 'anggota'],
];

export function demoTeams(): TeamInput[] {
  return [
    {
      id: DEWAN_ID,
      kind: 'dewan',
      name: 'Dewan Smart City Kabupaten Simalungun',
      skNumber: '188.45/5120/25.2/2021',
      skDate: '2021-08-23',
      skTitle: 'Pembentukan Dewan Smart City Kabupaten Simalungun Tahun 2021',
    },
    {
      id: TIM_PELAKSANA_ID,
      kind: 'tim_pelaksana',
      name: 'Tim Pelaksana Smart City Kabupaten Simalungun',
      skNumber: '188.45/5121/25.2/2021',
      skDate: '2021-08-23',
      skTitle: 'Pembentukan Tim Pelaksana Smart City Kabupaten Simalungun Tahun 2021',
    },
  ];
}

export function demoTeamMembers(org: DemoOrganisation): TeamMemberInput[] {
  const members: TeamMemberInput[] = [];
  const add = (teamId: number, rows: [string, MemberRole][]) => {
    rows.forEach(([key, role], i) => {
      members.push({
        id: members.length + 1,
        teamId,
        personId: org.person(key),
        positionId: org.position(key),
        role,
        sortOrder: i + 1,
      });
    });
  };
  add(DEWAN_ID, DEWAN);
  add(TIM_PELAKSANA_ID, TIM_PELAKSANA);
  return members;
}
