import lunr from 'lunr';
import type { SearchDoc } from './documents';
import { tokenize } from './tokenize';

/** A match in a title or a name counts several times one in the body. */
export const FIELD_BOOSTS = { title: 4, names: 3, body: 1 } as const;

/**
 * Builds the Lunr index with no stemmer and no stop-word filter: as-you-type
 * prefixes and typo tolerance compare against whole words, and a stemmed
 * index loses prefixes such as "conferen" (see the engineering notes).
 * Match positions are not stored (they would triple the index and its load
 * time); highlights are found again in the few hits that are shown.
 */
export function buildSearchIndex(documents: readonly SearchDoc[]): lunr.Index {
  const builder = new lunr.Builder();
  builder.tokenizer = lunrTokenizer as typeof lunr.tokenizer;
  builder.ref('id');
  for (const [field, boost] of Object.entries(FIELD_BOOSTS)) builder.field(field, { boost });
  for (const doc of documents)
    builder.add({ id: doc.id, title: doc.title, names: doc.names, body: doc.body });
  return builder.build();
}

/** Lunr tokenizer with the same word rule as queries, so both sides meet. */
function lunrTokenizer(value: unknown, metadata?: Record<string, unknown>): lunr.Token[] {
  if (value === null || value === undefined) return [];
  return tokenize(String(value)).map((word) => new lunr.Token(word, { ...metadata }));
}
