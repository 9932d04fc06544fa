import type { InputEvent, WebContents } from 'electron';

/**
 * Input that only a person at the machine produces: these reach the main
 * process from the OS, never from the page's script (a synthetic click or
 * key in the page is not an input event of its WebContents).
 */
const PERSON_INPUT = new Set<InputEvent['type']>([
  'mouseDown',
  'mouseUp',
  'rawKeyDown',
  'keyDown',
  'char',
  'gestureTap',
  'touchEnd',
]);

/** How long after a click, key or menu command a clipboard write is still its answer. */
export const USER_ACTION_WINDOW_MS = 5_000;

/**
 * Lets main write the clipboard only in answer to the reader: each click, key
 * or menu command allows one write within a short window, so a compromised
 * renderer cannot overwrite the reader's clipboard at will.
 */
export class UserActions {
  /** When the reader last acted; -Infinity for "not since the last write". */
  private last = -Infinity;

  constructor(
    private readonly now: () => number = Date.now,
    private readonly windowMs = USER_ACTION_WINDOW_MS,
  ) {}

  /** The reader clicked, pressed a key or chose a menu command. */
  note(): void {
    this.last = this.now();
  }

  /** Whether a recent action allows one write; using it spends it. */
  take(): boolean {
    const allowed = this.now() - this.last <= this.windowMs;
    this.last = -Infinity;
    return allowed;
  }
}

/** Notes the reader's own clicks and keys in a window's page. */
export function watchUserActions(contents: Pick<WebContents, 'on'>, actions: UserActions): void {
  contents.on('input-event', (_event, input) => {
    if (PERSON_INPUT.has(input.type)) actions.note();
  });
}
