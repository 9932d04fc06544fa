import {
  createPrivateKey,
  createPublicKey,
  generateKeyPairSync,
  sign,
  verify,
  type KeyObject,
} from 'node:crypto';
import { APP_VERSION } from '../shared/app';
import { type BuildKind, type TrustedKey } from '../shared/pack/keys';
import { trustedKeys } from '../node/trusted-keys';
import type { Ed25519Verify, PackTrust } from '../shared/pack/signed';
import { sha256 } from './sha256';

/** Ed25519 through node:crypto (the same in Electron's main process). */
const verifyEd25519: Ed25519Verify = async (publicKeySpki, signature, data) =>
  verify(
    null,
    data,
    createPublicKey({ key: Buffer.from(publicKeySpki), format: 'der', type: 'spki' }),
    signature,
  );

/** What packs are checked against in Node: this build's keys, this app's version. */
export function nodeTrust(
  build: BuildKind,
  keys: readonly TrustedKey[] = trustedKeys(build),
): PackTrust {
  return { keys, verifySignature: verifyEd25519, sha256, appVersion: APP_VERSION };
}

/** A private key from its PEM text, refused unless it is Ed25519. */
export function privateKeyFromPem(pem: string): KeyObject {
  const key = createPrivateKey(pem);
  if (key.asymmetricKeyType !== 'ed25519') {
    throw new Error(`the key is ${key.asymmetricKeyType ?? 'not asymmetric'}, not Ed25519`);
  }
  return key;
}

/** The public half of a key, as trusted-keys.json lists it (its id derived from it). */
export function publicEntry(key: KeyObject, name: string): TrustedKey {
  const spki = createPublicKey(key).export({ type: 'spki', format: 'der' });
  return { id: keyIdOf(spki), name, publicKey: spki.toString('base64') };
}

/** A key's id: the first 16 hex digits of the sha256 of its public key (SPKI DER). */
function keyIdOf(spki: Uint8Array): string {
  return sha256(spki).slice(0, 16);
}

/** The detached signature over the exact manifest bytes. */
export function signBytes(data: Uint8Array, key: KeyObject): Uint8Array {
  return new Uint8Array(sign(null, data, key));
}

/** A new key pair: the private half as PEM (PKCS #8), the public half as a trusted-keys entry. */
export function newKeyPair(name: string): { privatePem: string; entry: TrustedKey } {
  const { privateKey } = generateKeyPairSync('ed25519');
  return {
    privatePem: privateKey.export({ type: 'pkcs8', format: 'pem' }).toString(),
    entry: publicEntry(privateKey, name),
  };
}
