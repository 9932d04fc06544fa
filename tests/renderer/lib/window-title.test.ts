// The window's title names what is shown, most particular first.
import { describe, expect, it } from 'vitest';
import { windowTitle } from '../../../src/renderer/lib/window-title';

describe('windowTitle', () => {
  it('names the item and its view', () => {
    expect(windowTitle({ item: 'Contact Group', view: 'Bodies' })).toBe(
      'Contact Group - Bodies - CICA Reference',
    );
  });

  it('names the view alone when no item is open', () => {
    expect(windowTitle({ view: 'Timeline' })).toBe('Timeline - CICA Reference');
  });

  it('names the search while results are shown, over the view under them', () => {
    expect(windowTitle({ query: ' summit ', item: 'Contact Group', view: 'Bodies' })).toBe(
      'Search: summit - CICA Reference',
    );
  });

  it('says that an address names nothing', () => {
    expect(windowTitle({ notFound: true, item: 'x', view: 'Bodies' })).toBe(
      'Not found - CICA Reference',
    );
  });
});
