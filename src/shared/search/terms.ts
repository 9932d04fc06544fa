import lunr from 'lunr';
import { MAX_QUERY_LENGTH, type Deadline } from './results';
import { wordsWithOffsets } from './tokenize';

const MAX_TERMS = 10;
/** Fuzzy terms expand to many index words each: only the first few get one. */
const MAX_FUZZY_TERMS = 3;
/** Index words a misspelt word may stand for. */
const MAX_NEAR_WORDS = 8;
const MAX_TERM_LENGTH = 40;
/** Before every keystroke counted, a prefix expanded only from this many letters. */
const LEGACY_MIN_PREFIX = 3;
/** On a large index, a word in more than this share of documents only counts when it is all the reader typed. */
const COMMON_WORD_SHARE = 0.25;
/** An index with more documents than this is large (see COMMON_WORD_SHARE). */
export const LARGE_INDEX = 10_000;

/** One word of the reader's query, and the index words it stands for. */
export interface QueryTerm {
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

/** What the query rules ask of an index's words. */
export interface Vocabulary {
  /** Documents in the index. */
  readonly documentCount: number;
  has(word: string): boolean;
  hasPrefix(prefix: string): boolean;
  /** Index words within `distance` edits of `word`, with their distances, in any order. */
  near(word: string, distance: number, deadline: Deadline): { word: string; d: number }[];
  /** How many documents hold the word, in any field. */
  documentsWith(word: string): number;
}

/**
 * How a word still being typed is searched. `everyKeystroke` (the app): as
 * the beginning of a word from its first letter, and a common word being
 * typed ("who") when nothing else would be searched, so that a keystroke
 * whose last word begins an indexed word always finds something. Without it
 * (the rules before, which the Lunr reference keeps): from three letters
 * (four on a large index), and common words never.
 */
export interface TermRules {
  everyKeystroke: boolean;
}

export interface QueryTerms {
  terms: QueryTerm[];
  unmatched: string[];
  onlyCommonWords: boolean;
}

/**
 * The reader's words as query terms: trimmed, capped, stop words dropped
 * when others remain; and the words that match nothing, to say so.
 */
export function queryTerms(
  text: string,
  vocabulary: Vocabulary,
  rules: TermRules,
  deadline: Deadline,
): QueryTerms {
  const input = text.slice(0, MAX_QUERY_LENGTH);
  const typing = /[\p{L}\p{N}]$/u.test(input);
  const words = wordsWithOffsets(input).map(({ word, start, end }) => ({
    word,
    typed: input.slice(start, end),
  }));
  const last = words.at(-1);
  const beingTyped = typing ? last?.word : undefined;
  const minPrefix = rules.everyKeystroke
    ? 1
    : LEGACY_MIN_PREFIX + (vocabulary.documentCount > LARGE_INDEX ? 1 : 0);
  const meaningful = uniqueWords(words).filter(({ word }) => !isStopWord(word));
  const considered = meaningful.slice(0, MAX_TERMS);
  // The word being typed is what the reader looks at: it counts even past the cap.
  if (rules.everyKeystroke && meaningful.length > MAX_TERMS) {
    const typed = meaningful.find(({ word }) => word === beingTyped);
    if (typed && !considered.includes(typed)) considered[MAX_TERMS - 1] = typed;
  }
  const terms: QueryTerm[] = [];
  const unmatched: string[] = [];
  let fuzzyTerms = 0;
  for (const { word: term, typed } of considered) {
    const isTyped = term === beingTyped;
    // A word still being typed may not have reached a matching length yet.
    if (isTyped && term.length < minPrefix && !vocabulary.has(term)) continue;
    const prefix = isTyped && term.length >= minPrefix;
    const known =
      term.length <= MAX_TERM_LENGTH &&
      (vocabulary.has(term) || (prefix && vocabulary.hasPrefix(term)));
    const fuzzy = known || fuzzyTerms >= MAX_FUZZY_TERMS ? 0 : editDistanceFor(term);
    const near = fuzzy ? closest(vocabulary.near(term, fuzzy, deadline)) : [];
    if (!known && near.length === 0) {
      unmatched.push(typed);
      continue;
    }
    if (fuzzy) fuzzyTerms += 1;
    const variants = variantsOf(term, vocabulary);
    terms.push({ term, typed, prefix: prefix && !fuzzy, fuzzy, near, variants });
  }
  // A common word being typed may be the start of another ("who" of "whole").
  if (rules.everyKeystroke && terms.length === 0 && last && beingTyped !== undefined) {
    const word = last.word;
    if (isStopWord(word) && word.length <= MAX_TERM_LENGTH && vocabulary.hasPrefix(word)) {
      const variants = variantsOf(word, vocabulary);
      terms.push({ term: word, typed: last.typed, prefix: true, fuzzy: 0, near: [], variants });
    }
  }
  // Only stop words ("when was the"): nothing to look for.
  const onlyCommonWords = words.length > 0 && meaningful.length === 0 && terms.length === 0;
  // On a large index, exact words in most documents add little but cost a
  // lot: they count only when nothing rarer was typed.
  const rare = terms.filter((t) => t.prefix || t.fuzzy || !isCommon(t.term, vocabulary));
  return { terms: rare.length > 0 ? rare : terms, unmatched, onlyCommonWords };
}

/** Whether an index word counts as a match of the term (the word itself, a variant, a near word, or a word it begins). */
export function matchesTerm(term: QueryTerm, word: string): boolean {
  return (
    word === term.term ||
    term.variants.includes(word) ||
    (term.prefix && word.startsWith(term.term)) ||
    (term.fuzzy > 0 && term.near.includes(word))
  );
}

export function isStopWord(word: string): boolean {
  return !lunr.stopWordFilter(new lunr.Token(word, {}));
}

/** Typo tolerance by word length: none for short words, 1 from 4 letters, 2 from 8; none past 24. */
function editDistanceFor(term: string): number {
  if (term.length > 24) return 0;
  return term.length >= 8 ? 2 : term.length >= 4 ? 1 : 0;
}

/** The closest few of the near words, closest first. */
function closest(found: { word: string; d: number }[]): string[] {
  return found
    .sort((a, b) => a.d - b.d || a.word.localeCompare(b.word))
    .slice(0, MAX_NEAR_WORDS)
    .map((f) => f.word);
}

/**
 * Singular and plural of a word, where the index has them: the index is not
 * stemmed, and "members" should find "member" as "states" finds "state".
 */
function variantsOf(term: string, vocabulary: Vocabulary): string[] {
  if (term.length < 4) return [];
  const other = term.endsWith('s') ? term.slice(0, -1) : `${term}s`;
  return vocabulary.has(other) ? [other] : [];
}

function isCommon(term: string, vocabulary: Vocabulary): boolean {
  if (vocabulary.documentCount <= LARGE_INDEX || !vocabulary.has(term)) return false;
  return vocabulary.documentsWith(term) > vocabulary.documentCount * COMMON_WORD_SHARE;
}

/** Each word once, in the order first typed, with its first spelling. */
function uniqueWords<T extends { word: string }>(words: T[]): T[] {
  const seen = new Set<string>();
  return words.filter(({ word }) => !seen.has(word) && (seen.add(word), true));
}
