// Exposes exactly the typed API, each method one IPC invoke, and one listener
// for the host's messages; never ipcRenderer itself.
import { contextBridge, ipcRenderer } from 'electron';
import {
  API_GLOBAL,
  HOST_MESSAGE_CHANNEL,
  HOST_READY_CHANNEL,
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
    const receive = (_event: unknown, message: HostMessage) => listener(message);
    ipcRenderer.on(HOST_MESSAGE_CHANNEL, receive);
    // Main holds its messages until a page listens (electron/main/host-messages.ts).
    ipcRenderer.send(HOST_READY_CHANNEL);
    return () => void ipcRenderer.removeListener(HOST_MESSAGE_CHANNEL, receive);
  },
} as unknown as CicaBridge;

contextBridge.exposeInMainWorld(API_GLOBAL, bridge);
