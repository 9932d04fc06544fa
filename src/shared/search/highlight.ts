import type { SearchAliases, SearchDoc } from './documents';
import { makeSnippet, normalizeRanges, type Range, type Snippet } from './snippet';
import { tokenize, wordsWithOffsets } from './tokenize';

/** Word offsets kept for highlighting, per document (typing shows the same hits again and again). */
const OFFSET_CACHE_SIZE = 2_000;

type Words = ReturnType<typeof wordsWithOffsets>;

/** How a document matched, word by word: the questions the highlights ask. */
export interface WordMatch {
  /** The word is one the query matched in this document. */
  matched(word: string): boolean;
  /** The word matched only in the document's other names, not in its title or text. */
  onlyInNames(word: string): boolean;
}

/**
 * Marks matched words in what a hit shows: its title and a snippet of its
 * text. Where the reader's words matched only another name ("Alma-Ata" found
 * a paragraph that says "Almaty"), what the name stands for is marked instead.
 */
export class Highlighter {
  private readonly offsets = new Map<string, Words>();

  constructor(private readonly aliases: SearchAliases) {}

  detail(doc: SearchDoc, match: WordMatch): { titleHighlights: Range[]; snippet: Snippet } {
    const aliased = this.aliasedPhrases(doc, match);
    return {
      titleHighlights: highlights(wordsWithOffsets(doc.title), match, aliased),
      snippet: makeSnippet(doc.body, highlights(this.bodyWords(doc), match, aliased)),
    };
  }

  /**
   * What a document's other names stand for, where the reader's words matched
   * only those names: the phrases to mark in its text instead.
   */
  private aliasedPhrases(doc: SearchDoc, match: WordMatch): string[][] {
    if (this.aliases.size === 0 || doc.names === '') return [];
    const phrases: string[][] = [];
    for (const name of doc.names.split(';')) {
      const words = tokenize(name);
      if (!words.some((word) => match.onlyInNames(word))) continue;
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
function highlights(words: Words, match: WordMatch, phrases: string[][]): Range[] {
  const ranges = words
    .filter(({ word }) => match.matched(word))
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
