// Where a readiness finding of a masterplan book (status.summary's books, one sentence each) is fixed: the tab of the
// masterplan screen, or the Dewan & Tim screen for the teams' SK. Matched on the sentence's subject, so that the
// Kelengkapan buku tab can open the right place; null when no tab fits.
export type MasterplanTab =
  'bab' | 'rencana' | 'gambaran' | 'kesiapan' | 'dimensi' | 'swot' | 'sasaran' | 'program' | 'monev' | 'kelengkapan';

const RULES: [RegExp, MasterplanTab | 'tim'][] = [
  [/^(Data statistik|Kajian (kebijakan|regulasi)|Inventaris aplikasi)/i, 'gambaran'],
  [/^Dimensi smart city/i, 'dimensi'],
  [/^(Nilai kesiapan|Analisis kesenjangan)/i, 'kesiapan'],
  [/^(SWOT|Strategi belum)/i, 'swot'],
  [/^(Visi|Misi|Tahun awal periode)/i, 'rencana'],
  [/^Indikator monitoring/i, 'monev'],
  [/(Dewan Smart City|Tim Pelaksana)/i, 'tim'],
  [/sasaran/i, 'sasaran'],
  [/^Profil belum diisi/i, 'program'],
  [/(program|quick win)/i, 'program'],
];

export function findingTab(message: string): MasterplanTab | 'tim' | null {
  return RULES.find(([pattern]) => pattern.test(message))?.[1] ?? null;
}
