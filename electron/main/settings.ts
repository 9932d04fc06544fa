import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import * as v from 'valibot';
import {
  PreferencesPatchSchema,
  readPreferences,
  type Preferences,
  type PreferencesPatch,
} from '../../src/shared/preferences';

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
 * window's place. Reading never fails: a missing file gives the defaults; a
 * corrupt one is kept aside (settings.json.corrupt) so nothing is lost, and
 * the app starts with the defaults. Writes go to a temporary file first, so
 * a crash mid-write cannot leave a half-written file.
 */
export class SettingsStore {
  private preferences: Preferences;
  private window: WindowState | undefined;

  constructor(
    private readonly file: string,
    private readonly warn: (message: string) => void = console.warn,
  ) {
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
    if (!existsSync(this.file)) return {};
    let text: string;
    try {
      text = readFileSync(this.file, 'utf8');
      const parsed: unknown = JSON.parse(text);
      if (typeof parsed === 'object' && parsed !== null && !Array.isArray(parsed))
        return parsed as Record<string, unknown>;
    } catch (error) {
      this.setAside(`it cannot be read (${(error as Error).message})`);
      return {};
    }
    this.setAside('it does not hold settings');
    return {};
  }

  private setAside(why: string): void {
    const aside = `${this.file}.corrupt`;
    try {
      renameSync(this.file, aside);
      this.warn(`CICA Reference: settings file ${this.file} ignored: ${why}; kept as ${aside}.`);
    } catch {
      this.warn(`CICA Reference: settings file ${this.file} ignored: ${why}.`);
    }
  }

  private write(): void {
    const content = JSON.stringify({ ...this.preferences, window: this.window }, null, 2) + '\n';
    const temporary = `${this.file}.tmp`;
    try {
      mkdirSync(dirname(this.file), { recursive: true });
      writeFileSync(temporary, content);
      renameSync(temporary, this.file);
    } catch (error) {
      // A read-only profile must not stop the reader: the choice holds for this run.
      this.warn(`CICA Reference: settings not saved to ${this.file}: ${(error as Error).message}`);
    }
  }
}
