import type { PreferencesApi } from '../../shared/api';
import { stepZoom, type Preferences, type Theme } from '../../shared/preferences';

/**
 * The reader's theme, text size and last view: shown on the page at once,
 * stored through the API (the settings file, or the page's storage).
 */
export class PreferencesState {
  theme = $state<Theme>('system');
  zoom = $state(1);
  private lastView: string | undefined;

  constructor(
    private readonly api: PreferencesApi,
    initial: Preferences,
    private readonly root: HTMLElement = document.documentElement,
  ) {
    this.theme = initial.theme;
    this.zoom = initial.zoom;
    this.lastView = initial.lastView;
    this.apply();
  }

  /** The view to open at start when the page was opened without one. */
  get startView(): string | undefined {
    return this.lastView;
  }

  setTheme(theme: Theme): Promise<void> {
    this.theme = theme;
    this.apply();
    return this.store({ theme });
  }

  /** +1 larger, -1 smaller, 0 back to the default size. */
  stepZoom(direction: -1 | 0 | 1): Promise<void> {
    this.zoom = stepZoom(this.zoom, direction);
    this.apply();
    return this.store({ zoom: this.zoom });
  }

  rememberView(hash: string): Promise<void> {
    if (hash === this.lastView) return Promise.resolve();
    this.lastView = hash;
    return this.store({ lastView: hash });
  }

  private apply(): void {
    if (this.theme === 'system') delete this.root.dataset['theme'];
    else this.root.dataset['theme'] = this.theme;
    this.root.style.setProperty('--zoom', String(this.zoom));
  }

  private async store(patch: Partial<Preferences>): Promise<void> {
    try {
      await this.api.savePreferences(patch);
    } catch (error) {
      // Not kept for the next start, but applied now: say so quietly in the console.
      console.warn(`Preferences not saved: ${(error as Error).message}`);
    }
  }
}
