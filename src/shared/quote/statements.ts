import type { Quote, SourceRef } from '../corpus/schema';
import { buildExport } from '../export/build';
import type { Reference } from '../reference';
import type { SectionId } from '../sections';

/** A statement of the corpus in the source's words, with the item that holds it. */
export interface CorpusQuote {
  id: string;
  section: SectionId;
  title: string;
  text: string;
  source: SourceRef;
}

/** Every verbatim statement of the corpus (facts, statements, principles, points), by item. */
export function quotesOf(reference: Reference): CorpusQuote[] {
  const { corpus } = reference;
  const owned: [string, Quote[]][] = [
    ...corpus.counts.map((c): [string, Quote[]] => [c.id, c.statements]),
    ...corpus.bodies.map((b): [string, Quote[]] => [b.id, b.facts.map(factQuote)]),
    ...corpus.documents.map((d): [string, Quote[]] => [
      d.id,
      [...d.facts.map(factQuote), ...(d.principles ?? [])],
    ]),
    ...corpus.events.map((e): [string, Quote[]] => [e.id, e.statements]),
    ...corpus.stages.map((s): [string, Quote[]] => [s.id, s.statements]),
    ...corpus.topics.map((t): [string, Quote[]] => [
      t.id,
      [...(t.intro ? [t.intro] : []), ...t.points],
    ]),
  ];
  return owned.flatMap(([id, quotes]) => {
    const section = reference.sectionOfItem(id);
    const title = buildExport(reference, id)?.title;
    if (!section || !title) return [];
    return quotes.map((q) => ({ id, section, title, text: q.quote, source: q.source }));
  });
}

function factQuote(fact: { quote: string; source: SourceRef }): Quote {
  return { quote: fact.quote, source: fact.source };
}
