import type { IpcHandlers } from './ipc';
import type { SettingsStore } from './settings';
import type { Theme } from '../../src/shared/preferences';

/**
 * The preferences half of the API, kept in the settings file. A theme change
 * is also applied to the native side (window frame, menus, the page's
 * `prefers-color-scheme`).
 */
export function createPreferencesHandlers(
  store: SettingsStore,
  applyTheme: (theme: Theme) => void,
): Pick<IpcHandlers, 'loadPreferences' | 'savePreferences'> {
  return {
    loadPreferences: async () => store.getPreferences(),
    savePreferences: async (patch) => {
      const before = store.getPreferences().theme;
      const preferences = store.updatePreferences(patch);
      if (preferences.theme !== before) applyTheme(preferences.theme);
      return preferences;
    },
  };
}
