// The office's own wording of document prose: listed per kind and part with the default and the placeholders,
// saved only when the text parses (an unknown placeholder or an unclosed brace is refused at its position), reset to
// the default by removing the office's text.
import { defaultText, TEXT_PLACEHOLDER_LABELS, TEXT_TEMPLATES } from '../../shared/documents/text-templates';
import {
  saveTextTemplateSchema,
  textTemplateKeySchema,
  type TextTemplate,
  type TextTemplateView,
} from '../../shared/domain/text-template';
import { parseOrThrow } from '../../shared/validation/messages';
import type { Repositories } from '../repositories/repositories';
import { withSqliteErrors } from './sqlite-errors';

export function textTemplateService(repos: Repositories) {
  const find = (kind: string, part: string): TextTemplate | undefined =>
    repos.textTemplates.list().find((t) => t.kind === kind && t.part === part);

  return {
    list(): TextTemplateView[] {
      const wordCase = repos.regency.get()?.tataNaskah.dateWordsCase ?? 'lower';
      return TEXT_TEMPLATES.map((def) => ({
        kind: def.kind,
        part: def.part,
        label: def.label,
        placeholders: def.placeholders.map((name) => ({ name, label: TEXT_PLACEHOLDER_LABELS[name] ?? name })),
        default: defaultText(def, wordCase),
        text: find(def.kind, def.part)?.text ?? null,
      }));
    },
    save(input: unknown): TextTemplate {
      const t = parseOrThrow(saveTextTemplateSchema, input, 'Templat teks tidak valid');
      return withSqliteErrors(() =>
        repos.db.transaction((): TextTemplate => {
          const existing = find(t.kind, t.part);
          if (existing) {
            repos.textTemplates.update({ ...existing, text: t.text });
            return repos.textTemplates.get(existing.id)!;
          }
          return repos.textTemplates.insert({ id: null, ...t });
        })(),
      );
    },
    /** Back to the default wording. */
    reset(input: unknown): void {
      const key = parseOrThrow(textTemplateKeySchema, input, 'Templat teks tidak valid');
      const existing = find(key.kind, key.part);
      if (existing) withSqliteErrors(() => repos.db.transaction(() => repos.textTemplates.delete(existing.id))());
    },
  };
}
