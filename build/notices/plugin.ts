// The MIT and other licences of the third-party code a bundle contains, for
// the About dialog and as THIRD_PARTY_NOTICES.txt beside the bundle. The
// packages are read off the bundle itself, so the notices follow what is
// really shipped, whatever the imports become.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Plugin } from 'vite';

const NOTICES_MODULE = 'virtual:third-party-notices';
export const NOTICES_FILE = 'THIRD_PARTY_NOTICES.txt';
/** Stands in the bundle for the notices until the bundle is complete and they are known. */
const PLACEHOLDER = '__CICA_THIRD_PARTY_NOTICES__';
const PLACED = /(["'`])__CICA_THIRD_PARTY_NOTICES__\1/g;

/** The package folder an id from node_modules belongs to (the innermost, for nested installs). */
export function packageRoot(id: string): string | undefined {
  const path = id.replace(/^\0/, '').split('?')[0]!.replaceAll('\\', '/');
  const at = path.lastIndexOf('/node_modules/');
  if (at < 0) return undefined;
  const rest = path.slice(at + '/node_modules/'.length).split('/');
  const name = rest[0]!.startsWith('@') ? rest.slice(0, 2).join('/') : rest[0];
  return `${path.slice(0, at)}/node_modules/${name}`;
}

function licenceText(dir: string): string | undefined {
  const file = readdirSync(dir).find((name) => /^(licen[cs]e|copying)(\.|$)/i.test(name));
  return file ? readFileSync(join(dir, file), 'utf8').trim() : undefined;
}

/** The notices for these package folders: name, version, licence and its full text. */
export function noticesFor(packageDirs: Iterable<string>): string {
  const entries = [...new Set(packageDirs)]
    .map((dir) => {
      const pkg = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as {
        name: string;
        version: string;
        license?: string;
        author?: string | { name: string };
      };
      const author = typeof pkg.author === 'string' ? pkg.author : pkg.author?.name;
      const text =
        licenceText(dir) ??
        `${pkg.license ?? 'No licence stated'}${author ? `, ${author}` : ''} (the package ships no licence file).`;
      return {
        name: pkg.name,
        heading: `${pkg.name} ${pkg.version} (${pkg.license ?? 'no licence stated'})`,
        text,
      };
    })
    .sort((a, b) => a.name.localeCompare(b.name));
  const rule = '-'.repeat(72);
  return [
    'CICA Reference includes the following third-party software.',
    ...entries.map(({ heading, text }) => `${rule}\n${heading}\n\n${text}`),
  ].join('\n\n');
}

/**
 * `import notices from 'virtual:third-party-notices'` gives the bundle's own
 * notices; with writeFile, the build also writes them to THIRD_PARTY_NOTICES.txt.
 */
export function thirdPartyNotices(options: { writeFile: boolean }): Plugin {
  return {
    name: 'cica-third-party-notices',
    resolveId: (id) => (id === NOTICES_MODULE ? `\0${NOTICES_MODULE}` : undefined),
    load: (id) =>
      id === `\0${NOTICES_MODULE}` ? `export default ${JSON.stringify(PLACEHOLDER)};` : undefined,
    generateBundle(_options, bundle) {
      const chunks = Object.values(bundle).filter((output) => output.type === 'chunk');
      const packages = chunks.flatMap((chunk) =>
        chunk.moduleIds.map(packageRoot).filter((dir) => dir !== undefined),
      );
      const notices = noticesFor(packages);
      for (const chunk of chunks) chunk.code = chunk.code.replace(PLACED, JSON.stringify(notices));
      if (options.writeFile)
        this.emitFile({ type: 'asset', fileName: NOTICES_FILE, source: `${notices}\n` });
    },
  };
}
