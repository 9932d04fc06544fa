import { describe, expect, it } from 'vitest';
import {
  COMMANDS,
  allKeys,
  commandForKeys,
  describeKeys,
  matchesKeys,
  menuKeys,
  menuTakes,
  type KeyPress,
} from '../../src/shared/commands';
import { SECTIONS } from '../../src/shared/sections';

function press(key: string, mods: Partial<Omit<KeyPress, 'key'>> = {}): KeyPress {
  return { key, ctrlKey: false, metaKey: false, altKey: false, shiftKey: false, ...mods };
}

describe('the command table', () => {
  it('has one entry per id, and no two commands share a shortcut', () => {
    const ids = COMMANDS.map((c) => c.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const mac of [false, true]) {
      const keys = COMMANDS.flatMap((c) => allKeys(c, mac));
      expect(new Set(keys).size, `duplicate shortcut (mac: ${mac})`).toBe(keys.length);
    }
  });

  it('covers the menus the reader expects: export, print, copy, find, tabs, zoom, theme, history, help', () => {
    const ids = COMMANDS.map((c) => c.id);
    expect(ids).toEqual(
      expect.arrayContaining([
        'save-markdown',
        'print',
        'copy-open',
        'find',
        'find-in-page',
        'bookmark',
        'bookmarks',
        'dossier-add',
        'dossier',
        'check-quote',
        ...SECTIONS.map((s) => `tab:${s.id}`),
        'zoom-in',
        'zoom-out',
        'zoom-reset',
        'theme:system',
        'theme:light',
        'theme:dark',
        'back',
        'forward',
        'shortcuts',
        'about',
      ]),
    );
  });
});

describe('matching key presses', () => {
  it('takes Ctrl or Cmd for CmdOrCtrl, and insists on the other modifiers', () => {
    expect(matchesKeys(press('c', { ctrlKey: true, shiftKey: true }), 'CmdOrCtrl+Shift+C')).toBe(
      true,
    );
    expect(matchesKeys(press('C', { metaKey: true, shiftKey: true }), 'CmdOrCtrl+Shift+C')).toBe(
      true,
    );
    expect(matchesKeys(press('c', { ctrlKey: true }), 'CmdOrCtrl+Shift+C')).toBe(false);
    expect(matchesKeys(press('c', { shiftKey: true }), 'CmdOrCtrl+Shift+C')).toBe(false);
    expect(matchesKeys(press('k', { ctrlKey: true, altKey: true }), 'CmdOrCtrl+K')).toBe(false);
  });

  it('finds the command of a press, or none', () => {
    expect(commandForKeys(press('k', { ctrlKey: true }))).toBe('find');
    expect(commandForKeys(press('f', { ctrlKey: true }))).toBe('find-in-page');
    expect(commandForKeys(press('d', { ctrlKey: true }))).toBe('bookmark');
    expect(commandForKeys(press('B', { ctrlKey: true, shiftKey: true }))).toBe('bookmarks');
    expect(commandForKeys(press('D', { metaKey: true, shiftKey: true }))).toBe('dossier-add');
    expect(commandForKeys(press('/'))).toBe('find');
    expect(commandForKeys(press('3', { ctrlKey: true }))).toBe('tab:membership');
    expect(commandForKeys(press('ArrowLeft', { altKey: true }))).toBe('back');
    expect(commandForKeys(press('[', { metaKey: true }))).toBe('back');
    expect(commandForKeys(press('F1'))).toBe('shortcuts');
    expect(commandForKeys(press('k'))).toBeUndefined();
    expect(commandForKeys(press('3'))).toBeUndefined();
    expect(commandForKeys(press('ArrowLeft'))).toBeUndefined();
    expect(commandForKeys(press('/', { ctrlKey: true }))).toBe('shortcuts');
  });

  it('zooms in on "=", on Shift+= ("+") and on the keypad plus', () => {
    expect(commandForKeys(press('=', { ctrlKey: true }))).toBe('zoom-in');
    expect(commandForKeys(press('+', { ctrlKey: true, shiftKey: true }))).toBe('zoom-in');
    expect(commandForKeys(press('+', { ctrlKey: true }))).toBe('zoom-in');
    expect(commandForKeys(press('-', { ctrlKey: true }))).toBe('zoom-out');
    expect(commandForKeys(press('0', { ctrlKey: true }))).toBe('zoom-reset');
  });
});

describe('showing shortcuts', () => {
  it('reads as on each system', () => {
    expect(describeKeys('CmdOrCtrl+Shift+C', false)).toBe('Ctrl+Shift+C');
    expect(describeKeys('CmdOrCtrl+Shift+C', true)).toBe('⌘⇧C');
    expect(describeKeys('Alt+Left', false)).toBe('Alt+←');
    expect(describeKeys('CmdOrCtrl+=', false)).toBe('Ctrl+=');
  });

  it('uses the Mac’s own history keys there, in the menu and the panel', () => {
    const back = COMMANDS.find((c) => c.id === 'back')!;
    expect(menuKeys(back, false)).toBe('Alt+Left');
    expect(menuKeys(back, true)).toBe('CmdOrCtrl+[');
    expect(
      allKeys(
        COMMANDS.find((c) => c.id === 'find')!,
        false,
      ),
    ).toEqual(['CmdOrCtrl+K', '/']);
  });
});

describe('who acts on a key press in the Mac desktop app', () => {
  it('leaves the menu’s own shortcuts to the menu, and handles the extra keys in the page', () => {
    expect(menuTakes(press('f', { metaKey: true }), true)).toBe(true);
    expect(menuTakes(press('[', { metaKey: true }), true)).toBe(true);
    expect(menuTakes(press('k', { metaKey: true }), true)).toBe(true);
    expect(menuTakes(press('/'), true)).toBe(false);
    expect(menuTakes(press('f', { ctrlKey: true }), false)).toBe(false);
  });
});
