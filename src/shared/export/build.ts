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
  TIMELINE_NOTE,
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
import { confidenceNote, formatLaterDate, sourceLine } from '../corpus/provenance';
import type { FaqEntry } from '../faq/types';
import { type Reference } from '../reference';
import { SECTIONS, type SectionId } from '../sections';
import type { SearchResults } from '../search/query';
import { plain, type ExportBlock, type ExportDoc, type Inline } from './model';

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

/** The current search results as an exportable list, best first, each with its section. */
export function buildSearchExport(
  query: string,
  results: SearchResults,
  edition: string,
): ExportDoc {
  const label = (id: SectionId) => SECTIONS.find((s) => s.id === id)!.label;
  const shown = query.trim().replace(/\s+/g, ' ');
  const blocks: ExportBlock[] = results.hits.length
    ? [
        {
          kind: 'list',
          ordered: true,
          items: results.hits.map((hit) => ({
            content: plain(
              hit.snippet.text
                ? `${hit.title} (${label(hit.section)}): ${hit.snippet.text.replace(/\s*\n\s*/g, ' ')}`
                : `${hit.title} (${label(hit.section)})`,
            ),
          })),
        },
      ]
    : [{ kind: 'paragraph', content: plain('No results.') }];
  blocks.unshift({ kind: 'paragraph', content: plain(editionNote('These results', edition)) });
  return {
    target: 'search',
    section: results.hits[0]?.section ?? 'faq',
    query: shown,
    title: `Search results for “${shown}” (${results.hits.length})`,
    blocks,
  };
}

function doc(target: string, section: SectionId, title: string, blocks: ExportBlock[]): ExportDoc {
  return { target, section, title, blocks };
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

  section(id: SectionId): ExportDoc {
    const { corpus } = this;
    switch (id) {
      case 'faq':
        return doc(
          id,
          id,
          'CICA: frequently asked questions',
          this.reference.data.faq.entries.flatMap((e) => this.entry(e, 2)),
        );
      case 'overview':
        return doc(id, id, 'CICA overview', [
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
        return doc(id, id, 'CICA participants', [
          this.note(editionNote('These lists and counts', this.edition)),
          this.note(PUBLISHED_NAMES_NOTE),
          { kind: 'heading', level: 2, text: 'Counts at different dates' },
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
      case 'bodies':
        // Two bodies, several meetings and a planned summit: grouped so that
        // a meeting is never read as a standing body.
        return doc(
          id,
          id,
          'CICA bodies, meetings and the planned summit',
          (Object.keys(BODY_KIND_HEADINGS) as Body['kind'][]).flatMap((kind): ExportBlock[] => [
            { kind: 'heading', level: 2, text: BODY_KIND_HEADINGS[kind] },
            ...corpus.bodies.filter((x) => x.kind === kind).flatMap((x) => this.body(x, 3)),
          ]),
        );
      case 'documents':
        return doc(
          id,
          id,
          'CICA documents',
          corpus.documents.flatMap((x) => this.document(x, 2)),
        );
      case 'timeline':
        return doc(id, id, 'CICA timeline', [
          this.note(TIMELINE_NOTE),
          ...[...corpus.events].sort(byDate).flatMap((e) => this.event(e, 2)),
        ]);
      case 'compare': {
        const later = corpus.since2001;
        return doc(id, id, 'CICA then and now', [
          {
            kind: 'table',
            columns: [
              { label: 'Aspect' },
              { label: `As of ${this.edition}` },
              { label: `As of ${later.asOfLabel}` },
            ],
            rows: later.comparisons.map((c) => [
              plain(c.aspect),
              plain(c.then),
              plain(c.now, c.facts.join(', ')),
            ]),
          },
        ]);
      }
    }
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
    const later = this.laterItem(id);
    if (later) return titled(later.title, this.laterFacts(later.facts));
    return undefined;
  }

  /** An item after 2001: its title and the facts it shows. */
  private laterItem(id: string): { title: string; facts: string[] } | undefined {
    const later = this.corpus.since2001;
    const find = <T extends { id: string }>(items: readonly T[]) => items.find((x) => x.id === id);
    const today = find(later.today);
    if (today) return { title: `CICA today: ${today.label}`, facts: today.facts };
    const event = find(later.events);
    if (event)
      return {
        title: `${formatLaterDate(event.date, event.dateEnd)}: ${event.title}`,
        facts: event.facts,
      };
    const admission = find(later.admissions);
    if (admission) return { title: `Admission of ${admission.state.name}`, facts: admission.facts };
    const roster = find(later.members) ?? find(later.observers);
    if (roster) return { title: `Participants ${roster.asOf}`, facts: roster.facts };
    const chair = find(later.chairs);
    if (chair) return { title: `Chair: ${chair.chair}, ${chair.term}`, facts: chair.facts };
    const head = find(later.heads);
    if (head) return { title: `${head.title}: ${head.name}`, facts: head.facts };
    const entity = find(later.bodies) ?? find(later.documents) ?? find(later.notes);
    if (entity) return { title: entity.name, facts: entity.facts };
    const comparison = find(later.comparisons);
    if (comparison) return { title: `Then and now: ${comparison.aspect}`, facts: comparison.facts };
    return undefined;
  }

  /** Facts after 2001, each with its confidence, then their sources by publisher, date and URL. */
  private laterFacts(ids: readonly string[]): ExportBlock[] {
    const { provenance } = this.reference;
    const facts = provenance.facts(ids);
    return [
      {
        kind: 'list',
        ordered: false,
        items: facts.map((f) => ({
          content: plain(
            `${f.date ? `${formatLaterDate(f.date)}: ` : ''}${f.text} (${confidenceNote(f)})`,
            f.id,
          ),
        })),
      },
      { kind: 'heading', level: 3, text: 'Sources' },
      {
        kind: 'list',
        ordered: false,
        items: provenance.sourcesOfFacts(facts).map((source) => ({
          content: plain(sourceLine(source), source.id),
        })),
      },
    ];
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

function byDate(a: CicaEvent, b: CicaEvent): number {
  return dateSortKey(a.date).localeCompare(dateSortKey(b.date));
}
