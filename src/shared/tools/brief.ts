import escapeHtml from 'escape-html';
import { buildExport, buildPassageExport } from '../export/build';
import { APP_NAME, APP_VERSION } from '../app';
import { citationFor, citationSentence } from '../export/citation';
import { blockToHtml } from '../export/html';
import { blockToMarkdown, escapeMarkdown } from '../export/markdown';
import type { ExportBlock, ExportDoc } from '../export/model';
import type { Reference } from '../reference';
import type { Dossier, Place } from './places';

/** One piece of the brief, with the number of its reference. */
interface BriefPiece {
  number: number;
  title: string;
  blocks: ExportBlock[];
  /** The place is not in this pack: only its title, as added, is left. */
  missing: boolean;
}

interface BriefReference {
  number: number;
  /** The citation sentence (source, edition, app, pack, deep link, date). */
  text: string;
}

/** A dossier made into one document: pieces in the reader's order, each citation once at the end. */
export interface Brief {
  title: string;
  /** What the brief is and where it comes from, in one paragraph. */
  lead: string;
  pieces: BriefPiece[];
  references: BriefReference[];
  /** A file name from the title: "talking-points-for-almaty". */
  fileStem: string;
}

const UNTITLED_BRIEF = 'CICA dossier';

export function placeExport(reference: Reference, place: Pick<Place, 'target' | 'anchor'>) {
  return place.anchor
    ? buildPassageExport(reference, place.target, place.anchor)
    : buildExport(reference, place.target);
}

export function buildBrief(reference: Reference, dossier: Dossier, now: Date): Brief {
  const { manifest } = reference.data;
  const title = dossier.title.trim() || UNTITLED_BRIEF;
  const pieces: BriefPiece[] = [];
  const references: BriefReference[] = [];
  let later = false;
  dossier.pieces.forEach((place, index) => {
    const number = index + 1;
    const doc: ExportDoc | undefined = placeExport(reference, place);
    if (doc?.basis === 'later' || doc?.basis === 'both') later = true;
    pieces.push({
      number,
      title: doc?.title ?? place.title,
      blocks: doc?.blocks ?? [],
      missing: !doc,
    });
    references.push({
      number,
      text: doc
        ? citationSentence(citationFor(doc, manifest, now))
        : `“${place.title}”, added ${place.added.slice(0, 10)}: not in data pack ${manifest.version} of ${APP_NAME}; it was in the pack the reader had then.`,
    });
  });
  const date = now.toISOString().slice(0, 10);
  const { faq, since2001 } = manifest.sources;
  const fromFaq = `“${faq.title}”, published by the ${faq.publisher}: CICA as of ${faq.asOf.label}`;
  // A brief with pieces after 2001 names their sources too; each piece lists its web pages.
  const from = later
    ? `${fromFaq}; and from “${since2001.title}”, ${since2001.publisher}: CICA after 2001, ` +
      `as of ${since2001.asOf.label}, each fact with its web pages under “Sources”`
    : `${fromFaq}, not its present state`;
  return {
    title,
    lead:
      `Compiled on ${date} with ${APP_NAME} ${APP_VERSION} (data pack ${manifest.version}) from ` +
      `${from}. Numbers in brackets refer to the references at the end.`,
    pieces,
    references,
    fileStem: fileStem(title),
  };
}

/** A safe, readable file name from the title; the default one when nothing is left of it. */
export function fileStem(title: string): string {
  const stem = title
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/, '');
  return stem || 'cica-dossier';
}

const MISSING_TEXT = 'This piece is not in the data pack the app has now (see its reference).';

export function briefToMarkdown(brief: Brief): string {
  const parts = [
    `# ${escapeMarkdown(brief.title)}`,
    escapeMarkdown(brief.lead),
    ...brief.pieces.flatMap((piece) => [
      `## ${escapeMarkdown(piece.title)} \\[${piece.number}\\]`,
      ...(piece.missing ? [`*${MISSING_TEXT}*`] : piece.blocks.map((b) => blockToMarkdown(b, 1))),
    ]),
    '## References',
    brief.references.map((r) => `${r.number}. ${escapeMarkdown(r.text)}`).join('\n'),
  ];
  return `${parts.join('\n\n')}\n`;
}

export function briefToHtml(brief: Brief): string {
  const body = [
    `<h1>${escapeHtml(brief.title)}</h1>`,
    `<p>${escapeHtml(brief.lead)}</p>`,
    ...brief.pieces.flatMap((piece) => [
      `<h2>${escapeHtml(piece.title)} <sup>[${piece.number}]</sup></h2>`,
      ...(piece.missing
        ? [`<p><em>${escapeHtml(MISSING_TEXT)}</em></p>`]
        : piece.blocks.map((b) => blockToHtml(b, 1))),
    ]),
    '<h2>References</h2>',
    `<ol>${brief.references.map((r) => `<li>${escapeHtml(r.text)}</li>`).join('')}</ol>`,
  ];
  return [
    '<!doctype html>',
    '<html lang="en">',
    '<head>',
    '<meta charset="utf-8">',
    `<title>${escapeHtml(brief.title)}</title>`,
    '<style>body{font-family:system-ui,sans-serif;line-height:1.5;max-width:46rem;margin:2rem auto;padding:0 1rem}</style>',
    '</head>',
    '<body>',
    ...body,
    '</body>',
    '</html>',
    '',
  ].join('\n');
}
