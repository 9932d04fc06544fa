import type { IpcMainInvokeEvent } from 'electron';
import { describe, expect, it } from 'vitest';
import { registerIpcHandlers } from '../../electron/main/ipc';
import { createPackHandlers } from '../../electron/main/pack-service';
import { isAppUrl } from '../../electron/main/security';
import { createBrowserApi } from '../../src/renderer/lib/browser-api';
import { IPC_CHANNELS, type CicaApi } from '../../src/shared/api';
import { INLINE_PACK_ID } from '../../src/shared/inline-pack';
import { packFiles, writePackCopy } from '../helpers/pack';

// One suite, run against both implementations of the API, so they cannot drift:
// the desktop app's (main-process handlers reached over IPC, as the preload
// does) and the web edition's (in the page, from the inlined pack).

type Listener = (event: IpcMainInvokeEvent, ...args: unknown[]) => Promise<unknown>;

async function overIpc(): Promise<CicaApi> {
  const listeners = new Map<string, Listener>();
  registerIpcHandlers(
    { handle: (channel: string, listener: Listener) => listeners.set(channel, listener) } as never,
    await createPackHandlers(writePackCopy()),
    (url) => isAppUrl(url),
  );
  const event = { senderFrame: { url: 'app://cica/index.html' } } as IpcMainInvokeEvent;
  // Structured clone, as IPC does: nothing but plain data crosses.
  const invoke = async (channel: string, ...args: unknown[]) =>
    structuredClone(await listeners.get(channel)!(event, ...structuredClone(args)));
  return Object.fromEntries(
    Object.entries(IPC_CHANNELS).map(([method, channel]) => [
      method,
      (...args: unknown[]) => invoke(channel, ...args),
    ]),
  ) as unknown as CicaApi;
}

async function inPage(): Promise<CicaApi> {
  const text = JSON.stringify({ files: Object.fromEntries(packFiles()) });
  const doc = {
    getElementById: (id: string) => (id === INLINE_PACK_ID ? { textContent: text } : null),
  };
  return createBrowserApi(doc as never);
}

describe.each([
  ['desktop (IPC)', overIpc],
  ['web edition (in page)', inPage],
])('the API, %s', (_name, make) => {
  it('loads the verified pack', async () => {
    const api = await make();
    const result = await api.loadPack();
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.data.faq.entries).toHaveLength(33);
    expect(result.data.corpus.participants).toHaveLength(30);
    expect(result.data.manifest.edition.label).toBe('September 2001');
  });

  it('searches, with counts, limit and section filter', async () => {
    const api = await make();
    const all = await api.search('contact group', { limit: 3 });
    expect(all.hits).toHaveLength(3);
    expect(all.hits[0]!.item).toBe('cg');
    expect(all.total).toBeGreaterThan(3);
    expect(Object.values(all.counts).reduce((a, b) => a + b, 0)).toBe(all.total);
    const faq = await api.search('contact group', { section: 'faq' });
    expect(faq.hits.length).toBe(all.counts.faq);
    expect(faq.hits.every((h) => h.section === 'faq')).toBe(true);
  });

  it('answers odd input with an empty list', async () => {
    const api = await make();
    for (const query of ['', '   ', 'foo:', '~', '-', '"((']) {
      expect((await api.search(query)).hits).toEqual([]);
    }
  });

  it('refuses malformed requests instead of passing them on', async () => {
    const api = await make();
    await expect(api.search(42 as never)).rejects.toThrow(/query must be a string/);
    await expect(api.search('x', { limit: -1 })).rejects.toThrow(/invalid search options/);
    await expect(api.search('x', { section: 'secrets' as never })).rejects.toThrow(
      /invalid search options/,
    );
    await expect(api.search('x', { extra: true } as never)).rejects.toThrow(
      /invalid search options/,
    );
  });
});
