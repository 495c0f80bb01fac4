// The screens of the app, in the order of the navigation, with their Indonesian names and icons.
import {
  Board20Regular,
  Building20Regular,
  DocumentPdf20Regular,
  DocumentText20Regular,
  Home20Regular,
  PeopleTeam20Regular,
  Person20Regular,
  Settings20Regular,
  Signature20Regular,
  BookOpen20Regular,
  CalendarLtr20Regular,
} from '@fluentui/react-icons';
import type { ComponentType, ReactElement } from 'react';
import type { ScreenId } from '../../../shared/domain/status';
import { BimtekScreen } from '../screens/BimtekScreen';
import { ClosureScreen } from '../screens/ClosureScreen';
import { DocumentsScreen } from '../screens/DocumentsScreen';
import { HomeScreen } from '../screens/HomeScreen';
import { MasterplanScreen } from '../screens/MasterplanScreen';
import { PeopleScreen } from '../screens/PeopleScreen';
import { ProfileScreen } from '../screens/ProfileScreen';
import { SettingsScreen } from '../screens/SettingsScreen';
import { TeamsScreen } from '../screens/TeamsScreen';
import { TextTemplatesScreen } from '../screens/TextTemplatesScreen';
import { UnitsScreen } from '../screens/UnitsScreen';

export interface ScreenInfo {
  id: ScreenId;
  label: string;
  icon: ReactElement;
  component: ComponentType;
}

export const SCREENS: readonly ScreenInfo[] = [
  { id: 'beranda', label: 'Beranda', icon: <Home20Regular />, component: HomeScreen },
  { id: 'profil', label: 'Profil Daerah & Kop Surat', icon: <Board20Regular />, component: ProfileScreen },
  { id: 'opd', label: 'OPD & Kecamatan', icon: <Building20Regular />, component: UnitsScreen },
  { id: 'pejabat', label: 'Pejabat', icon: <Person20Regular />, component: PeopleScreen },
  { id: 'tim', label: 'Dewan & Tim Pelaksana', icon: <PeopleTeam20Regular />, component: TeamsScreen },
  { id: 'bimtek', label: 'Bimtek', icon: <CalendarLtr20Regular />, component: BimtekScreen },
  { id: 'penutupan', label: 'Penutupan & Komitmen', icon: <Signature20Regular />, component: ClosureScreen },
  { id: 'masterplan', label: 'Masterplan', icon: <BookOpen20Regular />, component: MasterplanScreen },
  { id: 'dokumen', label: 'Dokumen', icon: <DocumentPdf20Regular />, component: DocumentsScreen },
  { id: 'templat', label: 'Templat Naskah', icon: <DocumentText20Regular />, component: TextTemplatesScreen },
  { id: 'pengaturan', label: 'Pengaturan', icon: <Settings20Regular />, component: SettingsScreen },
];
