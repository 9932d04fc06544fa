import { beforeAll, describe, expect, it } from 'vitest';
import type { Corpus } from '../../../src/shared/corpus/schema';
import { faqSourcesOf } from '../../../src/renderer/lib/faq-sources';
import { loadReference } from '../../helpers/reference';

describe('the FAQ paragraphs behind 2001 items', () => {
  let corpus: Corpus;
  beforeAll(async () => {
    corpus = (await loadReference()).corpus;
  });

  it('cites each kind of 2001 item by the paragraphs it quotes, each once', () => {
    const count = corpus.counts.find((c) => c.id === 'count-september-2001')!;
    const un = corpus.participants.find((p) => p.id === 'un')!;
    expect(faqSourcesOf(corpus, ['count-september-2001', 'un'])).toEqual([
      ...count.statements.map((s) => s.source),
      un.source,
    ]);
    const summit = corpus.bodies.find((b) => b.id === 'summit')!;
    const refs = faqSourcesOf(corpus, ['summit', 'summit']);
    expect(refs.length).toBeGreaterThan(0);
    expect(refs.length).toBeLessThanOrEqual(summit.facts.length);
    expect(faqSourcesOf(corpus, ['declaration']).length).toBeGreaterThan(0);
    expect(faqSourcesOf(corpus, ['summit-2001']).length).toBeGreaterThan(0);
  });

  it('cites nothing for an id that names no 2001 item', () => {
    expect(faqSourcesOf(corpus, ['no-such-item'])).toEqual([]);
  });
});
