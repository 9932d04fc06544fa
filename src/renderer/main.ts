import { mount } from 'svelte';
import App from './App.svelte';
import './styles.css';
import './since-2001.css';

/** Mounts the app, once the entry (desktop.ts or web.ts) has installed its host. */
export function mountApp(): void {
  mount(App, { target: document.getElementById('app')! });
}
