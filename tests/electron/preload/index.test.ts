import { beforeEach, describe, expect, it, vi } from 'vitest';
import {
  API_GLOBAL,
  HOST_MESSAGE_CHANNEL,
  IPC_CHANNELS,
  type CicaBridge,
} from '../../../src/shared/api';

const electron = vi.hoisted(() => ({
  contextBridge: { exposeInMainWorld: vi.fn() },
  ipcRenderer: { invoke: vi.fn(async () => 'answer'), on: vi.fn() },
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
});
