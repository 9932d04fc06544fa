import * as v from 'valibot';
import { SECTIONS } from '../sections';

/** The pack layout this build reads and writes; bump when a file's shape changes. */
export const PACK_FORMAT = 2;

export const PACK_FILES = {
  manifest: 'manifest.json',
  faq: 'faq.json',
  corpus: 'corpus.json',
  searchDocs: 'search-docs.json',
  searchIndex: 'search-index.json',
} as const;

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

export const SearchDocsSchema = v.array(
  v.strictObject({
    id: NonEmpty,
    section: v.picklist(SECTIONS.map((s) => s.id)),
    item: NonEmpty,
    anchor: v.optional(v.string()),
    title: NonEmpty,
    names: v.string(),
    body: v.string(),
  }),
);

export const FaqFileSchema = v.strictObject({ entries: v.array(FaqEntrySchema) });
export type FaqFile = v.InferOutput<typeof FaqFileSchema>;

const FileRecordSchema = v.strictObject({
  sha256: Sha256,
  bytes: v.pipe(v.number(), v.integer(), v.minValue(0)),
});

export const ManifestSchema = v.strictObject({
  format: v.number(),
  /** Short content hash of the pack, quoted in citations so a reader can tell packs apart. */
  version: NonEmpty,
  edition: v.strictObject({
    /** ISO 8601 year-month: the source is dated to the month. */
    date: v.pipe(v.string(), v.regex(/^\d{4}-\d{2}$/, 'must be YYYY-MM')),
    label: NonEmpty,
  }),
  source: v.strictObject({
    file: NonEmpty,
    sha256: Sha256,
    title: NonEmpty,
    publisher: NonEmpty,
  }),
  lunrVersion: NonEmpty,
  files: v.record(v.string(), FileRecordSchema),
});
export type Manifest = v.InferOutput<typeof ManifestSchema>;

/** Formats the first schema issue as "path.to.field: message" for error messages. */
export function describeIssues(issues: readonly v.BaseIssue<unknown>[]): string {
  const issue = issues[0];
  if (!issue) return 'invalid';
  const path = v.getDotPath(issue);
  return path ? `${path}: ${issue.message}` : issue.message;
}
