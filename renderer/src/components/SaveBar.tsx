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
        bottom: 0,
        zIndex: 2,
        display: 'flex',
        gap: 8,
        alignItems: 'center',
        marginTop: 12,
        padding: '10px 0',
        background: tokens.colorNeutralBackground1,
        borderTop: `1px solid ${tokens.colorNeutralStroke2}`,
        boxShadow: tokens.shadow4,
      }}
    >
      {children}
    </div>
  );
}
