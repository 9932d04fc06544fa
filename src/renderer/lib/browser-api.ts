import type { CicaApi } from '../../shared/api';
import { INLINE_PACK_ID, type InlinePack } from '../../shared/inline-pack';
import { verifyPack, type PackResult } from '../../shared/pack/verify';
import { createService } from '../../shared/service';

/**
 * The web edition's implementation of the API: it reads the pack that the
 * build inlined into the page, verifies it with the same shared code the main
 * process uses (hashing with Web Crypto), and serves it through the same
 * service, search included.
 */
export function createBrowserApi(doc: Pick<Document, 'getElementById'>): CicaApi {
  let service: Promise<CicaApi> | undefined;
  const ready = () => (service ??= readInlinePack(doc).then(createService));
  return {
    loadPack: async () => (await ready()).loadPack(),
    search: async (query, options) => (await ready()).search(query, options),
  };
}

async function readInlinePack(doc: Pick<Document, 'getElementById'>): Promise<PackResult> {
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
  return verifyPack(
    (name) =>
      typeof inline.files?.[name] === 'string' ? encoder.encode(inline.files[name]) : undefined,
    sha256Hex,
  );
}

function problem(check: 'missing' | 'json', detail: string): PackResult {
  return {
    ok: false,
    problem: { file: INLINE_PACK_ID, check, message: `${INLINE_PACK_ID}: ${detail}` },
  };
}

async function sha256Hex(bytes: Uint8Array): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', bytes as Uint8Array<ArrayBuffer>);
  return Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, '0')).join('');
}
