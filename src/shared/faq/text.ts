import type { Block, FaqEntry } from './types';

/** One block as plain text, list items on their own lines with their published markers. */
export function blockText(block: Block): string {
  if (block.kind === 'paragraph') return block.text;
  return block.items.map((item) => `${item.marker ?? '-'} ${item.text}`).join('\n');
}

/** The whole answer of an entry as plain text. */
export function answerText(entry: FaqEntry): string {
  return entry.blocks.map(blockText).join('\n');
}
