// The desktop app's renderer: the API is the preload's bridge to the main process.
import { API_GLOBAL, type CicaBridge } from '../shared/api';
import { useHost } from './lib/api';
import { mountApp } from './main';

const bridge = (window as unknown as Record<string, CicaBridge | undefined>)[API_GLOBAL];
if (!bridge) throw new Error('CICA Reference: the preload did not expose its API.');
useHost({
  api: bridge,
  desktop: true,
  onHostMessage: (listener) => bridge.onHostMessage(listener),
});
mountApp();
