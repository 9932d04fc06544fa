import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { finishWebEdition } from '../../../build/web/finish-html';

const BUILT = `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <script type="module">console.log("app")</script>
    <style>body{color:red}</style>
  </head>
  <body><div id="app"></div></body>
</html>`;

const b64 = (text: string) => createHash('sha256').update(text).digest('base64');

function dataBlock(html: string): string {
  return /<script type="application\/json" id="cica-pack">([\s\S]*?)<\/script>/.exec(html)![1]!;
}

describe('finishWebEdition', () => {
  it('inlines the pack files as text, exactly recoverable', () => {
    const files = new Map([['faq.json', '{"a": "Almaty «act»"}\n']]);
    const html = finishWebEdition(BUILT, files, []);
    expect(JSON.parse(dataBlock(html))).toEqual({
      files: { 'faq.json': '{"a": "Almaty «act»"}\n' },
    });
  });

  it('cannot be broken out of by content that closes the script element', () => {
    const hostile = '</script><script>alert(1)</script><!-- ';
    const html = finishWebEdition(BUILT, new Map([['faq.json', hostile]]), []);
    expect(dataBlock(html)).not.toContain('<');
    expect(JSON.parse(dataBlock(html)).files['faq.json']).toBe(hostile);
    expect(html.match(/<script/g)).toHaveLength(3);
  });

  it('adds a CSP allowing exactly the inline script and style by hash, nothing remote', () => {
    const html = finishWebEdition(BUILT, new Map([['faq.json', '{}']]), []);
    const csp = /<meta http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(html)![1]!;
    expect(csp).toContain("default-src 'none'");
    expect(csp).toContain(`script-src 'sha256-${b64('console.log("app")')}'`);
    expect(csp).toContain(`style-src 'sha256-${b64('body{color:red}')}'`);
    expect(csp).toContain("connect-src 'none'");
    // Workers only from blobs: the search worker, built into the page.
    expect(csp).toMatch(/(^|; )worker-src blob:(;|$)/);
    expect(csp).not.toMatch(/https?:|unsafe-/);
    // The policy must come before the scripts it governs.
    expect(html.indexOf('Content-Security-Policy')).toBeLessThan(html.indexOf('<script'));
  });

  it('puts the pack before the real </body>, not one inside a script', () => {
    const built = BUILT.replace('console.log("app")', 'const page = "</body></html>"');
    const html = finishWebEdition(built, new Map([['faq.json', '{}']]), []);
    expect(html).toContain('const page = "</body></html>"');
    expect(html.indexOf('id="cica-pack"')).toBeGreaterThan(html.indexOf('<div id="app">'));
  });

  it('inlines the keys trusted to sign pack files, as data', () => {
    const key = { id: '0123456789abcdef', name: 'A </script> key', publicKey: 'AAAA' };
    const html = finishWebEdition(BUILT, new Map([['faq.json', '{}']]), [key]);
    const block =
      /<script type="application\/json" id="cica-trusted-keys">([\s\S]*?)<\/script>/.exec(
        html,
      )![1]!;
    expect(block).not.toContain('<');
    expect(JSON.parse(block)).toEqual({ keys: [key] });
  });

  it('fails loudly on HTML it does not recognise', () => {
    expect(() => finishWebEdition('<html></html>', new Map(), [])).toThrow(/no <\/body>/);
  });
});
