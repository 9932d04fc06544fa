import { mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { SettingsStore } from '../../../electron/main/settings';

const NOW = new Date('2026-11-28T10:00:00.000Z');
const STAMP = '2026-11-28T10-00-00-000Z';

function settingsFile(content?: string): string {
  const file = join(mkdtempSync(join(tmpdir(), 'cica-settings-')), 'settings.json');
  if (content !== undefined) writeFileSync(file, content);
  return file;
}

describe('what the settings file’s reader logs', () => {
  it('says nothing on a first start, with no file yet, nor on the next', () => {
    const file = settingsFile();
    const warn = vi.fn();
    new SettingsStore(file, warn, () => NOW).updatePreferences({ theme: 'dark' });
    expect(new SettingsStore(file, warn, () => NOW).getPreferences().theme).toBe('dark');
    expect(warn).not.toHaveBeenCalled();
    expect(readdirSync(dirname(file))).toEqual([basename(file)]);
  });

  it('says once that a file of JSON other than settings does not hold settings', () => {
    for (const json of ['null', '[1,2]', '"dark"', '7']) {
      const file = settingsFile(json);
      const warn = vi.fn();
      new SettingsStore(file, warn, () => NOW);
      expect(warn, json).toHaveBeenCalledExactlyOnceWith(
        `CICA Reference: settings file ${file} ignored: it does not hold settings; kept as ${file}.corrupt-${STAMP}.`,
      );
    }
  });

  it('says once that a damaged file cannot be read', () => {
    const file = settingsFile('{"theme": "da');
    const warn = vi.fn();
    new SettingsStore(file, warn, () => NOW);
    expect(warn).toHaveBeenCalledExactlyOnceWith(
      expect.stringMatching(/^CICA Reference: settings file .* ignored: it cannot be read \(/),
    );
  });
});
