// The search as the reader types, without a page: answers that come late are
// dropped, a filter that hides everything falls back, a failure is said.
import { describe, expect, it } from 'vitest';
import { SearchState } from '../../../src/renderer/lib/search.svelte';
import { emptyResults, type SearchResults } from '../../../src/shared/search/query';

/** A search API whose answers the test releases one by one, in any order. */
function controlledApi() {
  const pending: { query: string; section?: string; answer: (r: SearchResults) => void }[] = [];
  const api = {
    search: (query: string, options?: { section?: string }) =>
      new Promise<SearchResults>((answer) =>
        pending.push({ query, section: options?.section, answer }),
      ),
  };
  return { api, pending };
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
    const { api, pending } = controlledApi();
    const search = new SearchState(api);
    const done = search.show('contact group', 'timeline');
    pending[0]!.answer(found(5, { bodies: 5 }));
    await new Promise((resolve) => setImmediate(resolve));
    expect(pending[1]).toMatchObject({ query: 'contact group', section: undefined });
    pending[1]!.answer(found(5, { bodies: 5 }));
    await done;
    expect(search.section).toBeUndefined();
    expect(search.answered).toEqual({ query: 'contact group', section: undefined });
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
