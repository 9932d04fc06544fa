import { commandForKeys, menuTakes, type CommandId, type KeyPress } from '../../shared/commands';

/** A key press as the window sees it, with what decides whether the page acts on it. */
export interface KeyDown extends KeyPress {
  /** Something on the page (a field, a list) has handled the key already. */
  defaultPrevented: boolean;
}

/** What around the key press decides whether it is a command. */
export interface KeyContext {
  /** The Mac desktop app's native menu, which carries out its own shortcuts. */
  macMenu: boolean;
  /** A dialog is open: it owns the keys. */
  dialogOpen: boolean;
  /** The key went to a text field, where a plain key ("/") is typed, not a command. */
  inTextField: boolean;
  /** Text is selected, which Ctrl/Cmd+Shift+C leaves to the ordinary copy. */
  textSelected: boolean;
}

/** The command the page carries out for a key press, if any. */
export function shortcutCommand(press: KeyDown, context: KeyContext): CommandId | undefined {
  if (press.defaultPrevented || menuTakes(press, context.macMenu)) return undefined;
  if (context.dialogOpen) return undefined;
  const command = commandForKeys(press);
  if (!command) return undefined;
  const plain = !press.ctrlKey && !press.metaKey && !press.altKey;
  if (plain && press.key.length === 1 && context.inTextField) return undefined;
  if (command === 'copy-open' && context.textSelected) return undefined;
  return command;
}

/** Where the mouse's back (3) and forward (4) buttons walk the history, as in a browser. */
export function historyStepForButton(button: number): -1 | 1 | undefined {
  return button === 3 ? -1 : button === 4 ? 1 : undefined;
}

function isTextField(target: EventTarget | null): boolean {
  return (
    target instanceof HTMLElement &&
    (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName))
  );
}

/**
 * The window's keydown and mouseup handlers: a shortcut runs its command, the
 * mouse's side buttons go back and forward.
 */
export function windowShortcuts(run: (command: CommandId) => void, macMenu: boolean) {
  return {
    onkeydown(event: KeyboardEvent): void {
      const command = shortcutCommand(event, {
        macMenu,
        dialogOpen: document.querySelector('dialog[open]') !== null,
        inTextField: isTextField(event.target),
        textSelected: Boolean(window.getSelection()?.toString()),
      });
      if (!command) return;
      event.preventDefault();
      run(command);
    },
    onmouseup(event: MouseEvent): void {
      const step = historyStepForButton(event.button);
      if (step) history.go(step);
    },
  };
}
