import { execFileSync } from 'node:child_process';
import {
  lstatSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  statSync,
  symlinkSync,
  truncateSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { SettingsStore } from '../../../electron/main/settings';

// rmSync with a hook after it, to plant a file in the instant before the temporary file is made.
const afterRemove = vi.hoisted(() => ({ hook: undefined as ((path: string) => void) | undefined }));
vi.mock('node:fs', async (importOriginal) => {
  const fs = await importOriginal<typeof import('node:fs')>();
  return {
    ...fs,
    rmSync: (...args: Parameters<typeof fs.rmSync>) => {
      fs.rmSync(...args);
      afterRemove.hook?.(String(args[0]));
    },
  };
});

const NOW = new Date('2026-11-28T10:00:00.000Z');
const STAMP = '2026-11-28T10-00-00-000Z';

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
    for (const corrupt of ['{"theme": "da', '', 'null', '[1,2]', '"dark"', '\xff{}']) {
      const file = settingsFile(corrupt);
      const warn = vi.fn();
      const store = new SettingsStore(file, warn, () => NOW);
      expect(store.getPreferences()).toEqual({ theme: 'system', zoom: 1 });
      expect(readFileSync(`${file}.corrupt-${STAMP}`, 'utf8')).toBe(corrupt);
      expect(warn).toHaveBeenCalledWith(
        expect.stringContaining(`kept as ${file}.corrupt-${STAMP}.`),
      );
    }
  });

  it('keeps every corrupt copy: a second corruption does not overwrite the first', () => {
    const file = settingsFile('first damage');
    new SettingsStore(file, vi.fn(), () => NOW);
    writeFileSync(file, 'second damage');
    new SettingsStore(file, vi.fn(), () => NOW);
    writeFileSync(file, 'third damage, later');
    new SettingsStore(file, vi.fn(), () => new Date('2026-11-29T08:00:00.000Z'));
    expect(readdirSync(dirname(file)).sort()).toEqual([
      `settings.json.corrupt-${STAMP}`,
      `settings.json.corrupt-${STAMP}-2`,
      'settings.json.corrupt-2026-11-29T08-00-00-000Z',
    ]);
    expect(readFileSync(`${file}.corrupt-${STAMP}`, 'utf8')).toBe('first damage');
    expect(readFileSync(`${file}.corrupt-${STAMP}-2`, 'utf8')).toBe('second damage');
  });

  it('reads a file saved with a UTF-8 byte order mark', () => {
    const file = settingsFile('\uFEFF{"theme": "dark", "zoom": 1.5}');
    const warn = vi.fn();
    expect(new SettingsStore(file, warn).getPreferences()).toEqual({ theme: 'dark', zoom: 1.5 });
    expect(warn).not.toHaveBeenCalled();
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

// Each of these hung start-up, blocked it for a minute, or wrote through a link.
describe('the settings file is read and written without trusting what is on disk', () => {
  it.each([
    [
      'a link to /dev/zero',
      (file: string) => symlinkSync('/dev/zero', file),
      'is a symbolic link, not a regular file',
    ],
    [
      'a FIFO',
      (file: string) => execFileSync('mkfifo', [file]),
      'is a FIFO (named pipe), not a regular file',
    ],
  ])('sets %s aside without reading it, and starts', (_what, make, why) => {
    const file = settingsFile();
    make(file);
    const warn = vi.fn();
    const store = new SettingsStore(file, warn, () => NOW);
    expect(store.getPreferences()).toEqual({ theme: 'system', zoom: 1 });
    expect(warn).toHaveBeenCalledWith(
      `CICA Reference: settings file ${file} ignored: ${why}; kept as ${file}.corrupt-${STAMP}.`,
    );
    expect(lstatSync(`${file}.corrupt-${STAMP}`).isFile()).toBe(false);
    store.updatePreferences({ theme: 'dark' });
    expect(lstatSync(file).isFile()).toBe(true);
  });

  it('sets a 3 GB file aside by its size, unread', () => {
    const file = settingsFile();
    writeFileSync(file, '');
    truncateSync(file, 3 * 2 ** 30); // sparse: takes no disk space
    const warn = vi.fn();
    new SettingsStore(file, warn, () => NOW);
    expect(warn).toHaveBeenCalledWith(
      expect.stringContaining(`ignored: is ${3 * 2 ** 30} bytes, more than the 65536 it may have;`),
    );
    expect(statSync(`${file}.corrupt-${STAMP}`).size).toBe(3 * 2 ** 30);
  });

  it('never writes through a link planted at the temporary file', () => {
    const file = settingsFile();
    const victim = join(mkdtempSync(join(tmpdir(), 'cica-victim-')), 'important.txt');
    writeFileSync(victim, 'keep me');
    symlinkSync(victim, `${file}.tmp`);
    const store = new SettingsStore(file, vi.fn());
    store.updatePreferences({ theme: 'dark' });
    expect(readFileSync(victim, 'utf8')).toBe('keep me');
    expect(JSON.parse(readFileSync(file, 'utf8'))).toMatchObject({ theme: 'dark' });
    expect(readdirSync(dirname(file))).toEqual(['settings.json']);
  });

  it('refuses to write when a link is planted again between removal and creation', () => {
    const file = settingsFile();
    const victim = join(mkdtempSync(join(tmpdir(), 'cica-victim-')), 'important.txt');
    writeFileSync(victim, 'keep me');
    const warn = vi.fn();
    const store = new SettingsStore(file, warn);
    afterRemove.hook = (path) => symlinkSync(victim, path); // the attacker wins the race
    store.updatePreferences({ theme: 'dark' });
    afterRemove.hook = undefined;
    expect(readFileSync(victim, 'utf8')).toBe('keep me');
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('settings not saved'));
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('EEXIST'));
  });
});
