// The title row of a screen, with its main actions on the right.
import { Body1, Title2, tokens } from '@fluentui/react-components';
import { type ReactNode, useEffect, useRef } from 'react';
import { useNavigation } from '../app/navigation';

export function ScreenHeader({ title, description, actions }: { title: string; description?: string; actions?: ReactNode }) {
  const heading = useRef<HTMLHeadingElement>(null);
  const { takeHeadingFocus } = useNavigation();
  // A screen the user just opened announces itself: its heading takes the focus (a screen reader reads it).
  useEffect(() => {
    if (takeHeadingFocus()) heading.current?.focus();
  }, [takeHeadingFocus]);
  return (
    <header style={{ display: 'flex', alignItems: 'flex-start', gap: 16, marginBottom: 16 }}>
      <div style={{ flex: 1 }}>
        <h1 ref={heading} tabIndex={-1} style={{ margin: 0, outline: 'none' }}>
          <Title2 block>{title}</Title2>
        </h1>
        {description && (
          <Body1 as="p" block style={{ margin: '4px 0 0', color: tokens.colorNeutralForeground3 }}>
            {description}
          </Body1>
        )}
      </div>
      {actions && <div style={{ display: 'flex', gap: 8 }}>{actions}</div>}
    </header>
  );
}
