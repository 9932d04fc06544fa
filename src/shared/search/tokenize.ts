import lunr from 'lunr';

// Letters and digits only: "N.Nazarbayev" and "14,1999" become two words each,
// and punctuation never sticks to a word ("(run)", "created?").
const WORD = /[\p{L}\p{N}]+/gu;

/** Folds case and diacritics so "Türkiye" and "turkiye" meet. */
export function normalizeWord(word: string): string {
  return word.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();
}

/** The words of a text, normalized exactly as the index stores them. */
export function tokenize(text: string): string[] {
  return Array.from(text.matchAll(WORD), (m) => normalizeWord(m[0]));
}

/**
 * Lunr tokenizer with the same word rule, keeping each word's position in the
 * original text so that results can highlight what matched.
 */
export function lunrTokenizer(value: unknown, metadata?: Record<string, unknown>): lunr.Token[] {
  if (value === null || value === undefined) return [];
  const text = String(value);
  return Array.from(text.matchAll(WORD), (m, index) => {
    const start = m.index ?? 0;
    return new lunr.Token(normalizeWord(m[0]), {
      ...metadata,
      position: [start, m[0].length],
      index,
    });
  });
}
