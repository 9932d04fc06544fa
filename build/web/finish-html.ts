import { createHash } from 'node:crypto';
import { INLINE_PACK_ID, type InlinePack } from '../../src/shared/inline-pack';

/**
 * Turns the single-file build's HTML into the web edition: inlines the pack
 * as a JSON data block (never executed, so `</script>` in the content cannot
 * break out: every "<" is escaped) and adds a Content-Security-Policy that
 * allows exactly the page's own inline script and style, by hash, and nothing
 * remote.
 */
export function finishWebEdition(html: string, files: Map<string, string>): string {
  const pack: InlinePack = { files: Object.fromEntries(files) };
  const json = JSON.stringify(pack).replace(/</g, '\\u003c');
  const dataBlock = `<script type="application/json" id="${INLINE_PACK_ID}">${json}</script>`;
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
