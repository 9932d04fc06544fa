import { compareVersions } from './app-version';
import { isCanonical, unpackArchive } from './archive';
import { publicKeyBytes, type TrustedKey } from './keys';
import {
  AppVersionSchema,
  KeyIdSchema,
  MAX_MANIFEST_BYTES,
  PACK_FILES,
  SIGNATURE_BYTES,
} from './schema';
import * as v from 'valibot';
import {
  fail,
  parseJson,
  readFromMemory,
  readRefused,
  verifyPack,
  type PackResult,
  type ReadPackFile,
  type Sha256,
  type VerifyScope,
} from './verify';

/** Checks an Ed25519 signature: node:crypto in Node and Electron, Web Crypto in the browser. */
export type Ed25519Verify = (
  publicKeySpki: Uint8Array,
  signature: Uint8Array,
  data: Uint8Array,
) => Promise<boolean>;

/** What a signed pack is checked against. */
export interface PackTrust {
  keys: readonly TrustedKey[];
  verifySignature: Ed25519Verify;
  sha256: Sha256;
  /** This app's version, for the pack's minAppVersion. */
  appVersion: string;
}

/**
 * Checks a signed pack (an unpacked .cicapack, or an installed pack's folder):
 * first that manifest.sig is an Ed25519 signature, by a trusted key, over the
 * exact bytes of manifest.json, and that this app is new enough; then
 * verifyPack, unchanged, over those same manifest bytes (read once, so that a
 * file swapped between the two checks cannot slip through). Never throws.
 */
export async function verifySignedPack(
  read: ReadPackFile,
  trust: PackTrust,
  scope: VerifyScope = 'full',
): Promise<PackResult> {
  const signatureRead = read(PACK_FILES.signature, SIGNATURE_BYTES);
  const wrongSize = (size: number) =>
    fail(
      PACK_FILES.signature,
      'signature',
      `is ${size} bytes; an Ed25519 signature is ${SIGNATURE_BYTES}`,
    );
  // Stryker disable next-line ConditionalExpression: a read that is ok matches no case below and falls through, as if skipped
  if (!signatureRead.ok) {
    switch (signatureRead.reason) {
      case 'missing':
        return fail(PACK_FILES.signature, 'signature', 'the pack is not signed (no manifest.sig)');
      case 'too-large':
        return wrongSize(signatureRead.size);
      case 'unreadable':
        return readRefused(PACK_FILES.signature, signatureRead);
    }
  }
  const signature = signatureRead.bytes;
  if (signature.byteLength !== SIGNATURE_BYTES) return wrongSize(signature.byteLength);

  const manifestRead = read(PACK_FILES.manifest, MAX_MANIFEST_BYTES);
  if (!manifestRead.ok) return readRefused(PACK_FILES.manifest, manifestRead);
  const manifestBytes = manifestRead.bytes;
  const json = parseJson(manifestBytes);
  if (!json.ok) return fail(PACK_FILES.manifest, 'json', json.message);
  const info = (json.value as { pack?: { keyId?: unknown; minAppVersion?: unknown } } | null)?.pack;

  const keyId = v.safeParse(KeyIdSchema, info?.keyId);
  if (!keyId.success) {
    return fail(PACK_FILES.manifest, 'key', 'does not name its signing key (pack.keyId)');
  }
  const key = trust.keys.find((candidate) => candidate.id === keyId.output);
  if (!key) {
    return fail(
      PACK_FILES.signature,
      'key',
      `signed by key ${keyId.output}, which this app does not trust`,
    );
  }
  let matches: boolean;
  try {
    matches = await trust.verifySignature(publicKeyBytes(key), signature, manifestBytes);
  } catch (error) {
    return fail(
      PACK_FILES.signature,
      'signature',
      `the signature cannot be checked here (${(error as Error).message || String(error)}), so the pack is not used`,
    );
  }
  if (!matches) {
    return fail(
      PACK_FILES.signature,
      'signature',
      `the signature does not match manifest.json for key ${key.id} (${key.name})`,
    );
  }

  // Checked before the format and schema: a newer app's pack may not fit this app's schema.
  // Stryker disable next-line OptionalChaining: info is defined here; without it the keyId check above has refused the pack
  const needs = v.safeParse(AppVersionSchema, info?.minAppVersion);
  if (needs.success && compareVersions(needs.output, trust.appVersion) > 0) {
    return fail(
      PACK_FILES.manifest,
      'app-version',
      `this pack needs CICA Reference ${needs.output} or newer; this is ${trust.appVersion}`,
    );
  }

  return verifyPack(
    (name, maxBytes) =>
      name === PACK_FILES.manifest ? { ok: true, bytes: manifestBytes } : read(name, maxBytes),
    trust.sha256,
    scope,
  );
}

/**
 * Checks a .cicapack held in memory: the archive's entries (archive.ts), then
 * verifySignedPack over what it unpacked to, and last that the file is
 * exactly the archive of those files (so that a changed byte in the
 * archive's headers is refused too, after the checks that say more).
 */
export async function verifyPackFile(bytes: Uint8Array, trust: PackTrust): Promise<PackResult> {
  const unpacked = unpackArchive(bytes);
  if (!unpacked.ok) return unpacked;
  const result = await verifySignedPack(
    readFromMemory((name) => unpacked.files.get(name)),
    trust,
  );
  if (result.ok && !isCanonical(bytes, unpacked.files)) {
    return fail(
      'archive',
      'archive',
      'is not exactly the archive of its files: bytes outside them were changed after it was made',
    );
  }
  return result;
}
