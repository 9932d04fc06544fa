import type { SearchAliases, SearchDoc } from './documents';
import { makeSnippet, normalizeRanges, type Range, type Snippet } from './snippet';
import { tokenize, wordsWithOffsets } from './tokenize';

/** Word offsets kept for highlighting, per document (typing shows the same hits again and again). */
const OFFSET_CACHE_SIZE = 2_000;

type Words = ReturnType<typeof wordsWithOffsets>;

/** Whether the query matched a word of the document (in any of its fields). */
export type WordMatch = (word: string) => boolean;

/**
 * Marks matched words in what a hit shows: its title and a snippet of its
 * text. Where the reader's words matched only another name ("Alma-Ata" found
 * a paragraph that says "Almaty"), what the name stands for is marked instead.
 */
export class Highlighter {
  private readonly offsets = new Map<string, Words>();

  constructor(private readonly aliases: SearchAliases) {}

  detail(doc: SearchDoc, matched: WordMatch): { titleHighlights: Range[]; snippet: Snippet } {
    const title = wordsWithOffsets(doc.title);
    const body = this.bodyWords(doc);
    const aliased = this.aliasedPhrases(doc, matched, title, body);
    return {
      titleHighlights: highlights(title, matched, aliased),
      snippet: makeSnippet(doc.body, highlights(body, matched, aliased)),
    };
  }

  /**
   * What a document's other names stand for, where the reader's words matched
   * one of those names and nothing of its title or text: the phrases to mark
   * in its text instead.
   */
  private aliasedPhrases(
    doc: SearchDoc,
    matched: WordMatch,
    title: Words,
    body: Words,
  ): string[][] {
    if (this.aliases.size === 0 || doc.names === '') return [];
    let inText: Set<string> | undefined;
    const onlyInNames = (word: string) => {
      if (!matched(word)) return false;
      inText ??= new Set([...title, ...body].map((w) => w.word));
      return !inText.has(word);
    };
    const phrases: string[][] = [];
    for (const name of doc.names.split(';')) {
      const words = tokenize(name);
      if (!words.some(onlyInNames)) continue;
      for (const target of this.aliases.get(words.join(' ')) ?? []) phrases.push(target.split(' '));
    }
    return phrases;
  }

  /** A document's body words with their offsets, computed once per document. */
  private bodyWords(doc: SearchDoc): Words {
    let words = this.offsets.get(doc.id);
    if (!words) {
      if (this.offsets.size >= OFFSET_CACHE_SIZE) this.offsets.clear();
      words = wordsWithOffsets(doc.body);
      this.offsets.set(doc.id, words);
    }
    return words;
  }
}

/**
 * Where the words a document matched stand in one of its texts, and the
 * phrases that its matched other names stand for.
 */
function highlights(words: Words, matched: WordMatch, phrases: string[][]): Range[] {
  const ranges = words
    .filter(({ word }) => matched(word))
    .map(({ start, end }): Range => [start, end]);
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
