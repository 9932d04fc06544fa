import * as v from 'valibot';
import { KeyIdSchema } from './schema';

/** A public key the app trusts to sign packs. */
export const TrustedKeySchema = v.strictObject({
  id: KeyIdSchema,
  /** Said to the reader: "signed by <name>". */
  name: v.pipe(v.string(), v.nonEmpty()),
  /** Ed25519 public key, SPKI DER, base64. */
  publicKey: v.pipe(v.string(), v.base64('must be base64')),
});
export type TrustedKey = v.InferOutput<typeof TrustedKeySchema>;

export const TrustedKeysSchema = v.strictObject({ keys: v.array(TrustedKeySchema) });

/**
 * Release: only resources/trusted-keys.json. Development (not packaged, the
 * CLI from the checkout, the web edition's development copy) and tests also
 * trust the committed test key, whose private half anyone can read.
 */
export type BuildKind = 'release' | 'development';

/** The key's bytes (SPKI DER) from its base64 text. */
export function publicKeyBytes(key: TrustedKey): Uint8Array {
  return Uint8Array.from(atob(key.publicKey), (c) => c.charCodeAt(0));
}
