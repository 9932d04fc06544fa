// The only module that looks for the preload's API on `window`; everything
// else imports `api` from here. Without a preload (the web edition) the same
// contract is served in the page from the inlined pack.
import { API_GLOBAL, type CicaApi, type CicaBridge, type HostMessage } from '../../shared/api';
import { createBrowserApi } from './browser-api';

const preloaded = (window as unknown as Record<string, CicaBridge | undefined>)[API_GLOBAL];

export const api: CicaApi = preloaded ?? createBrowserApi(document);

/** Whether a native menu is around (the desktop app), which changes how shortcuts are shown. */
export const inDesktopApp = preloaded !== undefined;

/** Messages from the desktop app's main process (menu commands, links); none in a browser. */
export function onHostMessage(listener: (message: HostMessage) => void): void {
  preloaded?.onHostMessage(listener);
}
