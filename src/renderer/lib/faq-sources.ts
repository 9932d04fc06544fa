import type { Corpus, SourceRef } from '../../shared/corpus/schema';

/**
 * The FAQ paragraphs behind 2001 items (a count, a participant, a body, an
 * event, a document), each once, in order: what a "then" side cites.
 */
export function faqSourcesOf(corpus: Corpus, ids: readonly string[]): SourceRef[] {
  const refs = ids.flatMap((id): SourceRef[] => {
    const count = corpus.counts.find((c) => c.id === id);
    if (count) return count.statements.map((s) => s.source);
    const participant = corpus.participants.find((p) => p.id === id);
    if (participant) return [participant.source];
    const event = corpus.events.find((e) => e.id === id);
    if (event) return event.statements.map((s) => s.source);
    const item =
      corpus.bodies.find((b) => b.id === id) ?? corpus.documents.find((d) => d.id === id);
    return item ? item.facts.map((f) => f.source) : [];
  });
  const key = (ref: SourceRef) => `${ref.entry}/${ref.paragraph}/${ref.item ?? ''}`;
  return [...new Map(refs.map((ref) => [key(ref), ref])).values()];
}
