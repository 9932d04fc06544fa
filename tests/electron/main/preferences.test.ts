import { describe, expect, it, vi } from 'vitest';
import { createPreferencesHandlers } from '../../../electron/main/preferences';
import type { SettingsStore } from '../../../electron/main/settings';
import type { Preferences, PreferencesPatch } from '../../../src/shared/preferences';

/** A settings store in memory: only what the handlers use. */
function memoryStore(initial: Preferences): SettingsStore {
  let preferences = { ...initial };
  return {
    getPreferences: () => ({ ...preferences }),
    updatePreferences: (patch: PreferencesPatch) => (preferences = { ...preferences, ...patch }),
  } as Partial<SettingsStore> as SettingsStore;
}

describe('the preferences handlers', () => {
  it('load what the settings hold', async () => {
    const handlers = createPreferencesHandlers(memoryStore({ theme: 'dark', zoom: 1.5 }), vi.fn());
    await expect(handlers.loadPreferences()).resolves.toEqual({ theme: 'dark', zoom: 1.5 });
  });

  it('apply a new theme to the native side, and answer with what was kept', async () => {
    const applyTheme = vi.fn();
    const handlers = createPreferencesHandlers(
      memoryStore({ theme: 'system', zoom: 1 }),
      applyTheme,
    );
    await expect(handlers.savePreferences({ theme: 'dark' })).resolves.toEqual({
      theme: 'dark',
      zoom: 1,
    });
    expect(applyTheme.mock.calls).toEqual([['dark']]);
  });

  it('leave the native side alone when the theme does not change (the menu is not rebuilt)', async () => {
    const applyTheme = vi.fn();
    const handlers = createPreferencesHandlers(memoryStore({ theme: 'dark', zoom: 1 }), applyTheme);
    await handlers.savePreferences({ zoom: 1.25 });
    await handlers.savePreferences({ theme: 'dark' });
    expect(applyTheme).not.toHaveBeenCalled();
  });
});
