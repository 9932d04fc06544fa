// Each host's renderer bundle holds only its own API implementation: the
// desktop renderer talks to the main process and must not carry Lunr, the
// exporters or the pack verification, which run there.
import { mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build, type InlineConfig } from 'vite';
import { beforeAll, describe, expect, it } from 'vitest';
import electronViteConfig from '../../../electron.vite.config';
import { ROOT } from '../../helpers/source';

const LUNR = 'Version mismatch when loading serialised index'; // a string of Lunr's own code
const EXPORTER = 'CSV is offered for the membership only'; // the exporter's
const DOCX = 'word/document.xml'; // the docx package's

/** Builds one entry page with the desktop renderer's own config; its script and notices. */
async function buildEntry(page: string): Promise<{ script: string; notices: string }> {
  const renderer = (electronViteConfig as { renderer: InlineConfig }).renderer;
  const outDir = mkdtempSync(join(tmpdir(), 'cica-renderer-'));
  await build({
    ...renderer,
    configFile: false,
    logLevel: 'silent',
    build: {
      ...renderer.build,
      outDir,
      emptyOutDir: true,
      rollupOptions: { input: join(ROOT, 'src/renderer', page) },
    },
  });
  const assets = join(outDir, 'assets');
  const script = readdirSync(assets)
    .filter((name) => name.endsWith('.js'))
    .map((name) => readFileSync(join(assets, name), 'utf8'))
    .join('\n');
  return { script, notices: readFileSync(join(outDir, 'THIRD_PARTY_NOTICES.txt'), 'utf8') };
}

let desktop: { script: string; notices: string };
let web: { script: string; notices: string };

beforeAll(async () => {
  desktop = await buildEntry('index.html');
  web = await buildEntry('web.html');
}, 180_000);

describe('the desktop renderer bundle (index.html)', () => {
  it('holds neither Lunr nor the exporters', () => {
    expect(desktop.script).not.toContain(LUNR);
    expect(desktop.script).not.toContain(EXPORTER);
    expect(desktop.script).not.toContain(DOCX);
    expect(desktop.notices).not.toMatch(/^(lunr|escape-html) /m);
  });

  it('is the app, started with the preload bridge', () => {
    expect(desktop.script).toContain('the preload did not expose its API');
    expect(desktop.script).toContain('Third-party software and licences');
  });
});

describe('the web edition bundle (web.html)', () => {
  it('carries its own search and exporters, and their licences', () => {
    expect(web.script).toContain(LUNR);
    expect(web.script).toContain(EXPORTER);
    expect(web.script).toContain(DOCX);
    expect(web.notices).toMatch(/^docx 9\.\d+\.\d+ \(MIT\)$/m);
    expect(web.notices).toMatch(/^lunr 2\.3\.9 \(MIT\)$/m);
    expect(web.script).not.toContain('the preload did not expose its API');
  });
});
