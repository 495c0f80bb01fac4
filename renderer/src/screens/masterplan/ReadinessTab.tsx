// The "Kesiapan daerah" tab: the scores with their heat map, the element gap table and the free readiness notes,
// one at a time so that each fits the screen.
import { Tab, TabList } from '@fluentui/react-components';
import { useState } from 'react';
import type { Dimension, Element, ElementGap, ReadinessNote, ReadinessScore } from '../../../../shared/domain/masterplan';
import { useNavigation } from '../../app/navigation';
import { ReadinessList } from '../ReadinessList';
import { ElementGaps } from './ElementGaps';
import { ReadinessScores } from './ReadinessScores';

export function ReadinessTab(props: {
  dimensions: Dimension[];
  elements: Element[];
  scores: ReadinessScore[];
  gaps: ElementGap[];
  notes: ReadinessNote[];
  run: (fn: () => Promise<unknown>, message?: string) => Promise<void>;
  onChanged: () => Promise<void>;
  onNotesChanged: () => void;
}) {
  const [part, setPart] = useState<'nilai' | 'kesenjangan' | 'catatan'>('nilai');
  const { confirmLeave } = useNavigation();
  return (
    <div style={{ display: 'grid', gap: 10 }}>
      <TabList
        size="small"
        aria-label="Bagian kesiapan daerah"
        selectedValue={part}
        onTabSelect={(_, d) => void confirmLeave().then((leave) => leave && setPart(d.value as typeof part))}
      >
        <Tab value="nilai">Nilai kesiapan ({props.scores.length})</Tab>
        <Tab value="kesenjangan">
          Kesenjangan elemen ({props.gaps.length}/{props.elements.length})
        </Tab>
        <Tab value="catatan">Catatan kesiapan ({props.notes.length})</Tab>
      </TabList>
      {part === 'nilai' && <ReadinessScores dimensions={props.dimensions} scores={props.scores} onChanged={props.onChanged} />}
      {part === 'kesenjangan' && (
        <ElementGaps dimensions={props.dimensions} elements={props.elements} gaps={props.gaps} onChanged={props.onChanged} />
      )}
      {part === 'catatan' && (
        <ReadinessList notes={props.notes} dimensions={props.dimensions} run={props.run} onChanged={props.onNotesChanged} />
      )}
    </div>
  );
}
