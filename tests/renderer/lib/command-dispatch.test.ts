// Every command reaches its handler, and only its handler.
import { describe, expect, it } from 'vitest';
import {
  commandDispatcher,
  type CommandHandlers,
} from '../../../src/renderer/lib/command-dispatch';
import { COMMANDS, type CommandId } from '../../../src/shared/commands';

/** Handlers that write down what they were called with. */
function recorder() {
  const calls: string[] = [];
  const handlers = new Proxy({} as CommandHandlers, {
    get: (_, name: string) => (argument?: string) =>
      calls.push(argument === undefined ? name : `${name}(${argument})`),
  });
  return { calls, run: commandDispatcher(handlers) };
}

describe('commandDispatcher', () => {
  it('gives the tab and theme commands their argument', () => {
    const { calls, run } = recorder();
    run('tab:bodies');
    run('theme:dark');
    expect(calls).toEqual(['tab(bodies)', 'theme(dark)']);
  });

  it('calls the handler named after a command, once', () => {
    const { calls, run } = recorder();
    run('save-html');
    run('check-quote');
    expect(calls).toEqual(['save-html', 'check-quote']);
  });

  it('reaches one handler for every command of the table', () => {
    const { calls, run } = recorder();
    for (const { id } of COMMANDS) run(id as CommandId);
    expect(calls).toHaveLength(COMMANDS.length);
    expect(new Set(calls).size).toBe(COMMANDS.length);
  });
});
