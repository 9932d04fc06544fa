// Electron's security checklist (electronjs.org/docs/latest/tutorial/security),
// item by item, as it applies to this app. Tested here: 2–4, 6, 8–10
// (secureWebPreferences), 5 (denyAllPermissions), 11–14 (lockDownWebContents),
// 1 and 7 (what the window loads, CSP), 15, 16, 18 and 19 (fuses as
// configured). Tested beside the code they concern: 7 and 18 in
// protocol.test.ts (CSP header, path traversal), 17 in ipc.test.ts (sender
// validation), 20 in ../preload/index.test.ts (only the typed API is exposed),
// 19 in ../../build/packaging.test.ts (fuses as flipped in a packaged binary).
import { readFileSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import type { Session, WebContents } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { fakeSession, fakeWebContents } from '../../helpers/electron-fakes';
import {
  denyAllPermissions,
  isAppUrl,
  lockDownWebContents,
  secureWebPreferences,
} from '../../../electron/main/security';
import { CONTENT_SECURITY_POLICY, appEntryUrl } from '../../../electron/main/protocol';

const root = join(import.meta.dirname, '../../..');

/** Every source file of the app (main, preload, renderer, shared), as text. */
function appSources(): { file: string; text: string }[] {
  return ['electron', 'src'].flatMap((dir) =>
    (readdirSync(join(root, dir), { recursive: true }) as string[])
      .filter((file) => /\.(ts|svelte)$/.test(file))
      .map((file) => ({ file, text: readFileSync(join(root, dir, file), 'utf8') })),
  );
}

describe('secureWebPreferences', () => {
  it('sandboxes and isolates the renderer, with no Node integration, drag-and-drop navigation or spellchecker', () => {
    expect(secureWebPreferences('/app/preload.js')).toEqual({
      preload: '/app/preload.js',
      sandbox: true,
      contextIsolation: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      // A file dropped on the window would otherwise replace the app's page.
      navigateOnDragDrop: false,
      // Chromium's spellchecker downloads its dictionaries: the app makes no request.
      spellcheck: false,
    });
  });

  it('9, 10: turns on no experimental feature and no Blink feature, anywhere', () => {
    const preferences = secureWebPreferences('/app/preload.js')!;
    expect(preferences.experimentalFeatures).toBeUndefined();
    expect(preferences.enableBlinkFeatures).toBeUndefined();
    for (const { file, text } of appSources()) {
      expect(text, file).not.toMatch(/experimentalFeatures|enableBlinkFeatures/);
    }
  });
});

describe('1, 7, 18: only the app’s own content, from its own protocol', () => {
  it('loads app://cica/, never file:// or the network, a launch link only as a parameter', () => {
    expect(appEntryUrl(undefined, undefined)).toBe('app://cica/index.html');
    const withLink = new URL(appEntryUrl(undefined, 'cica://faq/x"><script>'));
    expect(`${withLink.protocol}//${withLink.host}${withLink.pathname}`).toBe(
      'app://cica/index.html',
    );
    expect(withLink.searchParams.get('open')).toBe('cica://faq/x"><script>');
  });

  it('names no remote source in the CSP', () => {
    expect(CONTENT_SECURITY_POLICY).toContain("default-src 'none'");
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/https?:|wss?:|\*|'unsafe-/);
  });
});

describe('15: no shell.openExternal', () => {
  it('is never called: links outside the app are not followed at all', () => {
    for (const { file, text } of appSources()) expect(text, file).not.toMatch(/openExternal/);
    const { contents, open, fire } = fakeContents();
    lockDownWebContents(contents);
    expect(open('https://example.com/')).toEqual({ action: 'deny' });
    expect(fire('will-navigate', 'mailto:someone@example.com')).toBe(true);
  });
});

describe('16: a current Electron', () => {
  it('builds on Electron 45 or later', () => {
    const installed = JSON.parse(
      readFileSync(join(root, 'node_modules/electron/package.json'), 'utf8'),
    ) as { version: string };
    expect(Number(installed.version.split('.')[0])).toBeGreaterThanOrEqual(45);
  });
});

describe('19: fuses, as the packaging step sets them', () => {
  function fuses(env: Record<string, string | undefined>) {
    const saved = process.env['CICA_E2E_BUILD'];
    const load = createRequire(import.meta.url);
    const configPath = join(root, 'electron-builder.cjs');
    try {
      if (env['CICA_E2E_BUILD'] === undefined) delete process.env['CICA_E2E_BUILD'];
      else process.env['CICA_E2E_BUILD'] = env['CICA_E2E_BUILD'];
      delete load.cache[configPath];
      return (load(configPath) as { electronFuses: Record<string, boolean> }).electronFuses;
    } finally {
      if (saved === undefined) delete process.env['CICA_E2E_BUILD'];
      else process.env['CICA_E2E_BUILD'] = saved;
      delete load.cache[configPath];
    }
  }

  it('a release build cannot run as Node, take NODE_OPTIONS or inspect flags, or load outside its checked asar', () => {
    expect(fuses({})).toEqual({
      runAsNode: false,
      enableCookieEncryption: true,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
      grantFileProtocolExtraPrivileges: false,
    });
  });

  it('only a build for end-to-end tests keeps the inspect flags Playwright needs', () => {
    expect(fuses({ CICA_E2E_BUILD: '1' })).toMatchObject({
      runAsNode: false,
      enableNodeOptionsEnvironmentVariable: true,
      enableNodeCliInspectArguments: true,
      onlyLoadAppFromAsar: true,
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

  it('with a dev server, still refuses every other origin', () => {
    const dev = 'http://localhost:5173';
    expect(isAppUrl('app://cica/index.html', dev)).toBe(true);
    expect(isAppUrl('https://example.com/', dev)).toBe(false);
    expect(isAppUrl('https://localhost:5173/', dev)).toBe(false);
    expect(isAppUrl('http://localhost:5173.evil.com/', dev)).toBe(false);
    expect(isAppUrl('app://cica.evil/index.html', dev)).toBe(false);
  });

  it('refuses a look-alike of the app’s host', () => {
    expect(isAppUrl('app://cica.evil/index.html')).toBe(false);
    expect(isAppUrl('app://evil.cica/index.html')).toBe(false);
    expect(isAppUrl('app://cica:8080/index.html')).toBe(false);
  });
});

/** A WebContents double that records the handlers the app installs. */
function fakeContents() {
  const { contents, stops, open } = fakeWebContents();
  return { contents: contents as unknown as WebContents, fire: stops, open };
}

describe('lockDownWebContents', () => {
  it('blocks navigation and redirects away from the app, allows in-app ones', () => {
    const { contents, fire } = fakeContents();
    lockDownWebContents(contents);
    expect(fire('will-navigate', 'https://example.com/')).toBe(true);
    expect(fire('will-navigate', 'file:///etc/passwd')).toBe(true);
    expect(fire('will-redirect', 'https://example.com/')).toBe(true);
    expect(fire('will-redirect', 'app://cica.evil/index.html')).toBe(true);
    expect(fire('will-navigate', 'app://cica/index.html#/bodies')).toBe(false);
    expect(fire('will-redirect', 'app://cica/index.html')).toBe(false);
  });

  it('in development, allows the dev server and nothing else', () => {
    const { contents, fire } = fakeContents();
    lockDownWebContents(contents, 'http://localhost:5173');
    expect(fire('will-navigate', 'http://localhost:5173/#/faq')).toBe(false);
    expect(fire('will-redirect', 'http://localhost:5173/index.html')).toBe(false);
    expect(fire('will-navigate', 'https://example.com/')).toBe(true);
    expect(fire('will-redirect', 'http://localhost:5174/')).toBe(true);
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
    const session = fakeSession();
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
