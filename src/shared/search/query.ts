import lunr from 'lunr';
import type { Corpus } from '../corpus/schema';
import { searchAliases, sameTextKey, type SearchDoc } from './documents';
import { Highlighter } from './highlight';
import {
  Deadline,
  QUERY_BUDGET_MS,
  SNIPPETS_FOR,
  emptyCounts,
  emptyResults,
  hitLimit,
  withNotice,
  type EngineOptions,
  type SearchOptions,
  type SearchResults,
  type Searcher,
} from './results';
import { matchesTerm, queryTerms, type QueryTerm, type Vocabulary } from './terms';

export {
  MAX_QUERY_LENGTH,
  QUERY_BUDGET_MS,
  emptyResults,
  type EngineOptions,
  type SearchHit,
  type SearchOptions,
  type SearchResults,
} from './results';

/** Index word -> the fields of a document it matched in. */
type Metadata = Record<string, Record<string, unknown>>;

interface Ranked {
  doc: SearchDoc;
  score: number;
  metadata: Metadata;
  sameAs: string[];
}

/**
 * The reference search: Lunr's own query over the Lunr index the pack keeps,
 * with the query rules and re-scoring around it. It defines what a search
 * finds and in which order; the app answers with the compact engine
 * (engine.ts), which the oracle test holds to exactly these results.
 *
 * No user text ever reaches Lunr's query parser: input is cut to words with
 * the index's own tokenizer and each word becomes a clause built here, so no
 * input can throw.
 */
export class SearchEngine implements Searcher {
  private readonly docs: Map<string, SearchDoc>;
  private readonly terms: Record<string, unknown>;
  private readonly vocabulary: Vocabulary;
  /** Document id -> the key its copies share (only for documents that have copies). */
  private readonly copyOf: Map<string, string>;
  private readonly highlighter: Highlighter;
  private readonly budgetMs: number;
  private readonly clock: () => number;

  constructor(
    private readonly index: lunr.Index,
    docs: readonly SearchDoc[],
    options: EngineOptions = {},
  ) {
    this.highlighter = new Highlighter(options.aliases ?? new Map());
    this.budgetMs = options.budgetMs ?? QUERY_BUDGET_MS;
    this.clock = options.clock ?? Date.now;
    this.docs = new Map(docs.map((doc) => [doc.id, doc]));
    this.copyOf = findCopies(docs);
    this.terms = (index as unknown as { invertedIndex: Record<string, unknown> }).invertedIndex;
    this.vocabulary = new LunrVocabulary(this.terms, this.docs.size);
  }

  /** Loads a Lunr index (search-index.json as the pack compiler writes it). */
  static load(
    serializedIndex: object,
    docs: readonly SearchDoc[],
    options?: EngineOptions,
  ): SearchEngine {
    return new SearchEngine(lunr.Index.load(serializedIndex), docs, options);
  }

  /** The engine over a pack's Lunr index, its documents and its corpus's other names. */
  static forPack(
    pack: { searchIndex: object; searchDocs: readonly SearchDoc[]; corpus: Corpus },
    options: EngineOptions = {},
  ): SearchEngine {
    return SearchEngine.load(pack.searchIndex, pack.searchDocs, {
      ...options,
      aliases: searchAliases(pack.corpus),
    });
  }

  /**
   * Within the time budget, the search does all its work; past it, it skips
   * what it can (typo matching, highlights and snippets) and says so. The
   * one step it cannot cut is Lunr's own query, which the index's checks
   * keep finite.
   */
  search(text: string, options: SearchOptions = {}): SearchResults {
    const deadline = new Deadline(this.clock, this.budgetMs);
    const limit = hitLimit(options);
    const { terms, unmatched, onlyCommonWords } = queryTerms(
      typeof text === 'string' ? text : '',
      this.vocabulary,
      { everyKeystroke: false },
      deadline,
    );
    if (terms.length === 0)
      return withNotice({ ...emptyResults(), unmatched, onlyCommonWords }, deadline);
    const counts = emptyCounts();

    const results = this.index.query((q) => {
      for (const { term, prefix, fuzzy, near, variants } of terms) {
        const base = { usePipeline: false, presence: lunr.Query.presence.OPTIONAL };
        if (fuzzy) for (const word of near) q.term(word, { ...base, boost: 1 });
        else q.term(term, { ...base, boost: 10 });
        for (const variant of variants) q.term(variant, { ...base, boost: 8 });
        if (prefix) q.term(term, { ...base, wildcard: lunr.Query.wildcard.TRAILING, boost: 3 });
      }
    });

    // Rank documents that match every word above those that match some, and
    // keep one hit per FAQ entry (its best paragraph).
    const best = new Map<string, Ranked>();
    for (const result of results) {
      const doc = this.docs.get(result.ref);
      if (!doc) continue;
      const metadata = result.matchData.metadata as Metadata;
      const covered = coverage(terms, Object.keys(metadata));
      const score = result.score * (0.2 + 0.8 * covered * covered);
      const key = `${doc.section}:${doc.item}`;
      const previous = best.get(key);
      if (!previous || score > previous.score) best.set(key, { doc, score, metadata, sameAs: [] });
    }
    const ranked = this.mergeCopies(
      [...best.values()].sort((a, b) => b.score - a.score || a.doc.id.localeCompare(b.doc.id)),
    );
    for (const { doc } of ranked) counts[doc.section] += 1;
    const wanted = options.section
      ? ranked.filter((r) => r.doc.section === options.section)
      : ranked;

    const hits = wanted.slice(0, limit).map(({ doc, score, metadata, sameAs }, rank) => {
      const detailed = rank < SNIPPETS_FOR && !deadline.check();
      const { titleHighlights, snippet } = detailed
        ? this.highlighter.detail(doc, (word) => word in metadata)
        : { titleHighlights: [], snippet: { text: '', highlights: [] } };
      return {
        id: doc.id,
        section: doc.section,
        item: doc.item,
        anchor: doc.anchor,
        title: doc.title,
        titleHighlights,
        snippet,
        score: Math.round(score * 1000) / 1000,
        sameAs,
      };
    });
    return withNotice(
      {
        terms: terms.map((t) => t.typed),
        unmatched,
        onlyCommonWords,
        hits,
        counts,
        total: ranked.length,
      },
      deadline,
    );
  }

  /** One hit for items with the same title and text (a correction made in three places). */
  private mergeCopies(ranked: Ranked[]): Ranked[] {
    if (this.copyOf.size === 0) return ranked;
    const kept: Ranked[] = [];
    const firsts = new Map<string, Ranked>();
    for (const entry of ranked) {
      const original = this.copyOf.get(entry.doc.id);
      const first = original === undefined ? undefined : firsts.get(original);
      if (first) first.sameAs.push(entry.doc.item);
      else {
        if (original !== undefined) firsts.set(original, entry);
        kept.push(entry);
      }
    }
    return kept;
  }
}

/** The index words as Lunr holds them: an object by word, each with its postings by field. */
class LunrVocabulary implements Vocabulary {
  private readonly sortedTerms: string[];
  private termsByLength: Map<number, string[]> | undefined;

  constructor(
    private readonly terms: Record<string, unknown>,
    readonly documentCount: number,
  ) {
    this.sortedTerms = Object.keys(terms);
    if (!isSorted(this.sortedTerms)) this.sortedTerms.sort();
  }

  has(word: string): boolean {
    return word in this.terms;
  }

  hasPrefix(prefix: string): boolean {
    let low = 0;
    let high = this.sortedTerms.length;
    while (low < high) {
      const mid = (low + high) >>> 1;
      if (this.sortedTerms[mid]! < prefix) low = mid + 1;
      else high = mid;
    }
    return this.sortedTerms[low]?.startsWith(prefix) ?? false;
  }

  /**
   * Index words within `distance` edits, by a scan of the words of a length
   * that can be that near. Done here rather than with Lunr's fuzzy terms,
   * whose cost grows steeply with word length (hundreds of ms for a 9-letter
   * word at distance 2).
   */
  near(term: string, distance: number, deadline: Deadline): { word: string; d: number }[] {
    this.termsByLength ??= groupByLength(this.sortedTerms);
    const found: { word: string; d: number }[] = [];
    for (let length = term.length - distance; length <= term.length + distance; length++) {
      if (deadline.check()) break;
      for (const word of this.termsByLength.get(length) ?? []) {
        const d = boundedEditDistance(term, word, distance);
        if (d <= distance) found.push({ word, d });
      }
    }
    return found;
  }

  documentsWith(word: string): number {
    const postings = this.terms[word] as Record<string, Record<string, unknown>>;
    const docs = new Set<string>();
    for (const [field, refs] of Object.entries(postings)) {
      if (field === '_index') continue;
      for (const ref of Object.keys(refs)) docs.add(ref);
    }
    return docs.size;
  }
}

function groupByLength(words: readonly string[]): Map<number, string[]> {
  const groups = new Map<number, string[]>();
  for (const word of words) {
    const group = groups.get(word.length);
    if (group) group.push(word);
    else groups.set(word.length, [word]);
  }
  return groups;
}

/** Share of the query's terms that a document's matched words account for. */
function coverage(terms: QueryTerm[], matched: string[]): number {
  let covered = 0;
  for (const term of terms) {
    if (matched.some((word) => matchesTerm(term, word))) covered += 1;
  }
  return covered / terms.length;
}

/**
 * Document id -> the key shared by the documents with the same section,
 * title and text, for the documents that have such copies.
 */
function findCopies(docs: readonly SearchDoc[]): Map<string, string> {
  const byKey = new Map<string, string[]>();
  for (const doc of docs) {
    const key = sameTextKey(doc);
    const ids = byKey.get(key);
    if (ids) ids.push(doc.id);
    else byKey.set(key, [doc.id]);
  }
  const copies = new Map<string, string>();
  for (const [key, ids] of byKey) if (ids.length > 1) for (const id of ids) copies.set(id, key);
  return copies;
}

/** Levenshtein distance, or max + 1 as soon as it must exceed `max`. */
function boundedEditDistance(a: string, b: string, max: number): number {
  let previous = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      const value = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
      current[j] = value;
      if (value < rowMin) rowMin = value;
    }
    if (rowMin > max) return max + 1;
    previous = current;
  }
  return previous[b.length]!;
}

function isSorted(values: string[]): boolean {
  for (let i = 1; i < values.length; i++) if (values[i - 1]! > values[i]!) return false;
  return true;
}
