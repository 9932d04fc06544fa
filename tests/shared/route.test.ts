import { describe, expect, it } from 'vitest';
import { deepLink, findDeepLink, parseDeepLink, parseHash, toHash } from '../../src/shared/route';

describe('routes in the URL hash', () => {
  it('round-trips a tab, an item and a paragraph', () => {
    for (const route of [
      { tab: 'faq' as const },
      { tab: 'documents' as const, item: 'declaration' },
      { tab: 'faq' as const, item: 'what-is-cica', anchor: '2.5' },
    ]) {
      expect(parseHash(toHash(route))).toEqual(route);
    }
  });

  it('opens the FAQ for an unknown tab and drops a malformed paragraph', () => {
    expect(parseHash('#/nowhere/x')).toEqual({ tab: 'faq' });
    expect(parseHash('#/faq/x/abc')).toEqual({ tab: 'faq', item: 'x' });
    expect(parseHash('#/faq/%E0%A4%A')).toEqual({ tab: 'faq', item: '%E0%A4%A' });
  });
});

describe('cica:// deep links', () => {
  it('leads back to where the citation was made', () => {
    expect(parseDeepLink(deepLink({ section: 'membership', target: 'membership' }))).toEqual({
      route: { tab: 'membership' },
    });
    expect(parseDeepLink(deepLink({ section: 'documents', target: 'declaration' }))).toEqual({
      route: { tab: 'documents', item: 'declaration' },
    });
    expect(
      parseDeepLink(deepLink({ section: 'faq', target: 'search', query: 'contact group & co' })),
    ).toEqual({ query: 'contact group & co' });
  });

  it('refuses what is not one of ours', () => {
    for (const link of [
      'https://example.com/',
      'cica://nowhere',
      'cica://search',
      'cica://search?q=',
      'javascript:alert(1)',
      '',
      `cica://faq/${'x'.repeat(3000)}`,
    ]) {
      expect(parseDeepLink(link), link).toBeUndefined();
    }
  });

  it('finds the link among a launch’s arguments', () => {
    expect(findDeepLink(['/usr/bin/cica-reference', '--flag', 'cica://bodies/swg'])).toBe(
      'cica://bodies/swg',
    );
    expect(findDeepLink(['/usr/bin/cica-reference', '--no-sandbox'])).toBeUndefined();
  });
});
