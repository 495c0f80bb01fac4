// The save buttons of a long form, kept in view at the bottom of the screen while the form scrolls under them.
import { tokens } from '@fluentui/react-components';
import type { ReactNode } from 'react';

export function SaveBar({ children, label = 'Simpan formulir' }: { children: ReactNode; label?: string }) {
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
        margin: '12px -28px -20px',
        padding: '10px 28px',
        background: tokens.colorNeutralBackground1,
        borderTop: `1px solid ${tokens.colorNeutralStroke2}`,
        boxShadow: tokens.shadow4,
      }}
    >
      {children}
    </div>
  );
}
