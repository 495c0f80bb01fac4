// Cross-record checks of the masterplan books' records in a bundle (schema 007): unique ids, references to
// dimensions, elements, units and programmes that exist, one score per (dimension, aspect, sub-aspect), one gap per
// element, one profile per quick-win programme, strategies answering SWOT items of their own dimension and kinds.
import type { z } from 'zod';
import { quickWinLinkProblems, strategyLinkProblems } from '../masterplan/record-links';
import type { bundleShape } from './bundle';

type Masterplan = z.output<typeof bundleShape>['masterplan'];
interface Problem {
  path: (string | number)[];
  message: string;
}

export function masterplanBookReferenceProblems(m: Masterplan, unitIds: { has(id: number): boolean }): Problem[] {
  const out: Problem[] = [];
  const at = (list: string, i: number, ...rest: (string | number)[]) => ['masterplan', list, i, ...rest];
  const uniqueIds = (list: keyof Masterplan, items: readonly { id: number }[], label: string) => {
    const seen = new Set<number>();
    items.forEach((item, i) => {
      if (seen.has(item.id)) out.push({ path: at(list, i, 'id'), message: `id ${item.id} dipakai lebih dari satu ${label}` });
      seen.add(item.id);
    });
  };
  const unique = (
    list: keyof Masterplan,
    items: readonly unknown[],
    key: (x: never) => string,
    field: string,
    message: string,
  ) => {
    const seen = new Set<string>();
    items.forEach((item, i) => {
      const k = key(item as never);
      if (seen.has(k)) out.push({ path: at(list, i, field), message });
      seen.add(k);
    });
  };
  const dimensions = new Set(m.dimensions.map((d) => d.id));
  const elements = new Set(m.elements.map((e) => e.id));
  const programmes = new Map(m.programmes.map((p) => [p.id, p]));
  const exists = (
    list: keyof Masterplan,
    i: number,
    field: string,
    id: number | null,
    known: { has(id: number): boolean },
    what: string,
  ) => {
    if (id !== null && !known.has(id)) out.push({ path: at(list, i, field), message: `${what} dengan id ${id} tidak ada` });
  };

  uniqueIds('statistics', m.statistics, 'data statistik');
  uniqueIds('regulations', m.regulations, 'regulasi');
  uniqueIds('applications', m.applications, 'aplikasi');
  m.applications.forEach((a, i) => {
    exists('applications', i, 'unitId', a.unitId, unitIds, 'unit');
    exists('applications', i, 'dimensionId', a.dimensionId, dimensions, 'dimensi');
  });
  uniqueIds('readinessScores', m.readinessScores, 'nilai kesiapan');
  m.readinessScores.forEach((r, i) => exists('readinessScores', i, 'dimensionId', r.dimensionId, dimensions, 'dimensi'));
  unique(
    'readinessScores',
    m.readinessScores,
    (r: Masterplan['readinessScores'][number]) => `${r.dimensionId}/${r.aspect}/${(r.subAspect ?? '').toLowerCase()}`,
    'subAspect',
    'nilai untuk dimensi, aspek dan subaspek ini sudah ada',
  );
  uniqueIds('elementGaps', m.elementGaps, 'analisis kesenjangan');
  m.elementGaps.forEach((g, i) => exists('elementGaps', i, 'elementId', g.elementId, elements, 'elemen'));
  unique(
    'elementGaps',
    m.elementGaps,
    (g: Masterplan['elementGaps'][number]) => String(g.elementId),
    'elementId',
    'elemen ini sudah punya analisis kesenjangan',
  );
  uniqueIds('goals', m.goals, 'sasaran');
  m.goals.forEach((g, i) => exists('goals', i, 'dimensionId', g.dimensionId, dimensions, 'dimensi'));
  uniqueIds('strategies', m.strategies, 'strategi');
  const swot = new Map(m.swot.map((s) => [s.id, s]));
  m.strategies.forEach((s, i) => {
    exists('strategies', i, 'dimensionId', s.dimensionId, dimensions, 'dimensi');
    for (const p of strategyLinkProblems(s, swot, programmes))
      out.push({ path: at('strategies', i, ...p.path), message: p.message });
  });
  uniqueIds('monitoring', m.monitoring, 'indikator monev');
  m.monitoring.forEach((r, i) => {
    exists('monitoring', i, 'dimensionId', r.dimensionId, dimensions, 'dimensi');
    exists('monitoring', i, 'programmeId', r.programmeId, programmes, 'program');
    exists('monitoring', i, 'unitId', r.unitId, unitIds, 'unit');
  });
  uniqueIds('quickWins', m.quickWins, 'profil quick win');
  m.quickWins.forEach((q, i) => {
    for (const p of quickWinLinkProblems(q, programmes)) out.push({ path: at('quickWins', i, ...p.path), message: p.message });
  });
  unique(
    'quickWins',
    m.quickWins,
    (q: Masterplan['quickWins'][number]) => String(q.programmeId),
    'programmeId',
    'program ini sudah punya profil quick win',
  );
  return out;
}
