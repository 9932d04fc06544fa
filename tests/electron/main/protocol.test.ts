import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeEach, describe, expect, it, vi } from 'vitest';

// Loaded afresh for each test: the content types and the CSP are built when
// the module loads, and mutation testing re-runs only the tests that load it.
let protocol: typeof import('../../../electron/main/protocol');
beforeEach(async () => {
  vi.resetModules();
  protocol = await import('../../../electron/main/protocol');
});

const root = join(mkdtempSync(join(tmpdir(), 'cica-app-')), 'renderer');
mkdirSync(join(root, 'assets'), { recursive: true });
writeFileSync(join(root, 'index.html'), '<!doctype html><title>app</title>');
writeFileSync(join(root, 'assets', 'app.js'), 'console.log(1)');
writeFileSync(join(root, 'secret.txt'), 'inside the renderer folder');
writeFileSync(join(root, '..', 'secret.txt'), 'outside the renderer folder');

describe('resolveAppFile', () => {
  it('maps app://cica/ paths into the renderer folder', () => {
    expect(protocol.resolveAppFile('app://cica/index.html', root)).toBe(join(root, 'index.html'));
    expect(protocol.resolveAppFile('app://cica/', root)).toBe(join(root, 'index.html'));
    expect(protocol.resolveAppFile('app://cica/assets/app.js?v=1#x', root)).toBe(
      join(root, 'assets/app.js'),
    );
  });

  // The URL parser folds plain and %2e dot segments before the code sees the
  // path: these stay inside the folder whatever resolveAppFile does.
  it.each([
    'app://cica/../secret.txt',
    'app://cica/%2e%2e/secret.txt',
    'app://cica/a/../../secret.txt',
  ])('reads %s as the folder’s own secret.txt (the URL parser removes the dots)', (url) => {
    expect(protocol.resolveAppFile(url, root)).toBe(join(root, 'secret.txt'));
  });

  it.each([
    // Encoded slashes survive the URL parser: caught after decoding.
    ['a traversal hidden in encoded slashes', 'app://cica/assets/..%2f..%2fsecret.txt'],
    ['a traversal from the root', 'app://cica/..%2fsecret.txt'],
    [
      'a traversal with an encoded backslash (a separator on Windows)',
      'app://cica/%2e%2e%5csecret.txt',
    ],
    ['the folder itself', 'app://cica/assets/..%2f'],
    ['a traversal after an encoded slash', 'app://cica/%2f..%2f..%2fetc/passwd'],
    ['a null byte', 'app://cica/%00index.html'],
    ['a null byte before an extension', 'app://cica/index.html%00.png'],
    ['a malformed escape', 'app://cica/%E0%A4%A'],
    ['another host', 'app://other/index.html'],
    ['a look-alike host', 'app://cica.evil/index.html'],
    ['the host with a port', 'app://cica:8080/index.html'],
    ['the host under another scheme', 'https://cica/index.html'],
    ['file://', 'file:///etc/passwd'],
    ['the network', 'https://example.com/index.html'],
    ['a string that is not a URL', 'not a url'],
  ])('refuses %s: %s', (_what, url) => {
    expect(protocol.resolveAppFile(url, root)).toBeNull();
  });
});

describe('the app:// protocol handler', () => {
  const CSP = {
    'default-src': "'none'",
    'script-src': "'self'",
    'style-src': "'self'",
    'img-src': "'self' data:",
    'font-src': "'self'",
    'connect-src': "'none'",
    'object-src': "'none'",
    'base-uri': "'none'",
    'form-action': "'none'",
    // No page may frame the app (clickjacking).
    'frame-ancestors': "'none'",
  };

  /** The CSP header as directive -> sources, so a missing or merged directive shows. */
  function directives(header: string | null): Record<string, string> {
    return Object.fromEntries(
      (header ?? '').split('; ').map((directive) => {
        const [name, ...sources] = directive.split(' ');
        return [name, sources.join(' ')];
      }),
    );
  }

  it('serves a file with its type, the strict CSP and nosniff', async () => {
    const response = await protocol.createAppProtocolHandler(root)(
      new Request('app://cica/index.html'),
    );
    expect(response.status).toBe(200);
    expect(Object.fromEntries(response.headers)).toEqual({
      'content-type': 'text/html; charset=utf-8',
      'content-security-policy': protocol.CONTENT_SECURITY_POLICY,
      'x-content-type-options': 'nosniff',
    });
    expect(directives(response.headers.get('content-security-policy'))).toEqual(CSP);
    expect(await response.text()).toBe('<!doctype html><title>app</title>');
  });

  it.each([
    ['index.html', 'text/html; charset=utf-8'],
    ['app.js', 'text/javascript; charset=utf-8'],
    ['app.css', 'text/css; charset=utf-8'],
    ['data.json', 'application/json; charset=utf-8'],
    ['icon.svg', 'image/svg+xml'],
    ['icon.png', 'image/png'],
    ['font.woff2', 'font/woff2'],
    // Anything else is bytes, which nosniff keeps from running as a script or page.
    ['notes.txt', 'application/octet-stream'],
    ['no-extension', 'application/octet-stream'],
  ])('serves %s as %s', async (name, type) => {
    const dir = mkdtempSync(join(tmpdir(), 'cica-types-'));
    writeFileSync(join(dir, name), 'x');
    const response = await protocol.createAppProtocolHandler(dir)(
      new Request(`app://cica/${name}`),
    );
    expect(response.headers.get('content-type')).toBe(type);
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
  });

  it('answers a missing file with a plain 404', async () => {
    const response = await protocol.createAppProtocolHandler(root)(
      new Request('app://cica/nope.js'),
    );
    expect(response.status).toBe(404);
    expect(await response.text()).toBe('Not found');
  });

  it.each([
    'app://cica/assets/..%2f..%2fsecret.txt',
    'app://cica.evil/index.html',
    'app://cica/%00index.html',
  ])('answers %s with a 404 without touching the disk', async (url) => {
    const read = vi.fn(async () => Buffer.from('should not be read'));
    const response = await protocol.createAppProtocolHandler(root, read)(new Request(url));
    expect(response.status).toBe(404);
    expect(await response.text()).toBe('Not found');
    expect(read).not.toHaveBeenCalled();
  });

  it('allows no remote source in the CSP', () => {
    expect(protocol.CONTENT_SECURITY_POLICY).not.toMatch(/https?:|\*|unsafe-/);
  });
});
