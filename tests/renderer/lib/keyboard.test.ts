// Which key presses the page carries out, and which it leaves to a field, a
// dialog, the Mac's menu or the ordinary copy.
import { describe, expect, it } from 'vitest';
import {
  historyStepForButton,
  shortcutCommand,
  type KeyContext,
  type KeyDown,
} from '../../../src/renderer/lib/keyboard';

const press = (key: string, mods: Partial<KeyDown> = {}): KeyDown => ({
  key,
  ctrlKey: false,
  metaKey: false,
  altKey: false,
  shiftKey: false,
  defaultPrevented: false,
  ...mods,
});

const calm: KeyContext = {
  macMenu: false,
  dialogOpen: false,
  inTextField: false,
  textSelected: false,
};

describe('shortcutCommand', () => {
  it('gives the command of a shortcut', () => {
    expect(shortcutCommand(press('k', { ctrlKey: true }), calm)).toBe('find');
    expect(shortcutCommand(press('3', { metaKey: true }), calm)).toBe('tab:membership');
    expect(shortcutCommand(press('F1'), calm)).toBe('shortcuts');
  });

  it('gives nothing for a key that is no shortcut', () => {
    expect(shortcutCommand(press('q'), calm)).toBeUndefined();
  });

  it('leaves a key already handled on the page alone', () => {
    expect(shortcutCommand(press('k', { ctrlKey: true, defaultPrevented: true }), calm)).toBe(
      undefined,
    );
  });

  it('leaves every key to an open dialog', () => {
    expect(shortcutCommand(press('k', { ctrlKey: true }), { ...calm, dialogOpen: true })).toBe(
      undefined,
    );
  });

  it('leaves the menu its own shortcuts on a Mac, but not the keys the menu does not show', () => {
    const mac = { ...calm, macMenu: true };
    expect(shortcutCommand(press('s', { metaKey: true }), mac)).toBeUndefined();
    expect(shortcutCommand(press('/'), mac)).toBe('find');
  });

  it('types "/" into a text field, where Ctrl+K still searches', () => {
    const field = { ...calm, inTextField: true };
    expect(shortcutCommand(press('/'), field)).toBeUndefined();
    expect(shortcutCommand(press('/'), calm)).toBe('find');
    expect(shortcutCommand(press('k', { ctrlKey: true }), field)).toBe('find');
  });

  it('leaves Ctrl+Shift+C to the ordinary copy while text is selected', () => {
    const copy = press('C', { ctrlKey: true, shiftKey: true });
    expect(shortcutCommand(copy, calm)).toBe('copy-open');
    expect(shortcutCommand(copy, { ...calm, textSelected: true })).toBeUndefined();
  });
});

describe('historyStepForButton', () => {
  it('walks back with the back button and forward with the forward button, as in a browser', () => {
    expect(historyStepForButton(3)).toBe(-1);
    expect(historyStepForButton(4)).toBe(1);
    expect(historyStepForButton(0)).toBeUndefined();
    expect(historyStepForButton(2)).toBeUndefined();
  });
});
