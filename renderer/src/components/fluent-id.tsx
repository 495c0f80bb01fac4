// Fluent's pickers with their built-in English labels in Indonesian. Fluent v9 has no strings table for these, so
// each names them itself: the Combobox's open button says "Open <label>", the Dropdown's clear button "Clear
// selection" and the SearchBox's "clear". Screens import these instead of Fluent's own.
import {
  Combobox as FluentCombobox,
  type ComboboxProps,
  Dropdown as FluentDropdown,
  type DropdownProps,
  SearchBox as FluentSearchBox,
  type SearchBoxProps,
} from '@fluentui/react-components';
import type { Ref } from 'react';

export function Combobox(props: ComboboxProps & { ref?: Ref<HTMLInputElement> }) {
  const label = props['aria-label'];
  return <FluentCombobox expandIcon={{ 'aria-label': label ? `Buka pilihan ${label}` : 'Buka pilihan' }} {...props} />;
}

export function Dropdown(props: DropdownProps & { ref?: Ref<HTMLButtonElement> }) {
  return <FluentDropdown clearButton={{ 'aria-label': 'Hapus pilihan' }} {...props} />;
}

export function SearchBox(props: SearchBoxProps & { ref?: Ref<HTMLInputElement> }) {
  return <FluentSearchBox dismiss={{ 'aria-label': 'Kosongkan pencarian' }} {...props} />;
}
