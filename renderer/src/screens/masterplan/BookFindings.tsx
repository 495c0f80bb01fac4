// What each book still lacks, each line opening the tab that fixes it; a book with nothing missing says it is ready.
import { Link, Subtitle2, Text } from '@fluentui/react-components';
import { CheckmarkCircle16Regular, Warning16Regular } from '@fluentui/react-icons';
import type { BookFindings as Books, MasterplanTab } from './book-findings';

export function BookFindings({ books, open }: { books: readonly Books[]; open: (tab: MasterplanTab) => void }) {
  return (
    <div style={{ display: 'grid', gridTemplateColumns: 'repeat(2, minmax(0, 1fr))', gap: 16 }}>
      {books.map((b) => (
        <section key={b.book} aria-label={`Kelengkapan ${b.book}`} style={{ display: 'grid', gap: 4, alignContent: 'start' }}>
          <Subtitle2 as="h2" style={{ display: 'flex', gap: 6, alignItems: 'center' }}>
            {b.findings.length === 0 ? <CheckmarkCircle16Regular /> : <Warning16Regular />}
            {b.book}
          </Subtitle2>
          {b.findings.length === 0 ? (
            <Text>Lengkap: siap dicetak.</Text>
          ) : (
            <>
              <Text size={200}>{b.findings.length} hal belum lengkap:</Text>
              <ul style={{ margin: 0, paddingLeft: 18 }}>
                {b.findings.map((f, i) => (
                  <li key={i}>
                    <Link as="button" onClick={() => open(f.tab)} style={{ display: 'inline', textAlign: 'left' }}>
                      {f.message}
                    </Link>
                  </li>
                ))}
              </ul>
            </>
          )}
        </section>
      ))}
    </div>
  );
}
