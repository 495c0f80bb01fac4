// Shows a failed call in words (never a stack trace), with the list of field problems when there are several.
import { MessageBar, MessageBarBody, MessageBarTitle } from '@fluentui/react-components';
import type { CallError } from '../api/bridge';

export function ErrorBar({ error }: { error: CallError | null }) {
  if (!error) return null;
  const [first, ...rest] = error.message.split('\n');
  return (
    <MessageBar intent="error" role="alert" style={{ marginBottom: 12 }}>
      <MessageBarBody>
        <MessageBarTitle>{first}</MessageBarTitle>
        {rest.length > 0 && (
          <ul style={{ margin: '4px 0 0', paddingLeft: 18 }}>
            {rest.map((line) => (
              <li key={line}>{line.replace(/^- /, '')}</li>
            ))}
          </ul>
        )}
      </MessageBarBody>
    </MessageBar>
  );
}
