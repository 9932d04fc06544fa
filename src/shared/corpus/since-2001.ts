import * as v from 'valibot';

// The reference after the 2001 FAQ: items curated in resources/corpus.json
// (`since2001`) whose statements are facts of resources/cica-since-2001.json,
// each with its external sources, confidence and recorded conflicts. The pack
// compiler copies the dataset's facts, sources and conflicts into the tables
// below; every reference between them is checked here, so a pack whose items
// point at nothing is refused before the reader sees it.

const Id = v.pipe(
  v.string(),
  v.regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'must be a lowercase id (letters, digits, hyphens)'),
);
/** The dataset's own ids: "SU1a", "C1", "CF13". */
const DatasetId = v.pipe(v.string(), v.regex(/^[A-Z]{1,3}\d{1,3}[a-z]?$/, 'must be a dataset id'));
const Text = v.pipe(v.string(), v.trim(), v.nonEmpty('must not be empty'));
const DatasetDate = v.pipe(
  v.string(),
  v.regex(
    /^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/,
    'must be YYYY, YYYY-MM or YYYY-MM-DD',
  ),
);
const FactIds = v.pipe(v.array(DatasetId), v.minLength(1, 'needs at least one fact'));

/** The dataset's confidence scale (its meta.confidence_scale says what each level means). */
export const CONFIDENCE_LEVELS = ['high', 'medium', 'medium-single-source', 'low'] as const;
export type Confidence = (typeof CONFIDENCE_LEVELS)[number];

/** A public web page the dataset cites; the app shows its URL as text and never opens it. */
export const ExternalSourceSchema = v.strictObject({
  id: DatasetId,
  url: v.pipe(v.string(), v.regex(/^https?:\/\/[^\s]+$/, 'must be an http(s) URL')),
  publisher: Text,
  /** Sources of one family are not independent of each other. */
  family: Text,
  /** As the dataset gives it: usually YYYY-MM-DD, sometimes in words ("c. 2012-2013"). */
  date: v.optional(Text),
  note: v.optional(Text),
});
export type ExternalSource = v.InferOutput<typeof ExternalSourceSchema>;

/** One statement of the dataset: a paraphrase written for it, with its provenance. */
export const ExternalFactSchema = v.strictObject({
  id: DatasetId,
  text: Text,
  date: v.optional(DatasetDate),
  sources: v.pipe(v.array(DatasetId), v.minLength(1, 'needs at least one source')),
  families: v.array(Text),
  independentFamilies: v.pipe(v.number(), v.integer(), v.minValue(1)),
  confidence: v.picklist(CONFIDENCE_LEVELS),
  /** The dataset's warning that all sources are CICA or Kazakh, hence not fully independent. */
  caveat: v.optional(Text),
  conflicts: v.array(DatasetId),
});
export type ExternalFact = v.InferOutput<typeof ExternalFactSchema>;

/** A recorded disagreement between sources, with the reading used and why. */
export const ConflictSchema = v.strictObject({
  id: DatasetId,
  topic: Text,
  claims: v.pipe(
    v.array(
      v.strictObject({
        claim: Text,
        sources: v.array(DatasetId),
        /** True when the 2001 FAQ is among the claim's sources. */
        faq: v.optional(v.literal(true)),
      }),
    ),
    v.minLength(1, 'a conflict names at least one claim'),
  ),
  assessment: Text,
});
export type Conflict = v.InferOutput<typeof ConflictSchema>;

export const EVENT_KINDS = [
  'summit',
  'ministerial',
  'admission',
  'observer',
  'chairmanship',
  'body',
  'document',
] as const;
export type EventKind = (typeof EVENT_KINDS)[number];

/** A dated item for the timeline: its date and title restate its facts, which carry the sources. */
export const LaterEventSchema = v.strictObject({
  id: Id,
  kind: v.picklist(EVENT_KINDS),
  date: DatasetDate,
  /** "12–13 October 2022" where the facts give a range. */
  dateEnd: v.optional(DatasetDate),
  planned: v.boolean(),
  title: Text,
  place: v.optional(Text),
  facts: FactIds,
});
export type LaterEvent = v.InferOutput<typeof LaterEventSchema>;

const StateSchema = v.strictObject({
  name: Text,
  iso2: v.pipe(v.string(), v.regex(/^[A-Z]{2}$/, 'must be two capital letters')),
});
export type State = v.InferOutput<typeof StateSchema>;

export const AdmissionSchema = v.strictObject({
  id: Id,
  /** "17" for the 17th member state; "19–20" for two admitted together. */
  order: v.pipe(v.string(), v.regex(/^\d{2}(–\d{2})?$/, 'must be "17" or "19–20"')),
  state: StateSchema,
  date: DatasetDate,
  /** The meeting or ceremony, where the dataset names one. */
  where: v.optional(Text),
  /** As the dataset words it ("yes (2001 FAQ)", "yes, from 2008"); absent where it says nothing. */
  previouslyObserver: v.optional(Text),
  facts: FactIds,
});
export type Admission = v.InferOutput<typeof AdmissionSchema>;

/** Who was a member or observer at one date, as the sources list them. */
export const RosterSchema = v.strictObject({
  id: Id,
  /** When the list holds, as a date ("2022-10") and in words. */
  date: DatasetDate,
  asOf: Text,
  states: v.array(Text),
  organizations: v.optional(v.array(Text)),
  /** The facts behind the list, or its sources when the dataset gives a list without a fact. */
  facts: v.array(DatasetId),
  sources: v.array(DatasetId),
  note: v.optional(Text),
});
export type Roster = v.InferOutput<typeof RosterSchema>;

export const ChairSchema = v.strictObject({
  id: Id,
  chair: Text,
  /** The term in words, as the dataset gives it ("June 2010 – May 2014"). */
  term: Text,
  from: v.optional(DatasetDate),
  to: v.optional(DatasetDate),
  current: v.boolean(),
  facts: FactIds,
  note: v.optional(Text),
});
export type Chair = v.InferOutput<typeof ChairSchema>;

export const HeadSchema = v.strictObject({
  id: Id,
  name: Text,
  title: Text,
  nationality: v.optional(Text),
  term: Text,
  facts: FactIds,
});
export type Head = v.InferOutput<typeof HeadSchema>;

/** A body or a document after 2001: what the facts say about it. */
export const LaterEntitySchema = v.strictObject({
  id: Id,
  name: Text,
  /** The 2001 corpus item it continues, if any (the Summit became the Council of Heads of State). */
  continues: v.optional(Id),
  aliases: v.array(Text),
  facts: FactIds,
});
export type LaterEntity = v.InferOutput<typeof LaterEntitySchema>;

/** A line of "CICA today": the app's short answer, dated, with the facts that say it. */
export const TodayLineSchema = v.strictObject({
  id: Id,
  label: Text,
  value: Text,
  facts: FactIds,
});
export type TodayLine = v.InferOutput<typeof TodayLineSchema>;

/** One point of "Then and now": the 2001 side cites FAQ items, the present side facts. */
export const ComparisonSchema = v.strictObject({
  id: Id,
  aspect: Text,
  then: Text,
  /** Ids of 2001 corpus items (counts, participants, bodies...) the "then" side restates. */
  thenItems: v.pipe(v.array(Id), v.minLength(1, 'needs at least one 2001 item')),
  now: Text,
  facts: FactIds,
});
export type Comparison = v.InferOutput<typeof ComparisonSchema>;

/** What resources/corpus.json curates; the compiler adds the dataset's tables. */
export const CuratedSince2001Schema = v.strictObject({
  /** The latest day the dataset's sources cover, and the same in words. */
  asOf: v.pipe(v.string(), v.isoDate('must be a date YYYY-MM-DD')),
  asOfLabel: Text,
  today: v.array(TodayLineSchema),
  events: v.array(LaterEventSchema),
  admissions: v.array(AdmissionSchema),
  members: v.array(RosterSchema),
  observers: v.array(RosterSchema),
  chairs: v.array(ChairSchema),
  heads: v.array(HeadSchema),
  bodies: v.array(LaterEntitySchema),
  documents: v.array(LaterEntitySchema),
  notes: v.array(LaterEntitySchema),
  comparisons: v.array(ComparisonSchema),
  /** Facts of the dataset deliberately not shown, each with the reason. */
  leftOut: v.array(v.strictObject({ fact: DatasetId, reason: Text })),
});
export type CuratedSince2001 = v.InferOutput<typeof CuratedSince2001Schema>;

/** The curated tables of items, by name: each item has an id (one namespace) and the facts it shows. */
export function laterTables(
  data: CuratedSince2001,
): [table: string, items: readonly { id: string; facts: readonly string[] }[]][] {
  return [
    ['today', data.today],
    ['events', data.events],
    ['admissions', data.admissions],
    ['members', data.members],
    ['observers', data.observers],
    ['chairs', data.chairs],
    ['heads', data.heads],
    ['bodies', data.bodies],
    ['documents', data.documents],
    ['notes', data.notes],
    ['comparisons', data.comparisons],
  ];
}

const Since2001Entries = v.strictObject({
  ...CuratedSince2001Schema.entries,
  sources: v.array(ExternalSourceSchema),
  facts: v.array(ExternalFactSchema),
  conflicts: v.array(ConflictSchema),
});

/** The part of the pack's corpus after 2001, with every reference checked. */
export const Since2001Schema = v.pipe(
  Since2001Entries,
  v.rawCheck(({ dataset, addIssue }) => {
    if (!dataset.typed) return;
    const problem = danglingReference(dataset.value);
    if (problem) addIssue({ message: problem });
  }),
);
export type Since2001 = v.InferOutput<typeof Since2001Schema>;

/**
 * The first reference that resolves to nothing, as "where: what", or
 * undefined when every fact, source and conflict id resolves and no id is
 * used twice.
 */
export function danglingReference(
  data: v.InferOutput<typeof Since2001Entries>,
): string | undefined {
  const unique = (ids: string[], table: string): string | undefined => {
    const seen = new Set<string>();
    for (const id of ids) {
      if (seen.has(id)) return `${table}: id "${id}" is used twice`;
      seen.add(id);
    }
  };
  const sources = new Set(data.sources.map((s) => s.id));
  const facts = new Set(data.facts.map((f) => f.id));
  const conflicts = new Set(data.conflicts.map((c) => c.id));
  const check = (ids: readonly string[], known: Set<string>, kind: string, where: string) => {
    const missing = ids.find((id) => !known.has(id));
    return missing === undefined ? undefined : `${where}: no ${kind} "${missing}"`;
  };
  const items = laterTables(data);
  return (
    unique(
      data.sources.map((s) => s.id),
      'sources',
    ) ??
    unique(
      data.facts.map((f) => f.id),
      'facts',
    ) ??
    unique(
      data.conflicts.map((c) => c.id),
      'conflicts',
    ) ??
    unique(
      items.flatMap(([, list]) => list.map((item) => item.id)),
      'items',
    ) ??
    data.facts
      .map(
        (f) =>
          check(f.sources, sources, 'source', `facts "${f.id}", field sources`) ??
          check(f.conflicts, conflicts, 'conflict', `facts "${f.id}", field conflicts`),
      )
      .find(Boolean) ??
    data.conflicts
      .flatMap((c) =>
        c.claims.map((claim, i) =>
          check(claim.sources, sources, 'source', `conflicts "${c.id}", field claims.${i}.sources`),
        ),
      )
      .find(Boolean) ??
    items
      .flatMap(([table, list]) =>
        list.map((item) => check(item.facts, facts, 'fact', `${table} "${item.id}", field facts`)),
      )
      .find(Boolean) ??
    (
      [
        ['members', data.members],
        ['observers', data.observers],
      ] as const
    )
      .flatMap(([table, rosters]) =>
        rosters.map((r) =>
          check(r.sources, sources, 'source', `${table} "${r.id}", field sources`),
        ),
      )
      .find(Boolean)
  );
}
