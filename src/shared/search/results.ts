import { SECTIONS, type SectionId } from '../sections';
import type { SearchAliases } from './documents';
import type { Range, Snippet } from './snippet';

/** Longer input is cut: nobody types more, and every word costs a lookup. */
export const MAX_QUERY_LENGTH = 200;
/** Time one query may take before it stops early; enough for the real pack hundreds of times over. */
export const QUERY_BUDGET_MS = 1_000;
/** Hits given highlights and a snippet; those further down have their title only. */
export const SNIPPETS_FOR = 50;
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

/** What answers a reader's search: the app's engine, and the Lunr reference it is tested against. */
export interface Searcher {
  search(text: string, options?: SearchOptions): SearchResults;
}

/** The point past which a query stops doing optional work. */
export class Deadline {
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

/** The number of hits asked for, as the engines read it: 20 by default, at most 500. */
export function hitLimit(options: SearchOptions): number {
  return Math.trunc(Math.max(0, Math.min(options.limit ?? 20, 500))) || 0;
}

export function withNotice(results: SearchResults, deadline: Deadline): SearchResults {
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

export function emptyCounts(): Record<SectionId, number> {
  return Object.fromEntries(SECTIONS.map((s) => [s.id, 0])) as Record<SectionId, number>;
}
