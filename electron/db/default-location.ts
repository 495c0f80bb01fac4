// Where the database lives when no --db is given: the user's app-data folder, as Electron's userData resolves it.
import { homedir } from 'node:os';
import { join } from 'node:path';

export const PRODUCT_NAME = 'Smart City Desk';
export const DATABASE_FILE_NAME = 'smart-city-desk.db';

export function appDataDirectory(platform: NodeJS.Platform = process.platform, env: NodeJS.ProcessEnv = process.env): string {
  if (platform === 'win32') return join(env.APPDATA ?? join(homedir(), 'AppData', 'Roaming'), PRODUCT_NAME);
  if (platform === 'darwin') return join(homedir(), 'Library', 'Application Support', PRODUCT_NAME);
  return join(env.XDG_CONFIG_HOME ?? join(homedir(), '.config'), PRODUCT_NAME);
}

export function defaultDatabasePath(): string {
  return join(appDataDirectory(), DATABASE_FILE_NAME);
}
