// The search as the reader types, without a page: answers that come late are
// dropped, a filter that hides everything falls back, a failure is said.
import { describe, expect, it } from 'vitest';
import { SearchState } from '../../../src/renderer/lib/search.svelte';
import { emptyResults, type SearchResults } from '../../../src/shared/search/query';

/** A search API whose answers the test releases one by one, in any order. */
function controlledApi() {
  const pending: { query: string; section?: string; answer: (r: SearchResults) => void }[] = [];
  let onAsk = () => {};
  const api = {
    search: (query: string, options?: { section?: string }) =>
      new Promise<SearchResults>((answer) => {
        pending.push({ query, section: options?.section, answer });
        onAsk();
      }),
  };
  /** Resolves once `count` questions have been asked. */
  const asked = (count: number) =>
    new Promise<void>((resolve) => {
      onAsk = () => pending.length >= count && resolve();
      onAsk();
    });
  return { api, pending, asked };
}

const found = (total: number, counts: Partial<SearchResults['counts']> = {}): SearchResults => ({
  ...emptyResults(),
  total,
  counts: { ...emptyResults().counts, ...counts },
});

describe('SearchState', () => {
  it('drops an answer that arrives after a newer question', async () => {
    const { api, pending } = controlledApi();
    const search = new SearchState(api);
    const first = search.setQuery('dec');
    const second = search.setQuery('declaration');
    pending[1]!.answer(found(3, { documents: 3 }));
    await second;
    pending[0]!.answer(found(99, { faq: 99 }));
    await first;
    expect(search.results?.total).toBe(3);
    expect(search.answered).toEqual({ query: 'declaration', section: undefined });
  });

  it('falls back to every section when the filter would hide all of a new query', async () => {
    const { api, pending, asked } = controlledApi();
    const search = new SearchState(api);
    const done = search.show('contact group', 'timeline');
    pending[0]!.answer(found(5, { bodies: 5 }));
    // The second question is asked once the first answer has come in.
    await asked(2);
    expect(pending[1]).toMatchObject({ query: 'contact group', section: undefined });
    pending[1]!.answer(found(5, { bodies: 5 }));
    await done;
    expect(search.section).toBeUndefined();
    expect(search.answered).toEqual({ query: 'contact group', section: undefined });
  });

  it('is busy while any answer, even one already out of date, is on its way', async () => {
    const { api, pending } = controlledApi();
    const search = new SearchState(api);
    expect(search.busy).toBe(false);
    const first = search.setQuery('dec');
    const second = search.setQuery('declaration');
    expect(search.busy).toBe(true);
    pending[1]!.answer(found(3, { documents: 3 }));
    await second;
    expect(search.busy).toBe(true);
    pending[0]!.answer(found(99, { faq: 99 }));
    await first;
    expect(search.busy).toBe(false);
  });

  it('is no longer busy once a search has failed', async () => {
    const search = new SearchState({
      search: async () => {
        throw new Error('gone');
      },
    });
    await search.setQuery('cica');
    expect(search.busy).toBe(false);
  });

  it('says so when the search fails, and clears that when it works again', async () => {
    let fail = true;
    const search = new SearchState({
      search: async () => {
        if (fail) throw new Error('gone');
        return found(1, { faq: 1 });
      },
    });
    await search.setQuery('cica');
    expect(search.failed).toBe(true);
    fail = false;
    await search.setQuery('cica ');
    expect(search.failed).toBe(false);
  });

  it('an empty box is no search: nothing asked, no results, not active', async () => {
    const { api, pending } = controlledApi();
    const search = new SearchState(api);
    await search.setQuery('   ');
    expect(pending).toHaveLength(0);
    expect(search.active).toBe(false);
    expect(search.results).toBeUndefined();
  });
});
