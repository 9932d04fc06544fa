import type { SectionId } from '../sections';

/**
 * One searchable item. FAQ answers are indexed paragraph by paragraph, so a
 * result can open the entry on the very paragraph that matched; everything
 * else is one document per item, those after 2001 included.
 */
export interface SearchDoc {
  /** Unique: the item id, or "<entry-id>/<paragraph>" for a FAQ paragraph. */
  id: string;
  section: SectionId;
  /** The item the result opens (the FAQ entry for a paragraph). */
  item: string;
  /** The paragraph to highlight, for FAQ paragraphs. */
  anchor?: string;
  title: string;
  /** Other names: short names, abbreviations, aliases, ISO codes. */
  names: string;
  body: string;
}
