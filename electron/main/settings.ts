import { lstatSync, mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import * as v from 'valibot';
import {
  PreferencesPatchSchema,
  readPreferences,
  type Preferences,
  type PreferencesPatch,
} from '../../src/shared/preferences';
import { describeRefusal, readRegularFile } from '../../src/node/read-file';

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

  constructor(
    private readonly file: string,
    private readonly warn: (message: string) => void = console.warn,
    private readonly now: () => Date = () => new Date(),
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
    const read = readRegularFile(this.file, MAX_SETTINGS_BYTES);
    if (!read.ok) {
      if (read.reason !== 'missing') this.setAside(describeRefusal(read, MAX_SETTINGS_BYTES));
      return {};
    }
    try {
      // Some editors save UTF-8 with a byte order mark: it is not part of the JSON.
      const text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(read.bytes);
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

  /**
   * Moves the file aside under a name of its own (settings.json.corrupt-<time>),
   * so a later corruption never overwrites an earlier copy. Renaming moves a
   * link itself, never what it points to.
   */
  private setAside(why: string): void {
    const stamp = this.now().toISOString().replace(/[:.]/g, '-');
    let aside = `${this.file}.corrupt-${stamp}`;
    for (let n = 2; existsOrLink(aside); n++) aside = `${this.file}.corrupt-${stamp}-${n}`;
    try {
      renameSync(this.file, aside);
      this.warn(`CICA Reference: settings file ${this.file} ignored: ${why}; kept as ${aside}.`);
    } catch {
      this.warn(`CICA Reference: settings file ${this.file} ignored: ${why}.`);
    }
  }

  /**
   * Writes a temporary file in the same folder, created exclusively (an
   * existing file or link there is removed, never written through), then
   * renames it over settings.json, so a crash mid-write cannot leave a
   * half-written file.
   */
  private write(): void {
    const content = JSON.stringify({ ...this.preferences, window: this.window }, null, 2) + '\n';
    const temporary = `${this.file}.tmp`;
    try {
      mkdirSync(dirname(this.file), { recursive: true });
      rmSync(temporary, { force: true });
      writeFileSync(temporary, content, { flag: 'wx', mode: 0o600 });
      renameSync(temporary, this.file);
    } catch (error) {
      // A read-only profile must not stop the reader: the choice holds for this run.
      this.warn(`CICA Reference: settings not saved to ${this.file}: ${(error as Error).message}`);
    }
  }
}

/** Whether anything, a dangling link included, has this name. */
function existsOrLink(path: string): boolean {
  try {
    lstatSync(path);
    return true;
  } catch {
    return false;
  }
}
