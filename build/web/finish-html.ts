import { createHash } from 'node:crypto';
import { INLINE_PACK_ID, TRUSTED_KEYS_ID, type InlinePack } from '../../src/shared/inline-pack';
import type { TrustedKey } from '../../src/shared/pack/keys';

/**
 * Turns the single-file build's HTML into the web edition: inlines the pack
 * and the keys trusted to sign pack files as JSON data blocks (never
 * executed, so `</script>` in the content cannot break out: every "<" is
 * escaped) and adds a Content-Security-Policy that
 * allows exactly the page's own inline script and style, by hash, workers
 * made from blobs (the search worker, inlined in the page), and nothing
 * remote.
 */
export function finishWebEdition(
  html: string,
  files: Map<string, string>,
  keys: readonly TrustedKey[],
): string {
  const pack: InlinePack = { files: Object.fromEntries(files) };
  const dataBlock = [jsonBlock(INLINE_PACK_ID, pack), jsonBlock(TRUSTED_KEYS_ID, { keys })].join(
    '\n',
  );
  // The last </body>: the inlined scripts may hold the string themselves.
  const end = html.lastIndexOf('</body>');
  if (end < 0) throw new Error('web edition: the built HTML has no </body>');
  const withPack = `${html.slice(0, end)}${dataBlock}\n${html.slice(end)}`;

  const policy = [
    "default-src 'none'",
    `script-src ${inlineHashes(withPack, 'script').join(' ')}`,
    `style-src ${inlineHashes(withPack, 'style').join(' ')}`,
    "img-src 'self' data:",
    "connect-src 'none'",
    // The search worker, which the page makes from its own inlined code as a blob.
    'worker-src blob:',
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
  ].join('; ');
  const meta = `<meta http-equiv="Content-Security-Policy" content="${policy}" />`;
  if (!/<meta charset="utf-8"\s*\/?>/i.test(withPack)) {
    throw new Error('web edition: the built HTML has no <meta charset="utf-8">');
  }
  return withPack.replace(/<meta charset="utf-8"\s*\/?>/i, (charset) => `${charset}\n    ${meta}`);
}

function jsonBlock(id: string, value: unknown): string {
  const json = JSON.stringify(value).replace(/</g, '\\u003c');
  return `<script type="application/json" id="${id}">${json}</script>`;
}

/** 'sha256-…' sources for every executable inline <script> (or <style>) in the page. */
function inlineHashes(html: string, tag: 'script' | 'style'): string[] {
  const pattern = new RegExp(`<${tag}(\\s[^>]*)?>([\\s\\S]*?)</${tag}>`, 'g');
  const hashes: string[] = [];
  for (const [, attributes = '', body = ''] of html.matchAll(pattern)) {
    if (/type="application\/json"/.test(attributes) || /\ssrc=/.test(attributes)) continue;
    hashes.push(`'sha256-${createHash('sha256').update(body, 'utf8').digest('base64')}'`);
  }
  if (hashes.length === 0) throw new Error(`web edition: no inline <${tag}> found to allow`);
  return hashes;
}
