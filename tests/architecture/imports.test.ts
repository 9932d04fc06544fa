// The import graph of our own code (type-only imports included): no module
// depends on itself through others, so each layer can be read, tested and
// bundled on its own.
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/source';

const FOLDERS = ['src', 'electron', 'build'];
const SOURCE = /\.(m?ts|svelte)$/;
const IMPORT =
  /(?:^|\n)\s*(?:import|export)\s[^'"]*?from\s+['"](\.{1,2}\/[^'"]+)['"]|import\(\s*['"](\.{1,2}\/[^'"]+)['"]\s*\)/g;

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return SOURCE.test(name) && !name.endsWith('.d.ts') ? [path] : [];
  });
}

/** The file a relative specifier names, as Vite and TypeScript resolve it here. */
function resolveImport(from: string, specifier: string): string | undefined {
  // A Vite query ("./search-worker?worker&inline") names the same file.
  const base = resolve(dirname(from), specifier.replace(/\?.*$/, ''));
  for (const candidate of [base, `${base}.ts`, `${base}.mts`, join(base, 'index.ts')])
    if (existsSync(candidate) && statSync(candidate).isFile()) return candidate;
  return undefined;
}

export function importGraph(files: string[]): Map<string, string[]> {
  return new Map(
    files.map((file) => {
      const text = readFileSync(file, 'utf8');
      const targets = [...text.matchAll(IMPORT)]
        .map((match) => resolveImport(file, (match[1] ?? match[2])!))
        .filter((target): target is string => target !== undefined && SOURCE.test(target));
      return [file, [...new Set(targets)]];
    }),
  );
}

/** Every cycle's modules, found by a depth-first walk (each cycle reported once per entry point). */
export function cycles(graph: Map<string, string[]>): string[][] {
  const found: string[][] = [];
  const state = new Map<string, 'open' | 'done'>();
  const path: string[] = [];
  const visit = (file: string) => {
    state.set(file, 'open');
    path.push(file);
    for (const next of graph.get(file) ?? []) {
      if (state.get(next) === 'open') found.push([...path.slice(path.indexOf(next)), next]);
      else if (!state.has(next)) visit(next);
    }
    path.pop();
    state.set(file, 'done');
  };
  for (const file of graph.keys()) if (!state.has(file)) visit(file);
  return found;
}

describe('the import graph', () => {
  const files = FOLDERS.flatMap((folder) => sourceFiles(join(ROOT, folder)));
  const graph = importGraph(files);

  it('resolves every relative import of our code', () => {
    const unresolved = files.flatMap((file) =>
      [...readFileSync(file, 'utf8').matchAll(IMPORT)]
        .map((match) => (match[1] ?? match[2])!)
        .filter((specifier) => !resolveImport(file, specifier) && !/\.(css|json)$/.test(specifier))
        .map((specifier) => `${relative(ROOT, file)} -> ${specifier}`),
    );
    expect(unresolved).toEqual([]);
  });

  it('has no cycle', () => {
    const shown = cycles(graph).map((cycle) => cycle.map((f) => relative(ROOT, f)).join(' -> '));
    expect(shown).toEqual([]);
  });

  it('finds a cycle when there is one', () => {
    const planted = new Map([
      ['a', ['b']],
      ['b', ['c']],
      ['c', ['a']],
      ['d', ['a']],
    ]);
    expect(cycles(planted)).toEqual([['a', 'b', 'c', 'a']]);
  });
});
