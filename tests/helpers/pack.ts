import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { compilePack } from '../../build/pack/compile';
import { packInputs } from './source';

let compiled: Map<string, string> | undefined;

/** The pack compiled from the real source (once per test file). */
export function packFiles(): Map<string, string> {
  return (compiled ??= compilePack(packInputs()));
}

/** A folder (by default a fresh one) holding a copy of the real pack, for tests that damage it. */
export function writePackCopy(dir = mkdtempSync(join(tmpdir(), 'cica-pack-'))): string {
  mkdirSync(dir, { recursive: true });
  for (const [name, text] of packFiles()) writeFileSync(join(dir, name), text);
  return dir;
}
