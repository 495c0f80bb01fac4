// Dates as a clerk types them, whatever the browser's locale: "19/11/2021", "19-11-2021", "19.11.2021",
// "19 November 2021", "19 Nov 2021" or "2021-11-19"; always stored as ISO yyyy-mm-dd and shown as "19 November 2021".
import { formatDate, MONTH_NAMES, parseIsoDate } from '../../../shared/format/dates';

const MONTH_WORDS: Record<string, number> = {};
MONTH_NAMES.forEach((name, i) => {
  MONTH_WORDS[name.toLowerCase()] = i + 1;
  MONTH_WORDS[name.slice(0, 3).toLowerCase()] = i + 1;
});
Object.assign(MONTH_WORDS, { agt: 8, ags: 8, sept: 9, january: 1, february: 2, march: 3, may: 5, june: 6, july: 7, august: 8, october: 10, december: 12, dec: 12, oct: 10, aug: 8 });

const iso = (year: number, month: number, day: number): string | null => {
  const text = `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  return parseIsoDate(text) ? text : null;
};

/** The ISO date a typed text means, or null when it is no real date in a known form. */
export function parseTypedDate(text: string): string | null {
  const t = text.trim().toLowerCase();
  let m = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(t);
  if (m) return iso(Number(m[1]), Number(m[2]), Number(m[3]));
  m = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(t);
  if (m) return iso(Number(m[3]), Number(m[2]), Number(m[1]));
  m = /^(\d{1,2})\s+([a-z]+)\.?\s+(\d{4})$/.exec(t);
  if (m && MONTH_WORDS[m[2]!]) return iso(Number(m[3]), MONTH_WORDS[m[2]!]!, Number(m[1]));
  return null;
}

/** "19 November 2021" for a valid ISO date; anything else as it is. */
export function showDate(value: string | null | undefined): string {
  if (!value) return '';
  return parseIsoDate(value) ? formatDate(value) : value;
}

/** "19/11/2021": how a date reads while it is being edited. */
export function editDate(value: string | null | undefined): string {
  const date = value ? parseIsoDate(value) : null;
  if (!date) return value ?? '';
  return `${String(date.day).padStart(2, '0')}/${String(date.month).padStart(2, '0')}/${date.year}`;
}
