import { describe, expect, it } from 'vitest';
import { NumberWriter, zigzag } from '../../../src/shared/search/compact-format';
import { readCompactIndex } from '../../../src/shared/search/compact-index';
import { deriveCompactIndex, type LunrIndexJson } from '../../../src/shared/search/derive-compact';
import type { SearchDoc } from '../../../src/shared/search/documents';
import { packFiles } from '../../helpers/pack';

const shipped = packFiles().get('search-compact.txt')!;
const docs: SearchDoc[] = JSON.parse(packFiles().get('search-docs.json')!);
const lunrIndex = (): LunrIndexJson => JSON.parse(packFiles().get('search-index.json')!);

const read = (text: string | Uint8Array) =>
  readCompactIndex(typeof text === 'string' ? new TextEncoder().encode(text) : text);

/** The problem found in the shipped file after `edit`, or "ok". */
const problem = (edit: (text: string) => string) => {
  const result = read(edit(shipped));
  return result.ok ? 'ok' : result.message;
};

const lines = (text: string) => text.split('\n');
const termCount = (JSON.parse(packFiles().get('search-index.json')!) as LunrIndexJson).invertedIndex
  .length;
/** Line numbers of the file's blocks (header 0, counts 1, then the terms, one a line). */
const BLOCK = {
  termNumbers: 2 + termCount,
  postingCounts: 3 + termCount,
  postingDocs: 4 + termCount,
};

/** Replaces the first number of a block of numbers. */
function firstNumber(text: string, line: number, value: number): string {
  const all = lines(text);
  const block = all[line]!;
  // A number's last character is below "g" in the alphabet (no continuation bit).
  const length = [...block].findIndex((c) => 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdef'.includes(c)) + 1;
  const writer = new NumberWriter();
  writer.write(value);
  all[line] = writer.text().slice(0, -1) + block.slice(length);
  return all.join('\n');
}

describe('the compact index of the real pack', () => {
  const result = read(shipped);
  if (!result.ok) throw new Error(result.message);
  const index = result.index;

  it('holds every document, decoded as search-docs.json has it', () => {
    expect(index.documentCount).toBe(docs.length);
    expect(docs.map((_, i) => index.doc(i))).toEqual(docs);
  });

  it('holds the Lunr index’s terms, sorted, with Lunr’s numbers', () => {
    const lunr = lunrIndex();
    const terms = Array.from({ length: index.terms.length }, (_, i) => index.terms.term(i));
    expect(terms).toEqual(lunr.invertedIndex.map(([term]) => term));
    expect([...index.termNumber]).toEqual(lunr.invertedIndex.map(([, posting]) => posting._index));
  });

  it('is derived again to the very same text (the pack build is deterministic)', () => {
    expect(deriveCompactIndex(lunrIndex(), docs)).toBe(shipped);
  });
});

describe('reading a damaged compact index', () => {
  it.each([
    [
      'another header',
      (t: string) => t.replace('compact/1', 'compact/2'),
      /^header .*: not found$/,
    ],
    [
      'a count past the file’s end',
      (t: string) => firstNumber(t, 1, 10_000_000),
      /^counts: termCount 10000000 is past the file's end$/,
    ],
    [
      'terms out of order',
      (t: string) => {
        const l = lines(t);
        [l[2], l[3]] = [l[3]!, l[2]!];
        return l.join('\n');
      },
      /^terms: term 2 is empty, repeated or out of order$/,
    ],
    [
      'a term number repeated',
      (t: string) => firstNumber(t, BLOCK.termNumbers, 1),
      /^term numbers: 1 is repeated or past the \d+$/,
    ],
    [
      'a posting naming no document',
      (t: string) => firstNumber(t, BLOCK.postingDocs, zigzag(999_999)),
      /^posting documents: posting 1 names no document$/,
    ],
    [
      'more postings counted than there are',
      (t: string) => firstNumber(t, BLOCK.postingCounts, 999_999),
      /^posting counts: more than the \d+ postings$/,
    ],
    [
      'a character outside the alphabet',
      (t: string) => {
        const l = lines(t);
        l[BLOCK.termNumbers] = `*${l[BLOCK.termNumbers]!.slice(1)}`;
        return l.join('\n');
      },
      /^term numbers: number 1 of \d+ is cut short$/,
    ],
    ['a byte past its end', (t: string) => `${t}x`, /^text: the file goes on past its end$/],
    ['its end cut off', (t: string) => t.slice(0, -10), /^text: the file ends inside it$/],
    ['nothing at all', () => '', /^header .*: not found$/],
  ])('refuses %s, naming the block', (_what, edit, message) => {
    expect(problem(edit)).toMatch(message);
  });

  it('never throws, whatever the bytes', () => {
    const bytes = new TextEncoder().encode(shipped);
    for (let at = 0; at < bytes.length; at += 97) {
      const damaged = bytes.slice();
      damaged[at] = damaged[at]! ^ 0x5a;
      expect(() => read(damaged)).not.toThrow();
    }
  }, 60_000);

  it('shows a damaged byte of a document’s text as U+FFFD, never failing a search', () => {
    const bytes = new TextEncoder().encode(shipped);
    bytes[bytes.length - 3] = 0xff;
    const result = read(bytes);
    expect(result.ok && result.index.doc(docs.length - 1).body).toContain('\uFFFD');
  });
});

describe('deriving the compact index', () => {
  it('refuses a Lunr index whose weights are not in thousandths (they would not be Lunr’s)', () => {
    const index = lunrIndex() as unknown as { fieldVectors: [string, number[]][] };
    index.fieldVectors[0]![1][1] = 0.0001;
    expect(() => deriveCompactIndex(index as unknown as LunrIndexJson, docs)).toThrow(
      /is not in thousandths/,
    );
  });

  it('refuses a posting without its weight', () => {
    const index = lunrIndex() as unknown as { fieldVectors: [string, number[]][] };
    index.fieldVectors[0]![1] = [];
    expect(() => deriveCompactIndex(index as unknown as LunrIndexJson, docs)).toThrow(
      /has no document or weight/,
    );
  });
});
