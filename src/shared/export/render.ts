import type { Reference } from '../reference';
import type { Searcher } from '../search/results';
import { PARTICIPANT_GROUPS, participantsOf } from '../corpus/labels';
import { buildExport, buildPassageExport, buildSearchExport } from './build';
import { citationFor, citationSentence, type Citation } from './citation';
import { toCsv, toJson } from './data';
import { laterMembershipRows } from './membership-rows';
import { toHtmlDocument, toHtmlFragment } from './html';
import { toMarkdown } from './markdown';
import { toText } from './text';
import type {
  ClipboardContent,
  CopyRequest,
  FileContent,
  SaveFormat,
  SaveRequest,
} from './request';

const FILE_TYPES: Record<SaveFormat, { extension: string; mime: string }> = {
  markdown: { extension: 'md', mime: 'text/markdown' },
  html: { extension: 'html', mime: 'text/html' },
  text: { extension: 'txt', mime: 'text/plain' },
  csv: { extension: 'csv', mime: 'text/csv' },
  json: { extension: 'json', mime: 'application/json' },
};

/**
 * A CSV cannot list the web pages its rows cite: the citation says where their
 * ids are resolved (the same section's other exports list them under “Sources”).
 */
function csvCitation(citation: Citation): string {
  if (!citation.webSources) return citationSentence(citation);
  return (
    `${citationSentence({ ...citation, webSources: false })} ` +
    'The column sources_after_2001 gives the ids of the web pages each row rests on; ' +
    'the Markdown, HTML and text exports of the same place list them under “Sources”, ' +
    'with publisher, date and URL.'
  );
}

type Rendered<T> = { ok: true; value: T } | { ok: false; message: string };

/**
 * Formats a section, group, item or the current search results, for the
 * clipboard or a file, with its citation. One formatter for the app, the web
 * edition and the CLI.
 */
export class Exporter {
  constructor(
    private readonly reference: Reference,
    private readonly engine: Searcher,
    private readonly now: () => Date,
  ) {}

  forClipboard(request: CopyRequest): Rendered<ClipboardContent> {
    const doc = this.doc(request);
    if (!doc.ok) return doc;
    const citation = citationFor(doc.value, this.reference.data.manifest, this.now());
    const title = doc.value.title;
    switch (request.format) {
      case 'rich':
        return {
          ok: true,
          value: {
            title,
            text: toText(doc.value, citation),
            html: toHtmlFragment(doc.value, citation),
          },
        };
      case 'markdown':
        return { ok: true, value: { title, text: toMarkdown(doc.value, citation) } };
      case 'text':
        return { ok: true, value: { title, text: toText(doc.value, citation) } };
    }
  }

  forFile(request: SaveRequest): Rendered<FileContent> {
    const doc = this.doc(request);
    if (!doc.ok) return doc;
    const citation = citationFor(doc.value, this.reference.data.manifest, this.now());
    const participants = this.participants(request.target);
    let content: string;
    switch (request.format) {
      case 'markdown':
        content = toMarkdown(doc.value, citation);
        break;
      case 'html':
        content = toHtmlDocument(doc.value, citation);
        break;
      case 'text':
        content = toText(doc.value, citation);
        break;
      case 'json':
        content = toJson(doc.value, citation, participants);
        break;
      case 'csv': {
        const later = laterMembershipRows(this.reference, request.target);
        if (!participants && !later) {
          return { ok: false, message: 'CSV is offered for the membership only' };
        }
        content = toCsv(participants ?? [], this.reference.data.manifest.sources.faq.asOf, later);
        break;
      }
    }
    const { extension, mime } = FILE_TYPES[request.format];
    const name =
      doc.value.target === 'search'
        ? 'search-results'
        : `${doc.value.target}${request.anchor ? `-${request.anchor}` : ''}`;
    const fileName = `cica-${name}.${extension}`;
    const value: FileContent = { title: doc.value.title, fileName, mime, content };
    if (request.format === 'csv') value.citation = csvCitation(citation);
    return { ok: true, value };
  }

  /** The participants a membership target covers, for CSV and JSON; undefined elsewhere. */
  participants(target: string) {
    const { participants } = this.reference.corpus;
    if (target === 'membership') return participants;
    const group = PARTICIPANT_GROUPS.find((g) => g.id === target);
    if (group) return participantsOf(this.reference.corpus, group.kind);
    const one = participants.filter((p) => p.id === target);
    return one.length ? one : undefined;
  }

  private doc(request: CopyRequest | SaveRequest) {
    if (request.target === 'search') {
      const query = request.query ?? '';
      const results = this.engine.search(query, { limit: 100, section: request.section });
      return {
        ok: true as const,
        value: buildSearchExport(this.reference, query, results),
      };
    }
    const doc = request.anchor
      ? buildPassageExport(this.reference, request.target, request.anchor)
      : buildExport(this.reference, request.target);
    return doc
      ? { ok: true as const, value: doc }
      : { ok: false as const, message: `nothing to export with the id "${request.target}"` };
  }
}
