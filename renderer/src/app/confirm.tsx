// One confirmation dialog for the whole app: `await confirm({...})` resolves true only when the user agrees, so a
// delete reads as one line at the place it happens.
import { createContext, type ReactNode, useCallback, useContext, useState } from 'react';
import { ConfirmDialog } from '../components/ConfirmDialog';
import { restoreFocus } from './navigation';

export interface ConfirmRequest {
  title: string;
  message: ReactNode;
  confirmLabel?: string;
}

type Confirm = (request: ConfirmRequest) => Promise<boolean>;

const ConfirmContext = createContext<Confirm>(() => Promise.resolve(false));

export function ConfirmProvider({ children }: { children: ReactNode }) {
  const [pending, setPending] = useState<
    (ConfirmRequest & { answer: (yes: boolean) => void; opener: Element | null }) | null
  >(null);
  const confirm = useCallback<Confirm>(
    (request) =>
      new Promise((answer) => {
        // The focus returns to what asked (the row's Hapus) when the dialog closes.
        const opener = document.activeElement;
        // A question still open is answered "no" before the new one replaces it, so no caller waits forever.
        setPending((earlier) => {
          earlier?.answer(false);
          return { ...request, answer, opener };
        });
      }),
    [],
  );
  const close = (yes: boolean) => {
    pending?.answer(yes);
    restoreFocus(pending?.opener ?? null);
    setPending(null);
  };
  return (
    <ConfirmContext.Provider value={confirm}>
      {children}
      <ConfirmDialog
        open={pending !== null}
        title={pending?.title ?? ''}
        confirmLabel={pending?.confirmLabel ?? 'Hapus'}
        onConfirm={() => close(true)}
        onCancel={() => close(false)}
      >
        {pending?.message}
      </ConfirmDialog>
    </ConfirmContext.Provider>
  );
}

export const useConfirm = (): Confirm => useContext(ConfirmContext);
