/** One block of an answer, kept as published: a paragraph or a list. */
export type Block =
  { kind: 'paragraph'; text: string } | { kind: 'list'; ordered: boolean; items: ListItem[] };

/** A list item; `marker` is the ordered-list number exactly as published ("I." included). */
export interface ListItem {
  marker?: string;
  text: string;
}

export interface FaqEntry {
  /** Stable id, derived from the question: used in deep links and citations. */
  id: string;
  /** 1-based position in the source document. */
  number: number;
  question: string;
  blocks: Block[];
  /** 1-based line range in the source document, for provenance. */
  lines: { first: number; last: number };
}
