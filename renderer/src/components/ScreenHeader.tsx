// The title row of a screen, with its main actions on the right.
import { Body1, Title2, tokens } from '@fluentui/react-components';
import type { ReactNode } from 'react';

export function ScreenHeader({ title, description, actions }: { title: string; description?: string; actions?: ReactNode }) {
  return (
    <header style={{ display: 'flex', alignItems: 'flex-start', gap: 16, marginBottom: 16 }}>
      <div style={{ flex: 1 }}>
        <Title2 as="h1" block style={{ margin: 0 }}>
          {title}
        </Title2>
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
