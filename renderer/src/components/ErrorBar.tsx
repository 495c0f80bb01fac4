// Shows a failed call in words (never a stack trace), with the list of field problems when there are several. Field
// problems are named by the field's label ("Nama: wajib diisi"), never by the internal key.
import { MessageBar, MessageBarBody, MessageBarTitle } from '@fluentui/react-components';
import type { CallError } from '../api/bridge';
import { labelledMessage } from '../lib/field-labels';

export function ErrorBar({ error }: { error: CallError | null }) {
  if (!error) return null;
  const [first, ...rest] = error.message.split('\n');
  const lines =
    error.problems.length > 0
      ? [
          ...error.problems.slice(0, 50).map((p) => labelledMessage(p.path, p.message)),
          ...(error.problems.length > 50 ? [`dan ${error.problems.length - 50} masalah lain`] : []),
        ]
      : rest.map((l) => l.replace(/^- /, ''));
  return (
    <MessageBar intent="error" role="alert" style={{ marginBottom: 12 }}>
      <MessageBarBody>
        <MessageBarTitle>{first?.replace(/:$/, '')}</MessageBarTitle>
        {lines.length > 0 && (
          <ul style={{ margin: '4px 0 0', paddingLeft: 18 }}>
            {lines.map((line, i) => (
              <li key={i}>{line}</li>
            ))}
          </ul>
        )}
      </MessageBarBody>
    </MessageBar>
  );
}
