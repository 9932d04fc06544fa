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
  'sources_after_2001',
];

/** A participant at a date after 2001, as a row: the list it comes from and its sources. */
export interface LaterCsvRow {
  /** The item the row comes from ("members-today"). */
  id: string;
  status: Participant['kind'];
  /** YYYY-MM: the month the sources cover. */
  asOf: string;
  name: string;
  iso2?: string;
  /** Ids of the web pages the row rests on ("KM7 O11"). */
  sources: readonly string[];
}

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
 * dated: the FAQ's year and month for its participants, the later sources'
 * for the lists after 2001, each row with the web pages it rests on. The
 * citation travels beside the file (see FileContent.citation), not in a row.
 */
export function toCsv(
  participants: readonly Participant[],
  edition: SourceFile['asOf'],
  later: readonly LaterCsvRow[] = [],
): string {
  const rows = [
    ...participants.map((p) =>
      csvRow([
        p.id,
        p.kind,
        edition.date,
        p.shortName,
        p.publishedName,
        p.iso2 ?? '',
        p.abbreviation ?? '',
        p.source.entry,
        '',
      ]),
    ),
    ...later.map((r) =>
      csvRow([r.id, r.status, r.asOf, r.name, r.name, r.iso2 ?? '', '', '', r.sources.join(' ')]),
    ),
  ];
  return `${[csvRow(CSV_COLUMNS), ...rows].join('\r\n')}\r\n`;
}
