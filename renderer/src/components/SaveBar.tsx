// The save buttons of a long form, kept in view at the bottom of the screen while the form scrolls under them.
// Inline, the bar stays in view while its own form is on screen (a form in one column of a screen).
import { tokens } from '@fluentui/react-components';
import type { ReactNode } from 'react';

export function SaveBar({
  children,
  label = 'Simpan formulir',
  inline = false,
}: {
  children: ReactNode;
  label?: string;
  inline?: boolean;
}) {
  return (
    <div
      role="group"
      aria-label={label}
      data-testid="save-bar"
      style={{
        position: 'sticky',
        // The screen's scroller has 20 px padding below; the bar covers it so nothing shows under the bar.
        bottom: -20,
        zIndex: 2,
        display: 'flex',
        gap: 8,
        alignItems: 'center',
        margin: inline ? '4px 0 0' : '12px -28px -20px',
        padding: inline ? '8px 0 28px' : '10px 28px',
        background: tokens.colorNeutralBackground1,
        borderTop: `1px solid ${tokens.colorNeutralStroke2}`,
        boxShadow: inline ? undefined : tokens.shadow4,
      }}
    >
      {children}
    </div>
  );
}
