// Short confirmations ("Tersimpan"), shown at the bottom left over the navigation and read out by screen readers.
// A toast here holds no button, so it is no Tab stop: Fluent makes each toast focusable and keeps Tab inside it
// (Tab finds nothing to move to in a toast without actions), which left the keyboard stuck until Esc.
import { Toast, ToastTitle, useToastController } from '@fluentui/react-components';
import { useCallback } from 'react';

export const TOASTER_ID = 'app-toaster';

export function useNotify(): (message: string, intent?: 'success' | 'error' | 'info') => void {
  const { dispatchToast } = useToastController(TOASTER_ID);
  return useCallback(
    (message, intent = 'success') =>
      dispatchToast(
        <Toast style={{ width: 226, boxSizing: 'border-box' }}>
          <ToastTitle>{message}</ToastTitle>
        </Toast>,
        // The toast's container without its tabIndex: never focused by Tab or by a click. Its text is announced
        // through Fluent's live region all the same.
        { intent, timeout: 3000, root: { tabIndex: undefined } },
      ),
    [dispatchToast],
  );
}
