// The programme at a glance for the home screen, and what each document still lacks, in words a clerk acts on.
import { signsWithoutNip } from '../../shared/domain/organisation';
import { regionTitle } from '../../shared/domain/regency';
import type { ProgrammeStatus, StatusIssue } from '../../shared/domain/status';
import { bookReadiness } from '../../shared/masterplan/book-readiness';
import type { Repositories } from '../repositories/repositories';

const MAX_CHAPTER_ISSUES = 3;

export function statusService(repos: Repositories) {
  return {
    summary(): ProgrammeStatus {
      const issues: StatusIssue[] = [];
      const regency = repos.regency.get();
      const programme = repos.programme.get();
      if (!regency) issues.push({ message: 'Profil daerah belum diisi', screen: 'profil' });
      else if (!regency.logo) issues.push({ message: 'Logo daerah untuk kop surat belum diunggah', screen: 'profil' });
      if (!programme) issues.push({ message: 'Tahun program dan nota kesepakatan belum diisi', screen: 'profil' });

      const stages = [1, 2, 3, 4].map((number) => {
        const stage = repos.stages.get(number);
        const dates = repos.stageDays.listWhere('stageNumber', number).map((d) => d.date);
        if (!stage) issues.push({ message: `Bimtek tahap ${number} belum diisi`, screen: 'bimtek' });
        else if (dates.length === 0) issues.push({ message: `Bimtek tahap ${number} belum punya tanggal`, screen: 'bimtek' });
        return {
          number,
          title: stage?.title ?? null,
          dates,
          participants: repos.participants.listWhere('stageNumber', number).length,
        };
      });

      const closure = repos.closure.get();
      const signatories = repos.closureSignatories.list();
      const signers = signatories.filter((s) => s.kind === 'penandatangan');
      if (!closure?.date) issues.push({ message: 'Tanggal penutupan Bimtek belum diisi', screen: 'penutupan' });
      if (!closure?.venue) issues.push({ message: 'Tempat penutupan Bimtek belum diisi', screen: 'penutupan' });
      if (signers.length === 0) issues.push({ message: 'Lembar komitmen belum punya penandatangan', screen: 'penutupan' });
      const withoutNip = signatories.filter((s) => {
        const person = repos.people.get(s.personId);
        const positions = s.positionIds.map((id) => repos.positions.get(id)).filter((p) => p !== undefined);
        return (
          person?.asn &&
          !person.nip &&
          !person.niPppk &&
          positions.length > 0 &&
          !positions.some((p) => signsWithoutNip(p.role) || p.role === 'lainnya')
        );
      }).length;
      if (withoutNip > 0) issues.push({ message: `${withoutNip} penandatangan belum punya NIP`, screen: 'pejabat' });

      // The paperwork: the invitation, the decree and the report each need someone to sign and something to say.
      const positions = repos.positions.list();
      const hasBupati = positions.some((p) => p.role === 'bupati');
      const scheduled = stages.filter((s) => s.dates.length > 0).map((s) => s.number);
      const unsigned = scheduled.filter((n) => !hasBupati && repos.stagePaperwork.get(n)?.invitation.signerPositionId == null);
      if (unsigned.length > 0) {
        issues.push({
          message: `Surat undangan tahap ${unsigned.join(', ')} belum punya penandatangan (catat jabatan Bupati/Wali Kota)`,
          screen: 'pejabat',
        });
      }
      const heads = positions.some((p) => ['kepala_opd', 'direktur_rsud', 'kepala_satuan', 'camat'].includes(p.role));
      const uninvited = scheduled.filter(
        (n) => !heads && (repos.stagePaperwork.get(n)?.invitation.inviteePositionIds.length ?? 0) === 0,
      );
      if (uninvited.length > 0) {
        issues.push({
          message: `Surat undangan tahap ${uninvited.join(', ')} belum punya yang diundang (kepala OPD dan camat)`,
          screen: 'pejabat',
        });
      }
      const teams = repos.teams.list();
      if (teams.length === 0)
        issues.push({ message: 'Keputusan Bupati belum dapat dibuat: Dewan dan Tim Pelaksana belum diisi', screen: 'tim' });
      else if (!hasBupati)
        issues.push({ message: 'Keputusan Bupati belum punya penandatangan (jabatan Bupati/Wali Kota)', screen: 'pejabat' });
      const tim = teams.find((t) => t.kind === 'tim_pelaksana');
      const ketua = tim && repos.teamMembers.listWhere('teamId', tim.id).some((m) => m.role === 'ketua');
      if (scheduled.length > 0 && !ketua) {
        issues.push({
          message: 'Laporan pelaksanaan Bimtek belum punya penandatangan: pilih ketua Tim Pelaksana',
          screen: 'tim',
        });
      }
      const withoutOutputs = scheduled.filter((n) => (repos.stages.get(n)?.outputs.length ?? 0) === 0);
      if (withoutOutputs.length > 0) {
        issues.push({
          message: `Hasil Bimtek tahap ${withoutOutputs.join(', ')} belum dicatat (untuk laporan pelaksanaan)`,
          screen: 'bimtek',
        });
      }

      const sections = repos.sections.list();
      const emptyChapters = repos.chapters.list().filter((c) => {
        const own = sections.filter((s) => s.chapterId === c.id);
        return own.length > 0 && own.every((s) => s.body.trim() === '');
      });
      for (const chapter of emptyChapters.slice(0, MAX_CHAPTER_ISSUES))
        issues.push({ message: `Bab "${chapter.title}" belum diisi`, screen: 'masterplan' });
      if (emptyChapters.length > MAX_CHAPTER_ISSUES) {
        issues.push({ message: `${emptyChapters.length - MAX_CHAPTER_ISSUES} bab lain belum diisi`, screen: 'masterplan' });
      }
      if (repos.volumes.count() === 0) issues.push({ message: 'Masterplan belum punya kerangka bab', screen: 'masterplan' });
      const books = bookReadiness({
        plan: repos.plan.get(),
        dimensions: repos.dimensions.list(),
        elements: repos.elements.list(),
        swot: repos.swot.list(),
        programmes: repos.programmeItems.list(),
        statistics: repos.statistics.list(),
        regulations: repos.regulations.list(),
        applications: repos.applications.list(),
        readinessScores: repos.readinessScores.list(),
        elementGaps: repos.elementGaps.list(),
        goals: repos.goals.list(),
        strategies: repos.strategies.list(),
        monitoring: repos.monitoring.list(),
        quickWins: repos.quickWins.list(),
        teams: repos.teams.list(),
      });
      // One line per book on the home screen; the masterplan screen lists every item.
      for (const book of books) {
        if (book.missing.length === 0) continue;
        const more = book.missing.length > 1 ? ` (dan ${book.missing.length - 1} hal lain)` : '';
        issues.push({ message: `${book.title}: ${book.missing[0]}${more}`, screen: 'masterplan', bookMissing: book.missing });
      }

      return {
        regency: regency ? regionTitle(regency) : null,
        year: programme?.year ?? null,
        stages,
        closure: {
          date: closure?.date ?? null,
          venue: closure?.venue ?? null,
          signatories: signers.length,
          mengetahui: signatories.filter((s) => s.kind === 'mengetahui').length,
        },
        counts: {
          units: repos.units.count(),
          people: repos.people.count(),
          sections: sections.length,
          sectionsWritten: sections.filter((s) => s.body.trim() !== '').length,
          programmes: repos.programmeItems.count(),
        },
        issues,
        books,
      };
    },
  };
}
