import type { Erratum, SourceRef } from './schema';

/** A run of published text, or a published slip together with its correction. */
export type Segment = { text: string } | { text: string; erratum: Erratum };

/** The errata that apply to one paragraph (or one list item) of a FAQ entry. */
export function errataAt(errata: readonly Erratum[], at: SourceRef): Erratum[] {
  return errata.filter(
    (e) =>
      e.where.entry === at.entry && e.where.paragraph === at.paragraph && e.where.item === at.item,
  );
}

/**
 * Splits published text around the slips that errata correct, so that a view
 * or an export can show each correction beside the text as published.
 * Errata are matched at their first occurrence; text is never altered.
 */
export function annotate(text: string, errata: readonly Erratum[]): Segment[] {
  const hits = errata
    .map((erratum) => ({ erratum, at: text.indexOf(erratum.published) }))
    .filter((hit) => hit.at >= 0)
    .sort((a, b) => a.at - b.at);
  const segments: Segment[] = [];
  let cursor = 0;
  for (const { erratum, at } of hits) {
    if (at < cursor) continue; // overlapping slips: the first one wins
    if (at > cursor) segments.push({ text: text.slice(cursor, at) });
    segments.push({ text: erratum.published, erratum });
    cursor = at + erratum.published.length;
  }
  if (cursor < text.length || segments.length === 0) segments.push({ text: text.slice(cursor) });
  return segments;
}

/** Published text with each correction in brackets beside it, for plain text and search. */
export function segmentsText(segments: readonly Segment[]): string {
  return segments
    .map((s) => ('erratum' in s ? `${s.text} [corrected: ${s.erratum.corrected}]` : s.text))
    .join('');
}
