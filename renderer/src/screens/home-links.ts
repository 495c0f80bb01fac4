// Where Beranda's lines lead: the item a missing-data line is about (a stage, a chapter, a masterplan tab), and the
// documents that can be printed now. Pure, so that the links are tested without a browser.
import type { NavIntent } from '../app/navigation';
import type { ProgrammeStatus, StatusIssue } from '../../../shared/domain/status';
import { toRoman } from '../../../shared/format/roman';
import { findingTab } from './masterplan/finding-tab';

/**
 * The exact item an issue is about, so that its link opens that item or filter, not only the screen. A book's line
 * ("Buku I …: Nilai kesiapan belum diisi") opens the masterplan tab that fixes its one lack, or the Kelengkapan buku
 * tab when the book lacks more than one thing or the fix lies on another screen.
 */
export function intentOf(issue: StatusIssue): NavIntent | undefined {
  if (issue.bookMissing) {
    const where = issue.bookMissing.length === 1 ? findingTab(issue.bookMissing[0]!) : null;
    return { kind: 'masterplan-tab', tab: where && where !== 'tim' ? where : 'kelengkapan' };
  }
  if (/penandatangan belum punya NIP/.test(issue.message)) return { kind: 'people-without-nip' };
  const chapter = /^Bab "(.+)" belum diisi$/.exec(issue.message);
  if (chapter) return { kind: 'chapter', title: chapter[1]! };
  const stage = /Bimtek tahap (\d)/.exec(issue.message);
  if (stage && issue.screen === 'bimtek') return { kind: 'stage', stage: Number(stage[1]) as 1 | 2 | 3 | 4 };
  return undefined;
}

/** What can be printed now: said as plainly as what is missing. */
export function readyItems(status: ProgrammeStatus): string[] {
  const ready: string[] = [];
  const missing = (re: RegExp) => status.issues.some((i) => re.test(i.message));
  if (status.regency && status.closure.signatories > 0 && !missing(/Lembar komitmen|penutupan/i)) {
    ready.push('Lembar komitmen siap dicetak');
  }
  for (const stage of status.stages) {
    if (stage.dates.length > 0 && stage.participants > 0) {
      ready.push(`Daftar hadir Bimtek tahap ${toRoman(stage.number)} siap dicetak`);
    }
  }
  if (status.counts.sections > 0 && status.counts.sectionsWritten === status.counts.sections) {
    ready.push('Draf masterplan lengkap, siap dicetak');
  }
  return ready;
}
