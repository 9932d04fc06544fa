import type { Segment } from '../corpus/errata';
import type { SectionId } from '../sections';

/** A run of text as published, with any corrections, and where it comes from. */
export interface Inline {
  segments: Segment[];
  /** Short source label, "FAQ 5 ¶2.1". */
  source?: string;
  /** A statement in the source's own words: shown in quotation marks. */
  quoted?: boolean;
  /** A web address after the text: shown as text to copy, never made a link. */
  url?: string;
}

export type ExportBlock =
  | { kind: 'heading'; level: 2 | 3; text: string }
  | { kind: 'paragraph'; content: Inline }
  | { kind: 'list'; ordered: boolean; items: ListEntry[] }
  | { kind: 'table'; columns: Column[]; rows: Inline[][] }
  | { kind: 'fields'; rows: { label: string; content: Inline }[] };

export interface ListEntry {
  /** The published number of an ordered item ("I." included), with its correction if any. */
  marker?: Segment;
  content: Inline;
}

export interface Column {
  label: string;
  numeric?: boolean;
}

/** One exportable thing (a tab, a group or an item), independent of the output format. */
export interface ExportDoc {
  /** The section or item id it was exported by ("search" for results); also its deep link. */
  target: string;
  section: SectionId;
  /** For search results: the query, part of the deep link. */
  query?: string;
  title: string;
  blocks: ExportBlock[];
  /**
   * What its statements rest on: the 2001 FAQ (the default), the sources
   * after 2001, or both. The citation names each.
   */
  basis?: Basis;
}

export type Basis = 'faq' | 'later' | 'both';

/** Plain text as an Inline, with no corrections. */
export function plain(text: string, source?: string): Inline {
  return { segments: [{ text }], source };
}
