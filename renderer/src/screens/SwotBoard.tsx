// SWOT per dimension: four columns (strengths, weaknesses, opportunities, threats) of short points; a point is
// added with Enter and removed after a confirmation.
import { Input, Subtitle2, Text } from '@fluentui/react-components';
import { type Dimension, SWOT_KINDS, SWOT_LABELS, type SwotItem } from '../../../shared/domain/masterplan';
import { call } from '../api/bridge';
import { RemoveButton } from '../components/RemoveButton';

export function SwotBoard(props: {
  dimensions: Dimension[];
  items: SwotItem[];
  run: (fn: () => Promise<unknown>, message?: string) => Promise<void>;
}) {
  return (
    <div style={{ display: 'grid', gap: 16 }}>
      {props.dimensions.map((dim) => (
        <section key={dim.id} aria-label={`SWOT ${dim.name}`}>
          <Subtitle2 as="h3">{dim.name}</Subtitle2>
          <div style={{ display: 'grid', gridTemplateColumns: 'repeat(4, minmax(0, 1fr))', gap: 12 }}>
            {SWOT_KINDS.map((kind) => {
              const items = props.items.filter((x) => x.dimensionId === dim.id && x.kind === kind);
              return (
                <div key={kind} style={{ display: 'grid', gap: 4, alignContent: 'start' }}>
                  <Text weight="semibold">{SWOT_LABELS[kind]}</Text>
                  <ul aria-label={`${SWOT_LABELS[kind]} ${dim.name}`} style={{ margin: 0, paddingLeft: 16 }}>
                    {items.map((x) => (
                      <li key={x.id}>
                        {x.text}{' '}
                        <RemoveButton
                          compact
                          label={`Hapus butir: ${x.text}`}
                          question={{ title: `Hapus butir ${SWOT_LABELS[kind].toLowerCase()}?`, message: x.text }}
                          onRemove={() => props.run(() => call('masterplan.swot.remove', { id: x.id }), 'Butir SWOT dihapus')}
                        />
                      </li>
                    ))}
                  </ul>
                  <Input
                    aria-label={`Tambah ${SWOT_LABELS[kind]} ${dim.name}`}
                    placeholder="Tambah butir, Enter"
                    onKeyDown={(e) => {
                      const target = e.currentTarget;
                      if (e.key !== 'Enter' || !target.value.trim()) return;
                      const text = target.value;
                      // Cleared only once saved, so that a refused point stays for the user to correct.
                      void props.run(() =>
                        call('masterplan.swot.save', {
                          id: null,
                          dimensionId: dim.id,
                          kind,
                          text,
                          sortOrder: items.length + 1,
                        }).then(() => {
                          target.value = '';
                        }),
                      );
                    }}
                  />
                </div>
              );
            })}
          </div>
        </section>
      ))}
    </div>
  );
}
