import { beforeEach, describe, expect, it, vi } from 'vitest';
import { USER_ACTION_WINDOW_MS } from '../../../electron/main/user-actions';

// Loaded afresh for each test: the set of a person's inputs is built when the
// module loads, and mutation testing re-runs only the tests that load it.
let UserActions: typeof import('../../../electron/main/user-actions').UserActions;
let watchUserActions: typeof import('../../../electron/main/user-actions').watchUserActions;
beforeEach(async () => {
  vi.resetModules();
  ({ UserActions, watchUserActions } = await import('../../../electron/main/user-actions'));
});

/** A clock the test moves by hand: nothing here depends on the machine's speed. */
function clock() {
  let now = 1_000_000;
  return { now: () => now, advance: (ms: number) => (now += ms) };
}

describe('UserActions', () => {
  it('allows nothing before the reader has done anything', () => {
    expect(new UserActions(clock().now).take()).toBe(false);
  });

  it('allows one write in answer to one action', () => {
    const time = clock();
    const actions = new UserActions(time.now);
    actions.note();
    time.advance(USER_ACTION_WINDOW_MS);
    expect(actions.take()).toBe(true);
    expect(actions.take()).toBe(false);
  });

  it('allows none once the action was spent, however soon the next write comes', () => {
    const time = clock();
    const actions = new UserActions(time.now);
    actions.note();
    expect(actions.take()).toBe(true);
    expect(actions.take()).toBe(false);
  });

  it('allows none once the action is older than the window', () => {
    const time = clock();
    const actions = new UserActions(time.now);
    actions.note();
    time.advance(USER_ACTION_WINDOW_MS + 1);
    expect(actions.take()).toBe(false);
  });
});

describe('watchUserActions', () => {
  function watched() {
    const listeners: ((event: unknown, input: { type: string }) => void)[] = [];
    const contents = {
      on: (event: string, listener: (typeof listeners)[number]) => {
        expect(event).toBe('input-event');
        listeners.push(listener);
      },
    };
    const actions = new UserActions(clock().now);
    watchUserActions(contents as never, actions);
    return { actions, input: (type: string) => listeners.forEach((l) => l({}, { type })) };
  }

  it.each(['mouseDown', 'mouseUp', 'rawKeyDown', 'keyDown', 'char', 'gestureTap', 'touchEnd'])(
    'counts %s as the reader acting',
    (type) => {
      const { actions, input } = watched();
      input(type);
      expect(actions.take()).toBe(true);
    },
  );

  it.each(['mouseMove', 'mouseWheel', 'mouseEnter', 'keyUp', 'gestureScrollUpdate'])(
    'does not count %s',
    (type) => {
      const { actions, input } = watched();
      input(type);
      expect(actions.take()).toBe(false);
    },
  );
});
