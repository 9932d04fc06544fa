import type { SearchDoc } from '../../src/shared/search/documents';
import { wordsWithOffsets } from '../../src/shared/search/tokenize';

/** Fixed seed: every run, and every size, draws the same synthetic documents. */
export const SEED = 0xc1ca2001;

/** mulberry32: a tiny seeded PRNG, good enough to draw words (not for anything secret). */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Words of one field with their frequencies, drawn by cumulative weight. */
class WordBag {
  private readonly words: string[] = [];
  private readonly cumulative: number[] = [];

  constructor(texts: readonly string[]) {
    const counts = new Map<string, number>();
    for (const text of texts) {
      // The index's own word rule, keeping each word as written ("Almaty", "1999").
      for (const { start, end } of wordsWithOffsets(text)) {
        const word = text.slice(start, end);
        counts.set(word, (counts.get(word) ?? 0) + 1);
      }
    }
    let total = 0;
    for (const [word, count] of [...counts].sort((a, b) => (a[0] < b[0] ? -1 : 1))) {
      total += count;
      this.words.push(word);
      this.cumulative.push(total);
    }
  }

  get size(): number {
    return this.words.length;
  }

  draw(random: () => number): string {
    const target = random() * this.cumulative[this.cumulative.length - 1]!;
    let low = 0;
    let high = this.cumulative.length - 1;
    while (low < high) {
      const mid = (low + high) >>> 1;
      if (this.cumulative[mid]! <= target) low = mid + 1;
      else high = mid;
    }
    return this.words[low]!;
  }

  text(random: () => number, length: number): string {
    return Array.from({ length }, () => this.draw(random)).join(' ');
  }
}

const wordCount = (text: string) => wordsWithOffsets(text).length;

export interface Vocabulary {
  title: number;
  names: number;
  body: number;
}

/**
 * The real documents plus synthetic ones up to `factor` times as many.
 * Each synthetic document copies the section and the title/names/body word
 * counts of a random real document (so lengths follow the real
 * distribution, field by field) and draws its words from the real corpus's
 * words of that field, by their frequency. The same seed gives the same
 * documents, and a smaller pack is a prefix of a larger one.
 */
export function syntheticDocs(
  real: readonly SearchDoc[],
  factor: number,
): { docs: SearchDoc[]; vocabulary: Vocabulary } {
  const bags = {
    title: new WordBag(real.map((d) => d.title)),
    names: new WordBag(real.map((d) => d.names)),
    body: new WordBag(real.map((d) => d.body)),
  };
  const vocabulary = { title: bags.title.size, names: bags.names.size, body: bags.body.size };
  const lengths = real.map((d) => ({
    title: Math.max(1, wordCount(d.title)),
    names: wordCount(d.names),
    body: wordCount(d.body),
  }));
  const random = mulberry32(SEED);
  const docs: SearchDoc[] = [...real];
  const extra = real.length * (factor - 1);
  for (let i = 0; i < extra; i++) {
    const pick = Math.floor(random() * real.length);
    const shape = lengths[pick]!;
    const id = `syn-${String(i + 1).padStart(7, '0')}`;
    docs.push({
      id,
      section: real[pick]!.section,
      item: id,
      title: bags.title.text(random, shape.title),
      names: bags.names.text(random, shape.names),
      body: bags.body.text(random, shape.body),
    });
  }
  return { docs, vocabulary };
}
