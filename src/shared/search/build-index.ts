import lunr from 'lunr';
import { lunrTokenizer } from './tokenize';

/** One searchable item: an id the app can open, and the text fields to match. */
export interface SearchDocument {
  id: string;
  title: string;
  body: string;
}

/** A match in the title counts three times one in the body. */
const FIELD_BOOSTS = { title: 3, body: 1 } as const;

/**
 * Builds the Lunr index with no stemmer and no stop-word filter: as-you-type
 * prefixes and typo tolerance compare against whole words, and a stemmed
 * index loses prefixes such as "conferen" (see the engineering notes).
 */
export function buildSearchIndex(documents: readonly SearchDocument[]): lunr.Index {
  const builder = new lunr.Builder();
  builder.tokenizer = lunrTokenizer as typeof lunr.tokenizer;
  builder.metadataWhitelist = ['position'];
  builder.ref('id');
  for (const [field, boost] of Object.entries(FIELD_BOOSTS)) builder.field(field, { boost });
  for (const doc of documents) builder.add(doc);
  return builder.build();
}
