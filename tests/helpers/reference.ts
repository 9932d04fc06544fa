import { toReaderData } from '../../src/shared/reader-data';
import { readFromMemory, verifyPack } from '../../src/shared/pack/verify';
import { sha256 } from '../../src/node/sha256';
import { Reference } from '../../src/shared/reference';
import { packFiles } from './pack';

/** The reference loaded from the real compiled pack, as the app loads it. */
export async function loadReference(): Promise<Reference> {
  const files = packFiles();
  const result = await verifyPack(
    readFromMemory((name) => (files.has(name) ? Buffer.from(files.get(name)!, 'utf8') : undefined)),
    sha256,
  );
  if (!result.ok) throw new Error(result.problem.message);
  return new Reference(toReaderData(result.pack));
}
