import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'vite';
import { describe, expect, it } from 'vitest';
import {
  NOTICES_FILE,
  noticesFor,
  packageRoot,
  thirdPartyNotices,
} from '../../../build/notices/plugin';
import { ROOT } from '../../helpers/source';

describe('packageRoot', () => {
  it.each([
    ['/p/node_modules/lunr/lunr.js', '/p/node_modules/lunr'],
    ['/p/node_modules/svelte/src/internal/client/index.js?v=1', '/p/node_modules/svelte'],
    ['\0/p/node_modules/@scope/pkg/dist/x.js', '/p/node_modules/@scope/pkg'],
    ['/p/node_modules/a/node_modules/b/index.js', '/p/node_modules/a/node_modules/b'],
    ['C:\\p\\node_modules\\valibot\\dist\\index.js', 'C:/p/node_modules/valibot'],
  ])('%s belongs to %s', (id, root) => expect(packageRoot(id)).toBe(root));

  it('gives nothing for our own modules and virtual ones', () => {
    expect(packageRoot('/p/src/shared/api.ts')).toBeUndefined();
    expect(packageRoot('\0virtual:third-party-notices')).toBeUndefined();
  });
});

describe('noticesFor', () => {
  it('gives each package once, sorted, with its version, licence and licence text', () => {
    const lunr = join(ROOT, 'node_modules/lunr');
    const escape = join(ROOT, 'node_modules/escape-html');
    const notices = noticesFor([lunr, escape, lunr]);
    expect(notices.match(/^lunr 2\.3\.9 \(MIT\)$/gm)).toHaveLength(1);
    expect(notices.indexOf('escape-html 1.0.3 (MIT)')).toBeLessThan(notices.indexOf('lunr 2.3.9'));
    expect(notices).toContain(readFileSync(join(lunr, 'LICENSE'), 'utf8').trim());
  });
});

describe('the plugin in a build', () => {
  it('puts the notices of exactly the bundled packages in the bundle and beside it', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'cica-notices-'));
    const entry = join(dir, 'entry.js');
    // The entry lives outside the project, so it names the package's file by path.
    const escapeHtml = JSON.stringify(join(ROOT, 'node_modules/escape-html/index.js'));
    writeFileSync(
      entry,
      `import escape from ${escapeHtml};\nimport notices from 'virtual:third-party-notices';\n` +
        'export const shown = escape(notices);\n',
    );
    await build({
      configFile: false,
      root: ROOT,
      logLevel: 'silent',
      plugins: [thirdPartyNotices({ writeFile: true })],
      build: {
        outDir: join(dir, 'out'),
        minify: true,
        lib: { entry, formats: ['es'], fileName: 'bundle' },
      },
    });
    const bundle = readFileSync(join(dir, 'out/bundle.mjs'), 'utf8');
    const file = readFileSync(join(dir, 'out', NOTICES_FILE), 'utf8');
    expect(file).toContain('escape-html 1.0.3 (MIT)');
    expect(file).not.toContain('lunr');
    expect(bundle).toContain(JSON.stringify(file.trimEnd()));
    expect(bundle).not.toContain('__CICA_THIRD_PARTY_NOTICES__');
    expect(existsSync(join(dir, 'out', NOTICES_FILE))).toBe(true);
  }, 60_000);
});
