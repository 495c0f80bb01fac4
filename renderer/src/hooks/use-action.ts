// Runs an action through the bridge: on success an optional confirmation and a reload, on failure the error in
// words for the screen's ErrorBar.
import { useCallback, useState } from 'react';
import type { CallError } from '../api/bridge';
import { useNotify } from '../app/toast';
import { asCallError } from './use-data';

export function useAction(after?: () => Promise<void>) {
  const [error, setError] = useState<CallError | null>(null);
  const notify = useNotify();
  const run = useCallback(
    async (fn: () => Promise<unknown>, message?: string) => {
      try {
        await fn();
        setError(null);
        if (message) notify(message);
        await after?.();
      } catch (e) {
        setError(asCallError(e));
      }
    },
    [after, notify],
  );
  return { error, setError, run };
}
