// Short confirmations ("Tersimpan") shown at the top right.
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
        { intent, timeout: 3000 },
      ),
    [dispatchToast],
  );
}
