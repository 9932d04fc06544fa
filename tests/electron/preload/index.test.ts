import { beforeEach, describe, expect, it, vi } from 'vitest';
import { API_GLOBAL, IPC_CHANNELS, type CicaApi } from '../../../src/shared/api';

const electron = vi.hoisted(() => ({
  contextBridge: { exposeInMainWorld: vi.fn() },
  ipcRenderer: { invoke: vi.fn(async () => 'answer') },
}));
vi.mock('electron', () => electron);

describe('preload', () => {
  beforeEach(async () => {
    vi.resetModules();
    electron.contextBridge.exposeInMainWorld.mockClear();
    await import('../../../electron/preload/index');
  });

  it('exposes exactly the typed API under one name', () => {
    expect(electron.contextBridge.exposeInMainWorld).toHaveBeenCalledOnce();
    const [name, api] = electron.contextBridge.exposeInMainWorld.mock.calls[0]!;
    expect(name).toBe(API_GLOBAL);
    expect(Object.keys(api).sort()).toEqual(Object.keys(IPC_CHANNELS).sort());
    for (const value of Object.values(api)) expect(typeof value).toBe('function');
  });

  it('turns each method into an invoke on its own channel, never exposing ipcRenderer', async () => {
    const api = electron.contextBridge.exposeInMainWorld.mock.calls[0]![1] as CicaApi;
    await expect(api.loadPack()).resolves.toBe('answer');
    expect(electron.ipcRenderer.invoke).toHaveBeenCalledWith(IPC_CHANNELS.loadPack);
    expect(Object.values(api)).not.toContain(electron.ipcRenderer);
  });
});
