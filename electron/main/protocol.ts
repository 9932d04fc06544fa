import { readFile } from 'node:fs/promises';
import { extname, isAbsolute, relative, resolve } from 'node:path';

/** The renderer is served from app://cica/, never file://. */
export const APP_SCHEME = 'app';
export const APP_HOST = 'cica';
export const APP_ENTRY_URL = `${APP_SCHEME}://${APP_HOST}/index.html`;

/**
 * The page to load: the app's entry (or the dev server), with the cica://
 * link the app was opened with, if any, for the page to follow.
 */
export function appEntryUrl(devServerUrl: string | undefined, link: string | undefined): string {
  const base = devServerUrl ?? APP_ENTRY_URL;
  if (!link) return base;
  const url = new URL(base);
  url.searchParams.set('open', link);
  return url.toString();
}

/**
 * No remote sources at all: scripts, styles and images come from the app
 * itself, and the renderer opens no connections (data arrives over IPC).
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'none'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

/** Privileges for `protocol.registerSchemesAsPrivileged`, before the app is ready. */
export const APP_SCHEME_PRIVILEGES = { standard: true, secure: true, supportFetchAPI: true };

const MIME_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
};

/**
 * Maps an app:// URL to a file inside `root`, or null when the URL is for
 * another host or would leave `root` (../, encoded ..%2f, absolute paths).
 */
export function resolveAppFile(url: string, root: string): string | null {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  if (parsed.protocol !== `${APP_SCHEME}:` || parsed.host !== APP_HOST) return null;
  let path: string;
  try {
    path = decodeURIComponent(parsed.pathname);
  } catch {
    return null;
  }
  if (path.includes('\0')) return null;
  const base = resolve(root);
  const file = resolve(base, `.${path === '/' ? '/index.html' : path}`);
  const inside = relative(base, file);
  if (inside === '' || inside.startsWith('..') || isAbsolute(inside)) {
    return null;
  }
  return file;
}

/**
 * The `protocol.handle` callback: the file with its type and the CSP, or a
 * 404. A refused URL never reaches `read` (the file system).
 */
export function createAppProtocolHandler(
  root: string,
  read: (file: string) => Promise<Uint8Array<ArrayBuffer>> = readFile,
): (request: Request) => Promise<Response> {
  return async (request) => {
    const file = resolveAppFile(request.url, root);
    if (!file) return new Response('Not found', { status: 404 });
    try {
      const body = await read(file);
      return new Response(body, {
        headers: {
          'content-type': MIME_TYPES[extname(file)] ?? 'application/octet-stream',
          'content-security-policy': CONTENT_SECURITY_POLICY,
          'x-content-type-options': 'nosniff',
        },
      });
    } catch {
      return new Response('Not found', { status: 404 });
    }
  };
}
