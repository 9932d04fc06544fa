// The reader's theme, text size and last view, without a page: shown on the
// root element at once, stored through the API, and kept on screen when
// storing fails.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { PreferencesState } from '../../../src/renderer/lib/preferences.svelte';
import type { PreferencesApi } from '../../../src/shared/api';
import { DEFAULT_PREFERENCES, type Preferences } from '../../../src/shared/preferences';

/** The page's root element, as far as preferences touch it. */
function fakeRoot() {
  const properties = new Map<string, string>();
  const root = {
    dataset: {} as DOMStringMap,
    style: { setProperty: (name: string, value: string) => void properties.set(name, value) },
  };
  return { root: root as unknown as HTMLElement, properties };
}

/** An API that keeps every patch it was sent, or fails each time. */
function recordingApi(fail = false) {
  const saved: Partial<Preferences>[] = [];
  const api: PreferencesApi = {
    loadPreferences: async () => DEFAULT_PREFERENCES,
    savePreferences: async (patch) => {
      if (fail) throw new Error('disk full');
      saved.push(patch);
      return { ...DEFAULT_PREFERENCES, ...patch };
    },
  };
  return { api, saved };
}

afterEach(() => vi.restoreAllMocks());

describe('PreferencesState', () => {
  it('shows the stored theme and text size on the page at once', () => {
    const { root, properties } = fakeRoot();
    const { api } = recordingApi();
    const preferences = new PreferencesState(api, { theme: 'dark', zoom: 1.25 }, root);
    expect(root.dataset['theme']).toBe('dark');
    expect(properties.get('--zoom')).toBe('1.25');
    expect(preferences.theme).toBe('dark');
    expect(preferences.zoom).toBe(1.25);
  });

  it('a theme chosen is shown and stored; "system" leaves the choice to the system', async () => {
    const { root } = fakeRoot();
    const { api, saved } = recordingApi();
    const preferences = new PreferencesState(api, DEFAULT_PREFERENCES, root);
    await preferences.setTheme('light');
    expect(root.dataset['theme']).toBe('light');
    await preferences.setTheme('system');
    expect(root.dataset['theme']).toBeUndefined();
    expect(saved).toEqual([{ theme: 'light' }, { theme: 'system' }]);
  });

  it('steps the text size up and down the scale, and back to actual size', async () => {
    const { root, properties } = fakeRoot();
    const { api, saved } = recordingApi();
    const preferences = new PreferencesState(api, { theme: 'system', zoom: 1 }, root);
    await preferences.stepZoom(1);
    await preferences.stepZoom(1);
    expect(preferences.zoom).toBe(1.25);
    expect(properties.get('--zoom')).toBe('1.25');
    await preferences.stepZoom(-1);
    expect(preferences.zoom).toBe(1.1);
    await preferences.stepZoom(0);
    expect(preferences.zoom).toBe(1);
    expect(saved).toEqual([{ zoom: 1.1 }, { zoom: 1.25 }, { zoom: 1.1 }, { zoom: 1 }]);
  });

  it('remembers the last view, storing it only when it changes', async () => {
    const { root } = fakeRoot();
    const { api, saved } = recordingApi();
    const preferences = new PreferencesState(
      api,
      { ...DEFAULT_PREFERENCES, lastView: '#/bodies' },
      root,
    );
    expect(preferences.startView).toBe('#/bodies');
    await preferences.rememberView('#/bodies');
    await preferences.rememberView('#/timeline');
    await preferences.rememberView('#/timeline');
    expect(saved).toEqual([{ lastView: '#/timeline' }]);
    expect(preferences.startView).toBe('#/timeline');
  });

  it('keeps a change on screen when it cannot be stored, and says why in the console', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const { root } = fakeRoot();
    const { api } = recordingApi(true);
    const preferences = new PreferencesState(api, DEFAULT_PREFERENCES, root);
    await expect(preferences.setTheme('dark')).resolves.toBeUndefined();
    expect(root.dataset['theme']).toBe('dark');
    expect(warn).toHaveBeenCalledWith('Preferences not saved: disk full');
  });
});
