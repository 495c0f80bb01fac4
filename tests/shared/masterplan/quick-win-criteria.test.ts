// A quick win checked against its own criteria: unmet boxes, more than a year, new builds, no existing service.
import { describe, expect, it } from 'vitest';
import { quickWinProblems } from '../../../shared/masterplan/quick-win-criteria';

const allMet = { sharpensExisting: true, withinOneYear: true, lowCost: true, noNewInfrastructure: true, visibleBenefit: true };
const programme = {
  code: 'QW-1',
  name: 'Antrean daring Disdukcapil',
  description: null,
  startYear: 2024,
  endYear: 2024,
  isQuickWin: true,
};
const profile = {
  problem: 'Antrean panjang di loket KTP-el',
  existingService: 'Pelayanan KTP-el di Disdukcapil',
  criteria: allMet,
};

describe('quickWinProblems', () => {
  it('finds nothing wrong with a one-year sharpening of an existing service that meets every criterion', () => {
    expect(quickWinProblems(profile, programme)).toEqual([]);
  });

  it('names each unmet criterion', () => {
    const problems = quickWinProblems(
      { ...profile, criteria: { ...allMet, lowCost: false, noNewInfrastructure: false } },
      programme,
    );
    expect(problems).toHaveLength(1);
    expect(problems[0]).toContain('QW-1 Antrean daring Disdukcapil');
    expect(problems[0]).toContain('biaya rendah');
    expect(problems[0]).toContain('tanpa membangun infrastruktur baru');
    expect(problems[0]).not.toContain('selesai dalam satu tahun');
  });

  it('reports a quick win longer than one year', () => {
    expect(quickWinProblems(profile, { ...programme, endYear: 2025 })).toEqual([
      'Quick win QW-1 Antrean daring Disdukcapil: berlangsung lebih dari satu tahun (2024–2025).',
    ]);
  });

  it('reports a new call centre even when its boxes are ticked', () => {
    const problems = quickWinProblems(profile, { ...programme, name: 'Pembentukan Pusat Panggilan Darurat 112' });
    expect(problems).toHaveLength(1);
    expect(problems[0]).toContain('"Pusat Panggilan"');
    expect(problems[0]).toContain('infrastruktur baru');
  });

  it('reports a missing existing service and a programme not marked as quick win', () => {
    const problems = quickWinProblems({ ...profile, existingService: null }, { ...programme, isQuickWin: false });
    expect(problems).toEqual([
      'Quick win QW-1 Antrean daring Disdukcapil: programnya tidak ditandai sebagai quick win.',
      'Quick win QW-1 Antrean daring Disdukcapil: layanan yang sudah ada yang dipertajam belum diisi.',
    ]);
  });
});
