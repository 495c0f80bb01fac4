// docs/templat-teks.md lists every text template, its default and its placeholders as the app's catalogue has them
// now (drift test), and names every kind and placeholder the app knows.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { GUIDE_FILE, guideText } from '../../scripts/text-template-docs';
import { TEXT_TEMPLATES } from '../../shared/documents/text-templates';

const guide = readFileSync(GUIDE_FILE, 'utf8');

describe('docs/templat-teks.md', () => {
  it('is what `npx tsx scripts/text-template-docs.ts` generates from the catalogue now', () => {
    expect(guide, 'run `npx tsx scripts/text-template-docs.ts` after changing a text template').toBe(guideText(guide));
  });

  it('names every kind, part and placeholder', () => {
    for (const t of TEXT_TEMPLATES) {
      expect(guide).toContain(`\`${t.kind}\``);
      expect(guide).toContain(`| \`${t.part}\` |`);
      for (const p of t.placeholders) expect(guide).toContain(`\`{${p}}\``);
    }
  });
});
