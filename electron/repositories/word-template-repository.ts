// The office's Word templates: the list without their bytes, and the bytes of one when it is filled.
import type { WordTemplateView } from '../../shared/domain/word-template';
import type { Db } from '../db/connection';
import { newUid } from '../db/uid';
import { systemClock, type Clock } from './entity-repository';

interface Row {
  id: number;
  name: string;
  file_name: string;
  size: number;
  placeholders: string;
  needs_stage: number;
  created_at: string | null;
}

export interface NewWordTemplate {
  name: string;
  fileName: string;
  content: Uint8Array;
  placeholders: string[];
  needsStage: boolean;
}

const view = (r: Row): WordTemplateView => ({
  id: r.id,
  name: r.name,
  fileName: r.file_name,
  sizeBytes: r.size,
  placeholders: JSON.parse(r.placeholders) as string[],
  needsStage: r.needs_stage === 1,
  createdAt: r.created_at,
});

export class WordTemplateRepository {
  constructor(
    private readonly db: Db,
    private readonly clock: Clock = systemClock,
  ) {}

  list(): WordTemplateView[] {
    const rows = this.db
      .prepare(
        `SELECT id, name, file_name, length(content) AS size, placeholders, needs_stage, created_at
         FROM word_template ORDER BY name COLLATE NOCASE, id`,
      )
      .all() as Row[];
    return rows.map(view);
  }

  get(id: number): WordTemplateView | undefined {
    return this.list().find((t) => t.id === id);
  }

  findByName(name: string): WordTemplateView | undefined {
    const row = this.db.prepare('SELECT id FROM word_template WHERE name = ? COLLATE NOCASE').get(name) as
      { id: number } | undefined;
    return row ? this.get(row.id) : undefined;
  }

  content(id: number): Uint8Array | undefined {
    const row = this.db.prepare('SELECT content FROM word_template WHERE id = ?').get(id) as { content: Buffer } | undefined;
    return row ? new Uint8Array(row.content) : undefined;
  }

  insert(t: NewWordTemplate): WordTemplateView {
    const now = this.clock();
    const { lastInsertRowid } = this.db
      .prepare(
        `INSERT INTO word_template (name, file_name, content, placeholders, needs_stage, uid, created_at, updated_at)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
      )
      .run(t.name, t.fileName, Buffer.from(t.content), JSON.stringify(t.placeholders), t.needsStage ? 1 : 0, newUid(), now, now);
    return this.get(Number(lastInsertRowid))!;
  }

  delete(id: number): boolean {
    return this.db.prepare('DELETE FROM word_template WHERE id = ?').run(id).changes > 0;
  }
}
