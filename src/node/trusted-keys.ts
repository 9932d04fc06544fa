// The keys this build trusts to sign packs, bundled into the main process and the
// CLI at build time (inside app.asar, whose integrity a release checks).
import * as v from 'valibot';
import releaseKeys from '../../resources/trusted-keys.json';
import testKey from '../../tests/fixtures/pack-test-key/TEST-ONLY-public-key.json';
import {
  TrustedKeySchema,
  TrustedKeysSchema,
  type BuildKind,
  type TrustedKey,
} from '../shared/pack/keys';

/** The committed test key's public half: never in a release build's trust list. */
export const TEST_KEY: TrustedKey = v.parse(TrustedKeySchema, testKey);

/** The keys a build trusts; the test key only ever in development. */
export function trustedKeys(build: BuildKind): TrustedKey[] {
  const release = v.parse(TrustedKeysSchema, releaseKeys).keys;
  return build === 'release' ? release : [...release, TEST_KEY];
}
