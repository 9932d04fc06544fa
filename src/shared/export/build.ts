import { annotate } from '../corpus/errata';
import { dateSortKey, formatDate } from '../corpus/dates';
import {
  ASPECT_LABELS,
  BODY_KIND_HEADINGS,
  BODY_KIND_LABELS,
  ERRATA_NOTE,
  FIGURES_NOTE,
  PARTICIPANT_GROUPS,
  PUBLISHED_NAMES_NOTE,
  ROLE_LABELS,
  STAGES_HEADING,
  STAGES_NOTE,
  editionNote,
  eventLabel,
  documentStatus,
  figureText,
  groupTitle,
  participantsOf,
} from '../corpus/labels';
import type {
  Body,
  CicaDocument,
  CicaEvent,
  Fact,
  Participant,
  Quote,
  SourceRef,
  Stage,
  Topic,
} from '../corpus/schema';
import { latestRoster } from '../corpus/later-labels';
import type { FaqEntry } from '../faq/types';
import { type Reference } from '../reference';
import { SECTIONS, type SectionId } from '../sections';
import type { SearchResults } from '../search/query';
import { LaterExport } from './later';
import { plain, type Basis, type ExportBlock, type ExportDoc, type Inline } from './model';

/** Every id `export` accepts: the sections, the membership groups, and each item. */
export function exportTargets(reference: Reference): string[] {
  return [
    ...SECTIONS.map((s) => s.id),
    ...PARTICIPANT_GROUPS.map((g) => g.id),
    ...reference.itemIds,
  ];
}

/**
 * Builds the format-neutral document for a section, a group or an item, or
 * undefined for an unknown target. The app, the web edition and the CLI all
 * export through this, so they never disagree.
 */
export function buildExport(reference: Reference, target: string): ExportDoc | undefined {
  const b = new Builder(reference);
  const section = SECTIONS.find((s) => s.id === target);
  if (section) return b.section(section.id);
  const group = PARTICIPANT_GROUPS.find((g) => g.id === target);
  if (group) {
    const members = participantsOf(reference.corpus, group.kind);
    const title = groupTitle(group.label, members.length, b.edition);
    return doc(target, 'membership', title, [
      b.note(editionNote('This list', b.edition)),
      ...b.participantTable(group.kind, members),
    ]);
  }
  const home = reference.sectionOfItem(target);
  return home && b.item(home, target);
}

/**
 * One paragraph ("2") or list item ("2.5") of a FAQ answer, as published,
 * titled with its place: what the quote checker copies and a bookmark or a
 * dossier piece can hold. Undefined when the entry or the place is not there.
 */
export function buildPassageExport(
  reference: Reference,
  entryId: string,
  anchor: string,
): ExportDoc | undefined {
  const entry = reference.entries.get(entryId);
  const [paragraph = 0, item] = anchor.split('.').map(Number);
  const block = entry?.blocks[paragraph - 1];
  if (!entry || !block) return undefined;
  const blocks = new Builder(reference).entryBlocks(entry).slice(1);
  let chosen = blocks[paragraph - 1]!;
  if (item !== undefined) {
    if (chosen.kind !== 'list' || !chosen.items[item - 1]) return undefined;
    chosen = { ...chosen, items: [chosen.items[item - 1]!] };
  }
  const place = reference.describeSource({ entry: entryId, paragraph, item }).short;
  return doc(entryId, 'faq', `${entry.question} (${place})`, [chosen]);
}

/**
 * The current search results as an exportable list, best first, each with
 * its section, and each result after 2001 marked so: the note above them says
 * which periods they cover.
 */
export function buildSearchExport(
  reference: Reference,
  query: string,
  results: SearchResults,
): ExportDoc {
  const label = (id: SectionId) => SECTIONS.find((s) => s.id === id)!.label;
  const shown = query.trim().replace(/\s+/g, ' ');
  const bases = results.hits.map((hit) => itemBasis(reference, hit.item));
  const later = bases.map((basis) => basis !== 'faq');
  const blocks: ExportBlock[] = results.hits.length
    ? [
        {
          kind: 'list',
          ordered: true,
          items: results.hits.map((hit, i) => {
            const where = `${label(hit.section)}${later[i] ? `, ${LATER_MARK}` : ''}`;
            return {
              content: plain(
                hit.snippet.text
                  ? `${hit.title} (${where}): ${hit.snippet.text.replace(/\s*\n\s*/g, ' ')}`
                  : `${hit.title} (${where})`,
              ),
            };
          }),
        },
      ]
    : [{ kind: 'paragraph', content: plain('No results.') }];
  blocks.unshift({ kind: 'paragraph', content: plain(searchNote(reference, results)) });
  const faq = bases.some((b) => b !== 'later');
  return {
    target: 'search',
    section: results.hits[0]?.section ?? 'faq',
    query: shown,
    title: `Search results for “${shown}” (${results.hits.length})`,
    blocks,
    basis: later.some(Boolean) ? (faq ? 'both' : 'later') : 'faq',
  };
}

/**
 * What an item rests on: the FAQ, the sources after 2001, or both (a point
 * of "Then and now" restates the FAQ beside the later sources).
 */
export function itemBasis(reference: Reference, item: string): Basis {
  if (!reference.provenance.isLater(item)) return 'faq';
  return reference.sectionOfItem(item) === 'compare' ? 'both' : 'later';
}

/** How a result after 2001 is marked in a list of results. */
export const LATER_MARK = 'after 2001';

/**
 * The note above search results: as of when they are, for each period they
 * cover (a result after 2001 is marked so; the others are the FAQ's).
 */
export function searchNote(reference: Reference, results: SearchResults): string {
  const marked = results.hits.map((hit) => itemBasis(reference, hit.item) !== 'faq');
  const all = marked.length > 0 && marked.every(Boolean);
  return periodsNote(reference, all ? 'later' : marked.some(Boolean) ? 'both' : 'faq');
}

function periodsNote(reference: Reference, basis: Basis): string {
  const { sources } = reference.data.manifest;
  const faq = sources.faq.asOf.label;
  const later = sources.since2001.asOf.label;
  switch (basis) {
    case 'faq':
      return editionNote('These results', faq);
    case 'later':
      return `These results come from sources after 2001, up to ${later}.`;
    case 'both':
      return (
        `Results marked “${LATER_MARK}” come from sources up to ${later}; ` +
        `the others are as of ${faq}, when the FAQ was published, not the present state of CICA.`
      );
  }
}

function doc(
  target: string,
  section: SectionId,
  title: string,
  blocks: ExportBlock[],
  basis: Basis = 'faq',
): ExportDoc {
  return basis === 'faq'
    ? { target, section, title, blocks }
    : { target, section, title, blocks, basis };
}

/** A document of both periods: its blocks, then where sources differ and the sources after 2001. */
function bothPeriods(
  target: SectionId,
  title: string,
  later: LaterExport,
  blocks: ExportBlock[],
): ExportDoc {
  return doc(target, target, title, [...blocks, ...later.end()], later.used ? 'both' : 'faq');
}

class Builder {
  constructor(private readonly reference: Reference) {}

  private get corpus() {
    return this.reference.corpus;
  }

  /** The source's date, "September 2001". */
  get edition(): string {
    return this.reference.data.manifest.sources.faq.asOf.label;
  }

  /** A remark in the app's own words (an edition note, a caution). */
  note(text: string): ExportBlock {
    return { kind: 'paragraph', content: plain(text) };
  }

  /** Before the FAQ's part of a section that has both: as of when it is. */
  private faqPart(subject: string): ExportBlock {
    return this.note(
      `${subject} below are as of ${this.edition}, when the FAQ was published; ` +
        'they are not the present state of CICA.',
    );
  }

  section(id: SectionId): ExportDoc {
    const { corpus } = this;
    const since = corpus.since2001;
    const later = new LaterExport(this.reference);
    switch (id) {
      case 'faq':
        return doc(
          id,
          id,
          'CICA: frequently asked questions',
          this.reference.data.faq.entries.flatMap((e) => this.entry(e, 2)),
        );
      case 'overview':
        return bothPeriods(id, 'CICA overview', later, [
          ...later.today(),
          {
            kind: 'heading',
            level: 2,
            text: `Since 2001, as the sources tell it to ${since.asOfLabel}`,
          },
          ...since.notes.flatMap((x) => later.entity(x, 3)),
          { kind: 'heading', level: 2, text: STAGES_HEADING },
          this.note(STAGES_NOTE),
          ...corpus.stages.flatMap((s) => this.stage(s, 3)),
          { kind: 'heading', level: 2, text: 'Geography and population' },
          this.note(editionNote('These figures', this.edition)),
          this.note(FIGURES_NOTE),
          this.figures(),
          ...corpus.topics.flatMap((t) => this.topic(t, 2)),
          { kind: 'heading', level: 2, text: 'Corrections to the published text' },
          this.note(ERRATA_NOTE),
          this.errata(),
        ]);
      case 'membership':
        return bothPeriods(id, 'CICA participants', later, [
          ...later.membersToday(2),
          ...since.observers
            .filter((r) => r.id === latestRoster(since.observers)?.id)
            .flatMap((r) => later.roster(r, 'observers', 2)),
          ...later.admissions(2),
          ...later.observersOverTime(2),
          ...since.members
            .filter((r) => r.id !== latestRoster(since.members)?.id)
            .flatMap((r) => later.roster(r, 'members', 2)),
          { kind: 'heading', level: 2, text: `As of ${this.edition}` },
          this.faqPart('The lists and counts'),
          this.note(PUBLISHED_NAMES_NOTE),
          { kind: 'heading', level: 2, text: `Counts at different dates, to ${this.edition}` },
          ...this.counts(),
          ...PARTICIPANT_GROUPS.flatMap((g): ExportBlock[] => {
            const members = participantsOf(corpus, g.kind);
            return [
              {
                kind: 'heading',
                level: 2,
                text: groupTitle(g.label, members.length, this.edition),
              },
              ...this.participantTable(g.kind, members),
            ];
          }),
        ]);
      case 'bodies': {
        const [secretariat, ...others] = since.bodies;
        return bothPeriods(id, 'CICA bodies', later, [
          ...(secretariat ? later.entity(secretariat, 2) : []),
          ...later.heads(2),
          ...later.chairs(2),
          { kind: 'heading', level: 2, text: 'Other bodies after 2001' },
          ...others.flatMap((x) => later.entity(x, 3)),
          // Two bodies, several meetings and a planned summit: grouped so that
          // a meeting is never read as a standing body.
          this.faqPart('The bodies, meetings and the planned summit'),
          ...(Object.keys(BODY_KIND_HEADINGS) as Body['kind'][]).flatMap((kind): ExportBlock[] => [
            {
              kind: 'heading',
              level: 2,
              text: `${BODY_KIND_HEADINGS[kind]}, as of ${this.edition}`,
            },
            ...corpus.bodies.filter((x) => x.kind === kind).flatMap((x) => this.body(x, 3)),
          ]),
        ]);
      }
      case 'documents':
        return bothPeriods(id, 'CICA documents', later, [
          { kind: 'heading', level: 2, text: `Documents after 2001, to ${since.asOfLabel}` },
          ...since.documents.flatMap((x) => later.entity(x, 3)),
          { kind: 'heading', level: 2, text: `Documents as of ${this.edition}` },
          this.faqPart('The documents and their status'),
          ...corpus.documents.flatMap((x) => this.document(x, 3)),
        ]);
      case 'timeline': {
        const dated = [
          ...corpus.events.map((e) => ({
            key: dateSortKey(e.date),
            blocks: () => this.event(e, 2),
          })),
          ...since.events.map((e) => ({
            key: dateSortKey({ start: e.date }),
            blocks: () => later.event(e, 2),
          })),
        ].sort((a, b) => a.key.localeCompare(b.key));
        const first = dated[0]?.key.slice(0, 4);
        const last = dated.at(-1)?.key.slice(0, 4);
        return bothPeriods(id, `CICA timeline, ${first} to ${last}`, later, [
          this.note(timelineNote(this.edition, since.asOfLabel)),
          ...dated.flatMap((d) => d.blocks()),
        ]);
      }
      case 'compare':
        return bothPeriods(id, `CICA then and now: ${this.edition} and ${since.asOfLabel}`, later, [
          later.comparisons(this.edition, (ids) => this.faqSourcesOf(ids)),
        ]);
    }
  }

  /** The FAQ paragraphs that 2001 items quote, as short labels ("FAQ 5 ¶1, FAQ 6 ¶2"). */
  private faqSourcesOf(ids: readonly string[]): string {
    const { corpus } = this;
    const refs = ids.flatMap((id): SourceRef[] => {
      const participant = corpus.participants.find((x) => x.id === id);
      if (participant) return [participant.source];
      const count = corpus.counts.find((x) => x.id === id);
      if (count) return count.statements.map((q) => q.source);
      const body = corpus.bodies.find((x) => x.id === id);
      if (body) return body.facts.map((f) => f.source);
      const document = corpus.documents.find((x) => x.id === id);
      if (document) return document.facts.map((f) => f.source);
      const event = corpus.events.find((x) => x.id === id);
      return event ? event.statements.map((q) => q.source) : [];
    });
    return [...new Set(refs.map((r) => this.source(r)))].join(', ');
  }

  item(section: SectionId, id: string): ExportDoc | undefined {
    const { corpus } = this;
    const titled = (title: string, blocks: ExportBlock[]) => doc(id, section, title, blocks);
    const entry = this.reference.entries.get(id);
    if (entry) return titled(entry.question, this.entry(entry, 2).slice(1));
    const body = corpus.bodies.find((x) => x.id === id);
    if (body) return titled(body.name, this.body(body, 2).slice(1));
    const document = corpus.documents.find((x) => x.id === id);
    if (document) return titled(document.title, this.document(document, 2).slice(1));
    const event = corpus.events.find((x) => x.id === id);
    if (event) return titled(eventLabel(event), this.event(event, 2).slice(1));
    const stage = corpus.stages.find((x) => x.id === id);
    if (stage) return titled(stage.title, this.stage(stage, 2).slice(1));
    const topic = corpus.topics.find((x) => x.id === id);
    if (topic) return titled(topic.title, this.topic(topic, 2).slice(1));
    const participant = corpus.participants.find((x) => x.id === id);
    if (participant) return titled(participant.shortName, [this.participant(participant)]);
    const count = corpus.counts.find((x) => x.id === id);
    if (count) return titled(`Participants: ${count.when}`, this.counts([count]));
    const figure = corpus.figures.find((x) => x.id === id);
    if (figure) {
      return titled(figure.label, [
        this.note(editionNote('These figures', this.edition)),
        this.note(FIGURES_NOTE),
        this.figures([figure]),
      ]);
    }
    const erratum = corpus.errata.find((x) => x.id === id);
    if (erratum) return titled(`Correction: ${erratum.published}`, [this.errata([erratum])]);
    const later = new LaterExport(this.reference);
    const laterItem = later.item(id, (ids) => this.faqSourcesOf(ids));
    if (laterItem) {
      const blocks = [...laterItem.blocks, ...later.end()];
      return doc(id, section, laterItem.title, blocks, itemBasis(this.reference, id));
    }
    return undefined;
  }

  private source(ref: SourceRef): string {
    return this.reference.describeSource(ref).short;
  }

  /** Published text with its corrections beside it, and its source label. */
  private text(text: string, ref: SourceRef, quoted = false): Inline {
    return {
      segments: annotate(text, this.reference.errataAt(ref)),
      source: this.source(ref),
      quoted,
    };
  }

  private quote(q: Quote): Inline {
    return this.text(q.quote, q.source, true);
  }

  /** An entry's question, then one block per published paragraph or list. */
  entryBlocks(entry: FaqEntry): ExportBlock[] {
    return this.entry(entry, 2);
  }

  private entry(entry: FaqEntry, level: 2 | 3): ExportBlock[] {
    const blocks: ExportBlock[] = [{ kind: 'heading', level, text: entry.question }];
    entry.blocks.forEach((block, index) => {
      const ref = { entry: entry.id, paragraph: index + 1 };
      if (block.kind === 'paragraph') {
        blocks.push({
          kind: 'paragraph',
          content: { segments: annotate(block.text, this.reference.errataAt(ref)) },
        });
        return;
      }
      blocks.push({
        kind: 'list',
        ordered: block.ordered,
        items: block.items.map((item, n) => {
          const errata = this.reference.errataAt({ ...ref, item: n + 1 });
          const markerFix = errata.find((e) => e.published === item.marker);
          return {
            marker:
              item.marker === undefined
                ? undefined
                : markerFix
                  ? { text: item.marker, erratum: markerFix }
                  : { text: item.marker },
            content: {
              segments: annotate(
                item.text,
                errata.filter((e) => e !== markerFix),
              ),
            },
          };
        }),
      });
    });
    return blocks;
  }

  /** The facts as labelled rows, after any `lead` rows (a body's kind). */
  private facts(facts: Fact[], lead: { label: string; content: Inline }[] = []): ExportBlock {
    return {
      kind: 'fields',
      rows: [
        ...lead,
        ...facts.map((f) => ({
          label: f.date
            ? `${ASPECT_LABELS[f.aspect]} (${formatDate(f.date)})`
            : ASPECT_LABELS[f.aspect],
          content: this.text(f.quote, f.source, true),
        })),
      ],
    };
  }

  private related(related: Body['related']): ExportBlock[] {
    const { corpus } = this;
    const names = [
      ...(related.bodies ?? []).map((id) => corpus.bodies.find((x) => x.id === id)?.name),
      ...(related.documents ?? []).map((id) => corpus.documents.find((x) => x.id === id)?.title),
      ...(related.events ?? []).map((id) => {
        const event = corpus.events.find((x) => x.id === id);
        return event && eventLabel(event);
      }),
    ].filter((name): name is string => Boolean(name));
    return names.length
      ? [{ kind: 'paragraph', content: plain(`See also: ${names.join('; ')}.`) }]
      : [];
  }

  private body(body: Body, level: 2 | 3): ExportBlock[] {
    const title = body.abbreviation ? `${body.name} (${body.abbreviation})` : body.name;
    return [
      { kind: 'heading', level, text: title },
      this.facts(body.facts, [{ label: 'Kind', content: plain(BODY_KIND_LABELS[body.kind]) }]),
      ...this.related(body.related),
    ];
  }

  private document(d: CicaDocument, level: 2 | 3): ExportBlock[] {
    const summary: { label: string; content: Inline }[] = [
      ...(d.date ? [{ label: 'Date', content: plain(formatDate(d.date)) }] : []),
      ...(d.place ? [{ label: 'Place', content: plain(d.place) }] : []),
      ...d.roles.map((r) => {
        const body = this.corpus.bodies.find((x) => x.id === r.body)!;
        const when = r.date ? `, ${formatDate(r.date)}` : '';
        return {
          label: ROLE_LABELS[r.role],
          content: plain(`${body.name}${when}`, this.source(r.source)),
        };
      }),
      { label: 'Status', content: plain(documentStatus(d, this.edition)) },
      ...(d.note ? [{ label: 'Note (not in the source)', content: plain(d.note) }] : []),
    ];
    const principles: ExportBlock[] = d.principles?.length
      ? [
          { kind: 'heading', level: 3, text: 'Principles' },
          {
            kind: 'list',
            ordered: false,
            items: d.principles.map((p) => ({ content: this.quote(p) })),
          },
        ]
      : [];
    return [
      { kind: 'heading', level, text: d.title },
      { kind: 'fields', rows: summary },
      ...principles,
      this.facts(d.facts),
      ...this.related(d.related),
    ];
  }

  private event(e: CicaEvent, level: 2 | 3): ExportBlock[] {
    return [
      { kind: 'heading', level, text: eventLabel(e) },
      ...(e.place ? [{ kind: 'paragraph' as const, content: plain(`Place: ${e.place}.`) }] : []),
      ...e.statements.map((s): ExportBlock => ({ kind: 'paragraph', content: this.quote(s) })),
      ...this.related(e.related),
    ];
  }

  private stage(s: Stage, level: 2 | 3): ExportBlock[] {
    return [
      { kind: 'heading', level, text: s.title },
      ...s.statements.map((q): ExportBlock => ({ kind: 'paragraph', content: this.quote(q) })),
      ...this.related(s.related),
    ];
  }

  private topic(t: Topic, level: 2 | 3): ExportBlock[] {
    const points: ExportBlock[] = t.points.length
      ? [{ kind: 'list', ordered: false, items: t.points.map((p) => ({ content: this.quote(p) })) }]
      : [];
    return [
      { kind: 'heading', level, text: t.title },
      ...(t.intro ? [{ kind: 'paragraph' as const, content: this.quote(t.intro) }] : []),
      ...points,
      ...(t.closing ? [{ kind: 'paragraph' as const, content: this.quote(t.closing) }] : []),
      ...this.related(t.related ?? {}),
    ];
  }

  private figures(figures = this.corpus.figures): ExportBlock {
    return {
      kind: 'table',
      columns: [
        { label: 'Figure' },
        { label: 'As published (September 2001)' },
        { label: 'Source' },
      ],
      rows: figures.map((f) => [
        plain(f.label),
        plain(figureText(f)),
        plain(this.source(f.source)),
      ]),
    };
  }

  private errata(errata = this.corpus.errata): ExportBlock {
    return {
      kind: 'table',
      columns: [
        { label: 'As published' },
        { label: 'Corrected' },
        { label: 'Why' },
        { label: 'Where' },
      ],
      rows: errata.map((e) => [
        plain(e.published),
        plain(e.corrected),
        plain(e.note),
        plain(this.source(e.where)),
      ]),
    };
  }

  private counts(counts = this.corpus.counts): ExportBlock[] {
    return [
      {
        kind: 'table',
        columns: [
          { label: 'When' },
          { label: 'Member states', numeric: true },
          { label: 'Observers', numeric: true },
          { label: 'Organizations', numeric: true },
        ],
        rows: counts.map((c) => [
          plain(c.when),
          plain(String(c.members)),
          plain(String(c.observers)),
          plain(String(c.organizations)),
        ]),
      },
      {
        kind: 'list',
        ordered: false,
        items: counts.flatMap((c) => c.statements.map((s) => ({ content: this.quote(s) }))),
      },
    ];
  }

  participantTable(kind: Participant['kind'], members: Participant[]): ExportBlock[] {
    const organizations = kind === 'organization';
    return [
      {
        kind: 'table',
        columns: [
          { label: organizations ? 'Name' : 'Short name' },
          { label: 'Name as published' },
          { label: organizations ? 'Abbreviation' : 'Code' },
          { label: 'Source' },
        ],
        rows: members.map((p) => [
          plain(p.shortName),
          { segments: annotate(p.publishedName, this.reference.errataAt(p.source)) },
          plain((organizations ? p.abbreviation : p.iso2) ?? ''),
          plain(this.source(p.source)),
        ]),
      },
    ];
  }

  private participant(p: Participant): ExportBlock {
    const status = PARTICIPANT_GROUPS.find((g) => g.kind === p.kind)!.label;
    return {
      kind: 'fields',
      rows: [
        { label: 'Name as published', content: this.text(p.publishedName, p.source) },
        { label: 'Short name', content: plain(p.shortName) },
        ...(p.iso2 ? [{ label: 'ISO 3166 code', content: plain(p.iso2) }] : []),
        ...(p.abbreviation ? [{ label: 'Abbreviation', content: plain(p.abbreviation) }] : []),
        { label: 'Status (September 2001)', content: plain(status.replace(/s$/, '')) },
      ],
    };
  }
}

/** What the merged timeline holds, and as of when each part is. */
function timelineNote(faqEdition: string, laterEdition: string): string {
  return (
    `Events to ${faqEdition} are as the FAQ of ${faqEdition} gives them, in its words; ` +
    `events after it are as sources up to ${laterEdition} give them, each with its sources. ` +
    'Every date is at the precision its source gives; a planned event says so.'
  );
}
