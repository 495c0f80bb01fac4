// Documentation photos of the Bimtek stages (stage_photo): listed per stage in their order, with their bytes (the
// list shows them as thumbnails, the laporan prints them, a bundle carries them).
import type { PhotoMime, StagePhoto, StagePhotoView } from '../../shared/domain/stage-photo';
import type { Db } from '../db/connection';
import { newUid } from '../db/uid';
import { systemClock, type Clock } from './entity-repository';

interface Row {
  id: number;
  stage_number: number;
  caption: string;
  mime: PhotoMime;
  width: number;
  height: number;
  content: Buffer;
  sort_order: number;
  uid: string | null;
  created_at: string | null;
  updated_at: string | null;
}

export interface NewStagePhoto {
  stageNumber: number;
  caption: string;
  mime: PhotoMime;
  width: number;
  height: number;
  content: Uint8Array;
}

/** A stored photo with its bytes, as the laporan takes it. */
export interface StoredStagePhoto extends Omit<StagePhotoView, 'base64' | 'sizeBytes'> {
  content: Uint8Array;
}

const COLUMNS = 'id, stage_number, caption, mime, width, height, content, sort_order, uid, created_at, updated_at';

const stored = (r: Row): StoredStagePhoto => ({
  id: r.id,
  stageNumber: r.stage_number,
  caption: r.caption,
  mime: r.mime,
  width: r.width,
  height: r.height,
  sortOrder: r.sort_order,
  content: new Uint8Array(r.content),
});

export class StagePhotoRepository {
  constructor(
    private readonly db: Db,
    private readonly clock: Clock = systemClock,
  ) {}

  private rows(where: string, ...params: unknown[]): Row[] {
    return this.db
      .prepare(`SELECT ${COLUMNS} FROM stage_photo ${where} ORDER BY stage_number, sort_order, id`)
      .all(...params) as Row[];
  }

  /** A stage's photos in print order, with their bytes. */
  listByStage(stageNumber: number): StoredStagePhoto[] {
    return this.rows('WHERE stage_number = ?', stageNumber).map(stored);
  }

  get(id: number): StoredStagePhoto | undefined {
    return this.rows('WHERE id = ?', id).map(stored)[0];
  }

  count(stageNumber: number): number {
    return (this.db.prepare('SELECT count(*) AS n FROM stage_photo WHERE stage_number = ?').get(stageNumber) as { n: number }).n;
  }

  insert(p: NewStagePhoto): StoredStagePhoto {
    const now = this.clock();
    const next = this.db
      .prepare('SELECT coalesce(max(sort_order) + 1, 0) AS n FROM stage_photo WHERE stage_number = ?')
      .get(p.stageNumber) as { n: number };
    const { lastInsertRowid } = this.db
      .prepare(
        `INSERT INTO stage_photo (stage_number, caption, mime, width, height, content, sort_order, uid, created_at, updated_at)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      )
      .run(p.stageNumber, p.caption, p.mime, p.width, p.height, Buffer.from(p.content), next.n, newUid(), now, now);
    return this.get(Number(lastInsertRowid))!;
  }

  setCaption(id: number, caption: string): boolean {
    return (
      this.db.prepare('UPDATE stage_photo SET caption = ?, updated_at = ? WHERE id = ?').run(caption, this.clock(), id).changes >
      0
    );
  }

  setSortOrder(id: number, sortOrder: number): void {
    this.db.prepare('UPDATE stage_photo SET sort_order = ?, updated_at = ? WHERE id = ?').run(sortOrder, this.clock(), id);
  }

  delete(id: number): boolean {
    return this.db.prepare('DELETE FROM stage_photo WHERE id = ?').run(id).changes > 0;
  }

  /** Every photo as a bundle carries it (by id), the bytes as base64. */
  exportAll(): StagePhoto[] {
    return this.rows('')
      .sort((a, b) => a.id - b.id)
      .map((r) => ({
        id: r.id,
        stageNumber: r.stage_number as StagePhoto['stageNumber'],
        caption: r.caption,
        mime: r.mime,
        width: r.width,
        height: r.height,
        base64: r.content.toString('base64'),
        sortOrder: r.sort_order,
        uid: r.uid,
        createdAt: r.created_at,
        updatedAt: r.updated_at,
      }));
  }

  /** A photo from a bundle, kept exactly as it was exported (id, identity, times). */
  importOne(p: StagePhoto): void {
    const now = this.clock();
    this.db
      .prepare(`INSERT INTO stage_photo (${COLUMNS}) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`)
      .run(
        p.id,
        p.stageNumber,
        p.caption,
        p.mime,
        p.width,
        p.height,
        Buffer.from(p.base64, 'base64'),
        p.sortOrder,
        p.uid ?? newUid(),
        p.createdAt ?? now,
        p.updatedAt ?? now,
      );
  }
}
