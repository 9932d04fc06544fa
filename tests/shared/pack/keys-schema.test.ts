import * as v from 'valibot';
import { describe, expect, it, vi } from 'vitest';
import { TEST_KEY } from '../../../src/node/trusted-keys';

/**
 * What the trusted keys' schema says of a key list, from freshly loaded
 * modules: the schema is built when keys.ts loads, and mutation testing
 * credits it only to the tests that run while it is built.
 */
async function keysSay(keys: unknown[]): Promise<string> {
  vi.resetModules();
  const { TrustedKeysSchema } = await import('../../../src/shared/pack/keys');
  const { describeIssues } = await import('../../../src/shared/pack/schema');
  const result = v.safeParse(TrustedKeysSchema, { keys });
  return result.success ? 'ok' : describeIssues(result.issues);
}

describe('the trusted keys file (resources/trusted-keys.json)', () => {
  it('accepts a key with its id, name and base64 public key', async () => {
    expect(await keysSay([TEST_KEY])).toBe('ok');
  });

  it('names the field of a key that is wrong', async () => {
    expect(await keysSay([{ ...TEST_KEY, publicKey: 'not base64!' }])).toBe(
      'keys.0.publicKey: must be base64',
    );
    expect(await keysSay([TEST_KEY, { ...TEST_KEY, id: 'TEST' }])).toBe(
      'keys.1.id: must be 16 hex digits',
    );
    expect(await keysSay([{ ...TEST_KEY, name: '' }])).toMatch(/^keys\.0\.name: /);
  });
});
