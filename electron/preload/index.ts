// Exposes exactly the typed API, each method one IPC invoke; never ipcRenderer itself.
import { contextBridge, ipcRenderer } from 'electron';
import { API_GLOBAL, IPC_CHANNELS, type CicaApi } from '../../src/shared/api';

const api = Object.fromEntries(
  Object.entries(IPC_CHANNELS).map(([method, channel]) => [
    method,
    (...args: unknown[]) => ipcRenderer.invoke(channel, ...args),
  ]),
) as unknown as CicaApi;

contextBridge.exposeInMainWorld(API_GLOBAL, api);
