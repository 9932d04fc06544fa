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

/** Ranks a Zipf draw can reach: a vocabulary larger than any corpus here can exhaust. */
const ZIPF_RANKS = 1 << 21;
/** Zipf's exponent for words in running text (a little above 1). */
const ZIPF_EXPONENT = 1.15;
/** Syllables the words past the real vocabulary are made of: word-like, with shared beginnings. */
const SYLLABLES =
  'ka lo mi ra su te vi no de ba re si to ma ne li po ga hu fe an or in us el'.split(' ');

/** The word of a rank past the real vocabulary: its digits in base 26, as syllables. */
function grownWord(rank: number): string {
  let word = '';
  let rest = rank;
  do {
    word += SYLLABLES[rest % SYLLABLES.length];
    rest = Math.floor(rest / SYLLABLES.length);
  } while (rest > 0);
  return word;
}

/** Draws ranks by Zipf's law: rank r with weight 1 / r^s, by inverting the cumulative weights. */
class ZipfRanks {
  private readonly cumulative = new Float64Array(ZIPF_RANKS);

  constructor() {
    let total = 0;
    for (let r = 0; r < ZIPF_RANKS; r++) this.cumulative[r] = total += 1 / (r + 1) ** ZIPF_EXPONENT;
  }

  draw(random: () => number): number {
    const target = random() * this.cumulative[ZIPF_RANKS - 1]!;
    let low = 0;
    let high = ZIPF_RANKS - 1;
    while (low < high) {
      const mid = (low + high) >>> 1;
      if (this.cumulative[mid]! <= target) low = mid + 1;
      else high = mid;
    }
    return low;
  }
}

/**
 * The real documents plus synthetic ones up to `factor` times as many, as
 * syntheticDocs makes them, but with words drawn by Zipf's law from a
 * vocabulary that grows as the corpus does (as in real text: the more text,
 * the more distinct words): the most frequent ranks are the real pack's
 * words (most frequent first), the rest words made of syllables ("kalomi").
 */
export function zipfDocs(
  real: readonly SearchDoc[],
  factor: number,
): { docs: SearchDoc[]; vocabulary: Vocabulary } {
  const counts = new Map<string, number>();
  for (const doc of real) {
    for (const text of [doc.title, doc.names, doc.body]) {
      for (const { start, end } of wordsWithOffsets(text)) {
        const word = text.slice(start, end);
        counts.set(word, (counts.get(word) ?? 0) + 1);
      }
    }
  }
  const head = [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).map(([w]) => w);
  const ranks = new ZipfRanks();
  const random = mulberry32(SEED ^ 0x21bf);
  const word = () => {
    const rank = ranks.draw(random);
    return rank < head.length ? head[rank]! : grownWord(rank - head.length);
  };
  const text = (length: number) => Array.from({ length }, word).join(' ');
  const docs: SearchDoc[] = [...real];
  const distinct = { title: new Set<string>(), names: new Set<string>(), body: new Set<string>() };
  const extra = real.length * (factor - 1);
  for (let i = 0; i < extra; i++) {
    const shape = real[Math.floor(random() * real.length)]!;
    const id = `zipf-${String(i + 1).padStart(7, '0')}`;
    const doc: SearchDoc = {
      id,
      section: shape.section,
      item: id,
      title: text(Math.max(1, wordCount(shape.title))),
      names: text(wordCount(shape.names)),
      body: text(wordCount(shape.body)),
    };
    for (const field of ['title', 'names', 'body'] as const) {
      for (const w of doc[field].split(' ')) if (w) distinct[field].add(w);
    }
    docs.push(doc);
  }
  const vocabulary = {
    title: distinct.title.size,
    names: distinct.names.size,
    body: distinct.body.size,
  };
  return { docs, vocabulary };
}
