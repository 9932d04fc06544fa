import { SECTIONS } from '../sections';
import { COMPACT_HEADER, DOC_STRINGS, FormatError, FormatReader, unzigzag } from './compact-format';
import type { SearchDoc } from './documents';
import { SortedTerms } from './sorted-terms';

/** Documents decoded and kept, of the few shown per keystroke. */
const DOC_CACHE_SIZE = 2_000;
const FIELD_COUNT = 3;

/**
 * The compact index in memory: typed arrays over the file, checked through
 * so that no search can read out of bounds or loop on it. Documents' text
 * stays encoded until a hit shows it.
 */
export class CompactIndex {
  /** Lunr's term number -> term (terms are numbered in sorted order here). */
  readonly termByNumber: Uint32Array;
  private readonly docs = new Map<number, SearchDoc>();
  private preorder: { order: Uint32Array; position: Uint32Array } | undefined;
  private readonly decoder = new TextDecoder('utf-8');

  constructor(
    /** The index's words, sorted (code units). */
    readonly terms: SortedTerms,
    /** Lunr's number of each term: the order a document's scores add up in. */
    readonly termNumber: Uint32Array,
    /** Where the postings of (term, field) start: postingStart[term * 3 + field]. */
    readonly postingStart: Uint32Array,
    readonly postingDoc: Uint32Array,
    /** Lunr's weight of each posting, in thousandths. */
    readonly postingWeight: Uint32Array,
    readonly docSection: Uint8Array,
    private readonly docAnchored: Uint8Array,
    /** Each document's item (its section and item), numbered. */
    readonly docItem: Uint32Array,
    /** Each document's group of copies (same section, title and text), or 0. */
    readonly docCopy: Uint32Array,
    /** Each document's place among the documents' ids: the order ties are broken in. */
    readonly docRank: Uint32Array,
    readonly itemCount: number,
    readonly copyGroupCount: number,
    private readonly textStart: Uint32Array,
    private readonly text: Uint8Array,
  ) {
    this.termByNumber = new Uint32Array(terms.length);
    for (let t = 0; t < terms.length; t++) this.termByNumber[termNumber[t]!] = t;
  }

  get documentCount(): number {
    return this.docSection.length;
  }

  /** A document, decoded on first use. Never throws: a damaged byte reads as U+FFFD. */
  doc(ordinal: number): SearchDoc {
    let doc = this.docs.get(ordinal);
    if (!doc) {
      const [id, item, anchor, title, names, body] = DOC_STRINGS.map((_, i) => {
        const at = ordinal * DOC_STRINGS.length + i;
        return this.decoder.decode(
          this.text.subarray(this.textStart[at]!, this.textStart[at + 1]!),
        );
      }) as [string, string, string, string, string, string];
      doc = {
        id,
        section: SECTIONS[this.docSection[ordinal]!]!.id,
        item,
        ...(this.docAnchored[ordinal] ? { anchor } : {}),
        title,
        names,
        body,
      };
      if (this.docs.size >= DOC_CACHE_SIZE) this.docs.clear();
      this.docs.set(ordinal, doc);
    }
    return doc;
  }

  /**
   * The terms in the order Lunr lists a prefix's words: its token set's
   * depth-first walk, each word before the words it begins, and branches in
   * descending order ("con", "cont", "conf"); the words of any one prefix
   * are a run of it. Computed once, on the first prefix searched.
   */
  lunrPrefixOrder(): { order: Uint32Array; position: Uint32Array } {
    if (!this.preorder) {
      // The reverse of that order puts each word after the words it begins,
      // branches ascending: the sorted words, each held back until the words
      // it begins have gone by.
      const n = this.terms.length;
      const order = new Uint32Array(n);
      const position = new Uint32Array(n);
      const held: number[] = [];
      let emitted = n;
      const emit = (t: number) => {
        order[--emitted] = t;
        position[t] = emitted;
      };
      for (let t = 0; t < n; t++) {
        while (held.length > 0 && !this.terms.beginsWithTerm(t, held.at(-1)!)) {
          emit(held.pop()!);
        }
        held.push(t);
      }
      while (held.length > 0) emit(held.pop()!);
      this.preorder = { order, position };
    }
    return this.preorder;
  }
}

/**
 * Reads and checks a compact index file. Returns the first problem as a
 * sentence; never throws.
 */
export function readCompactIndex(
  bytes: Uint8Array,
): { ok: true; index: CompactIndex } | { ok: false; message: string } {
  try {
    return { ok: true, index: read(new FormatReader(bytes)) };
  } catch (error) {
    if (error instanceof FormatError) return { ok: false, message: error.message };
    return { ok: false, message: `cannot be read (${String(error)})` };
  }
}

function read(reader: FormatReader): CompactIndex {
  reader.expectText(COMPACT_HEADER, `header (${JSON.stringify(COMPACT_HEADER.trim())})`);
  const header = new Uint32Array(7);
  reader.numbers(header, 0, 7, 'counts', true);
  const [termCount, docCount, itemCount, copyGroups, postings, termBytes, textBytes] = header;
  // Every term, document and posting costs at least a byte of the file, and
  // items and copy groups are groups of documents: no count can ask for more
  // memory than the file's size.
  const limits = { termCount, docCount, postings, termBytes, textBytes };
  for (const [name, count] of Object.entries(limits)) {
    if (count! > reader.remaining) {
      throw new FormatError(`counts: ${name} ${count} is past the file's end`);
    }
  }
  if (itemCount! > docCount! || copyGroups! > docCount!) {
    throw new FormatError('counts: more items or copy groups than documents');
  }

  const termBlock = reader.block(termBytes, 'terms', true);
  const terms = decodeTerms(termBlock, termCount);
  const termNumber = new Uint32Array(termCount);
  reader.numbers(termNumber, 0, termCount, 'term numbers', true);
  requirePermutation(termNumber, 'term numbers');

  const postingStart = new Uint32Array(termCount * FIELD_COUNT + 1);
  reader.numbers(postingStart, 1, termCount * FIELD_COUNT, 'posting counts', true);
  for (let i = 1; i < postingStart.length; i++) {
    const end = postingStart[i - 1]! + postingStart[i]!;
    if (end > postings) throw new FormatError(`posting counts: more than the ${postings} postings`);
    postingStart[i] = end;
  }
  if (postingStart.at(-1) !== postings) {
    throw new FormatError(`posting counts: ${postingStart.at(-1)} postings, not ${postings}`);
  }

  const postingDoc = new Uint32Array(postings);
  reader.numbers(postingDoc, 0, postings, 'posting documents', true);
  checkPostingDocuments(postingDoc, postingStart, docCount);
  const postingWeight = new Uint32Array(postings);
  reader.numbers(postingWeight, 0, postings, 'posting weights', true);

  const perDoc = new Uint32Array(docCount * (4 + DOC_STRINGS.length));
  reader.numbers(perDoc, 0, perDoc.length, 'documents', true);
  const meta = perDoc.subarray(0, docCount);
  const docItem = perDoc.slice(docCount, 2 * docCount);
  const docCopy = perDoc.slice(2 * docCount, 3 * docCount);
  const docRank = perDoc.slice(3 * docCount, 4 * docCount);
  const docSection = new Uint8Array(docCount);
  const docAnchored = new Uint8Array(docCount);
  for (let d = 0; d < docCount; d++) {
    const section = meta[d]! >>> 1;
    if (section >= SECTIONS.length)
      throw new FormatError(`documents: ${d + 1} has no known section`);
    if (docItem[d]! >= itemCount) throw new FormatError(`documents: ${d + 1} has no known item`);
    if (docCopy[d]! > copyGroups)
      throw new FormatError(`documents: ${d + 1} has no known copy group`);
    docSection[d] = section;
    docAnchored[d] = meta[d]! & 1;
  }
  requirePermutation(docRank, 'document ranks');
  const textStart = new Uint32Array(docCount * DOC_STRINGS.length + 1);
  const lengths = perDoc.subarray(4 * docCount);
  for (let i = 0; i < lengths.length; i++) {
    textStart[i + 1] = textStart[i]! + lengths[i]!;
    if (textStart[i + 1]! > textBytes) throw new FormatError('text: longer than its count');
  }
  if (textStart.at(-1) !== textBytes) throw new FormatError('text: shorter than its count');
  const text = reader.block(textBytes, 'text', false);
  if (reader.remaining !== 0) throw new FormatError('text: the file goes on past its end');

  return new CompactIndex(
    terms,
    termNumber,
    postingStart,
    postingDoc,
    postingWeight,
    docSection,
    docAnchored,
    docItem,
    docCopy,
    docRank,
    itemCount,
    copyGroups,
    textStart,
    text,
  );
}

function decodeTerms(block: Uint8Array, count: number): SortedTerms {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(block);
  } catch {
    throw new FormatError('terms: not UTF-8');
  }
  const terms = SortedTerms.fromLines(text, count);
  if (typeof terms === 'string') throw new FormatError(`terms: ${terms}`);
  return terms;
}

/** Each posting's document, from the differences written: known, and once per term and field. */
function checkPostingDocuments(docs: Uint32Array, start: Uint32Array, docCount: number): void {
  const seenIn = new Int32Array(docCount).fill(-1);
  for (let list = 0; list + 1 < start.length; list++) {
    let previous = 0;
    for (let p = start[list]!; p < start[list + 1]!; p++) {
      const doc = previous + unzigzag(docs[p]!);
      if (doc < 0 || doc >= docCount) {
        throw new FormatError(`posting documents: posting ${p + 1} names no document`);
      }
      if (seenIn[doc] === list) {
        throw new FormatError(`posting documents: posting ${p + 1} repeats its document`);
      }
      seenIn[doc] = list;
      docs[p] = doc;
      previous = doc;
    }
  }
}

function requirePermutation(values: Uint32Array, what: string): void {
  const seen = new Uint8Array(values.length);
  for (let i = 0; i < values.length; i++) {
    const value = values[i]!;
    if (value >= values.length || seen[value]) {
      throw new FormatError(`${what}: ${value} is repeated or past the ${values.length}`);
    }
    seen[value] = 1;
  }
}
