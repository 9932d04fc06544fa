import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  CONTENT_SECURITY_POLICY,
  createAppProtocolHandler,
  resolveAppFile,
} from '../../../electron/main/protocol';

const root = mkdtempSync(join(tmpdir(), 'cica-renderer-'));
mkdirSync(join(root, 'assets'));
writeFileSync(join(root, 'index.html'), '<!doctype html><title>app</title>');
writeFileSync(join(root, 'assets', 'app.js'), 'console.log(1)');
writeFileSync(join(root, '..', 'secret.txt'), 'outside the renderer folder');

describe('resolveAppFile', () => {
  it('maps app://cica/ paths into the renderer folder', () => {
    expect(resolveAppFile('app://cica/index.html', root)).toBe(join(root, 'index.html'));
    expect(resolveAppFile('app://cica/', root)).toBe(join(root, 'index.html'));
    expect(resolveAppFile('app://cica/assets/app.js?v=1#x', root)).toBe(
      join(root, 'assets/app.js'),
    );
  });

  it.each([
    'app://cica/../secret.txt',
    'app://cica/%2e%2e/secret.txt',
    'app://cica/assets/..%2f..%2fsecret.txt',
    'app://cica/%2e%2e%5csecret.txt',
    'app://cica/%00index.html',
    'app://cica/%E0%A4%A',
    'app://other/index.html',
    'file:///etc/passwd',
    'https://example.com/index.html',
    'not a url',
  ])('refuses %s', (url) => {
    const file = resolveAppFile(url, root);
    expect(file === null || file.startsWith(`${root}/`)).toBe(true);
    expect(file).not.toBe(join(root, '..', 'secret.txt'));
  });

  it('refuses outright a traversal hidden in encoded slashes', () => {
    // Plain and %2e dot segments are already folded into the root by the URL
    // parser; encoded slashes survive it and must be caught after decoding.
    expect(resolveAppFile('app://cica/assets/..%2f..%2fsecret.txt', root)).toBeNull();
    expect(resolveAppFile('app://cica/..%2fsecret.txt', root)).toBeNull();
  });
});

describe('the app:// protocol handler', () => {
  const handle = createAppProtocolHandler(root);

  it('serves files with their type and the strict CSP', async () => {
    const response = await handle(new Request('app://cica/index.html'));
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(response.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    expect(await response.text()).toContain('<title>app</title>');
  });

  it('answers 404 for missing files and for paths outside the folder', async () => {
    expect((await handle(new Request('app://cica/nope.js'))).status).toBe(404);
    expect((await handle(new Request('app://cica/%2e%2e/secret.txt'))).status).toBe(404);
  });

  it('allows no remote source in the CSP', () => {
    expect(CONTENT_SECURITY_POLICY).toContain("default-src 'none'");
    expect(CONTENT_SECURITY_POLICY).toContain("connect-src 'none'");
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/https?:|\*|unsafe-/);
  });
});
