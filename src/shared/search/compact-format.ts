/**
 * The compact index's file format (search-compact.txt), written by
 * derive-compact.ts at pack time and read by compact-index.ts at run time.
 * A text file (ASCII with UTF-8 text blocks), so that a pack stays a set of
 * text files everywhere (signing, archives, the web edition's inlined pack):
 *
 *   cica-search-compact/1\n
 *   counts\n             terms, documents, items, copy groups, postings,
 *                        bytes of the term block, bytes of the text block
 *   term\nterm\n…term\n  the index's words, sorted (code units), once each
 *   numbers\n            Lunr's number of each term (the order its scores add up in)
 *   numbers\n            postings per term and field (title, names, body)
 *   numbers\n            each posting's document, as the difference from the previous one
 *   numbers\n            each posting's weight in thousandths (Lunr rounds weights to 3 decimals)
 *   numbers\n            per document: section and anchor flag, item, copy group, tie-break rank,
 *                        then the UTF-8 lengths of its id, item, anchor, title, names and body
 *   text                 those strings, one after the other
 *
 * Numbers are unsigned base-64 variable-length quantities (as in source
 * maps: 5 bits a character, lowest first, bit 6 says another follows), with
 * differences zigzag-encoded.
 */
export const COMPACT_HEADER = 'cica-search-compact/1\n';

/** The strings each document carries, in the order of the text block. */
export const DOC_STRINGS = ['id', 'item', 'anchor', 'title', 'names', 'body'] as const;

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const CONTINUE = 32;
const DIGIT = new Int8Array(128).fill(-1);
for (let i = 0; i < ALPHABET.length; i++) DIGIT[ALPHABET.charCodeAt(i)] = i;
const NEWLINE = 10;

export const zigzag = (n: number): number => (n >= 0 ? n * 2 : -n * 2 - 1);
export const unzigzag = (n: number): number => (n % 2 === 0 ? n / 2 : -(n + 1) / 2);

/** Builds a block of numbers as text. */
export class NumberWriter {
  private readonly chunks: string[] = [];
  private codes: number[] = [];

  write(value: number): void {
    if (!Number.isInteger(value) || value < 0 || value > 0xffffffff) {
      throw new Error(`compact index: ${value} is not a whole number from 0 to 2^32 - 1`);
    }
    let rest = value;
    do {
      const digit = rest % 32;
      rest = Math.floor(rest / 32);
      this.codes.push(ALPHABET.charCodeAt(rest > 0 ? digit + CONTINUE : digit));
    } while (rest > 0);
    if (this.codes.length > 8192) this.flush();
  }

  /** The block, ended by a newline. */
  text(): string {
    this.flush();
    return `${this.chunks.join('')}\n`;
  }

  private flush(): void {
    this.chunks.push(String.fromCharCode(...this.codes));
    this.codes = [];
  }
}

/** Reads the file front to back; every method throws a FormatError naming what is wrong. */
export class FormatReader {
  offset = 0;
  constructor(readonly bytes: Uint8Array) {}

  expectText(text: string, what: string): void {
    for (let i = 0; i < text.length; i++) {
      if (this.bytes[this.offset + i] !== text.charCodeAt(i))
        throw new FormatError(`${what}: not found`);
    }
    this.offset += text.length;
  }

  /** `count` numbers of one block into `into`, starting at `at`; `last` says the block ends there. */
  numbers(into: Uint32Array, at: number, count: number, block: string, last: boolean): void {
    const bytes = this.bytes;
    let offset = this.offset;
    for (let n = 0; n < count; n++) {
      let value = 0;
      let scale = 1;
      for (;;) {
        const code = bytes[offset++];
        const digit = code === undefined || code > 127 ? -1 : DIGIT[code]!;
        if (digit < 0) throw new FormatError(`${block}: number ${n + 1} of ${count} is cut short`);
        value += (digit & 31) * scale;
        if (digit < CONTINUE) break;
        scale *= 32;
        if (scale > 2 ** 32) throw new FormatError(`${block}: number ${n + 1} is too large`);
      }
      if (value > 0xffffffff) throw new FormatError(`${block}: number ${n + 1} is too large`);
      into[at + n] = value;
    }
    this.offset = offset;
    if (last) this.newline(block);
  }

  /** The next `length` bytes, then a newline when `newline` says so. */
  block(length: number, what: string, newline: boolean): Uint8Array {
    const end = this.offset + length;
    if (end > this.bytes.length) throw new FormatError(`${what}: the file ends inside it`);
    const slice = this.bytes.subarray(this.offset, end);
    this.offset = end;
    if (newline) this.newline(what);
    return slice;
  }

  /** The numbers left before the file's end could fill at most this many values. */
  get remaining(): number {
    return this.bytes.length - this.offset;
  }

  private newline(what: string): void {
    if (this.bytes[this.offset] !== NEWLINE)
      throw new FormatError(`${what}: does not end where its counts say`);
    this.offset += 1;
  }
}

export class FormatError extends Error {}

/** Bytes of a string in UTF-8 (a lone surrogate counts as U+FFFD, as TextEncoder writes it). */
export function utf8Length(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x80) bytes += 1;
    else if (code < 0x800) bytes += 2;
    else if (code >= 0xd800 && code < 0xdc00 && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
      bytes += 4;
      i += 1;
    } else bytes += 3;
  }
  return bytes;
}
