// Attendance: which stage days each participant signed for.
import type { Db } from '../db/connection';

export class AttendanceRepository {
  private readonly all;
  private readonly forParticipant;
  private readonly remove;
  private readonly add;
  private readonly clearAll;

  constructor(db: Db) {
    this.all = db.prepare<[], { participant_id: number; day_id: number }>(
      'SELECT participant_id, day_id FROM attendance ORDER BY participant_id, day_id',
    );
    this.forParticipant = db.prepare<[number], { day_id: number }>(
      'SELECT day_id FROM attendance WHERE participant_id = ? ORDER BY day_id',
    );
    this.remove = db.prepare<[number]>('DELETE FROM attendance WHERE participant_id = ?');
    this.add = db.prepare<[number, number]>('INSERT INTO attendance (participant_id, day_id) VALUES (?, ?)');
    this.clearAll = db.prepare('DELETE FROM attendance');
  }

  /** participantId → day ids, for every participant with attendance. */
  byParticipant(): Map<number, number[]> {
    const map = new Map<number, number[]>();
    for (const row of this.all.all()) {
      const days = map.get(row.participant_id) ?? [];
      days.push(row.day_id);
      map.set(row.participant_id, days);
    }
    return map;
  }

  daysOf(participantId: number): number[] {
    return this.forParticipant.all(participantId).map((r) => r.day_id);
  }

  set(participantId: number, dayIds: readonly number[]): void {
    this.remove.run(participantId);
    for (const dayId of [...new Set(dayIds)].sort((a, b) => a - b)) this.add.run(participantId, dayId);
  }

  clear(): void {
    this.clearAll.run();
  }
}
