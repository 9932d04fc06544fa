// The only module that holds the host's API; everything else imports from
// here. Each entry (desktop.ts, web.ts) installs its own host before the app
// mounts, so each bundle holds only its own implementation: the desktop
// renderer has no Lunr, exporters or schemas, which live in the main process.
import type { CicaApi, HostMessage } from '../../shared/api';

export interface Host {
  api: CicaApi;
  /** Whether a native menu is around (the desktop app), which changes how shortcuts are shown. */
  desktop: boolean;
  /** Listens to the host's messages; returns how to stop listening. */
  onHostMessage(listener: (message: HostMessage) => void): () => void;
}

const notInstalled = (): never => {
  throw new Error('The renderer entry installs its host (useHost) before the app mounts.');
};

// Live bindings: set once by useHost, read by the app after that.
export let api: CicaApi = new Proxy({} as CicaApi, { get: notInstalled });
export let inDesktopApp = false;
let listen: Host['onHostMessage'] = notInstalled;

/** Called once by the entry, before the app mounts. */
export function useHost(host: Host): void {
  api = host.api;
  inDesktopApp = host.desktop;
  listen = host.onHostMessage;
}

/** Messages from the desktop app's main process (menu commands, links); none in a browser. */
export function onHostMessage(listener: (message: HostMessage) => void): () => void {
  return listen(listener);
}
