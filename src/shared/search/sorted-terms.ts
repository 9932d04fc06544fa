/**
 * The index's words, sorted in code-unit order as Lunr sorts them, held as
 * one string and the offsets of its words: half a million words cost two
 * allocations, not half a million strings for the collector to move. Words
 * are compared in place; a word is made a string only when asked for.
 */
export class SortedTerms {
  readonly length: number;

  private constructor(
    private readonly text: string,
    /** Where each word starts in `text`, and one more: the end. */
    private readonly starts: Uint32Array,
  ) {
    this.length = starts.length - 1;
  }

  /**
   * The words of a text with one word a line, checked: `count` of them, none
   * empty, each after the one before. Returns the first problem as a
   * sentence instead.
   */
  static fromLines(text: string, count: number): SortedTerms | string {
    const starts = new Uint32Array(count + 1);
    let found = 0;
    if (text !== '') {
      for (let at = text.indexOf('\n'); at >= 0; at = text.indexOf('\n', at + 1)) {
        if (found + 1 > count) return `more than ${count} terms`;
        starts[++found] = at + 1;
      }
      if (found + 1 > count) return `more than ${count} terms`;
      starts[++found] = text.length + 1;
    }
    if (found !== count) return `${found} terms, not ${count}`;
    const terms = new SortedTerms(text, starts);
    for (let i = 0; i < count; i++) {
      if (terms.wordLength(i) === 0 || (i > 0 && terms.compareTerms(i - 1, i) >= 0)) {
        return `term ${i + 1} is empty, repeated or out of order`;
      }
    }
    return terms;
  }

  term(i: number): string {
    return this.text.slice(this.starts[i]!, this.starts[i + 1]! - 1);
  }

  wordLength(i: number): number {
    return this.starts[i + 1]! - 1 - this.starts[i]!;
  }

  /** The code unit at `at` in word `i` (NaN past its end). */
  charCodeAt(i: number, at: number): number {
    return at < this.wordLength(i) ? this.text.charCodeAt(this.starts[i]! + at) : NaN;
  }

  /** Word `i` against `value`, in code-unit order: below 0, 0 or above 0. */
  compare(i: number, value: string): number {
    const start = this.starts[i]!;
    const length = this.wordLength(i);
    const shared = Math.min(length, value.length);
    for (let k = 0; k < shared; k++) {
      const diff = this.text.charCodeAt(start + k) - value.charCodeAt(k);
      if (diff !== 0) return diff;
    }
    return length - value.length;
  }

  /** Whether word `i` begins with `prefix`. */
  startsWith(i: number, prefix: string): boolean {
    return this.wordLength(i) >= prefix.length && this.text.startsWith(prefix, this.starts[i]!);
  }

  /** Whether word `i` begins with word `j`. */
  beginsWithTerm(i: number, j: number): boolean {
    const length = this.wordLength(j);
    if (this.wordLength(i) < length) return false;
    const a = this.starts[i]!;
    const b = this.starts[j]!;
    for (let k = 0; k < length; k++) {
      if (this.text.charCodeAt(a + k) !== this.text.charCodeAt(b + k)) return false;
    }
    return true;
  }

  /** How many code units words `i` and `j` share at their start. */
  sharedStart(i: number, j: number): number {
    const length = Math.min(this.wordLength(i), this.wordLength(j));
    const a = this.starts[i]!;
    const b = this.starts[j]!;
    let k = 0;
    while (k < length && this.text.charCodeAt(a + k) === this.text.charCodeAt(b + k)) k++;
    return k;
  }

  private compareTerms(i: number, j: number): number {
    const shared = this.sharedStart(i, j);
    const a = this.charCodeAt(i, shared);
    const b = this.charCodeAt(j, shared);
    if (Number.isNaN(a) || Number.isNaN(b)) return this.wordLength(i) - this.wordLength(j);
    return a - b;
  }
}
