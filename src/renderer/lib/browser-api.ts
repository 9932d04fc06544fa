import { toReaderData, type CicaApi, type LoadResult } from '../../shared/api';
import { INLINE_PACK_ID, type InlinePack } from '../../shared/inline-pack';
import { verifyPack } from '../../shared/pack/verify';

/**
 * The web edition's implementation of the API: it reads the pack that the
 * build inlined into the page and verifies it with the same shared code the
 * main process uses, hashing with Web Crypto.
 */
export function createBrowserApi(doc: Document): CicaApi {
  let loaded: Promise<LoadResult> | undefined;
  return {
    loadPack: () => (loaded ??= loadInlinePack(doc)),
  };
}

async function loadInlinePack(doc: Document): Promise<LoadResult> {
  const element = doc.getElementById(INLINE_PACK_ID);
  if (!element?.textContent) {
    return problem('missing', 'this page has no data pack; rebuild it with npm run build:web');
  }
  let inline: InlinePack;
  try {
    inline = JSON.parse(element.textContent) as InlinePack;
  } catch (error) {
    return problem('json', `the inlined pack is not valid JSON (${(error as Error).message})`);
  }
  const encoder = new TextEncoder();
  const result = await verifyPack(
    (name) =>
      typeof inline.files?.[name] === 'string' ? encoder.encode(inline.files[name]) : undefined,
    sha256Hex,
  );
  return result.ok ? { ok: true, data: toReaderData(result.pack) } : result;
}

function problem(check: 'missing' | 'json', detail: string): LoadResult {
  return {
    ok: false,
    problem: { file: INLINE_PACK_ID, check, message: `${INLINE_PACK_ID}: ${detail}` },
  };
}

async function sha256Hex(bytes: Uint8Array): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', bytes as Uint8Array<ArrayBuffer>);
  return Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, '0')).join('');
}
