// The keys every form answers alike: Enter in a one-line field submits (as a dialog's default button does), Esc
// leaves an inline edit. Keys from a popover portalled out of the form (a calendar, "Pindah ke nomor …") are not
// the form's: React lets them bubble through the component tree, so the DOM decides.
import type { KeyboardEvent } from 'react';

/** Inputs whose Enter belongs to the control itself (a picker choosing its option, a checkbox). */
function ownsEnter(target: HTMLElement): boolean {
  if (!(target instanceof HTMLInputElement)) return true;
  if (target.getAttribute('role') === 'combobox') return true;
  return !['text', 'number', 'email', 'tel', 'url', 'search', 'password', ''].includes(target.type);
}

/** Enter in a single-line text field of this form submits it; textareas, pickers and buttons keep their Enter. */
export function submitOnEnter(submit: () => unknown) {
  return (e: KeyboardEvent<HTMLElement>) => {
    if (e.key !== 'Enter' || e.defaultPrevented || e.shiftKey || e.ctrlKey || e.altKey || e.metaKey) return;
    if (e.nativeEvent.isComposing) return;
    const target = e.target as HTMLElement;
    if (!e.currentTarget.contains(target) || ownsEnter(target)) return;
    e.preventDefault();
    void submit();
  };
}

/** Esc leaves an inline edit; an open list of options closes first on its own Esc (it prevents the default). */
export function cancelOnEscape(cancel: () => void) {
  return (e: KeyboardEvent<HTMLElement>) => {
    if (e.key !== 'Escape' || e.defaultPrevented) return;
    if (!e.currentTarget.contains(e.target as Node)) return;
    e.preventDefault();
    cancel();
  };
}
