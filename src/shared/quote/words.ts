/** A word of a text: where it stands in the original, and the form compared. */
export interface Word {
  start: number;
  end: number;
  /** Lower case, accents and typographic apostrophes folded: "Kazakhstan’s" -> "kazakhstan's". */
  key: string;
}

// Letters and digits, with inner apostrophes, hyphens, dots and commas ("47-th", "38,8", "N.Nazarbayev" is two words).
const WORD = /[\p{L}\p{N}]+(?:['’\-.,][\p{L}\p{N}]+)*/gu;

/** Folds case, accents and apostrophes, so that a reader's typing compares with the source's. */
function fold(text: string): string {
  return text.normalize('NFKD').replace(/\p{M}/gu, '').replace(/’/g, "'").toLowerCase();
}

/** The words of a text, with their places in it. */
export function wordsOf(text: string): Word[] {
  const words: Word[] = [];
  for (const match of text.matchAll(WORD)) {
    const start = match.index;
    words.push({ start, end: start + match[0].length, key: fold(match[0]) });
  }
  return words;
}

/**
 * Words too common to tell two sentences apart: they count for a quarter in
 * the word-overlap measure, so that "the ... of the ... in the" alone does not
 * make a sentence look like a passage.
 */
export const COMMON_WORDS: ReadonlySet<string> = new Set(
  (
    'a an the of in on at to for by with from and or but as is are was were be been ' +
    'it its this that these those which who whom what has have had not no there their they ' +
    'he she his her we our you your i'
  ).split(' '),
);

export function weight(key: string): number {
  return COMMON_WORDS.has(key) ? 0.25 : 1;
}
