import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { verifyPack, type PackResult } from '../shared/pack/verify';
import { sha256 } from './sha256';

/** Verifies and loads the pack in a folder (used by the main process and the CLI). Never throws. */
export async function loadPackDirectory(dir: string): Promise<PackResult> {
  let unreadable: { file: string; reason: string } | undefined;
  const read = (name: string): Uint8Array | undefined => {
    try {
      return readFileSync(join(dir, name));
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code !== 'ENOENT') unreadable ??= { file: name, reason: code ?? String(error) };
      return undefined;
    }
  };
  const result = await verifyPack(read, sha256);
  if (!result.ok && unreadable?.file === result.problem.file) {
    const message = `${unreadable.file}: cannot be read (${unreadable.reason})`;
    return { ok: false, problem: { file: unreadable.file, check: 'read', message } };
  }
  return result;
}
