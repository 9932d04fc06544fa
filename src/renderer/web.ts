// The web edition's renderer: the API is served in the page from the inlined pack.
import { createBrowserApi } from './lib/browser-api';
import { useHost } from './lib/api';
import { mountApp } from './main';

useHost({ api: createBrowserApi(document), desktop: false, onHostMessage: () => () => {} });
mountApp();
