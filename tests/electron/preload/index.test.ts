import { beforeEach, describe, expect, it, vi } from 'vitest';
import {
  API_GLOBAL,
  HOST_MESSAGE_CHANNEL,
  HOST_READY_CHANNEL,
  IPC_CHANNELS,
  type CicaBridge,
} from '../../../src/shared/api';

const electron = vi.hoisted(() => ({
  contextBridge: { exposeInMainWorld: vi.fn() },
  ipcRenderer: {
    invoke: vi.fn(async () => 'answer'),
    on: vi.fn(),
    send: vi.fn(),
    removeListener: vi.fn(),
  },
}));
vi.mock('electron', () => electron);

describe('preload', () => {
  beforeEach(async () => {
    vi.resetModules();
    electron.contextBridge.exposeInMainWorld.mockClear();
    await import('../../../electron/preload/index');
  });

  it('exposes exactly the typed API and the host-message listener under one name', () => {
    expect(electron.contextBridge.exposeInMainWorld).toHaveBeenCalledOnce();
    const [name, api] = electron.contextBridge.exposeInMainWorld.mock.calls[0]!;
    expect(name).toBe(API_GLOBAL);
    expect(Object.keys(api).sort()).toEqual([...Object.keys(IPC_CHANNELS), 'onHostMessage'].sort());
    for (const value of Object.values(api)) expect(typeof value).toBe('function');
  });

  it('turns each method into an invoke on its own channel, never exposing ipcRenderer', async () => {
    const api = electron.contextBridge.exposeInMainWorld.mock.calls[0]![1] as CicaBridge;
    await expect(api.loadPack()).resolves.toBe('answer');
    expect(electron.ipcRenderer.invoke).toHaveBeenCalledWith(IPC_CHANNELS.loadPack);
    expect(Object.values(api)).not.toContain(electron.ipcRenderer);
  });

  it.each(Object.entries(IPC_CHANNELS))(
    'sends %s on %s whatever the page passes: a page cannot choose its channel',
    async (method, channel) => {
      const api = electron.contextBridge.exposeInMainWorld.mock.calls[0]![1] as Record<
        string,
        (...args: unknown[]) => Promise<unknown>
      >;
      electron.ipcRenderer.invoke.mockClear();
      await api[method]!('cica:other-channel', { target: 'membership' });
      expect(electron.ipcRenderer.invoke.mock.calls).toEqual([
        [channel, 'cica:other-channel', { target: 'membership' }],
      ]);
    },
  );

  it('passes the host’s messages to the page without the IPC event', () => {
    const api = electron.contextBridge.exposeInMainWorld.mock.calls[0]![1] as CicaBridge;
    const heard: unknown[][] = [];
    api.onHostMessage((...args: unknown[]) => heard.push(args));
    const [channel, listener] = electron.ipcRenderer.on.mock.calls.at(-1)! as unknown as [
      string,
      (event: unknown, message: unknown) => void,
    ];
    expect(channel).toBe(HOST_MESSAGE_CHANNEL);
    listener({ sender: 'the IPC event' }, { command: 'find' });
    // The message alone: not the event, not as a second argument either.
    expect(heard).toEqual([[{ command: 'find' }]]);
  });

  it('tells main it listens once the listener is in place, and stops listening when asked', () => {
    const api = electron.contextBridge.exposeInMainWorld.mock.calls[0]![1] as CicaBridge;
    electron.ipcRenderer.send.mockClear();
    electron.ipcRenderer.on.mockClear();
    const stop = api.onHostMessage(() => {});
    expect(electron.ipcRenderer.on).toHaveBeenCalledOnce();
    expect(electron.ipcRenderer.send.mock.calls).toEqual([[HOST_READY_CHANNEL]]);
    expect(electron.ipcRenderer.on.mock.invocationCallOrder[0]).toBeLessThan(
      electron.ipcRenderer.send.mock.invocationCallOrder[0]!,
    );
    const [, listener] = electron.ipcRenderer.on.mock.calls[0]! as unknown as [string, unknown];
    stop();
    expect(electron.ipcRenderer.removeListener).toHaveBeenCalledWith(
      HOST_MESSAGE_CHANNEL,
      listener,
    );
  });
});
