import { describe, expect, it } from 'vitest';
import { parseFaq, slugify } from '../../../src/shared/faq/parse';
import { answerText } from '../../../src/shared/faq/text';
import { sourceText } from '../../helpers/source';

const entries = parseFaq(sourceText());
const sourceLines = new Set(sourceText().split('\n'));

describe('parseFaq on the published FAQ', () => {
  it('finds the 33 question-and-answer entries, numbered in order', () => {
    expect(entries).toHaveLength(33);
    expect(entries.map((e) => e.number)).toEqual(Array.from({ length: 33 }, (_, i) => i + 1));
    expect(entries[0]!.question).toBe('What is the CICA and why was it created?');
    expect(entries[32]!.question).toBe('What are the scientific bases of CICA process?');
  });

  it('splits the question that follows its previous answer without a blank line', () => {
    const tactics = entries.find((e) => e.question.startsWith('What tactics are used'))!;
    const next = entries[tactics.number]!;
    expect(next.question).toBe(
      'What issues all CICA participants consider the necessity of discussing?',
    );
    expect(answerText(tactics)).not.toContain('What issues');
    expect(next.blocks[1]).toMatchObject({ kind: 'list', ordered: false });
  });

  it('leaves the site navigation above and below the FAQ out of the content', () => {
    const all = entries.map((e) => `${e.question}\n${answerText(e)}`).join('\n');
    for (const navigation of [
      'Home Page',
      'Consular Section',
      'Useful Links',
      'Relations with the',
    ]) {
      expect(all).not.toContain(navigation);
    }
    expect(answerText(entries[32]!)).toMatch(/increase the CICA work efficiency\.$/);
  });

  it('keeps every paragraph and list item exactly as published', () => {
    for (const entry of entries) {
      expect(sourceLines.has(entry.question)).toBe(true);
      for (const block of entry.blocks) {
        if (block.kind === 'paragraph') expect(sourceLines.has(block.text)).toBe(true);
        else
          for (const item of block.items) {
            const line = item.marker ? `${item.marker} ${item.text}` : `- ${item.text}`;
            expect(sourceLines.has(line), line).toBe(true);
          }
      }
    }
  });

  it('turns the source lists into lists, ordered ones with their published markers', () => {
    const members = entries.find((e) => e.question === 'Which countries are members of the CICA?')!;
    expect(members.blocks[0]).toMatchObject({ kind: 'paragraph' });
    expect(members.blocks[1]).toMatchObject({ kind: 'list', ordered: false });
    expect(members.blocks[1]!.kind === 'list' && members.blocks[1]!.items).toHaveLength(16);

    const observers = entries.find((e) => e.question.includes('observer status'))!;
    const list = observers.blocks[1]!;
    expect(list.kind === 'list' && list.ordered).toBe(true);
    if (list.kind !== 'list') return;
    expect(list.items.map((i) => i.marker)).toEqual([
      'I.',
      '2.',
      '3.',
      '4.',
      '5.',
      '6.',
      '7.',
      '8.',
      '9.',
      '10.',
    ]);
    expect(list.items[0]!.text).toBe('Australia;');
  });

  it('gives every entry a unique, stable slug id and its source lines', () => {
    const ids = entries.map((e) => e.id);
    expect(new Set(ids).size).toBe(33);
    for (const id of ids) expect(id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
    expect(entries[13]!.id).toBe('when-was-a-special-working-group-created');
    expect(entries[0]!.lines).toEqual({ first: 20, last: 22 });
  });

  it('refuses a question without an answer, naming its line', () => {
    expect(() => parseFaq('Is this a question?\n\nAnd this?\nAnswer.\n')).toThrow(
      'line 1: the question "Is this a question?" has no answer',
    );
  });
});

describe('slugify', () => {
  it('keeps at most eight words of letters and digits', () => {
    expect(slugify('When the Contact group was created?')).toBe(
      'when-the-contact-group-was-created',
    );
    expect(slugify('Über «quoted» words, 14,1999 and more and more words')).toBe(
      'uber-quoted-words-14-1999-and-more-and',
    );
  });
});
