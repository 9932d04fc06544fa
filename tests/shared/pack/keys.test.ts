import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { publicEntry, privateKeyFromPem } from '../../../src/node/pack-crypto';
import { publicKeyBytes } from '../../../src/shared/pack/keys';
import { TEST_KEY, trustedKeys } from '../../../src/node/trusted-keys';
import { ROOT, TEST_KEY_PEM_PATH } from '../../helpers/source';

describe('trusted keys', () => {
  it('a release build trusts exactly resources/trusted-keys.json, never the test key', () => {
    const committed = JSON.parse(readFileSync(join(ROOT, 'resources/trusted-keys.json'), 'utf8'));
    expect(trustedKeys('release')).toEqual(committed.keys);
    expect(trustedKeys('release').map((key) => key.id)).not.toContain(TEST_KEY.id);
    expect(trustedKeys('release').map((key) => key.publicKey)).not.toContain(TEST_KEY.publicKey);
  });

  it('a development build trusts the test key as well', () => {
    expect(trustedKeys('development')).toEqual([...trustedKeys('release'), TEST_KEY]);
  });

  it('each key’s id is derived from its public key, so an id cannot name another key', () => {
    for (const key of trustedKeys('development')) {
      const digest = createHash('sha256').update(publicKeyBytes(key)).digest('hex');
      expect(key.id, key.name).toBe(digest.slice(0, 16));
    }
  });

  it('the committed test key pair is one pair, and says what it is', () => {
    const privateKey = privateKeyFromPem(readFileSync(TEST_KEY_PEM_PATH, 'utf8'));
    expect(publicEntry(privateKey, TEST_KEY.name)).toEqual(TEST_KEY);
    expect(TEST_KEY.name).toMatch(/TEST key \(development builds and tests only\)/);
    expect(TEST_KEY_PEM_PATH).toMatch(
      /tests\/fixtures\/pack-test-key\/TEST-ONLY-private-key\.pem$/,
    );
  });
});
