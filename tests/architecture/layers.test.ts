// The layers hold by path, not by good will: ESLint refuses an import that
// crosses them, and the shared code compiles without the DOM.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/source';

const eslint = new ESLint({ cwd: ROOT });

/** The no-restricted-imports messages ESLint gives for one import planted at a path. */
async function refusals(filePath: string, specifier: string): Promise<string[]> {
  const [result] = await eslint.lintText(`import '${specifier}';\n`, { filePath });
  return result!.messages
    .filter((message) => message.ruleId === 'no-restricted-imports')
    .map((message) => message.message);
}

// The first lint loads ESLint's config and plugins: seconds, more on a busy machine.
describe('lint refuses an import across the layers', { timeout: 60_000 }, () => {
  it.each([
    ['src/shared/planted.ts', '../renderer/lib/api'],
    ['src/shared/planted.ts', '../../electron/main/ipc'],
    ['src/shared/planted.ts', '../node/pack-dir'],
    ['src/shared/planted.ts', '../../package.json'],
    ['src/shared/planted.ts', 'svelte'],
    ['src/shared/planted.ts', 'node:fs'],
    ['src/shared/export/planted.ts', '../../renderer/lib/api'],
    ['src/shared/export/planted.ts', '../../cli/main'],
    ['src/renderer/planted.ts', '../../electron/main/ipc'],
    ['src/renderer/lib/planted.ts', '../../node/pack-dir'],
    ['src/renderer/planted.ts', 'electron'],
    ['electron/main/planted.ts', '../../src/renderer/lib/api'],
  ])('%s importing %s', async (file, specifier) => {
    expect(await refusals(file, specifier)).not.toEqual([]);
  });

  it.each([
    ['src/shared/planted.ts', './sections'],
    ['src/shared/planted.ts', 'lunr'],
    ['src/shared/export/planted.ts', '../corpus/labels'],
    ['src/shared/app.ts', '../../package.json'],
    ['src/renderer/planted.ts', '../shared/api'],
    ['electron/main/planted.ts', '../../src/shared/api'],
  ])('but lets %s import %s', async (file, specifier) => {
    expect(await refusals(file, specifier)).toEqual([]);
  });
});

describe('the shared code', () => {
  it('does not compile with a DOM global', () => {
    // A copy of the shared tsconfig that also takes one planted file.
    const dir = mkdtempSync(join(tmpdir(), 'cica-shared-dom-'));
    writeFileSync(join(dir, 'planted.ts'), 'export const title = document.title;\n');
    writeFileSync(
      join(dir, 'tsconfig.json'),
      JSON.stringify({
        extends: join(ROOT, 'tsconfig.shared.json'),
        include: [join(ROOT, 'src/shared/**/*.ts'), join(dir, 'planted.ts')],
      }),
    );
    const tsc = join(ROOT, 'node_modules/typescript/bin/tsc');
    let output = '';
    try {
      execFileSync(process.execPath, [tsc, '-p', dir], { encoding: 'utf8' });
    } catch (error) {
      output = String((error as { stdout?: string }).stdout);
    }
    // The planted global, and nothing else, fails.
    expect(output.trim().split('\n')).toEqual([
      expect.stringMatching(/planted\.ts\(1,\d+\): error TS2584: Cannot find name 'document'/),
    ]);
  }, 60_000);
});
