// The web edition's renderer: the API is served in the page from the inlined pack;
// searches run in a worker, so that the page stays free while one runs.
import { browserPlatform, createBrowserApi } from './lib/browser-api';
import { useHost } from './lib/api';
import { workerSearch } from './lib/worker-search';
import SearchWorker from './lib/search-worker?worker&inline';
import { mountApp } from './main';

const platform = { ...browserPlatform, searchElsewhere: workerSearch(() => new SearchWorker()) };
useHost({
  api: createBrowserApi(document, platform),
  desktop: false,
  onHostMessage: () => () => {},
});
mountApp();
