import * as v from 'valibot';
import { Since2001Schema } from './since-2001';

// The curated corpus: structured facts drawn from the FAQ, each pointing back
// to the paragraph it comes from. Hand-written in resources/corpus.json,
// checked by the pack compiler (schema here, references and quotes in
// build/pack/check-corpus.ts), and read by main, renderer and CLI.

const Id = v.pipe(
  v.string(),
  v.regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'must be a lowercase id (letters, digits, hyphens)'),
);
const Text = v.pipe(v.string(), v.trim(), v.nonEmpty('must not be empty'));
const Positive = v.pipe(v.number(), v.integer(), v.minValue(1));

/** Where a statement comes from: a FAQ entry, the paragraph (block) in it, and the list item. */
export const SourceRefSchema = v.strictObject({
  entry: Id,
  /** 1-based block of the answer: a paragraph or a whole list. */
  paragraph: Positive,
  /** 1-based item when the block is a list. */
  item: v.optional(Positive),
});
export type SourceRef = v.InferOutput<typeof SourceRefSchema>;

/** A statement in the source's own words: `quote` must stand verbatim in the referenced paragraph. */
export const QuoteSchema = v.strictObject({ quote: Text, source: SourceRefSchema });
export type Quote = v.InferOutput<typeof QuoteSchema>;

/**
 * A date with the precision the source gives: "1999-09-14", "1994-10" or
 * "2001"; `end` closes a range ("4-5 September 2001"); `season` qualifies a
 * year ("autumn 2001").
 */
export const PartialDateSchema = v.strictObject({
  start: v.pipe(
    v.string(),
    v.regex(
      /^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/,
      'must be YYYY, YYYY-MM or YYYY-MM-DD',
    ),
  ),
  end: v.optional(v.pipe(v.string(), v.regex(/^\d{4}-\d{2}-\d{2}$/, 'must be YYYY-MM-DD'))),
  season: v.optional(v.picklist(['spring', 'summer', 'autumn', 'winter'])),
});
export type PartialDate = v.InferOutput<typeof PartialDateSchema>;

export const PARTICIPANT_KINDS = ['member', 'observer', 'organization'] as const;

export const ParticipantSchema = v.strictObject({
  id: Id,
  kind: v.picklist(PARTICIPANT_KINDS),
  /** Exactly as the source lists it, punctuation included. */
  publishedName: Text,
  shortName: Text,
  /** ISO 3166-1 alpha-2, for states only. */
  iso2: v.optional(v.pipe(v.string(), v.regex(/^[A-Z]{2}$/, 'must be two capital letters'))),
  abbreviation: v.optional(Text),
  /** Other names readers search for ("Kyrgyzstan", "Arab League"). */
  aliases: v.array(Text),
  source: SourceRefSchema,
});
export type Participant = v.InferOutput<typeof ParticipantSchema>;

/** A count of participants at one moment, in the source's words. */
export const CountSchema = v.strictObject({
  id: Id,
  /** When the count holds, as the source places it ("first stage", "September 2001"). */
  when: Text,
  members: v.pipe(v.number(), v.integer(), v.minValue(0)),
  observers: v.pipe(v.number(), v.integer(), v.minValue(0)),
  organizations: v.pipe(v.number(), v.integer(), v.minValue(0)),
  statements: v.pipe(v.array(QuoteSchema), v.minLength(1, 'needs at least one statement')),
});
export type Count = v.InferOutput<typeof CountSchema>;

export const FACT_ASPECTS = [
  'created',
  'held',
  'planned',
  'composition',
  'aim',
  'sessions',
  'results',
  'status',
  'content',
  'preparation',
  'name',
] as const;

/** One fact about a body or document: what it is about, the source's words, and a date if any. */
export const FactSchema = v.strictObject({
  aspect: v.picklist(FACT_ASPECTS),
  quote: Text,
  date: v.optional(PartialDateSchema),
  source: SourceRefSchema,
});
export type Fact = v.InferOutput<typeof FactSchema>;

const Related = v.strictObject({
  bodies: v.optional(v.array(Id)),
  documents: v.optional(v.array(Id)),
  events: v.optional(v.array(Id)),
});

export const BodySchema = v.strictObject({
  id: Id,
  name: Text,
  abbreviation: v.optional(Text),
  kind: v.picklist(['working body', 'meeting', 'summit']),
  aliases: v.array(Text),
  facts: v.pipe(v.array(FactSchema), v.minLength(1, 'needs at least one fact')),
  related: Related,
});
export type Body = v.InferOutput<typeof BodySchema>;

export const DOCUMENT_ROLES = [
  'drafted by',
  'considered by',
  'text completed by',
  'adopted by',
  'signed by',
  'to be signed by',
] as const;

/** What one body did with a document, in the source's words ("adopted by" the Ministers). */
export const DocumentRoleSchema = v.strictObject({
  role: v.picklist(DOCUMENT_ROLES),
  body: Id,
  date: v.optional(PartialDateSchema),
  quote: Text,
  source: SourceRefSchema,
});
export type DocumentRole = v.InferOutput<typeof DocumentRoleSchema>;

export const DocumentSchema = v.strictObject({
  id: Id,
  title: Text,
  kind: v.picklist(['declaration', 'resolution', 'statement', 'draft', 'final document']),
  date: v.optional(PartialDateSchema),
  place: v.optional(Text),
  /** Each body's part in it: drafted, completed, adopted, to be signed... */
  roles: v.array(DocumentRoleSchema),
  /** Its status in a few words ("adopted and signed", "draft considered"). */
  status: Text,
  /** True when the status is the source's picture at its own date; false when the source gives none. */
  statusAsOfEdition: v.boolean(),
  /** The app's own remark, shown as such: what the source implies but does not state. */
  note: v.optional(Text),
  aliases: v.array(Text),
  facts: v.pipe(v.array(FactSchema), v.minLength(1, 'needs at least one fact')),
  /** The Declaration's principles, each from its list item. */
  principles: v.optional(v.array(QuoteSchema)),
  related: Related,
});
export type CicaDocument = v.InferOutput<typeof DocumentSchema>;

export const EventSchema = v.strictObject({
  id: Id,
  date: PartialDateSchema,
  /** True for what the source announces as still to come (the autumn 2001 summit). */
  planned: v.boolean(),
  title: Text,
  place: v.optional(Text),
  statements: v.pipe(v.array(QuoteSchema), v.minLength(1, 'needs at least one statement')),
  related: Related,
});
export type CicaEvent = v.InferOutput<typeof EventSchema>;

/**
 * A titled passage of the source: a list of points (preconditions, aims...)
 * with the sentences around it, or prose alone (what the CICA is, its method).
 */
export const TopicSchema = v.pipe(
  v.strictObject({
    id: Id,
    title: Text,
    /** The text before the points (or the whole passage when it has none). */
    intro: v.optional(QuoteSchema),
    points: v.array(QuoteSchema),
    /** The text after the points. */
    closing: v.optional(QuoteSchema),
    related: v.optional(Related),
  }),
  v.check((t) => Boolean(t.intro) || t.points.length > 0, 'needs an intro or at least one point'),
);
export type Topic = v.InferOutput<typeof TopicSchema>;

export const FigureSchema = v.strictObject({
  id: Id,
  label: Text,
  /** As published ("38,8 million sq. km."). */
  published: Text,
  value: v.number(),
  unit: Text,
  source: SourceRefSchema,
});
export type Figure = v.InferOutput<typeof FigureSchema>;

export const StageSchema = v.strictObject({
  id: Id,
  number: v.picklist([1, 2, 3]),
  title: Text,
  statements: v.pipe(v.array(QuoteSchema), v.minLength(1, 'needs at least one statement')),
  related: Related,
});
export type Stage = v.InferOutput<typeof StageSchema>;

/** A correction of the published text: shown beside it, never applied silently. */
export const ErratumSchema = v.strictObject({
  id: Id,
  published: Text,
  corrected: Text,
  /** What kind of slip it is, for the reader: "missing space", "misprint"... */
  note: Text,
  where: SourceRefSchema,
});
export type Erratum = v.InferOutput<typeof ErratumSchema>;

/**
 * Other spellings readers type for a word or phrase of the source ("Alma-Ata"
 * for "Almaty"): every searchable item whose text has the term is also found
 * by its aliases.
 */
export const TermAliasSchema = v.strictObject({ term: Text, aliases: v.array(Text) });
export type TermAlias = v.InferOutput<typeof TermAliasSchema>;

export const CorpusSchema = v.strictObject({
  participants: v.array(ParticipantSchema),
  counts: v.array(CountSchema),
  bodies: v.array(BodySchema),
  documents: v.array(DocumentSchema),
  events: v.array(EventSchema),
  stages: v.array(StageSchema),
  figures: v.array(FigureSchema),
  topics: v.array(TopicSchema),
  errata: v.array(ErratumSchema),
  termAliases: v.array(TermAliasSchema),
  /** The reference after the FAQ, from the dataset of later sources. */
  since2001: Since2001Schema,
});
export type Corpus = v.InferOutput<typeof CorpusSchema>;
