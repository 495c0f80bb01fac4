// What the home screen shows: the programme at a glance and what each document still lacks, each item pointing
// at the screen where it is fixed.
export type ScreenId =
  'beranda' | 'profil' | 'opd' | 'pejabat' | 'tim' | 'bimtek' | 'penutupan' | 'masterplan' | 'dokumen' | 'pengaturan';

export interface StatusIssue {
  message: string;
  screen: ScreenId;
}

export interface ProgrammeStatus {
  regency: string | null;
  year: number | null;
  stages: { number: number; title: string | null; dates: string[]; participants: number }[];
  closure: { date: string | null; venue: string | null; signatories: number; mengetahui: number };
  counts: { units: number; people: number; sections: number; sectionsWritten: number; programmes: number };
  issues: StatusIssue[];
}
