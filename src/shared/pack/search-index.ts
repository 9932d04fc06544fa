import lunr from 'lunr';
import * as v from 'valibot';
import { FIELD_BOOSTS } from '../search/build-index';
import type { Corpus } from '../corpus/schema';
import { readCompactIndex } from '../search/compact-index';
import { deriveCompactIndex } from '../search/derive-compact';
import type { SearchDoc } from '../search/documents';
import { CompactSearch } from '../search/engine';
import { tokenize } from '../search/tokenize';
import { describeIssues } from './schema';

type Field = keyof typeof FIELD_BOOSTS;
const FIELDS = Object.keys(FIELD_BOOSTS) as Field[];

/**
 * A vector as Lunr serializes it: [term number, weight, term number, weight...]
 * with term numbers ascending. Lunr's dot product loops forever on a value
 * that is not a number (every comparison with it is false), so each element
 * is checked; a plain loop, as vectors hold most of the index's numbers.
 */
function isVector(value: unknown): value is number[] {
  if (!Array.isArray(value)) return false;
  let previous = -1;
  // An odd length leaves the last term without a weight: undefined, refused below.
  for (let i = 0; i < value.length; i += 2) {
    const term: unknown = value[i];
    const weight: unknown = value[i + 1];
    if (!Number.isInteger(term) || (term as number) <= previous) return false;
    if (!Number.isFinite(weight)) return false;
    previous = term as number;
  }
  return true;
}

const Vector = v.custom<number[]>(
  isVector,
  'must be pairs of a term number (whole, ascending) and a finite weight',
);

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * A term's entry: [term, posting], the posting holding a whole `_index` (the
 * term's number, which Lunr compares like the vectors' ones) and, for each
 * field, an empty object per document (match positions are not stored: see
 * build-index.ts). A plain loop again: there are thousands of these, and
 * valibot's per-object schemas made start-up several milliseconds slower.
 */
function isTermEntry(value: unknown): value is [string, Posting] {
  if (!Array.isArray(value) || value.length !== 2 || typeof value[0] !== 'string') return false;
  const posting: unknown = value[1];
  if (!isPlainObject(posting) || Object.keys(posting).length !== FIELDS.length + 1) return false;
  const number = posting['_index'];
  if (!Number.isInteger(number) || (number as number) < 0) return false;
  return FIELDS.every((field) => {
    const refs = posting[field];
    if (!isPlainObject(refs)) return false;
    for (const ref in refs) {
      const entry = refs[ref];
      if (!isPlainObject(entry)) return false;
      for (const _ in entry) return false;
    }
    return true;
  });
}

type Posting = { _index: number } & Record<Field, Record<string, Record<string, never>>>;

const TermEntry = v.custom<[string, Posting]>(
  isTermEntry,
  `must be [term, posting], the posting with a whole _index and, for each of ${FIELDS.join(', ')}, an empty object per document`,
);

/** Lunr 2.3.9's `Index.toJSON()`, as the pack compiler writes it. */
const SerializedIndexSchema = v.strictObject({
  version: v.literal(lunr.version, `must be ${lunr.version}, the Lunr version this app reads`),
  fields: v.pipe(
    v.array(v.string()),
    v.check(
      (fields) => fields.length === FIELDS.length && FIELDS.every((f) => fields.includes(f)),
      `must be exactly ${FIELDS.join(', ')}`,
    ),
  ),
  fieldVectors: v.array(v.strictTuple([v.string(), Vector])),
  invertedIndex: v.array(TermEntry),
  // Queries bypass the pipeline; only functions Lunr has registered can load.
  pipeline: v.array(v.picklist(['trimmer', 'stopWordFilter', 'stemmer'])),
});
export type SerializedIndex = v.InferOutput<typeof SerializedIndexSchema>;

/**
 * Checks that a parsed search-index.json is a Lunr index over exactly these
 * documents, complete enough that no query can throw or hang on it: the
 * shape (numbers where Lunr computes), then the cross-references (every term
 * listed once and in order, every document and field reference resolving).
 * Returns the first problem as "path: message".
 */
export function checkSearchIndex(
  value: unknown,
  docs: readonly SearchDoc[],
): { ok: true; index: SerializedIndex } | { ok: false; message: string } {
  const parsed = v.safeParse(SerializedIndexSchema, value);
  if (!parsed.success) return { ok: false, message: describeIssues(parsed.issues) };
  const index = parsed.output;
  const problem = crossReferenceProblem(index, new Set(docs.map((d) => d.id)));
  return problem ? { ok: false, message: problem } : { ok: true, index };
}

function crossReferenceProblem(index: SerializedIndex, ids: Set<string>): string | undefined {
  const termCount = index.invertedIndex.length;

  // Lunr's builder makes one vector per field of every document.
  const vectors = new Set<string>();
  for (const [i, [fieldRef, elements]] of index.fieldVectors.entries()) {
    const slash = fieldRef.indexOf('/');
    const field = fieldRef.slice(0, slash);
    const ref = fieldRef.slice(slash + 1);
    if (slash === -1 || !(FIELDS as string[]).includes(field) || !ids.has(ref)) {
      return `fieldVectors.${i}: ${JSON.stringify(fieldRef)} is not "<field>/<document id>" of a known field and document`;
    }
    if (vectors.has(fieldRef))
      return `fieldVectors.${i}: ${JSON.stringify(fieldRef)} is listed twice`;
    // (An empty vector has no last term: undefined >= termCount is false.)
    if (elements[elements.length - 2]! >= termCount) {
      return `fieldVectors.${i}: term number ${elements[elements.length - 2]} is past the ${termCount} terms`;
    }
    vectors.add(fieldRef);
  }
  if (vectors.size !== ids.size * FIELDS.length) {
    const missing = [...ids].find((id) => FIELDS.some((f) => !vectors.has(`${f}/${id}`)));
    return `fieldVectors: no vector for every field of document ${JSON.stringify(missing)}`;
  }

  // Lunr builds its term automaton in one pass that needs the terms sorted.
  const numbers = new Set<number>();
  // Starting from '', one comparison refuses an empty term as well.
  let previous = '';
  for (const [i, [term, posting]] of index.invertedIndex.entries()) {
    if (term <= previous) {
      return `invertedIndex.${i}: term ${JSON.stringify(term)} is empty, repeated or out of order`;
    }
    if (posting._index >= termCount || numbers.has(posting._index)) {
      return `invertedIndex.${i}._index: ${posting._index} is repeated or past the ${termCount} terms`;
    }
    numbers.add(posting._index);
    for (const field of FIELDS) {
      const unknown = Object.keys(posting[field]).find((ref) => !ids.has(ref));
      if (unknown !== undefined) {
        return `invertedIndex.${i}.${field}: document ${JSON.stringify(unknown)} is not in search-docs.json`;
      }
    }
    previous = term;
  }
  return undefined;
}

/**
 * Reads the compact index (the one the app searches) and runs one search, as
 * the app will: a word of a document's title must find something. Given the
 * checked Lunr index and documents, the compact index must also be exactly
 * what the pack compiler derives from them. Never throws.
 */
export function openSearch(
  compact: Uint8Array,
  corpus: Corpus,
  source?: { index: SerializedIndex; docs: readonly SearchDoc[] },
):
  { ok: true; engine: CompactSearch } | { ok: false; check: 'schema' | 'search'; message: string } {
  const read = readCompactIndex(compact);
  if (!read.ok) return { ok: false, check: 'schema', message: read.message };
  if (source && !isDerivedFrom(compact, source)) {
    return {
      ok: false,
      check: 'schema',
      message: 'is not the compact index of search-index.json and search-docs.json',
    };
  }
  try {
    const engine = CompactSearch.forPack({ compactIndex: read.index, corpus });
    for (let i = 0; i < read.index.documentCount; i++) {
      const doc = read.index.doc(i);
      // A title with no word searches for nothing, and is passed over as a stop word is.
      const word = tokenize(doc.title).sort((a, b) => b.length - a.length)[0] ?? '';
      // The word as typed in full (a space after it, so not the start of others),
      // and no hits asked for: the count says whether it finds something.
      // Stryker disable next-line ObjectLiteral: limit 0 only spares building hits; the count is the same
      const results = engine.search(`${word} `, { limit: 0 });
      if (results.terms.length === 0) continue; // a stop word: try the next title
      if (results.total === 0) {
        return {
          ok: false,
          check: 'search',
          message: `a search for "${word}" (in ${doc.id}) finds nothing`,
        };
      }
      break;
    }
    return { ok: true, engine };
  } catch (error) {
    return {
      ok: false,
      check: 'search',
      message: `the search cannot run on it (${String(error)})`,
    };
  }
}

function isDerivedFrom(
  compact: Uint8Array,
  source: { index: SerializedIndex; docs: readonly SearchDoc[] },
): boolean {
  try {
    // Stryker disable next-line ObjectLiteral,BooleanLiteral: decoded leniently, a byte that is not UTF-8 becomes U+FFFD, which differs from the derived text unless that holds U+FFFD there too, and then the engine reads the same text
    const text = new TextDecoder('utf-8', { fatal: true }).decode(compact);
    return text === deriveCompactIndex(source.index, source.docs);
  } catch {
    // Not UTF-8, or a Lunr index the compiler could not derive from.
    return false;
  }
}
