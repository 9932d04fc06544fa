// A link the page was opened with is followed once; any cica:// link leads to
// its place or its search, and anything else is refused in words.
import { describe, expect, it } from 'vitest';
import { followLink, takeOpenLink } from '../../../src/renderer/lib/deep-links';

function page(search: string, hash = '#/bodies') {
  const replaced: string[] = [];
  const location = { search, pathname: '/out/web/index.html', hash };
  const history = {
    replaceState: (_: unknown, __: string, url?: string | URL | null) =>
      void replaced.push(String(url)),
  };
  return { location, history, replaced };
}

describe('takeOpenLink', () => {
  it('takes the link out of the address, keeping the view', () => {
    const { location, history, replaced } = page('?open=cica%3A%2F%2Fbodies%2Fcg');
    expect(takeOpenLink(location, history)).toBe('cica://bodies/cg');
    expect(replaced).toEqual(['/out/web/index.html#/bodies']);
  });

  it('leaves an address without a link as it is', () => {
    for (const search of ['', '?other=1', '?open=']) {
      const { location, history, replaced } = page(search);
      expect(takeOpenLink(location, history)).toBeUndefined();
      expect(replaced).toEqual([]);
    }
  });
});

describe('followLink', () => {
  function follow(link: string) {
    const calls: unknown[] = [];
    followLink(link, {
      open: (place) => calls.push({ open: place }),
      search: (query) => calls.push({ search: query }),
      refuse: (message) => calls.push({ refuse: message }),
    });
    return calls;
  }

  it('opens the place a link names', () => {
    expect(follow('cica://bodies/cg')).toEqual([{ open: { tab: 'bodies', item: 'cg' } }]);
  });

  it('searches for the query a search link carries', () => {
    expect(follow('cica://search?q=contact%20group')).toEqual([{ search: 'contact group' }]);
  });

  it('says that a link which is not ours is not followed', () => {
    expect(follow('https://example.org/')).toEqual([
      { refuse: 'That link is not a CICA Reference link.' },
    ]);
  });
});
