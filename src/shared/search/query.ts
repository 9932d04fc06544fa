import lunr from 'lunr';
import { SECTIONS, type SectionId } from '../sections';
import type { Corpus } from '../corpus/schema';
import { searchAliases, type SearchAliases, type SearchDoc } from './documents';
import { makeSnippet, normalizeRanges, type Range, type Snippet } from './snippet';
import { tokenize, wordsWithOffsets } from './tokenize';

/** Longer input is cut: nobody types more, and every word costs a lookup. */
export const MAX_QUERY_LENGTH = 200;
const MAX_TERMS = 10;
/** Fuzzy terms expand to many index words each: only the first few get one. */
const MAX_FUZZY_TERMS = 3;
/** Index words a misspelt word may stand for. */
const MAX_NEAR_WORDS = 8;
const MAX_TERM_LENGTH = 40;
/** A prefix expands only from this many letters: shorter ones match thousands of words. */
const MIN_PREFIX = 3;
/** On a large index, one letter more: a 3-letter prefix matches most of its documents. */
const LARGE_INDEX = 10_000;
/** On a large index, a word in more than this share of documents only counts when it is all the reader typed. */
const COMMON_WORD_SHARE = 0.25;
/** Word offsets kept for highlighting, per document (typing shows the same hits again and again). */
const OFFSET_CACHE_SIZE = 2_000;
const SNIPPETS_FOR = 50;
/** Time one query may take before it stops early; enough for the real pack hundreds of times over. */
export const QUERY_BUDGET_MS = 1_000;
const STOPPED_EARLY = 'The search took too long and stopped early: some results may be missing.';

export interface SearchOptions {
  /** At most this many hits (default 20). */
  limit?: number;
  /** Only hits in this section; the counts still cover every section. */
  section?: SectionId;
}

export interface SearchHit {
  id: string;
  section: SectionId;
  /** The item to open, and for FAQ paragraphs the paragraph to highlight. */
  item: string;
  anchor?: string;
  title: string;
  titleHighlights: Range[];
  snippet: Snippet;
  score: number;
  /** Other items with exactly the same title and text, merged into this hit. */
  sameAs: string[];
}

export interface SearchResults {
  /** The words searched for, as typed, for display ("results for …"). */
  terms: string[];
  /** Words typed that match nothing in the reference, as typed: the search went on without them. */
  unmatched: string[];
  /** Every word typed is too common to search for ("what is the"). */
  onlyCommonWords: boolean;
  hits: SearchHit[];
  /** Hits per section before the section filter and the limit. */
  counts: Record<SectionId, number>;
  total: number;
  /** Said to the reader when the search stopped early or could not run. */
  notice?: string;
}

export interface EngineOptions {
  /** Milliseconds one query may take before it cuts its work short (default QUERY_BUDGET_MS). */
  budgetMs?: number;
  /** The clock the budget is measured with, in milliseconds (injected by tests). */
  clock?: () => number;
  /** The other names the corpus gives its items, to mark what an alias matched. */
  aliases?: SearchAliases;
}

/** The point past which a query stops doing optional work. */
class Deadline {
  passed = false;
  private readonly end: number;
  constructor(
    private readonly clock: () => number,
    budgetMs: number,
  ) {
    this.end = clock() + budgetMs;
  }
  /** True once the budget is spent; stays true. */
  check(): boolean {
    return (this.passed ||= this.clock() >= this.end);
  }
}

interface QueryTerm {
  term: string;
  /** The word as the reader typed it. */
  typed: string;
  /** Being typed: also matches words it begins. */
  prefix: boolean;
  /** Not in the index: matched within this edit distance instead, by these index words. */
  fuzzy: number;
  near: string[];
  /** The same word's singular or plural, also in the index. */
  variants: string[];
}

/** Index word -> the fields of a document it matched in. */
type Metadata = Record<string, Record<string, unknown>>;
type Words = ReturnType<typeof wordsWithOffsets>;

interface Ranked {
  doc: SearchDoc;
  score: number;
  metadata: Metadata;
  sameAs: string[];
}

/**
 * Search over the prebuilt index. No user text ever reaches Lunr's query
 * parser: input is cut to words with the index's own tokenizer and each word
 * becomes a clause built here, so no input can throw.
 */
export class SearchEngine {
  private readonly docs: Map<string, SearchDoc>;
  private readonly terms: Record<string, unknown>;
  private readonly sortedTerms: string[];
  private termsByLength: Map<number, string[]> | undefined;
  private readonly minPrefix: number;
  private readonly offsets = new Map<string, Words>();
  /** Document id -> the first document with the same section, title and text (itself for that one). */
  private readonly copyOf: Map<string, string>;
  private readonly aliases: SearchAliases;
  private readonly budgetMs: number;
  private readonly clock: () => number;

  constructor(
    private readonly index: lunr.Index,
    docs: readonly SearchDoc[],
    options: EngineOptions = {},
  ) {
    this.aliases = options.aliases ?? new Map();
    this.budgetMs = options.budgetMs ?? QUERY_BUDGET_MS;
    this.clock = options.clock ?? Date.now;
    this.docs = new Map(docs.map((doc) => [doc.id, doc]));
    this.copyOf = findCopies(docs);
    this.terms = (index as unknown as { invertedIndex: Record<string, unknown> }).invertedIndex;
    this.sortedTerms = Object.keys(this.terms);
    if (!isSorted(this.sortedTerms)) this.sortedTerms.sort();
    this.minPrefix = this.docs.size > LARGE_INDEX ? MIN_PREFIX + 1 : MIN_PREFIX;
  }

  /** Loads an index that checkSearchIndex (pack/search-index.ts) has accepted. */
  static load(
    serializedIndex: object,
    docs: readonly SearchDoc[],
    options?: EngineOptions,
  ): SearchEngine {
    return new SearchEngine(lunr.Index.load(serializedIndex), docs, options);
  }

  /** The engine over a pack: its checked index, its documents and its corpus's other names. */
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
    const limit = Math.max(0, Math.min(options.limit ?? 20, 500));
    const { terms, unmatched, onlyCommonWords } = this.queryTerms(
      typeof text === 'string' ? text : '',
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

    const hits = wanted
      .slice(0, Math.min(limit, SNIPPETS_FOR * 10))
      .map(({ doc, score, metadata, sameAs }, rank) => {
        const detailed = rank < SNIPPETS_FOR && !deadline.check();
        const aliased = detailed ? this.aliasedPhrases(doc, metadata) : [];
        return {
          id: doc.id,
          section: doc.section,
          item: doc.item,
          anchor: doc.anchor,
          title: doc.title,
          titleHighlights: detailed
            ? highlights(wordsWithOffsets(doc.title), metadata, aliased)
            : [],
          snippet: detailed
            ? makeSnippet(doc.body, highlights(this.bodyWords(doc), metadata, aliased))
            : { text: '', highlights: [] },
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

  /**
   * The reader's words as query terms: trimmed, capped, stop words dropped
   * when others remain; and the words that match nothing, to say so.
   */
  private queryTerms(
    text: string,
    deadline: Deadline,
  ): {
    terms: QueryTerm[];
    unmatched: string[];
    onlyCommonWords: boolean;
  } {
    const input = text.slice(0, MAX_QUERY_LENGTH);
    const typing = /[\p{L}\p{N}]$/u.test(input);
    const words = wordsWithOffsets(input).map(({ word, start, end }) => ({
      word,
      typed: input.slice(start, end),
    }));
    const last = words.at(-1)?.word;
    const meaningful = uniqueWords(words).filter(({ word }) => !isStopWord(word));
    // Only stop words ("when was the"): nothing to look for.
    const onlyCommonWords = words.length > 0 && meaningful.length === 0;
    const terms: QueryTerm[] = [];
    const unmatched: string[] = [];
    let fuzzyTerms = 0;
    for (const { word: term, typed } of meaningful.slice(0, MAX_TERMS)) {
      const beingTyped = typing && term === last;
      // A word still being typed may not have reached a matching length yet.
      if (beingTyped && term.length < this.minPrefix && !(term in this.terms)) continue;
      const prefix = beingTyped && term.length >= this.minPrefix;
      const known =
        term.length <= MAX_TERM_LENGTH && (term in this.terms || (prefix && this.hasPrefix(term)));
      const fuzzy = known || fuzzyTerms >= MAX_FUZZY_TERMS ? 0 : editDistanceFor(term);
      const near = fuzzy ? this.nearWords(term, fuzzy, deadline) : [];
      if (!known && near.length === 0) {
        unmatched.push(typed);
        continue;
      }
      if (fuzzy) fuzzyTerms += 1;
      const variants = this.variants(term);
      terms.push({ term, typed, prefix: prefix && !fuzzy, fuzzy, near, variants });
    }
    // On a large index, exact words in most documents add little but cost a
    // lot: they count only when nothing rarer was typed.
    const rare = terms.filter((t) => t.prefix || t.fuzzy || !this.isCommon(t.term));
    return { terms: rare.length > 0 ? rare : terms, unmatched, onlyCommonWords };
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

  /**
   * What a document's other names stand for, where the reader's words matched
   * only those names ("Alma-Ata" found a paragraph that says "Almaty"): the
   * phrases to mark in its text instead.
   */
  private aliasedPhrases(doc: SearchDoc, metadata: Metadata): string[][] {
    if (this.aliases.size === 0 || doc.names === '') return [];
    const viaNames = Object.keys(metadata).filter((word) => {
      const fields = metadata[word]!;
      return 'names' in fields && !('title' in fields) && !('body' in fields);
    });
    if (viaNames.length === 0) return [];
    const phrases: string[][] = [];
    for (const name of doc.names.split(';')) {
      const words = tokenize(name);
      if (!words.some((word) => viaNames.includes(word))) continue;
      for (const target of this.aliases.get(words.join(' ')) ?? []) phrases.push(target.split(' '));
    }
    return phrases;
  }

  /**
   * Singular and plural of a word, where the index has them: the index is not
   * stemmed, and "members" should find "member" as "states" finds "state".
   */
  private variants(term: string): string[] {
    if (term.length < 4) return [];
    const other = term.endsWith('s') ? term.slice(0, -1) : `${term}s`;
    return other in this.terms ? [other] : [];
  }

  /**
   * Index words within `distance` edits of a word the index lacks, closest
   * first. Done here rather than with Lunr's fuzzy terms, whose cost grows
   * steeply with word length (hundreds of ms for a 9-letter word at distance 2).
   */
  private nearWords(term: string, distance: number, deadline: Deadline): string[] {
    this.termsByLength ??= groupByLength(this.sortedTerms);
    const found: { word: string; d: number }[] = [];
    for (let length = term.length - distance; length <= term.length + distance; length++) {
      if (deadline.check()) break;
      for (const word of this.termsByLength.get(length) ?? []) {
        const d = boundedEditDistance(term, word, distance);
        if (d <= distance) found.push({ word, d });
      }
    }
    return found
      .sort((a, b) => a.d - b.d || a.word.localeCompare(b.word))
      .slice(0, MAX_NEAR_WORDS)
      .map((f) => f.word);
  }

  private isCommon(term: string): boolean {
    const postings = this.terms[term] as Record<string, Record<string, unknown>> | undefined;
    if (!postings || this.docs.size <= LARGE_INDEX) return false;
    const docs = new Set<string>();
    for (const [field, refs] of Object.entries(postings)) {
      if (field === '_index') continue;
      for (const ref of Object.keys(refs)) docs.add(ref);
    }
    return docs.size > this.docs.size * COMMON_WORD_SHARE;
  }

  /** A document's body words with their offsets, computed once per document. */
  private bodyWords(doc: SearchDoc): Words {
    let words = this.offsets.get(doc.id);
    if (!words) {
      if (this.offsets.size >= OFFSET_CACHE_SIZE) this.offsets.clear();
      words = wordsWithOffsets(doc.body);
      this.offsets.set(doc.id, words);
    }
    return words;
  }

  private hasPrefix(prefix: string): boolean {
    let low = 0;
    let high = this.sortedTerms.length;
    while (low < high) {
      const mid = (low + high) >>> 1;
      if (this.sortedTerms[mid]! < prefix) low = mid + 1;
      else high = mid;
    }
    return this.sortedTerms[low]?.startsWith(prefix) ?? false;
  }
}

/** Typo tolerance by word length: none for short words, 1 from 4 letters, 2 from 8; none past 24. */
function editDistanceFor(term: string): number {
  if (term.length > 24) return 0;
  return term.length >= 8 ? 2 : term.length >= 4 ? 1 : 0;
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

function isStopWord(word: string): boolean {
  return !lunr.stopWordFilter(new lunr.Token(word, {}));
}

/** Share of the query's terms that a document's matched words account for. */
function coverage(terms: QueryTerm[], matched: string[]): number {
  let covered = 0;
  for (const { term, prefix, fuzzy, near, variants } of terms) {
    if (
      matched.some(
        (word) =>
          word === term ||
          variants.includes(word) ||
          (prefix && word.startsWith(term)) ||
          (fuzzy > 0 && near.includes(word)),
      )
    ) {
      covered += 1;
    }
  }
  return covered / terms.length;
}

/**
 * Where the words a document matched on stand in one of its texts, and the
 * phrases that its matched other names stand for.
 */
function highlights(words: Words, metadata: Metadata, phrases: string[][]): Range[] {
  const ranges = words
    .filter(({ word }) => word in metadata)
    .map(({ start, end }): Range => [start, end]);
  if (phrases.length === 0) return ranges;
  for (const phrase of phrases) {
    for (let i = 0; i + phrase.length <= words.length; i++) {
      if (phrase.every((word, j) => words[i + j]!.word === word)) {
        ranges.push([words[i]!.start, words[i + phrase.length - 1]!.end]);
      }
    }
  }
  return normalizeRanges(ranges);
}

/** Each word once, in the order first typed, with its first spelling. */
function uniqueWords<T extends { word: string }>(words: T[]): T[] {
  const seen = new Set<string>();
  return words.filter(({ word }) => !seen.has(word) && (seen.add(word), true));
}

/**
 * Document id -> the first document with the same section, title and text,
 * for the documents that have such copies (the first maps to itself).
 */
function findCopies(docs: readonly SearchDoc[]): Map<string, string> {
  const first = new Map<string, string>();
  const copies = new Map<string, string>();
  for (const doc of docs) {
    const key = `${doc.section}\u0000${doc.title}\u0000${doc.body}`;
    const original = first.get(key);
    if (original === undefined) first.set(key, doc.id);
    else copies.set(doc.id, original).set(original, original);
  }
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

function withNotice(results: SearchResults, deadline: Deadline): SearchResults {
  return deadline.passed ? { ...results, notice: STOPPED_EARLY } : results;
}

export function emptyResults(): SearchResults {
  return {
    terms: [],
    unmatched: [],
    onlyCommonWords: false,
    hits: [],
    counts: emptyCounts(),
    total: 0,
  };
}

function emptyCounts(): Record<SectionId, number> {
  return Object.fromEntries(SECTIONS.map((s) => [s.id, 0])) as Record<SectionId, number>;
}

function isSorted(values: string[]): boolean {
  for (let i = 1; i < values.length; i++) if (values[i - 1]! > values[i]!) return false;
  return true;
}
