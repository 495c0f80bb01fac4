// A button that opens the file chooser: the browser's own input says "Choose File" in the system's language and
// cannot be styled, so it stays hidden behind a Fluent button with an Indonesian label.
import { Button, type ButtonProps } from '@fluentui/react-components';
import { type Ref, useRef } from 'react';

export interface FilePickerProps {
  /** Button text, e.g. "Pilih berkas cadangan…". The hidden input carries it as its accessible name too. */
  label: string;
  accept: string;
  onPick: (file: File) => void | Promise<void>;
  appearance?: ButtonProps['appearance'];
  icon?: ButtonProps['icon'];
  disabled?: boolean;
  /** The visible button, for a screen that gives it the focus back after its work is done. */
  buttonRef?: Ref<HTMLButtonElement>;
}

export function FilePicker({ label, accept, onPick, appearance, icon, disabled, buttonRef }: FilePickerProps) {
  const input = useRef<HTMLInputElement>(null);
  return (
    <>
      {/* disabledFocusable: busy with the file just picked, the button keeps the focus. */}
      <Button
        ref={buttonRef}
        appearance={appearance}
        icon={icon}
        disabledFocusable={disabled}
        onClick={() => input.current?.click()}
      >
        {label}
      </Button>
      <input
        ref={input}
        type="file"
        hidden
        aria-label={label}
        accept={accept}
        onChange={(e) => {
          const picked = e.target.files?.[0];
          // Cleared so that choosing the same file again (after fixing it) fires again.
          e.target.value = '';
          if (picked) void onPick(picked);
        }}
      />
    </>
  );
}
