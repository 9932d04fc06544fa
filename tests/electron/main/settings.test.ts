import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { SettingsStore } from '../../../electron/main/settings';

function settingsFile(content?: string): string {
  const file = join(mkdtempSync(join(tmpdir(), 'cica-settings-')), 'settings.json');
  if (content !== undefined) writeFileSync(file, content);
  return file;
}

describe('the settings file', () => {
  it('gives the defaults when there is no file yet, and creates it on the first change', () => {
    const file = settingsFile();
    const store = new SettingsStore(file, vi.fn());
    expect(store.getPreferences()).toEqual({ theme: 'system', zoom: 1 });
    expect(store.getWindow()).toBeUndefined();
    store.updatePreferences({ theme: 'dark' });
    expect(JSON.parse(readFileSync(file, 'utf8'))).toMatchObject({ theme: 'dark', zoom: 1 });
  });

  it('reads back what a previous run wrote', () => {
    const file = settingsFile();
    const first = new SettingsStore(file, vi.fn());
    first.updatePreferences({ zoom: 1.25, lastView: '#/timeline' });
    first.updateWindow({ x: 10, y: 20, width: 800, height: 600, maximized: true });
    const next = new SettingsStore(file, vi.fn());
    expect(next.getPreferences()).toEqual({ theme: 'system', zoom: 1.25, lastView: '#/timeline' });
    expect(next.getWindow()).toEqual({ x: 10, y: 20, width: 800, height: 600, maximized: true });
  });

  it('keeps a corrupt file aside, says so, and starts from the defaults', () => {
    for (const corrupt of ['{"theme": "da', '', 'null', '[1,2]', '"dark"']) {
      const file = settingsFile(corrupt);
      const warn = vi.fn();
      const store = new SettingsStore(file, warn);
      expect(store.getPreferences()).toEqual({ theme: 'system', zoom: 1 });
      expect(readFileSync(`${file}.corrupt`, 'utf8')).toBe(corrupt);
      expect(warn).toHaveBeenCalledWith(expect.stringContaining('kept as'));
    }
  });

  it('keeps the valid fields of a file with some wrong ones', () => {
    const file = settingsFile(
      JSON.stringify({ theme: 'dark', zoom: 'huge', window: { x: 'left', y: 0 } }),
    );
    const store = new SettingsStore(file, vi.fn());
    expect(store.getPreferences()).toEqual({ theme: 'dark', zoom: 1 });
    expect(store.getWindow()).toBeUndefined();
  });

  it('refuses a change that is not a valid preference, leaving the file as it was', () => {
    const file = settingsFile(JSON.stringify({ theme: 'light' }));
    const store = new SettingsStore(file, vi.fn());
    expect(() => store.updatePreferences({ theme: 'neon' } as never)).toThrow(/invalid change/);
    expect(() =>
      store.updatePreferences(JSON.parse('{"__proto__": {"theme": "dark"}}') as never),
    ).toThrow(/invalid change/);
    expect(store.getPreferences().theme).toBe('light');
  });

  it('writes through a temporary file, leaving no debris', () => {
    const file = settingsFile();
    const store = new SettingsStore(file, vi.fn());
    for (let i = 0; i < 5; i++) store.updatePreferences({ zoom: i % 2 ? 1.1 : 0.9 });
    expect(readdirSync(join(file, '..'))).toEqual(['settings.json']);
  });

  it('warns instead of failing when the file cannot be written', () => {
    // A folder that is really a file: no one, root included, can write beneath it.
    const notAFolder = settingsFile('');
    const warn = vi.fn();
    const store = new SettingsStore(join(notAFolder, 'settings.json'), warn);
    expect(store.updatePreferences({ theme: 'dark' }).theme).toBe('dark');
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('settings not saved'));
  });
});
