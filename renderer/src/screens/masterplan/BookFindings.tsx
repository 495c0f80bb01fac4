// The readiness view of the masterplan books (status.summary's books): what each book still lacks, each line opening
// the tab or screen that fixes it; a book with nothing missing says it is ready to print.
import { Link, Spinner, Subtitle2, Text } from '@fluentui/react-components';
import { CheckmarkCircle16Regular, Warning16Regular } from '@fluentui/react-icons';
import { call } from '../../api/bridge';
import { useNavigation } from '../../app/navigation';
import { ErrorBar } from '../../components/ErrorBar';
import { useData } from '../../hooks/use-data';
import { findingTab, type MasterplanTab } from './finding-tab';

export function BookFindings({ open }: { open: (tab: MasterplanTab) => void }) {
  // Loaded each time the tab opens, so it reflects what was just entered on the other tabs.
  const status = useData(() => call('status.summary'));
  const { go } = useNavigation();
  if (!status.data) return status.error ? <ErrorBar error={status.error} /> : <Spinner label="Memeriksa kelengkapan…" />;
  return (
    <div style={{ display: 'grid', gridTemplateColumns: 'repeat(2, minmax(0, 1fr))', gap: 16 }}>
      {status.data.books.map((b) => (
        <section key={b.book} aria-label={`Kelengkapan ${b.title}`} style={{ display: 'grid', gap: 4, alignContent: 'start' }}>
          <Subtitle2 as="h2" style={{ display: 'flex', gap: 6, alignItems: 'center' }}>
            {b.missing.length === 0 ? <CheckmarkCircle16Regular /> : <Warning16Regular />}
            {b.title}
          </Subtitle2>
          {b.missing.length === 0 ? (
            <Text>Lengkap: siap dicetak.</Text>
          ) : (
            <>
              <Text size={200}>{b.missing.length} hal belum lengkap:</Text>
              <ul style={{ margin: 0, paddingLeft: 18 }}>
                {b.missing.map((m, i) => {
                  const where = findingTab(m);
                  return (
                    <li key={i}>
                      {where ? (
                        <Link
                          as="button"
                          style={{ display: 'inline', textAlign: 'left' }}
                          onClick={() => (where === 'tim' ? go('tim') : open(where))}
                        >
                          {m}
                        </Link>
                      ) : (
                        m
                      )}
                    </li>
                  );
                })}
              </ul>
            </>
          )}
        </section>
      ))}
    </div>
  );
}
