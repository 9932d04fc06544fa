import type { Block, FaqEntry, ListItem } from './types';

/**
 * Splits the published FAQ text into its question-and-answer entries.
 *
 * The source is one paragraph per line. A question is a line ending in "?"
 * (one question follows its previous answer without a blank line, so blank
 * lines are not what separates entries). The embassy site's navigation lines
 * before the first question and after the last answer are not content: the
 * FAQ ends where the "Relations with the" sidebar links begin.
 */
export function parseFaq(source: string): FaqEntry[] {
  const lines = source.replace(/\r\n?/g, '\n').split('\n');
  const end = lines.findIndex((line) => line.startsWith(FOOTER_START));
  const faqLines = end === -1 ? lines : lines.slice(0, end);

  const entries: FaqEntry[] = [];
  const usedIds = new Set<string>();
  let current: { question: string; first: number; body: { text: string; line: number }[] } | null =
    null;

  const finish = (): void => {
    if (!current) return;
    const blocks = toBlocks(current.body.map((b) => b.text));
    if (blocks.length === 0) {
      throw new Error(`line ${current.first}: the question "${current.question}" has no answer`);
    }
    const id = uniqueId(slugify(current.question), usedIds);
    const last = current.body[current.body.length - 1]!.line;
    entries.push({
      id,
      number: entries.length + 1,
      question: current.question,
      blocks,
      lines: { first: current.first, last },
    });
  };

  faqLines.forEach((raw, index) => {
    const text = raw.trim();
    const lineNumber = index + 1;
    if (text === '') return;
    if (text.endsWith('?')) {
      finish();
      current = { question: text, first: lineNumber, body: [] };
    } else if (current) {
      current.body.push({ text, line: lineNumber });
    }
    // Lines before the first question are the site's navigation: skipped.
  });
  finish();
  return entries;
}

const FOOTER_START = 'Relations with the';
const BULLET = /^-\s+(.*)$/;
// "I." stands for "1." in one published list; it is kept as published.
const NUMBERED = /^(\d+\.|I\.)\s*(.*)$/;

function toBlocks(lines: string[]): Block[] {
  const blocks: Block[] = [];
  for (const line of lines) {
    const bullet = BULLET.exec(line);
    const numbered = bullet ? null : NUMBERED.exec(line);
    if (!bullet && !numbered) {
      blocks.push({ kind: 'paragraph', text: line });
      continue;
    }
    const ordered = numbered !== null;
    const item: ListItem = numbered
      ? { marker: numbered[1]!, text: numbered[2]! }
      : { text: bullet![1]! };
    const previous = blocks[blocks.length - 1];
    if (previous?.kind === 'list' && previous.ordered === ordered) {
      previous.items.push(item);
    } else {
      blocks.push({ kind: 'list', ordered, items: [item] });
    }
  }
  return blocks;
}

const MAX_ID_WORDS = 8;

/** "When was a Special working group created?" -> "when-was-a-special-working-group-created" */
export function slugify(text: string): string {
  const words = text
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
  return words.slice(0, MAX_ID_WORDS).join('-');
}

function uniqueId(base: string, used: Set<string>): string {
  let id = base;
  for (let n = 2; used.has(id); n++) id = `${base}-${n}`;
  used.add(id);
  return id;
}
