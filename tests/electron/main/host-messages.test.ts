import { describe, expect, it } from 'vitest';
import { HostMessenger } from '../../../electron/main/host-messages';
import type { HostMessage } from '../../../src/shared/api';

function messenger(windowOpen = () => true) {
  const delivered: HostMessage[] = [];
  const host = new HostMessenger((message) => {
    if (!windowOpen()) return false;
    delivered.push(message);
    return true;
  });
  return { host, delivered };
}

describe('HostMessenger', () => {
  it('holds what arrives before the page listens, and delivers it in order once it does', () => {
    const { host, delivered } = messenger();
    host.send({ link: 'cica://bodies/cg' });
    host.send({ command: 'find' });
    expect(delivered).toEqual([]);
    host.ready();
    expect(delivered).toEqual([{ link: 'cica://bodies/cg' }, { command: 'find' }]);
    host.send({ command: 'about' });
    expect(delivered.at(-1)).toEqual({ command: 'about' });
  });

  it('holds messages again while the page reloads', () => {
    const { host, delivered } = messenger();
    host.ready();
    host.reset();
    host.send({ link: 'cica://documents/declaration' });
    expect(delivered).toEqual([]);
    host.ready();
    expect(delivered).toEqual([{ link: 'cica://documents/declaration' }]);
  });

  it('keeps what the window could not take', () => {
    let open = false;
    const { host, delivered } = messenger(() => open);
    host.ready();
    host.send({ command: 'find' });
    expect(delivered).toEqual([]);
    open = true;
    host.ready();
    expect(delivered).toEqual([{ command: 'find' }]);
  });

  it('keeps the newest twenty, not an unbounded queue', () => {
    const { host, delivered } = messenger();
    for (let i = 0; i < 25; i++) host.send({ link: `cica://search?q=${i}` });
    host.ready();
    expect(delivered).toHaveLength(20);
    expect(delivered[0]).toEqual({ link: 'cica://search?q=5' });
  });
});
