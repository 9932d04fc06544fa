import { APP_NAME, APP_VERSION } from '../app';
import type { Manifest, SourceFile } from '../pack/schema';
import { deepLink } from '../route';
import type { ExportDoc } from './model';

/** The heading of the list of web pages a copy's facts after 2001 cite. */
export const SOURCES_HEADING = 'Sources';

/** One work a copy rests on: the 2001 FAQ, or the dataset of sources after it. */
export interface CitedWork {
  publisher: string;
  title: string;
  edition: string;
}

/** The first work cited (the FAQ where the copy rests on it), and the app that made the copy. */
export interface Citation extends CitedWork {
  /** The sources after 2001, when the copy rests on the FAQ and on them. */
  and?: CitedWork;
  /** True when the copy lists the web pages its facts after 2001 cite, under “Sources”. */
  webSources?: boolean;
  appName: string;
  appVersion: string;
  packVersion: string;
  /** cica://<section>[/<item>]: opens the same place in the app. */
  deepLink: string;
  /** ISO date (YYYY-MM-DD) of the copy or export. */
  accessed: string;
}

function work(source: SourceFile): CitedWork {
  return {
    publisher: source.publisher,
    title: source.title,
    edition: `as of ${source.asOf.label}`,
  };
}

export function citationFor(doc: ExportDoc, manifest: Manifest, now: Date): Citation {
  const basis = doc.basis ?? 'faq';
  const faq = work(manifest.sources.faq);
  const later = work(manifest.sources.since2001);
  return {
    ...(basis === 'later' ? later : faq),
    ...(basis === 'both' ? { and: later } : {}),
    ...(listsSources(doc) ? { webSources: true } : {}),
    appName: APP_NAME,
    appVersion: APP_VERSION,
    packVersion: manifest.version,
    deepLink: deepLink(doc),
    accessed: now.toISOString().slice(0, 10),
  };
}

function listsSources(doc: ExportDoc): boolean {
  return doc.blocks.some((b) => b.kind === 'heading' && b.text === SOURCES_HEADING);
}

/** The citation as one sentence, the same words in every format. */
export function citationSentence(c: Citation): string {
  const first = `${c.publisher}, ${c.title}, ${c.edition}`;
  const works = c.and
    ? `Sources: ${first}; and ${c.and.publisher}, ${c.and.title}, ${c.and.edition}`
    : `Source: ${first}`;
  const pages = c.webSources
    ? ' (the web pages behind each fact after 2001, with publisher, date and URL, are listed under “Sources”)'
    : '';
  return (
    `${works}${pages}. ` +
    `${c.appName} ${c.appVersion}, data pack ${c.packVersion}, ${c.deepLink} (accessed ${c.accessed}).`
  );
}
