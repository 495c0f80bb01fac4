// The dasar hukum as the books print it: the plan's own list, then the nota kesepakatan with the ministry and the
// keputusan forming the Dewan and the Tim, with their numbers and dates, when recorded and not already listed.
import type { Block } from '../../document/model';
import { TEAM_LABELS } from '../../domain/programme';
import { regionTitle } from '../../domain/regency';
import { formatDate } from '../../format/dates';
import type { MasterplanData } from '../context';
import { skText } from '../masterplan-facts';

export function agreementLines(data: MasterplanData): string[] {
  const lines: string[] = [];
  const p = data.programme;
  if (p.mouNumber?.trim()) {
    const date = p.mouDate ? ` tanggal ${formatDate(p.mouDate)}` : '';
    const partner = p.mouPartner?.trim() || 'Kementerian Komunikasi dan Digital';
    lines.push(
      `Nota Kesepakatan antara ${partner} dan Pemerintah ${regionTitle(data.regency)} Nomor ${p.mouNumber.trim()}${date} tentang Gerakan Menuju Smart City`,
    );
  }
  const head = data.regency.kind === 'kota' ? 'Wali Kota' : 'Bupati';
  for (const team of data.teams) {
    const sk = skText(team);
    if (sk)
      lines.push(
        `Keputusan ${head} ${data.regency.name} ${sk}${team.skTitle ? '' : ` tentang ${team.name.trim() || TEAM_LABELS[team.kind]}`}`,
      );
  }
  return lines;
}

export function legalBasisWithAgreements(data: MasterplanData): Block[] {
  const own = data.plan.legalBases;
  const added = agreementLines(data).filter((line) => {
    const number = /Nomor (\S+)/.exec(line)?.[1];
    return !own.some((l) => number && l.includes(number));
  });
  const all = [...own, ...added];
  if (all.length === 0) return [];
  return [
    { type: 'paragraph', runs: [{ text: 'Dasar hukum penyusunan Masterplan Smart City ini adalah:' }], keepWithNext: true },
    { type: 'list', ordered: true, items: all.map((l) => ({ runs: [{ text: l }] })) },
  ];
}
