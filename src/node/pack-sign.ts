import { readFileSync } from 'node:fs';
import type { KeyObject } from 'node:crypto';
import { PACK_FILES } from '../shared/pack/schema';
import { privateKeyFromPem, publicEntry, signBytes } from './pack-crypto';

/** The environment variable holding the release key (PEM text) for npm run build:pack. */
const SIGNING_KEY_ENV = 'CICA_PACK_SIGNING_KEY';

/**
 * Signs a pack's files: the manifest names the key (pack.keyId), then
 * manifest.sig is the Ed25519 signature over the manifest's exact bytes.
 * The content files are unchanged; the manifest already binds each by
 * sha256 and size. Returns the files with the new manifest and signature.
 */
export function signPack(
  files: ReadonlyMap<string, Uint8Array>,
  key: KeyObject,
): Map<string, Uint8Array> {
  const text = new TextDecoder().decode(files.get(PACK_FILES.manifest));
  const manifest = JSON.parse(text) as { pack?: { keyId?: string } };
  if (typeof manifest.pack !== 'object' || manifest.pack === null) {
    throw new Error(`${PACK_FILES.manifest} has no "pack" section to sign (an older pack format?)`);
  }
  manifest.pack.keyId = publicEntry(key, '').id;
  const bytes = new TextEncoder().encode(`${JSON.stringify(manifest, null, 2)}\n`);
  const signed = new Map(files);
  signed.set(PACK_FILES.manifest, bytes);
  signed.set(PACK_FILES.signature, signBytes(bytes, key));
  return signed;
}

/** The key to sign with: a PEM file, else CICA_PACK_SIGNING_KEY, else `fallback` (a PEM file). */
export function signingKey(options: {
  file?: string;
  env?: NodeJS.ProcessEnv;
  fallback?: string;
}): { key: KeyObject; from: string } {
  const env = options.env ?? process.env;
  const fromEnv = env[SIGNING_KEY_ENV];
  const [pem, from] =
    options.file !== undefined
      ? [readFileSync(options.file, 'utf8'), options.file]
      : fromEnv
        ? [fromEnv, SIGNING_KEY_ENV]
        : options.fallback !== undefined
          ? [readFileSync(options.fallback, 'utf8'), options.fallback]
          : [undefined, ''];
  if (pem === undefined) {
    throw new Error(`no signing key: pass --key <private-key.pem> or set ${SIGNING_KEY_ENV}`);
  }
  try {
    return { key: privateKeyFromPem(pem), from };
  } catch (error) {
    throw new Error(`${from}: not a usable Ed25519 private key (${(error as Error).message})`, {
      cause: error,
    });
  }
}
