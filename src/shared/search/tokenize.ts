// Letters and digits only: "N.Nazarbayev" and "14,1999" become two words each,
// and punctuation never sticks to a word ("(run)", "created?").
const WORD = /[\p{L}\p{N}]+/gu;

/** Folds case and diacritics so "Türkiye" and "turkiye" meet. */
export function normalizeWord(word: string): string {
  // Most words are plain ASCII: skip the Unicode decomposition for them (hot path).
  if (ASCII.test(word)) return word.toLowerCase();
  return word.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();
}

const ASCII = /^\p{ASCII}*$/u;

/** The words of a text, normalized exactly as the index stores them. */
export function tokenize(text: string): string[] {
  return Array.from(text.matchAll(WORD), (m) => normalizeWord(m[0]));
}

/** Each word with its [start, end) offsets in the original text, for highlighting. */
export function wordsWithOffsets(text: string): { word: string; start: number; end: number }[] {
  return Array.from(text.matchAll(WORD), (m) => ({
    word: normalizeWord(m[0]),
    start: m.index ?? 0,
    end: (m.index ?? 0) + m[0].length,
  }));
}
