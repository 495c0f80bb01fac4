// Which screen is open, and the guard that asks before leaving a form with unsaved changes.
import { Button, Dialog, DialogActions, DialogBody, DialogContent, DialogSurface, DialogTitle } from '@fluentui/react-components';
import { createContext, useCallback, useContext, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import type { ScreenId } from '../../../shared/domain/status';
import type { MasterplanTab } from '../screens/masterplan/finding-tab';

/** What a screen opens at when a link leads to one item (Beranda's "5 penandatangan belum punya NIP"). */
export type NavIntent =
  | { kind: 'people-without-nip' }
  | { kind: 'stage'; stage: 1 | 2 | 3 | 4 }
  | { kind: 'chapter'; title: string }
  | { kind: 'masterplan-tab'; tab: MasterplanTab };

interface Navigation {
  screen: ScreenId;
  go: (screen: ScreenId, intent?: NavIntent) => void;
  /** The item the screen was opened for, if any; read once when the screen opens. */
  intent: NavIntent | null;
  /**
   * Screens report unsaved changes so that leaving asks first. A screen with several forms reports each under its
   * own key; leaving asks while any of them is dirty.
   */
  setDirty: (dirty: boolean, key?: string) => void;
  /**
   * Before a screen replaces its own form (another person, section or stage): true at once when nothing is
   * unsaved, otherwise the user's answer to the same question as when leaving the screen.
   */
  confirmLeave: () => Promise<boolean>;
  /** The current screen's save action, for Ctrl+S. */
  setSaveAction: (save: (() => void) | null) => void;
  /**
   * One form's save action for Ctrl+S, with the element it lives in; returns the unregistering function. Ctrl+S
   * saves the form holding the focus, else the form with unsaved changes, else the last one registered.
   */
  registerSave: (key: string, entry: SaveEntry) => () => void;
  /** True once after the user opened another screen: its heading takes the focus (ScreenHeader asks). */
  takeHeadingFocus: () => boolean;
}

/** Where a control sat in a list: its row, the row's index among its siblings, and the control's first word ("Hapus"). */
interface RowPlace {
  parent: Element;
  index: number;
  verb: string;
}

const nameOf = (el: Element) => (el.getAttribute('aria-label') ?? el.textContent ?? '').trim();

function rowPlace(opener: Element | null): RowPlace | null {
  const row = opener?.closest('tr, li, [role="row"], [role="listitem"]');
  if (!opener || !row?.parentElement) return null;
  return {
    parent: row.parentElement,
    index: [...row.parentElement.children].indexOf(row),
    verb: nameOf(opener).split(/\s+/)[0] ?? '',
  };
}

/** The same control in the row that took the removed row's place (the one before it when it was the last), else the heading. */
function focusInPlace(place: RowPlace | null): void {
  const rows = place?.parent.isConnected ? [...place.parent.children] : [];
  const row = place ? rows[Math.min(place.index, rows.length - 1)] : undefined;
  const controls = row ? [...row.querySelectorAll<HTMLElement>('button, a[href], input, select, textarea, [tabindex="0"]')] : [];
  const target = controls.find((el) => place?.verb && nameOf(el).startsWith(place.verb)) ?? controls[0];
  (target ?? document.querySelector<HTMLElement>('main h1'))?.focus();
}

/**
 * Gives the focus back to what had it before a dialog opened. When that control's row goes away (a confirmed delete
 * reloads the list a moment later), the focus moves to the same control of the row now in its place, so the keyboard
 * user stays in the list; with no row left, to the screen's heading.
 */
export function restoreFocus(opener: Element | null): void {
  const place = rowPlace(opener);
  setTimeout(() => {
    if (!(opener instanceof HTMLElement) || !opener.isConnected) return focusInPlace(place);
    opener.focus();
    if (!place) return;
    const until = performance.now() + 5000;
    const watch = () => {
      if (!opener.isConnected) {
        // Only when the focus was lost with the row, never taking it from where the user has since moved it.
        if (!document.activeElement || document.activeElement === document.body) focusInPlace(place);
      } else if (document.activeElement === opener && performance.now() < until) requestAnimationFrame(watch);
    };
    requestAnimationFrame(watch);
  });
}

export interface SaveEntry {
  save: () => void;
  element?: () => HTMLElement | null;
  isDirty?: () => boolean;
  /**
   * False for a form that adds one more item (a new day, a new facilitator): Ctrl+S saves it only when it holds the
   * focus or has changes, never as the screen's form by default.
   */
  byDefault?: boolean;
}

/**
 * The form Ctrl+S saves: the one holding the focus, else one with unsaved changes, else the last registered that
 * is a screen's own form.
 */
export function pickSaveEntry(entries: readonly SaveEntry[], focused: Element | null): SaveEntry | undefined {
  const holding = entries.filter((e) => focused && e.element?.()?.contains(focused));
  return holding.at(-1) ?? entries.filter((e) => e.isDirty?.()).at(-1) ?? entries.filter((e) => e.byDefault !== false).at(-1);
}

const NavigationContext = createContext<Navigation | null>(null);

export function useNavigation(): Navigation {
  const nav = useContext(NavigationContext);
  if (!nav) throw new Error('useNavigation outside NavigationProvider');
  return nav;
}

export function NavigationProvider({ children }: { children: ReactNode }) {
  const [screen, setScreen] = useState<ScreenId>('beranda');
  const [intent, setIntent] = useState<NavIntent | null>(null);
  const [pending, setPending] = useState<{ resolve: (leave: boolean) => void; opener: Element | null } | null>(null);
  const headingFocus = useRef(false);
  const dirtyKeys = useRef(new Set<string>());
  const saves = useRef(new Map<string, SaveEntry>());

  const confirmLeave = useCallback(
    () =>
      new Promise<boolean>((resolve) => {
        if (dirtyKeys.current.size === 0) return resolve(true);
        // A question still open is answered "stay" before the new one replaces it.
        const opener = document.activeElement;
        setPending((earlier) => {
          earlier?.resolve(false);
          return { resolve, opener };
        });
      }),
    [],
  );
  const go = useCallback(
    (next: ScreenId, nextIntent?: NavIntent) => {
      void confirmLeave().then((leave) => {
        if (!leave) return;
        setIntent(nextIntent ?? null);
        setScreen((current) => {
          if (current !== next) headingFocus.current = true;
          return next;
        });
      });
    },
    [confirmLeave],
  );
  const answer = (leave: boolean) => {
    if (leave) dirtyKeys.current.clear();
    // Staying: the focus goes back to where it was (a leave goes on to the new screen's heading).
    else restoreFocus(pending?.opener ?? null);
    pending?.resolve(leave);
    setPending(null);
  };

  useEffect(() => {
    const beforeUnload = (event: BeforeUnloadEvent) => {
      if (dirtyKeys.current.size > 0) event.preventDefault();
    };
    const keys = (event: KeyboardEvent) => {
      if ((event.ctrlKey || event.metaKey) && event.key.toLowerCase() === 's') {
        // The browser's own "save page" never makes sense here, even on a screen without a form.
        event.preventDefault();
        pickSaveEntry([...saves.current.values()], document.activeElement)?.save();
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
      intent,
      setDirty: (d, key = 'screen') => {
        if (d) dirtyKeys.current.add(key);
        else dirtyKeys.current.delete(key);
      },
      confirmLeave,
      setSaveAction: (save) => {
        if (save) saves.current.set('screen', { save });
        else saves.current.delete('screen');
      },
      takeHeadingFocus: () => {
        const take = headingFocus.current;
        headingFocus.current = false;
        return take;
      },
      registerSave: (key, entry) => {
        saves.current.set(key, entry);
        return () => {
          if (saves.current.get(key) === entry) saves.current.delete(key);
        };
      },
    }),
    [screen, go, intent, confirmLeave],
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
