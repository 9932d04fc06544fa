import * as v from 'valibot';
import { SECTIONS } from '../sections';

/** The pack layout this build reads and writes; bump when a file's shape changes. */
export const PACK_FORMAT = 4;

export const PACK_FILES = {
  manifest: 'manifest.json',
  faq: 'faq.json',
  corpus: 'corpus.json',
  searchDocs: 'search-docs.json',
  searchIndex: 'search-index.json',
  /** The compact index the app searches, derived from search-index.json (search/compact-format.ts). */
  searchCompact: 'search-compact.txt',
  /** The detached Ed25519 signature over the exact bytes of manifest.json (64 bytes). */
  signature: 'manifest.sig',
} as const;

/** An Ed25519 signature is always 64 bytes. */
export const SIGNATURE_BYTES = 64;

/** The files a manifest lists: exactly these, by these plain names, and nothing else. */
export const CONTENT_FILES = [
  PACK_FILES.faq,
  PACK_FILES.corpus,
  PACK_FILES.searchDocs,
  PACK_FILES.searchIndex,
  PACK_FILES.searchCompact,
] as const;
export type ContentFile = (typeof CONTENT_FILES)[number];

/** The manifest is a page of JSON; nothing larger is read as one. */
export const MAX_MANIFEST_BYTES = 64 * 1024;
/** No content file may be declared larger (the 1000x benchmark's index is 156 MB). */
export const MAX_FILE_BYTES = 256 * 1024 * 1024;

// Windows reserves these device names, with any extension, in every folder.
const WINDOWS_DEVICE = /^(con|prn|aux|nul|com\d|lpt\d)(\.|$)/i;

/**
 * A name that can only mean a file inside the pack folder, on any system: no
 * separators (/ or \), no drive or stream colon, no "." or ".." or leading
 * dot, no control characters, no trailing dot or space (Windows drops them),
 * no Windows device name (CON, NUL, COM1...).
 */
export function isPlainFileName(name: string): boolean {
  return (
    /^[A-Za-z0-9_][A-Za-z0-9._-]{0,99}$/.test(name) &&
    !/[. ]$/.test(name) &&
    !name.includes('..') &&
    !WINDOWS_DEVICE.test(name)
  );
}

const Sha256 = v.pipe(
  v.string(),
  v.regex(/^[0-9a-f]{64}$/, 'must be a lowercase sha256 hex digest'),
);
const NonEmpty = v.pipe(v.string(), v.nonEmpty('must not be empty'));

const ListItemSchema = v.strictObject({ marker: v.optional(NonEmpty), text: NonEmpty });

const BlockSchema = v.variant('kind', [
  v.strictObject({ kind: v.literal('paragraph'), text: NonEmpty }),
  v.strictObject({
    kind: v.literal('list'),
    ordered: v.boolean(),
    items: v.pipe(v.array(ListItemSchema), v.minLength(1, 'a list needs at least one item')),
  }),
]);

const FaqEntrySchema = v.strictObject({
  id: v.pipe(v.string(), v.regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'must be a lowercase slug')),
  number: v.pipe(v.number(), v.integer(), v.minValue(1)),
  question: NonEmpty,
  blocks: v.pipe(v.array(BlockSchema), v.minLength(1, 'an answer needs at least one block')),
  lines: v.strictObject({
    first: v.pipe(v.number(), v.integer(), v.minValue(1)),
    last: v.pipe(v.number(), v.integer(), v.minValue(1)),
  }),
});

export const SearchDocsSchema = v.pipe(
  v.array(
    v.strictObject({
      id: NonEmpty,
      section: v.picklist(SECTIONS.map((s) => s.id)),
      item: NonEmpty,
      anchor: v.optional(v.string()),
      title: NonEmpty,
      names: v.string(),
      body: v.string(),
    }),
  ),
  // The index refers to documents by id: two with one id would make one unreachable.
  v.rawCheck(({ dataset, addIssue }) => {
    if (!dataset.typed) return;
    const seen = new Set<string>();
    for (const { id } of dataset.value) {
      if (seen.has(id)) return addIssue({ message: `id ${JSON.stringify(id)} is used twice` });
      seen.add(id);
    }
  }),
);

export const FaqFileSchema = v.strictObject({ entries: v.array(FaqEntrySchema) });
export type FaqFile = v.InferOutput<typeof FaqFileSchema>;

const FileRecordSchema = v.strictObject({
  sha256: Sha256,
  bytes: v.pipe(
    v.number(),
    v.integer(),
    v.minValue(0),
    v.maxValue(MAX_FILE_BYTES, `must be at most ${MAX_FILE_BYTES} bytes`),
  ),
});

/** The file list: the allow-list's names, each once, checked before any of them is opened. */
const FilesSchema = v.pipe(
  v.record(v.string(), FileRecordSchema),
  v.rawCheck(({ dataset, addIssue }) => {
    if (!dataset.typed) return;
    const names = Object.keys(dataset.value);
    const stranger = names.find((name) => !(CONTENT_FILES as readonly string[]).includes(name));
    if (stranger !== undefined) {
      const why = isPlainFileName(stranger)
        ? 'is not a file of this pack'
        : 'is not a plain file name';
      addIssue({
        message: `${JSON.stringify(stranger)} ${why} (a pack has ${CONTENT_FILES.join(', ')})`,
      });
    }
    const absent = CONTENT_FILES.find((name) => !names.includes(name));
    if (absent !== undefined) addIssue({ message: `does not list ${absent}` });
  }),
);

/** A key's id: the first 16 hex digits of the sha256 of its public key (SPKI DER). */
export const KeyIdSchema = v.pipe(v.string(), v.regex(/^[0-9a-f]{16}$/, 'must be 16 hex digits'));

/** The id every pack of this app carries; a pack for anything else is not ours to read. */
export const PACK_ID = 'cica-reference';

export const AppVersionSchema = v.pipe(
  v.string(),
  v.regex(/^\d{1,4}\.\d{1,4}\.\d{1,4}$/, 'must be a version such as 1.2.3'),
);

/** Who made the pack and when: what the reader is shown before installing it. */
export const PackInfoSchema = v.strictObject({
  id: v.literal(PACK_ID, `must be "${PACK_ID}"`),
  /** Grows by one with every pack published; installed packs live in packs/<edition>/. */
  edition: v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(1_000_000)),
  /** The day the pack was made (YYYY-MM-DD). */
  published: v.pipe(v.string(), v.isoDate('must be a date YYYY-MM-DD')),
  /** The oldest app that can read it. */
  minAppVersion: AppVersionSchema,
  /** The key that signed manifest.sig. */
  keyId: KeyIdSchema,
  /** A few sentences for the reader. */
  whatsNew: v.pipe(
    v.string(),
    v.nonEmpty('must not be empty'),
    v.maxLength(600, 'must be at most 600 characters'),
  ),
});
export type PackInfo = v.InferOutput<typeof PackInfoSchema>;

const YearMonth = v.pipe(v.string(), v.regex(/^\d{4}-\d{2}$/, 'must be YYYY-MM'));

/** A source file the pack is compiled from, and the last month it covers. */
const SourceFileSchema = v.strictObject({
  file: NonEmpty,
  sha256: Sha256,
  title: NonEmpty,
  publisher: NonEmpty,
  asOf: v.strictObject({ date: YearMonth, label: NonEmpty }),
});
export type SourceFile = v.InferOutput<typeof SourceFileSchema>;

export const ManifestSchema = v.strictObject({
  format: v.number(),
  pack: PackInfoSchema,
  /** Short content hash of the pack, quoted in citations so a reader can tell packs apart. */
  version: NonEmpty,
  /** The latest month its sources cover (ISO 8601 year-month: sources are dated to the month). */
  edition: v.strictObject({ date: YearMonth, label: NonEmpty }),
  /** The FAQ of September 2001, and the dataset of later sources (to September 2025). */
  sources: v.strictObject({ faq: SourceFileSchema, since2001: SourceFileSchema }),
  lunrVersion: NonEmpty,
  files: FilesSchema,
});
export type Manifest = v.InferOutput<typeof ManifestSchema>;

/** Formats the first schema issue as "path.to.field: message" for error messages. */
export function describeIssues(issues: readonly v.BaseIssue<unknown>[]): string {
  const issue = issues[0];
  if (!issue) return 'invalid';
  const path = v.getDotPath(issue);
  return path ? `${path}: ${issue.message}` : issue.message;
}
