// Which screen is open, and the guard that asks before leaving a form with unsaved changes.
import { Button, Dialog, DialogActions, DialogBody, DialogContent, DialogSurface, DialogTitle } from '@fluentui/react-components';
import { createContext, useCallback, useContext, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import type { ScreenId } from '../../../shared/domain/status';

interface Navigation {
  screen: ScreenId;
  go: (screen: ScreenId) => void;
  /** Screens report unsaved changes so that leaving asks first. */
  setDirty: (dirty: boolean) => void;
  /**
   * Before a screen replaces its own form (another person, section or stage): true at once when nothing is
   * unsaved, otherwise the user's answer to the same question as when leaving the screen.
   */
  confirmLeave: () => Promise<boolean>;
  /** The current screen's save action, for Ctrl+S. */
  setSaveAction: (save: (() => void) | null) => void;
}

const NavigationContext = createContext<Navigation | null>(null);

export function useNavigation(): Navigation {
  const nav = useContext(NavigationContext);
  if (!nav) throw new Error('useNavigation outside NavigationProvider');
  return nav;
}

export function NavigationProvider({ children }: { children: ReactNode }) {
  const [screen, setScreen] = useState<ScreenId>('beranda');
  const [pending, setPending] = useState<{ resolve: (leave: boolean) => void } | null>(null);
  const dirty = useRef(false);
  const saveAction = useRef<(() => void) | null>(null);

  const confirmLeave = useCallback(
    () =>
      new Promise<boolean>((resolve) => {
        if (!dirty.current) return resolve(true);
        // A question still open is answered "stay" before the new one replaces it.
        setPending((earlier) => {
          earlier?.resolve(false);
          return { resolve };
        });
      }),
    [],
  );
  const go = useCallback(
    (next: ScreenId) => {
      void confirmLeave().then((leave) => leave && setScreen(next));
    },
    [confirmLeave],
  );
  const answer = (leave: boolean) => {
    if (leave) dirty.current = false;
    pending?.resolve(leave);
    setPending(null);
  };

  useEffect(() => {
    const beforeUnload = (event: BeforeUnloadEvent) => {
      if (dirty.current) event.preventDefault();
    };
    const keys = (event: KeyboardEvent) => {
      if ((event.ctrlKey || event.metaKey) && event.key.toLowerCase() === 's' && saveAction.current) {
        event.preventDefault();
        saveAction.current();
      }
    };
    window.addEventListener('beforeunload', beforeUnload);
    window.addEventListener('keydown', keys);
    return () => {
      window.removeEventListener('beforeunload', beforeUnload);
      window.removeEventListener('keydown', keys);
    };
  }, []);

  const value = useMemo<Navigation>(
    () => ({
      screen,
      go,
      setDirty: (d) => {
        dirty.current = d;
      },
      confirmLeave,
      setSaveAction: (save) => {
        saveAction.current = save;
      },
    }),
    [screen, go, confirmLeave],
  );

  return (
    <NavigationContext.Provider value={value}>
      {children}
      <Dialog open={pending !== null} onOpenChange={(_, d) => !d.open && answer(false)}>
        <DialogSurface>
          <DialogBody>
            <DialogTitle>Perubahan belum disimpan</DialogTitle>
            <DialogContent>
              Perubahan pada formulir ini belum disimpan. Tinggalkan formulir dan buang perubahan itu?
            </DialogContent>
            <DialogActions>
              <Button appearance="secondary" onClick={() => answer(false)}>
                Tetap di sini
              </Button>
              <Button appearance="primary" onClick={() => answer(true)}>
                Buang perubahan
              </Button>
            </DialogActions>
          </DialogBody>
        </DialogSurface>
      </Dialog>
    </NavigationContext.Provider>
  );
}
