import type { Corpus } from '../corpus/schema';
import { SECTIONS } from '../sections';
import type { CompactIndex } from './compact-index';
import { CompactVocabulary } from './compact-vocabulary';
import { searchAliases } from './documents';
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
  type SearchHit,
  type SearchOptions,
  type SearchResults,
  type Searcher,
} from './results';
import { matchesTerm, queryTerms, type QueryTerm, type TermRules } from './terms';

/** Boosts of the clauses a query term makes, as the reference search gives them to Lunr. */
const BOOST = { exact: 10, variant: 8, prefix: 3, near: 1 } as const;
const FIELDS = 3;
const NO_FIELD = 0xffffffff;

export interface CompactSearchOptions extends EngineOptions {
  /** How a word being typed is searched (default: from its first letter). */
  rules?: TermRules;
}

/**
 * The app's search, over the compact index: the same results as the Lunr
 * reference (query.ts) with Lunr's scoring done term at a time into typed
 * arrays. Per keystroke it allocates nothing per match: arrays sized once
 * are stamped with the search's number instead of cleared, one pass over
 * the postings scores every matching document, and only the hits shown are
 * sorted (a heap keeps the best k) and decoded. Counts stay exact.
 *
 * To give Lunr's scores to the last bit, each document's sum runs in Lunr's
 * order: term by term in Lunr's term numbers within a field, field by field
 * in the order the query first met them; ties within an item go to the
 * document Lunr met first.
 */
export class CompactSearch implements Searcher {
  private readonly vocabulary: CompactVocabulary;
  private readonly highlighter: Highlighter;
  private readonly budgetMs: number;
  private readonly clock: () => number;
  private readonly rules: TermRules;

  // Per term: stamped with the search that expanded it.
  private readonly termStamp: Uint32Array;
  private readonly termBoost: Float64Array;
  private readonly termRank: Uint32Array;
  private readonly termMask: Uint32Array;
  private readonly expanded: Uint32Array;
  private readonly numbers: Uint32Array;
  private termEpoch = 0;

  // Per document: stamped with the search that matched it.
  private readonly docStamp: Uint32Array;
  private readonly dot: Float64Array;
  private readonly fieldMet: Uint32Array;
  private readonly firstMet: Float64Array;
  private readonly docMask: Uint32Array;
  private readonly lunrScore: Float64Array;
  private readonly score: Float64Array;
  private readonly touched: Uint32Array;
  private docEpoch = 0;

  // Per item and per group of copies: the best document so far.
  private readonly itemStamp: Uint32Array;
  private readonly itemBest: Uint32Array;
  private readonly items: Uint32Array;
  private readonly groupStamp: Uint32Array;
  private readonly groupBest: Uint32Array;
  private readonly groups: Uint32Array;
  private readonly candidates: Uint32Array;

  constructor(
    private readonly index: CompactIndex,
    options: CompactSearchOptions = {},
  ) {
    this.vocabulary = new CompactVocabulary(index);
    this.highlighter = new Highlighter(options.aliases ?? new Map());
    this.budgetMs = options.budgetMs ?? QUERY_BUDGET_MS;
    this.clock = options.clock ?? Date.now;
    this.rules = options.rules ?? { everyKeystroke: true };
    const terms = index.terms.length;
    const docs = index.documentCount;
    this.termStamp = new Uint32Array(terms);
    this.termBoost = new Float64Array(terms);
    this.termRank = new Uint32Array(terms);
    this.termMask = new Uint32Array(terms);
    this.expanded = new Uint32Array(terms);
    this.numbers = new Uint32Array(terms);
    this.docStamp = new Uint32Array(docs);
    this.dot = new Float64Array(docs * FIELDS);
    this.fieldMet = new Uint32Array(docs * FIELDS);
    this.firstMet = new Float64Array(docs);
    this.docMask = new Uint32Array(docs);
    this.lunrScore = new Float64Array(docs);
    this.score = new Float64Array(docs);
    this.touched = new Uint32Array(docs);
    this.itemStamp = new Uint32Array(index.itemCount);
    this.itemBest = new Uint32Array(index.itemCount);
    this.items = new Uint32Array(index.itemCount);
    this.groupStamp = new Uint32Array(index.copyGroupCount + 1);
    this.groupBest = new Uint32Array(index.copyGroupCount + 1);
    this.groups = new Uint32Array(index.copyGroupCount + 1);
    this.candidates = new Uint32Array(index.itemCount);
  }

  /** The engine over a pack's compact index, with its corpus's other names. */
  static forPack(
    pack: { compactIndex: CompactIndex; corpus: Corpus },
    options: CompactSearchOptions = {},
  ): CompactSearch {
    return new CompactSearch(pack.compactIndex, {
      ...options,
      aliases: searchAliases(pack.corpus),
    });
  }

  /**
   * Within the time budget, the search does all its work; past it, it skips
   * what it can (typo matching, highlights and snippets) and says so.
   */
  search(text: string, options: SearchOptions = {}): SearchResults {
    const deadline = new Deadline(this.clock, this.budgetMs);
    const limit = hitLimit(options);
    const { terms, unmatched, onlyCommonWords } = queryTerms(
      typeof text === 'string' ? text : '',
      this.vocabulary,
      this.rules,
      deadline,
    );
    if (terms.length === 0)
      return withNotice({ ...emptyResults(), unmatched, onlyCommonWords }, deadline);

    const expanded = this.expand(terms);
    const touched = this.accumulate(expanded);
    this.scoreDocuments(touched, terms.length, expanded);
    const { candidates, grouped } = this.bestPerItem(touched);

    const perSection = new Uint32Array(SECTIONS.length);
    const only = options.section ? SECTIONS.findIndex((s) => s.id === options.section) : -1;
    let wanted = 0;
    for (let i = 0; i < candidates; i++) {
      const doc = this.candidates[i]!;
      const section = this.index.docSection[doc]!;
      perSection[section]! += 1;
      if (!options.section || section === only) this.candidates[wanted++] = doc;
    }
    const counts = emptyCounts();
    SECTIONS.forEach((s, i) => (counts[s.id] = perSection[i]!));
    const top = this.best(wanted, limit);

    // The same words come back hit after hit: each is asked about once.
    const seen = new Map<string, boolean>();
    const matched = (word: string) => {
      let answer = seen.get(word);
      if (answer === undefined) seen.set(word, (answer = terms.some((t) => matchesTerm(t, word))));
      return answer;
    };
    const hits = top.map((doc, rank): SearchHit => {
      const detailed = rank < SNIPPETS_FOR && !deadline.check();
      const document = this.index.doc(doc);
      const { titleHighlights, snippet } = detailed
        ? this.highlighter.detail(document, matched)
        : { titleHighlights: [], snippet: { text: '', highlights: [] } };
      return {
        id: document.id,
        section: document.section,
        item: document.item,
        anchor: document.anchor,
        title: document.title,
        titleHighlights,
        snippet,
        score: Math.round(this.score[doc]! * 1000) / 1000,
        sameAs: this.sameAs(doc, grouped),
      };
    });
    return withNotice(
      {
        terms: terms.map((t) => t.typed),
        unmatched,
        onlyCommonWords,
        hits,
        counts,
        total: candidates,
      },
      deadline,
    );
  }

  /**
   * The index words each term's clauses stand for, in the order Lunr meets
   * them: each once, with the sum of its clauses' boosts, its first meeting
   * (rank) and the query terms it counts for (mask). Returns how many.
   */
  private expand(terms: readonly QueryTerm[]): number {
    const epoch = (this.termEpoch = nextEpoch(this.termEpoch, [this.termStamp]));
    let count = 0;
    const add = (term: number, boost: number) => {
      if (this.termStamp[term] === epoch) {
        this.termBoost[term] += boost;
        return;
      }
      this.termStamp[term] = epoch;
      this.termBoost[term] = boost;
      this.termRank[term] = count;
      this.termMask[term] = 0;
      this.expanded[count++] = term;
    };
    const addWord = (word: string, boost: number) => {
      const term = this.vocabulary.find(word);
      if (term >= 0) add(term, boost);
    };
    for (const term of terms) {
      if (term.fuzzy) for (const word of term.near) addWord(word, BOOST.near);
      else addWord(term.term, BOOST.exact);
      for (const variant of term.variants) addWord(variant, BOOST.variant);
      if (term.prefix) {
        const [low, high] = this.vocabulary.prefixRange(term.term);
        if (high - low === 1) add(low, BOOST.prefix);
        else if (high > low) {
          const { order, position } = this.index.lunrPrefixOrder();
          let start = position[low]!;
          for (let t = low + 1; t < high; t++) start = Math.min(start, position[t]!);
          for (let i = start; i < start + high - low; i++) add(order[i]!, BOOST.prefix);
        }
      }
    }
    terms.forEach((term, j) => {
      const bit = 2 ** j;
      const mark = (t: number) => {
        if (t >= 0 && this.termStamp[t] === epoch) this.termMask[t]! |= bit;
      };
      mark(this.vocabulary.find(term.term));
      for (const variant of term.variants) mark(this.vocabulary.find(variant));
      if (term.fuzzy) for (const word of term.near) mark(this.vocabulary.find(word));
      if (term.prefix) {
        const [low, high] = this.vocabulary.prefixRange(term.term);
        for (let t = low; t < high; t++) mark(t);
      }
    });
    return count;
  }

  /**
   * One pass over the postings of the expanded terms, in Lunr's term
   * numbers: each document's dot product with the query per field, which
   * fields it matched in and when the query first met it. Returns how many
   * documents matched.
   */
  private accumulate(count: number): number {
    const index = this.index;
    const numbers = this.numbers.subarray(0, count);
    for (let i = 0; i < count; i++) numbers[i] = index.termNumber[this.expanded[i]!]!;
    numbers.sort();
    const stamps = [this.docStamp, this.itemStamp, this.groupStamp];
    const epoch = (this.docEpoch = nextEpoch(this.docEpoch, stamps));
    const { postingStart, postingDoc, postingWeight } = index;
    const { docStamp, dot, fieldMet, firstMet, docMask, touched } = this;
    const width = index.documentCount;
    let matched = 0;
    for (let i = 0; i < count; i++) {
      const term = index.termByNumber[numbers[i]!]!;
      const boost = this.termBoost[term]!;
      const mask = this.termMask[term]!;
      for (let field = 0; field < FIELDS; field++) {
        const met = this.termRank[term]! * FIELDS + field;
        const start = postingStart[term * FIELDS + field]!;
        const end = postingStart[term * FIELDS + field + 1]!;
        for (let p = start; p < end; p++) {
          const doc = postingDoc[p]!;
          const slot = doc * FIELDS;
          const first = met * width + (p - start);
          if (docStamp[doc] !== epoch) {
            docStamp[doc] = epoch;
            dot[slot] = dot[slot + 1] = dot[slot + 2] = 0;
            fieldMet[slot] = fieldMet[slot + 1] = fieldMet[slot + 2] = NO_FIELD;
            firstMet[doc] = first;
            docMask[doc] = 0;
            touched[matched++] = doc;
          } else if (first < firstMet[doc]!) firstMet[doc] = first;
          dot[slot + field]! += boost * (postingWeight[p]! / 1000);
          if (met < fieldMet[slot + field]!) fieldMet[slot + field] = met;
          docMask[doc]! |= mask;
        }
      }
    }
    return matched;
  }

  /**
   * Lunr's score of each matched document (per field, the dot product over
   * the query vector's length, added up field by field in the order the
   * query met them), and the score after coverage: documents matching every
   * word rank above those matching some.
   */
  private scoreDocuments(matched: number, termCount: number, expanded: number): void {
    let squares = 0;
    for (let i = 0; i < expanded; i++) squares += this.termBoost[this.expanded[i]!]! ** 2;
    const magnitude = Math.sqrt(squares);
    const { dot, fieldMet } = this;
    for (let i = 0; i < matched; i++) {
      const doc = this.touched[i]!;
      const slot = doc * FIELDS;
      // The fields in the order met (at most three: sorted by hand).
      let a = slot;
      let b = slot + 1;
      let c = slot + 2;
      if (fieldMet[b]! < fieldMet[a]!) [a, b] = [b, a];
      if (fieldMet[c]! < fieldMet[b]!) [b, c] = [c, b];
      if (fieldMet[b]! < fieldMet[a]!) [a, b] = [b, a];
      let score = dot[a]! / magnitude || 0;
      if (fieldMet[b] !== NO_FIELD) score += dot[b]! / magnitude || 0;
      if (fieldMet[c] !== NO_FIELD) score += dot[c]! / magnitude || 0;
      this.lunrScore[doc] = score;
      const covered = bitCount(this.docMask[doc]!) / termCount;
      this.score[doc] = score * (0.2 + 0.8 * covered * covered);
    }
  }

  /**
   * One hit per item (its best document), then one per group of copies (the
   * first in ranked order). Fills `candidates`; returns how many, and the
   * items' best documents that have copies (for sameAs).
   */
  private bestPerItem(matched: number): { candidates: number; grouped: number[] } {
    const { docItem, docCopy } = this.index;
    const epoch = this.docEpoch;
    let items = 0;
    for (let i = 0; i < matched; i++) {
      const doc = this.touched[i]!;
      const item = docItem[doc]!;
      if (this.itemStamp[item] !== epoch) {
        this.itemStamp[item] = epoch;
        this.itemBest[item] = doc;
        this.items[items++] = item;
      } else if (this.beatsInItem(doc, this.itemBest[item]!)) this.itemBest[item] = doc;
    }
    let candidates = 0;
    let groups = 0;
    const grouped: number[] = [];
    for (let i = 0; i < items; i++) {
      const doc = this.itemBest[this.items[i]!]!;
      const group = docCopy[doc]!;
      if (group === 0) {
        this.candidates[candidates++] = doc;
        continue;
      }
      grouped.push(doc);
      if (this.groupStamp[group] !== epoch) {
        this.groupStamp[group] = epoch;
        this.groupBest[group] = doc;
        this.groups[groups++] = group;
      } else if (this.rankedBefore(doc, this.groupBest[group]!)) this.groupBest[group] = doc;
    }
    for (let i = 0; i < groups; i++)
      this.candidates[candidates++] = this.groupBest[this.groups[i]!]!;
    return { candidates, grouped };
  }

  /** The best `limit` of the first `count` candidates, in ranked order: a heap keeps them. */
  private best(count: number, limit: number): number[] {
    const heap: number[] = [];
    // The heap's root is the worst kept: a candidate replaces it when ranked before it.
    const worse = (a: number, b: number) => this.rankedBefore(b, a);
    for (let i = 0; i < count && limit > 0; i++) {
      const doc = this.candidates[i]!;
      if (heap.length < limit) {
        heap.push(doc);
        siftUp(heap, heap.length - 1, worse);
      } else if (this.rankedBefore(doc, heap[0]!)) {
        heap[0] = doc;
        siftDown(heap, 0, worse);
      }
    }
    return heap.sort((a, b) => (this.rankedBefore(a, b) ? -1 : 1));
  }

  /** The other items merged into a hit: the copies' best documents, in ranked order. */
  private sameAs(doc: number, grouped: readonly number[]): string[] {
    const group = this.index.docCopy[doc]!;
    if (group === 0) return [];
    return grouped
      .filter((other) => other !== doc && this.index.docCopy[other] === group)
      .sort((a, b) => (this.rankedBefore(a, b) ? -1 : 1))
      .map((other) => this.index.doc(other).item);
  }

  /** The reference's order of hits: score, then id. */
  private rankedBefore(a: number, b: number): boolean {
    const sa = this.score[a]!;
    const sb = this.score[b]!;
    return sa > sb || (sa === sb && this.index.docRank[a]! < this.index.docRank[b]!);
  }

  /** Within an item, the document the reference keeps: score, then Lunr's order of results. */
  private beatsInItem(a: number, b: number): boolean {
    const sa = this.score[a]!;
    const sb = this.score[b]!;
    if (sa !== sb) return sa > sb;
    const la = this.lunrScore[a]!;
    const lb = this.lunrScore[b]!;
    return la > lb || (la === lb && this.firstMet[a]! < this.firstMet[b]!);
  }
}

/** The next search's stamp; on wrapping around, the stamps are cleared once. */
function nextEpoch(epoch: number, stamps: readonly Uint32Array[]): number {
  if (epoch < 0xffffffff) return epoch + 1;
  for (const array of stamps) array.fill(0);
  return 1;
}

function bitCount(mask: number): number {
  let count = 0;
  for (let rest = mask; rest > 0; rest >>>= 1) count += rest & 1;
  return count;
}

function siftUp(heap: number[], at: number, worse: (a: number, b: number) => boolean): void {
  let i = at;
  while (i > 0) {
    const parent = (i - 1) >> 1;
    if (!worse(heap[i]!, heap[parent]!)) break;
    [heap[i], heap[parent]] = [heap[parent]!, heap[i]!];
    i = parent;
  }
}

function siftDown(heap: number[], at: number, worse: (a: number, b: number) => boolean): void {
  let i = at;
  for (;;) {
    const left = 2 * i + 1;
    const right = left + 1;
    let top = i;
    if (left < heap.length && worse(heap[left]!, heap[top]!)) top = left;
    if (right < heap.length && worse(heap[right]!, heap[top]!)) top = right;
    if (top === i) return;
    [heap[i], heap[top]] = [heap[top]!, heap[i]!];
    i = top;
  }
}
