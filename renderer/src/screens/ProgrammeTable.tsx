// The masterplan's programmes, list and editor side by side (the Pejabat screen's way) so that 150 programmes stay
// usable at 1366×768: a searchable virtualised table on the left, the programme's editor and, for a quick win, its
// profile on the right. Another programme replaces the editor only after asking when it holds unsaved changes.
import { Button, Option, Text } from '@fluentui/react-components';
import { useMemo, useState } from 'react';
import type {
  Dimension,
  Element,
  MasterplanPlan,
  ProgrammeItem,
  QuickWinProfile,
  Strategy,
} from '../../../shared/domain/masterplan';
import type { Unit } from '../../../shared/domain/organisation';
import { horizonProblems } from '../../../shared/masterplan/horizon-check';
import { useNavigation } from '../app/navigation';
import { Dropdown, SearchBox } from '../components/fluent-id';
import { ProgrammeEditor } from './masterplan/ProgrammeEditor';
import { ProgrammeList } from './masterplan/ProgrammeList';
import { newProgramme, type ProgrammeDraft } from './masterplan/programme-draft';
import { QuickWinForm } from './masterplan/QuickWinForm';

export function ProgrammeTable(props: {
  programmes: ProgrammeItem[];
  dimensions: Dimension[];
  elements: Element[];
  units: Unit[];
  strategies: Strategy[];
  quickWins: QuickWinProfile[];
  plan: MasterplanPlan | null;
  /** The programme year: new programmes start the year after, unless the plan has a start year. */
  year: number;
  onChanged: () => void;
}) {
  const { confirmLeave } = useNavigation();
  const [query, setQuery] = useState('');
  const [dimensionId, setDimensionId] = useState<number | null>(null);
  const [selected, setSelected] = useState<ProgrammeDraft | null>(null);
  const select = (next: ProgrammeDraft | null) => void confirmLeave().then((leave) => leave && setSelected(next));

  const rows = useMemo(() => {
    const words = query.toLowerCase().split(/\s+/).filter(Boolean);
    return props.programmes.filter(
      (p) =>
        (dimensionId === null || p.dimensionId === dimensionId) &&
        words.every((w) => `${p.code ?? ''} ${p.name}`.toLowerCase().includes(w)),
    );
  }, [props.programmes, query, dimensionId]);
  const flagged = useMemo(() => {
    const carried = new Set(props.strategies.flatMap((s) => s.programmeIds));
    return new Set(
      props.programmes
        .filter((p) => !carried.has(p.id) || (props.plan !== null && horizonProblems(p, props.plan).length > 0))
        .map((p) => p.id),
    );
  }, [props.programmes, props.strategies, props.plan]);

  const current = selected?.id != null ? props.programmes.find((p) => p.id === selected.id) : undefined;
  const startYear = props.plan?.periodStart ?? props.year + 1;
  const dimensionName = (id: number | null) => props.dimensions.find((d) => d.id === id)?.name ?? 'Semua dimensi';

  return (
    <div
      style={{ display: 'grid', gridTemplateColumns: 'minmax(330px, 0.8fr) minmax(420px, 1.2fr)', gap: 20, alignItems: 'start' }}
    >
      <div style={{ position: 'sticky', top: 0, display: 'grid', gap: 6 }}>
        <div style={{ display: 'flex', gap: 6 }}>
          <Button
            appearance="primary"
            disabled={props.dimensions.length === 0}
            onClick={() =>
              select(
                newProgramme(
                  dimensionId ?? props.dimensions[0]!.id,
                  startYear,
                  Math.max(0, ...props.programmes.map((p) => p.sortOrder)) + 1,
                ),
              )
            }
          >
            Tambah program
          </Button>
          <SearchBox
            aria-label="Cari program"
            placeholder="Cari kode atau nama"
            value={query}
            onChange={(_, d) => setQuery(d.value)}
            style={{ flex: 1, minWidth: 0 }}
          />
        </div>
        <Dropdown
          aria-label="Saring dimensi program"
          value={dimensionName(dimensionId)}
          selectedOptions={[String(dimensionId ?? '')]}
          onOptionSelect={(_, d) => setDimensionId(d.optionValue ? Number(d.optionValue) : null)}
        >
          <Option value="">Semua dimensi</Option>
          {props.dimensions.map((d) => (
            <Option key={d.id} value={String(d.id)}>
              {d.name}
            </Option>
          ))}
        </Dropdown>
        <Text size={200}>
          {rows.length} dari {props.programmes.length} program
          {flagged.size > 0 ? ` · ⚠ ${flagged.size} perlu diperiksa` : ''}
        </Text>
        <ProgrammeList
          rows={rows}
          dimensions={props.dimensions}
          selectedId={selected?.id ?? null}
          flagged={flagged}
          onOpen={(p) => select(p)}
        />
      </div>
      <div style={{ display: 'grid', gap: 20 }}>
        {selected ? (
          <>
            <ProgrammeEditor
              key={selected.id ?? 'baru'}
              programme={current ?? selected}
              dimensions={props.dimensions}
              elements={props.elements}
              units={props.units}
              plan={props.plan}
              strategyTexts={
                selected.id === null
                  ? []
                  : props.strategies.filter((s) => s.programmeIds.includes(selected.id!)).map((s) => s.text)
              }
              onSaved={(p) => {
                setSelected(p);
                props.onChanged();
              }}
              onCancel={() => setSelected(current ?? null)}
            />
            {current?.isQuickWin && (
              <QuickWinForm
                key={`qw-${current.id}`}
                programme={current}
                profile={props.quickWins.find((q) => q.programmeId === current.id)}
                onSaved={props.onChanged}
              />
            )}
          </>
        ) : (
          <Text>Pilih program di daftar untuk mengubahnya, atau klik Tambah program.</Text>
        )}
      </div>
    </div>
  );
}
