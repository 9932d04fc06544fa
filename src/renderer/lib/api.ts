// The only module that looks for the preload's API on `window`; everything
// else imports `api` from here. Without a preload (the web edition) the same
// contract is served in the page from the inlined pack.
import { API_GLOBAL, type CicaApi } from '../../shared/api';
import { createBrowserApi } from './browser-api';

const preloaded = (window as unknown as Record<string, CicaApi | undefined>)[API_GLOBAL];

export const api: CicaApi = preloaded ?? createBrowserApi(document);
