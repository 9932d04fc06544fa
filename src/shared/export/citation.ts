import { APP_NAME, APP_VERSION } from '../app';
import type { Manifest } from '../pack/schema';
import { deepLink } from '../route';
import type { ExportDoc } from './model';

export interface Citation {
  publisher: string;
  title: string;
  edition: string;
  appName: string;
  appVersion: string;
  packVersion: string;
  /** cica://<section>[/<item>]: opens the same place in the app. */
  deepLink: string;
  /** ISO date (YYYY-MM-DD) of the copy or export. */
  accessed: string;
}

export function citationFor(doc: ExportDoc, manifest: Manifest, now: Date): Citation {
  return {
    publisher: manifest.sources.faq.publisher,
    title: manifest.sources.faq.title,
    edition: `as of ${manifest.sources.faq.asOf.label}`,
    appName: APP_NAME,
    appVersion: APP_VERSION,
    packVersion: manifest.version,
    deepLink: deepLink(doc),
    accessed: now.toISOString().slice(0, 10),
  };
}

/** The citation as one sentence, the same words in every format. */
export function citationSentence(c: Citation): string {
  return (
    `Source: ${c.publisher}, ${c.title}, ${c.edition}. ` +
    `${c.appName} ${c.appVersion}, data pack ${c.packVersion}, ${c.deepLink} (accessed ${c.accessed}).`
  );
}
