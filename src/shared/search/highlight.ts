import type { SearchAliases, SearchDoc } from './documents';
import { makeSnippet, normalizeRanges, type Range, type Snippet } from './snippet';
import { tokenize, wordsWithOffsets } from './tokenize';

/** Documents whose words are kept for highlighting. */
const CACHE_SIZE = 2_000;

type Words = ReturnType<typeof wordsWithOffsets>;

/** Whether the query matched a word of the document (in any of its fields). */
export type WordMatch = (word: string) => boolean;

/** What highlighting needs of a document, worked out once per document. */
interface Prepared {
  title: Words;
  body: Words;
  /** The words of the title and text. */
  textWords: Set<string>;
  /** The document's other names that stand for something: each name's words, and what it stands for. */
  aliased: { words: string[]; targets: string[][] }[];
}

/**
 * Marks matched words in what a hit shows: its title and a snippet of its
 * text. Where the reader's words matched only another name ("Alma-Ata" found
 * a paragraph that says "Almaty"), what the name stands for is marked instead.
 */
export class Highlighter {
  /** Per document id (typing shows the same hits again and again). */
  private readonly prepared = new Map<string, Prepared>();

  constructor(private readonly aliases: SearchAliases) {}

  detail(doc: SearchDoc, matched: WordMatch): { titleHighlights: Range[]; snippet: Snippet } {
    const { title, body, textWords, aliased } = this.prepare(doc);
    // A name matched, and nothing of the title or text did with that word.
    const onlyInNames = (word: string) => matched(word) && !textWords.has(word);
    const phrases = aliased
      .filter(({ words }) => words.some(onlyInNames))
      .flatMap(({ targets }) => targets);
    return {
      titleHighlights: highlights(title, matched, phrases),
      snippet: makeSnippet(doc.body, highlights(body, matched, phrases)),
    };
  }

  private prepare(doc: SearchDoc): Prepared {
    let prepared = this.prepared.get(doc.id);
    if (!prepared) {
      if (this.prepared.size >= CACHE_SIZE) this.prepared.clear();
      const title = wordsWithOffsets(doc.title);
      const body = wordsWithOffsets(doc.body);
      const aliased: Prepared['aliased'] = [];
      if (this.aliases.size > 0 && doc.names !== '') {
        for (const name of doc.names.split(';')) {
          const words = tokenize(name);
          const targets = this.aliases.get(words.join(' ')) ?? [];
          if (targets.length > 0)
            aliased.push({ words, targets: targets.map((t) => t.split(' ')) });
        }
      }
      const textWords = new Set([...title, ...body].map((w) => w.word));
      prepared = { title, body, textWords, aliased };
      this.prepared.set(doc.id, prepared);
    }
    return prepared;
  }
}

/**
 * Where the words a document matched stand in one of its texts, and the
 * phrases that its matched other names stand for.
 */
function highlights(words: Words, matched: WordMatch, phrases: string[][]): Range[] {
  const ranges: Range[] = [];
  for (const { word, start, end } of words) if (matched(word)) ranges.push([start, end]);
  if (phrases.length === 0) return ranges;
  for (const phrase of phrases) {
    for (let i = 0; i + phrase.length <= words.length; i++) {
      if (phrase.every((word, j) => words[i + j]!.word === word)) {
        ranges.push([words[i]!.start, words[i + phrase.length - 1]!.end]);
      }
    }
  }
  return normalizeRanges(ranges);
}
