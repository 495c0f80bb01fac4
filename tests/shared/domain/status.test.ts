// Where a Bimtek stage stands on a given day, for the timeline on Beranda.
import { describe, expect, it } from 'vitest';
import { phaseOf } from '../../../shared/domain/status';

describe('phaseOf', () => {
  it('places a stage before, during or after its days, whatever order the days come in', () => {
    const days = ['2021-09-07', '2021-09-06'];
    expect(phaseOf(days, '2021-09-05')).toBe('terjadwal');
    expect(phaseOf(days, '2021-09-06')).toBe('berlangsung');
    expect(phaseOf(days, '2021-09-07')).toBe('berlangsung');
    expect(phaseOf(days, '2021-09-08')).toBe('selesai');
    expect(phaseOf([], '2021-09-08')).toBe('belum-dijadwalkan');
  });
});
