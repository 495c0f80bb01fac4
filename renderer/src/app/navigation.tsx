// Which screen is open, and the guard that asks before leaving a form with unsaved changes.
import { Button, Dialog, DialogActions, DialogBody, DialogContent, DialogSurface, DialogTitle } from '@fluentui/react-components';
import { createContext, useCallback, useContext, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import type { ScreenId } from '../../../shared/domain/status';

interface Navigation {
  screen: ScreenId;
  go: (screen: ScreenId) => void;
  /** Screens report unsaved changes so that leaving asks first. */
  setDirty: (dirty: boolean) => void;
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
  const [pending, setPending] = useState<ScreenId | null>(null);
  const dirty = useRef(false);
  const saveAction = useRef<(() => void) | null>(null);

  const go = useCallback((next: ScreenId) => {
    if (dirty.current) setPending(next);
    else setScreen(next);
  }, []);

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
      setSaveAction: (save) => {
        saveAction.current = save;
      },
    }),
    [screen, go],
  );

  return (
    <NavigationContext.Provider value={value}>
      {children}
      <Dialog open={pending !== null} onOpenChange={(_, d) => !d.open && setPending(null)}>
        <DialogSurface>
          <DialogBody>
            <DialogTitle>Perubahan belum disimpan</DialogTitle>
            <DialogContent>Perubahan pada layar ini belum disimpan. Tinggalkan layar dan buang perubahan itu?</DialogContent>
            <DialogActions>
              <Button appearance="secondary" onClick={() => setPending(null)}>
                Tetap di sini
              </Button>
              <Button
                appearance="primary"
                onClick={() => {
                  dirty.current = false;
                  if (pending) setScreen(pending);
                  setPending(null);
                }}
              >
                Buang perubahan
              </Button>
            </DialogActions>
          </DialogBody>
        </DialogSurface>
      </Dialog>
    </NavigationContext.Provider>
  );
}
