import type { SearchDoc } from '../../src/shared/search/documents';
import { tokenize } from '../../src/shared/search/tokenize';

/** Every word of the documents, sorted and once each: what "an indexed word" means here. */
export function indexWords(docs: readonly SearchDoc[]): string[] {
  const words = new Set<string>();
  for (const doc of docs) {
    for (const text of [doc.title, doc.names, doc.body])
      for (const w of tokenize(text)) words.add(w);
  }
  return [...words].sort();
}

/**
 * A dead keystroke: it found nothing although the word being typed (the
 * last, with no space after it) begins an indexed word. `words` is sorted.
 */
export function isDeadKeystroke(text: string, words: readonly string[], found: boolean): boolean {
  if (found || !/[\p{L}\p{N}]$/u.test(text)) return false;
  const last = tokenize(text).at(-1);
  if (last === undefined) return false;
  let low = 0;
  let high = words.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if (words[mid]! < last) low = mid + 1;
    else high = mid;
  }
  return words[low]?.startsWith(last) ?? false;
}
