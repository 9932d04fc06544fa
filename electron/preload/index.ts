// Exposes exactly the typed API, each method one IPC invoke, and one listener
// for the host's messages; never ipcRenderer itself.
import { contextBridge, ipcRenderer } from 'electron';
import {
  API_GLOBAL,
  HOST_MESSAGE_CHANNEL,
  IPC_CHANNELS,
  type CicaBridge,
  type HostMessage,
} from '../../src/shared/api';

const invokers = Object.fromEntries(
  Object.entries(IPC_CHANNELS).map(([method, channel]) => [
    method,
    (...args: unknown[]) => ipcRenderer.invoke(channel, ...args),
  ]),
);

const bridge = {
  ...invokers,
  // The page gets the message only, never the IPC event (which carries the sender).
  onHostMessage: (listener: (message: HostMessage) => void) => {
    ipcRenderer.on(HOST_MESSAGE_CHANNEL, (_event, message: HostMessage) => listener(message));
  },
} as unknown as CicaBridge;

contextBridge.exposeInMainWorld(API_GLOBAL, bridge);
