import { EventEmitter } from 'node:events';
import type { Session, WebContents } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import {
  denyAllPermissions,
  isAppUrl,
  lockDownWebContents,
  secureWebPreferences,
} from '../../../electron/main/security';

describe('secureWebPreferences', () => {
  it('sandboxes and isolates the renderer, with no Node integration', () => {
    expect(secureWebPreferences('/app/preload.js')).toMatchObject({
      preload: '/app/preload.js',
      sandbox: true,
      contextIsolation: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
    });
  });
});

describe('isAppUrl', () => {
  it('accepts only the app origin, compared by protocol and host', () => {
    expect(isAppUrl('app://cica/index.html')).toBe(true);
    expect(isAppUrl('app://cica/index.html#/faq')).toBe(true);
    expect(isAppUrl('app://evil/index.html')).toBe(false);
    expect(isAppUrl('file:///work/out/renderer/index.html')).toBe(false);
    expect(isAppUrl('https://cica/index.html')).toBe(false);
    expect(isAppUrl('')).toBe(false);
    expect(isAppUrl('javascript:alert(1)')).toBe(false);
  });

  it('accepts the dev server only when one is given', () => {
    expect(isAppUrl('http://localhost:5173/')).toBe(false);
    expect(isAppUrl('http://localhost:5173/', 'http://localhost:5173')).toBe(true);
    expect(isAppUrl('http://localhost:5174/', 'http://localhost:5173')).toBe(false);
  });
});

/** A WebContents double that records the handlers the app installs. */
function fakeContents() {
  const emitter = new EventEmitter();
  let openHandler: ((details: { url: string }) => { action: string }) | undefined;
  const contents = Object.assign(emitter, {
    setWindowOpenHandler: (handler: typeof openHandler) => (openHandler = handler),
  });
  const fire = (event: string, ...args: unknown[]) => {
    const preventDefault = vi.fn();
    emitter.emit(event, { preventDefault }, ...args);
    return preventDefault.mock.calls.length > 0;
  };
  return {
    contents: contents as unknown as WebContents,
    fire,
    open: (url: string) => openHandler!({ url }),
  };
}

describe('lockDownWebContents', () => {
  it('blocks navigation and redirects away from the app, allows in-app ones', () => {
    const { contents, fire } = fakeContents();
    lockDownWebContents(contents);
    expect(fire('will-navigate', 'https://example.com/')).toBe(true);
    expect(fire('will-navigate', 'file:///etc/passwd')).toBe(true);
    expect(fire('will-redirect', 'https://example.com/')).toBe(true);
    expect(fire('will-navigate', 'app://cica/index.html#/bodies')).toBe(false);
  });

  it('denies every new window and webview', () => {
    const { contents, fire, open } = fakeContents();
    lockDownWebContents(contents);
    expect(open('https://example.com/')).toEqual({ action: 'deny' });
    expect(open('app://cica/index.html')).toEqual({ action: 'deny' });
    expect(fire('will-attach-webview')).toBe(true);
  });
});

describe('denyAllPermissions', () => {
  it('refuses permission requests and checks', () => {
    const session = { setPermissionRequestHandler: vi.fn(), setPermissionCheckHandler: vi.fn() };
    denyAllPermissions(session as unknown as Session);
    const request = session.setPermissionRequestHandler.mock.calls[0]![0];
    const callback = vi.fn();
    for (const permission of ['media', 'geolocation', 'notifications', 'clipboard-read']) {
      request({}, permission, callback);
    }
    expect(callback.mock.calls).toEqual([[false], [false], [false], [false]]);
    const check = session.setPermissionCheckHandler.mock.calls[0]![0];
    expect(check({}, 'media')).toBe(false);
  });
});
