// The masterplan's tata kelola paragraphs: each team named with its region once, whether the office typed the
// region into the team's name or not, with the SK that formed it.
import { describe, expect, it } from 'vitest';
import type { ParagraphBlock } from '../../../shared/document/model';
import { institutionBlocks } from '../../../shared/documents/masterplan-facts';
import { richContexts } from '../../helpers/rich-regency';

const intros = (blocks: ReturnType<typeof institutionBlocks>) =>
  blocks.filter((b): b is ParagraphBlock => b.type === 'paragraph').map((b) => b.runs.map((r) => r.text).join(''));

describe('institutionBlocks', () => {
  it('names the region once, with or without it in the team’s name', () => {
    const data = richContexts().masterplan(undefined);
    const region = `${data.regency.kind === 'kota' ? 'Kota' : 'Kabupaten'} ${data.regency.name}`;
    const [dewan, tim] = [data.teams.find((t) => t.kind === 'dewan')!, data.teams.find((t) => t.kind === 'tim_pelaksana')!];
    const teams = [
      { ...dewan, name: `Dewan Smart City ${region}`, skNumber: '188.45/1/2025' },
      { ...tim, name: 'Tim Pelaksana Smart City', skNumber: null },
    ];
    const texts = intros(institutionBlocks({ ...data, teams }));
    expect(texts[0]).toMatch(
      new RegExp(
        `^Dewan Smart City ${region} dibentuk dengan Keputusan (Bupati|Wali Kota) ${data.regency.name} Nomor 188\\.45/1/2025`,
      ),
    );
    expect(texts[1]).toBe(`Susunan Tim Pelaksana Smart City ${region}:`);
    for (const text of texts) expect(text.split(region).length - 1).toBe(1);
  });
});
