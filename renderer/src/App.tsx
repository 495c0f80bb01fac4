// The app's frame: navigation on the left (Office style), the current screen on the right, toasts on top.
import {
  makeStyles,
  NavDrawer,
  NavDrawerBody,
  NavDrawerHeader,
  NavItem,
  Title3,
  Toaster,
  tokens,
} from '@fluentui/react-components';
import { ConfirmProvider } from './app/confirm';
import { NavigationProvider, useNavigation } from './app/navigation';
import { SCREENS } from './app/screens';
import { TOASTER_ID } from './app/toast';

const useStyles = makeStyles({
  frame: { display: 'flex', height: '100vh', overflow: 'hidden', backgroundColor: tokens.colorNeutralBackground2 },
  content: { flex: 1, overflow: 'auto', padding: '20px 28px', backgroundColor: tokens.colorNeutralBackground1 },
  brand: { padding: '4px 8px' },
});

function Frame() {
  const styles = useStyles();
  const { screen, go } = useNavigation();
  const current = SCREENS.find((s) => s.id === screen) ?? SCREENS[0]!;
  const Screen = current.component;
  return (
    <div className={styles.frame}>
      <NavDrawer
        open
        type="inline"
        selectedValue={screen}
        onNavItemSelect={(_, data) => go(data.value as typeof screen)}
        style={{ width: 250 }}
      >
        <NavDrawerHeader>
          <Title3 className={styles.brand}>Smart City Desk</Title3>
        </NavDrawerHeader>
        <NavDrawerBody>
          {SCREENS.map((s) => (
            <NavItem key={s.id} value={s.id} icon={s.icon}>
              {s.label}
            </NavItem>
          ))}
        </NavDrawerBody>
      </NavDrawer>
      <main className={styles.content} aria-label={current.label}>
        <Screen key={current.id} />
      </main>
      {/* Bottom left, over the empty lower part of the navigation: a toast never covers a button of the screen. */}
      <Toaster toasterId={TOASTER_ID} position="bottom-start" offset={{ horizontal: 12, vertical: 12 }} limit={3} />
    </div>
  );
}

export function App() {
  return (
    <NavigationProvider>
      <ConfirmProvider>
        <Frame />
      </ConfirmProvider>
    </NavigationProvider>
  );
}
