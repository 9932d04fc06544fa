import type { CompactIndex } from './compact-index';
import type { Deadline } from './results';
import type { SortedTerms } from './sorted-terms';
import type { Vocabulary } from './terms';

/** Words checked between two looks at the clock in a typo search. */
const CLOCK_EVERY = 1024;

/**
 * The compact index's words for the query rules: binary searches of the
 * sorted terms, and typo candidates from a walk of them as a trie.
 */
export class CompactVocabulary implements Vocabulary {
  private readonly terms: SortedTerms;
  private readonly counted = new Map<number, number>();
  private countStamp: Uint32Array | undefined;

  constructor(private readonly index: CompactIndex) {
    this.terms = index.terms;
  }

  get documentCount(): number {
    return this.index.documentCount;
  }

  /** The word's term number, or -1. */
  find(word: string): number {
    const at = this.lowerBound(word, 0);
    return at < this.terms.length && this.terms.compare(at, word) === 0 ? at : -1;
  }

  has(word: string): boolean {
    return this.find(word) >= 0;
  }

  hasPrefix(prefix: string): boolean {
    const at = this.lowerBound(prefix, 0);
    return at < this.terms.length && this.terms.startsWith(at, prefix);
  }

  /** The terms the prefix begins: [first, past the last). */
  prefixRange(prefix: string): [number, number] {
    const low = this.lowerBound(prefix, 0);
    return [low, this.prefixEnd(prefix, low)];
  }

  /**
   * Index words within `distance` edits of `word`: a depth-first walk of the
   * sorted terms as a trie, one row of the edit-distance table per letter,
   * shared by the words that share the letters; a branch whose row is all
   * past `distance` is skipped whole.
   */
  near(word: string, distance: number, deadline: Deadline): { word: string; d: number }[] {
    const width = word.length + 1;
    // Deeper than this, every cell of a row exceeds the distance.
    const rows = new Uint16Array((word.length + distance + 2) * width);
    for (let j = 0; j < width; j++) rows[j] = j;
    const found: { word: string; d: number }[] = [];
    const terms = this.terms;
    // The rows are those of the first `valid` letters of term `path`.
    let path = 0;
    let valid = 0;
    let checked = 0;
    for (let i = 0; i < terms.length;) {
      if (checked++ % CLOCK_EVERY === 0 && deadline.check()) break;
      const length = terms.wordLength(i);
      let depth = Math.min(valid, terms.sharedStart(i, path));
      let pruned = false;
      while (depth < length) {
        const code = terms.charCodeAt(i, depth);
        const above = depth * width;
        const row = above + width;
        rows[row] = depth + 1;
        let least = depth + 1;
        for (let j = 1; j < width; j++) {
          const cost = word.charCodeAt(j - 1) === code ? 0 : 1;
          const value = Math.min(
            rows[above + j]! + 1,
            rows[row + j - 1]! + 1,
            rows[above + j - 1]! + cost,
          );
          rows[row + j] = value;
          if (value < least) least = value;
        }
        depth += 1;
        if (least > distance) {
          pruned = true;
          break;
        }
      }
      path = i;
      valid = depth;
      if (pruned) {
        i = this.prefixEnd(terms.term(i).slice(0, depth), i + 1);
        continue;
      }
      const d = rows[depth * width + word.length]!;
      if (d <= distance) found.push({ word: terms.term(i), d });
      i += 1;
    }
    return found;
  }

  documentsWith(word: string): number {
    const term = this.find(word);
    if (term < 0) return 0;
    let count = this.counted.get(term);
    if (count === undefined) {
      const stamp = (this.countStamp ??= new Uint32Array(this.index.documentCount));
      const mark = this.counted.size + 1;
      const { postingStart, postingDoc } = this.index;
      count = 0;
      for (let p = postingStart[term * 3]!; p < postingStart[term * 3 + 3]!; p++) {
        const doc = postingDoc[p]!;
        if (stamp[doc] !== mark) {
          stamp[doc] = mark;
          count += 1;
        }
      }
      this.counted.set(term, count);
    }
    return count;
  }

  /** The first term not below `value`. */
  private lowerBound(value: string, from: number): number {
    let low = from;
    let high = this.terms.length;
    while (low < high) {
      const mid = (low + high) >>> 1;
      if (this.terms.compare(mid, value) < 0) low = mid + 1;
      else high = mid;
    }
    return low;
  }

  /** The first term from `from` on that the prefix does not begin (those it begins are a run). */
  private prefixEnd(prefix: string, from: number): number {
    let low = from;
    let high = this.terms.length;
    while (low < high) {
      const mid = (low + high) >>> 1;
      if (this.terms.startsWith(mid, prefix)) low = mid + 1;
      else high = mid;
    }
    return low;
  }
}
