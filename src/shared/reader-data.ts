// The loaded pack as the renderer sees it. Its own module, so that the
// reference's look-ups and the API contract can both name it without
// depending on each other.
import type { Corpus } from './corpus/schema';
import type { FaqFile, Manifest } from './pack/schema';
import type { Pack } from './pack/verify';

/** What the renderer needs to show the reference: content and edition, not the search index. */
export interface ReaderData {
  manifest: Manifest;
  faq: FaqFile;
  corpus: Corpus;
}

export function toReaderData({ manifest, faq, corpus }: Pack): ReaderData {
  return { manifest, faq, corpus };
}
