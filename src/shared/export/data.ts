import type { SourceFile } from '../pack/schema';
import type { Participant } from '../corpus/schema';
import { citationSentence, type Citation } from './citation';
import type { ExportDoc } from './model';

/** The export as data: the document model (every segment and correction) and the citation. */
export function toJson(
  doc: ExportDoc,
  citation: Citation,
  participants?: readonly Participant[],
): string {
  const data = {
    title: doc.title,
    target: doc.target,
    section: doc.section,
    ...(participants ? { participants } : {}),
    content: doc.blocks,
    citation: { ...citation, text: citationSentence(citation) },
  };
  return `${JSON.stringify(data, null, 2)}\n`;
}

const CSV_COLUMNS = [
  'id',
  'status',
  'status_as_of',
  'short_name',
  'name_as_published',
  'iso_3166',
  'abbreviation',
  'source_faq_entry',
];

/**
 * A cell a spreadsheet would run as a formula (it starts with =, +, - or @,
 * or a tab or carriage return before one) gets a leading apostrophe, as
 * OWASP advises against CSV injection: a pack's text is data, never a formula.
 */
function neutraliseFormula(field: string): string {
  return /^[=+\-@\t\r]/.test(field) ? `'${field}` : field;
}

/** RFC 4180 quoting: every field quoted, quotes doubled; formulas neutralised. */
function csvRow(fields: readonly string[]): string {
  return fields.map((f) => `"${neutraliseFormula(f).replace(/"/g, '""')}"`).join(',');
}

/**
 * Participants as CSV for a spreadsheet: a header and one row each, nothing
 * else, so that sorting and filtering see only participants. Each status is
 * dated (the source's year and month); the citation travels beside the file
 * (see FileContent.citation), not in a row.
 */
export function toCsv(participants: readonly Participant[], edition: SourceFile['asOf']): string {
  const rows = participants.map((p) =>
    csvRow([
      p.id,
      p.kind,
      edition.date,
      p.shortName,
      p.publishedName,
      p.iso2 ?? '',
      p.abbreviation ?? '',
      p.source.entry,
    ]),
  );
  return `${[csvRow(CSV_COLUMNS), ...rows].join('\r\n')}\r\n`;
}
