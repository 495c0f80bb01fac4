// Masterplan: the books' chapters and sections, the plan (visi, misi, period, Kata Pengantar), Buku I's analysis
// (region statistics, regulations, applications, readiness scores and gaps, SWOT), Buku II's sasaran, strategies,
// programmes with their quick-win profiles and M&E indicators, and what each book still lacks.
import { Tab, TabList } from '@fluentui/react-components';
import { useState } from 'react';
import { call } from '../api/bridge';
import { useNavigation } from '../app/navigation';
import { ErrorBar } from '../components/ErrorBar';
import { ScreenHeader } from '../components/ScreenHeader';
import { useAction } from '../hooks/use-action';
import { useData } from '../hooks/use-data';
import { DimensionsPanel } from './DimensionsPanel';
import { MasterplanPlanForm } from './MasterplanPlanForm';
import { ProgrammeTable } from './ProgrammeTable';
import { SwotBoard } from './SwotBoard';
import { BookFindings } from './masterplan/BookFindings';
import type { MasterplanTab } from './masterplan/finding-tab';
import { ChapterTab } from './masterplan/ChapterTab';
import { Goals } from './masterplan/Goals';
import { Monitoring } from './masterplan/Monitoring';
import { ReadinessTab } from './masterplan/ReadinessTab';
import { RegionFacts } from './masterplan/RegionFacts';
import { StrategyMatrix } from './masterplan/StrategyMatrix';

const TABS: [MasterplanTab, string][] = [
  ['bab', 'Bab dan subbab'],
  ['rencana', 'Rencana'],
  ['gambaran', 'Gambaran daerah'],
  ['kesiapan', 'Kesiapan daerah'],
  ['dimensi', 'Dimensi dan elemen'],
  ['swot', 'SWOT per dimensi dan strategi'],
  ['sasaran', 'Sasaran'],
  ['program', 'Program dan quick win'],
  ['monev', 'Monev'],
  ['kelengkapan', 'Kelengkapan buku'],
];

export function MasterplanScreen() {
  const data = useData(async () => ({
    volumes: await call('masterplan.volumes.list'),
    chapters: await call('masterplan.chapters.list'),
    sections: await call('masterplan.sections.list'),
    dimensions: await call('masterplan.dimensions.list'),
    elements: await call('masterplan.elements.list'),
    swot: await call('masterplan.swot.list'),
    programmes: await call('masterplan.programmes.list'),
    plan: await call('masterplan.plan.get'),
    statistics: await call('masterplan.statistics.list'),
    regulations: await call('masterplan.regulations.list'),
    applications: await call('masterplan.applications.list'),
    readinessScores: await call('masterplan.readinessScores.list'),
    elementGaps: await call('masterplan.elementGaps.list'),
    goals: await call('masterplan.goals.list'),
    strategies: await call('masterplan.strategies.list'),
    monitoring: await call('masterplan.monitoring.list'),
    quickWins: await call('masterplan.quickWins.list'),
    units: await call('units.list'),
    templates: await call('templates.list'),
    programme: await call('profile.getProgramme'),
  }));
  const readiness = useData(() => call('masterplan.readiness.list'));
  const { confirmLeave, intent } = useNavigation();
  // Beranda's line about a book opens the tab that fixes it.
  const [tab, setTab] = useState<MasterplanTab>(intent?.kind === 'masterplan-tab' ? intent.tab : 'bab');
  // Another tab replaces the forms on screen: ask first when one holds unsaved changes.
  const open = (next: MasterplanTab) => void confirmLeave().then((leave) => leave && setTab(next));
  const { error, run: guard } = useAction(data.reload);
  const reload = () => void data.reload();
  const d = data.data;

  return (
    <>
      <ScreenHeader
        title="Masterplan"
        description="Buku, bab dan subbab; rencana; analisis daerah, kesiapan dan SWOT; sasaran, strategi, program dan quick win; monitoring dan evaluasi."
      />
      <ErrorBar error={error ?? data.error} />
      <TabList
        size="small"
        selectedValue={tab}
        onTabSelect={(_, x) => open(x.value as MasterplanTab)}
        style={{ marginBottom: 12, flexWrap: 'wrap' }}
      >
        {TABS.map(([value, label]) => (
          <Tab key={value} value={value}>
            {label}
          </Tab>
        ))}
      </TabList>
      {d && tab === 'bab' && (
        <ChapterTab
          volumes={d.volumes}
          chapters={d.chapters}
          sections={d.sections}
          templates={d.templates}
          run={guard}
          onChanged={reload}
        />
      )}
      {tab === 'rencana' && <MasterplanPlanForm onSaved={reload} />}
      {d && tab === 'gambaran' && (
        <RegionFacts
          statistics={d.statistics}
          regulations={d.regulations}
          applications={d.applications}
          dimensions={d.dimensions}
          units={d.units}
          onChanged={data.reload}
        />
      )}
      {d && tab === 'kesiapan' && (
        <ReadinessTab
          dimensions={d.dimensions}
          elements={d.elements}
          scores={d.readinessScores}
          gaps={d.elementGaps}
          notes={readiness.data ?? []}
          run={(fn, m) =>
            guard(async () => {
              await fn();
              await readiness.reload();
            }, m)
          }
          onChanged={data.reload}
          onNotesChanged={() => void readiness.reload()}
        />
      )}
      {d && tab === 'dimensi' && (
        <DimensionsPanel dimensions={d.dimensions} elements={d.elements} run={guard} onChanged={reload} />
      )}
      {d && tab === 'swot' && (
        <SwotBoard
          dimensions={d.dimensions}
          items={d.swot}
          run={guard}
          onChanged={reload}
          strategies={(dimension) => (
            <StrategyMatrix
              key={dimension.id}
              dimension={dimension}
              swot={d.swot}
              strategies={d.strategies}
              programmes={d.programmes}
              onChanged={reload}
            />
          )}
        />
      )}
      {d && tab === 'sasaran' && <Goals goals={d.goals} dimensions={d.dimensions} onChanged={data.reload} />}
      {d && tab === 'program' && (
        <ProgrammeTable
          programmes={d.programmes}
          dimensions={d.dimensions}
          elements={d.elements}
          units={d.units}
          strategies={d.strategies}
          quickWins={d.quickWins}
          plan={d.plan}
          year={d.programme?.year ?? new Date().getFullYear()}
          onChanged={reload}
        />
      )}
      {d && tab === 'monev' && (
        <Monitoring
          indicators={d.monitoring}
          dimensions={d.dimensions}
          programmes={d.programmes}
          units={d.units}
          onChanged={data.reload}
        />
      )}
      {tab === 'kelengkapan' && <BookFindings open={open} />}
    </>
  );
}
