// Loads data through the bridge once the screen opens, and again on demand; errors become CallErrors the screens
// show in words.
import { useCallback, useEffect, useRef, useState } from 'react';
import { CallError } from '../api/bridge';

export interface DataState<T> {
  data: T | undefined;
  error: CallError | null;
  loading: boolean;
  reload: () => Promise<void>;
}

export function asCallError(error: unknown): CallError {
  if (error instanceof CallError) return error;
  return new CallError(error instanceof Error ? error.message : String(error), 'unexpected');
}

export function useData<T>(load: () => Promise<T>): DataState<T> {
  const [state, setState] = useState<{ data: T | undefined; error: CallError | null; loading: boolean }>({
    data: undefined,
    error: null,
    loading: true,
  });
  const loader = useRef(load);
  useEffect(() => {
    loader.current = load;
  });
  const fetchInto = useCallback(async () => {
    try {
      const data = await loader.current();
      setState({ data, error: null, loading: false });
    } catch (e) {
      setState((s) => ({ ...s, error: asCallError(e), loading: false }));
    }
  }, []);
  useEffect(() => {
    void fetchInto();
  }, [fetchInto]);
  const reload = useCallback(async () => {
    setState((s) => ({ ...s, loading: true }));
    await fetchInto();
  }, [fetchInto]);
  return { ...state, reload };
}
