import * as v from 'valibot';
import {
  PreferencesPatchSchema,
  readPreferences,
  type Preferences,
  type PreferencesPatch,
} from '../../src/shared/preferences';
import { JsonFile } from '../../src/node/json-file';

/** A settings file is a few hundred bytes; anything past this is not one. */
const MAX_SETTINGS_BYTES = 64 * 1024;

/** The window's place on screen, as it was when last moved or closed. */
export interface WindowState {
  x: number;
  y: number;
  width: number;
  height: number;
  maximized: boolean;
}

const WindowStateSchema = v.object({
  x: v.pipe(v.number(), v.integer()),
  y: v.pipe(v.number(), v.integer()),
  width: v.pipe(v.number(), v.integer(), v.minValue(1)),
  height: v.pipe(v.number(), v.integer(), v.minValue(1)),
  maximized: v.boolean(),
});

/**
 * settings.json in the user data folder: the reader's preferences and the
 * window's place. Reading never fails nor waits: a missing file gives the
 * defaults; anything else that is not a small regular file of settings (a
 * link, a FIFO, a huge or corrupt file) is kept aside
 * (settings.json.corrupt-<time>) so nothing is lost, and the app starts with
 * the defaults.
 */
export class SettingsStore {
  private preferences: Preferences;
  private window: WindowState | undefined;
  private readonly file: JsonFile;

  constructor(
    path: string,
    private readonly warn: (message: string) => void = console.warn,
    now: () => Date = () => new Date(),
  ) {
    this.file = new JsonFile(path, MAX_SETTINGS_BYTES, 'settings file', warn, now);
    const stored = this.read();
    this.preferences = readPreferences(stored);
    const window = v.safeParse(WindowStateSchema, stored['window']);
    this.window = window.success ? window.output : undefined;
  }

  getPreferences(): Preferences {
    return { ...this.preferences };
  }

  /** Checks the change (it comes from the renderer) and stores it. */
  updatePreferences(patch: PreferencesPatch): Preferences {
    const checked = v.safeParse(PreferencesPatchSchema, patch);
    if (!checked.success)
      throw new Error(`preferences: invalid change: ${checked.issues[0]!.message}`);
    this.preferences = { ...this.preferences, ...checked.output };
    this.write();
    return this.getPreferences();
  }

  getWindow(): WindowState | undefined {
    return this.window && { ...this.window };
  }

  updateWindow(state: WindowState): void {
    this.window = { ...state };
    this.write();
  }

  private read(): Record<string, unknown> {
    const read = this.file.read();
    if (!read.ok || read.data === undefined) return {};
    const { data } = read;
    if (typeof data === 'object' && data !== null && !Array.isArray(data))
      return data as Record<string, unknown>;
    this.file.setAside('it does not hold settings');
    return {};
  }

  private write(): void {
    try {
      this.file.write({ ...this.preferences, window: this.window });
    } catch (error) {
      // A read-only profile must not stop the reader: the choice holds for this run.
      this.warn(
        `CICA Reference: settings not saved to ${this.file.path}: ${(error as Error).message}`,
      );
    }
  }
}
