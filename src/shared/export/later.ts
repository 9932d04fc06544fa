import {
  admissionTitle,
  asOfWords,
  chairTitle,
  entityTitle,
  headTitle,
  laterEventTitle,
  latestRoster,
  memberOrder,
  rosterTitle,
} from '../corpus/later-labels';
import { confidenceNote, formatLaterDate, sameState } from '../corpus/provenance';
import type {
  ExternalFact,
  LaterEntity,
  LaterEvent,
  Roster,
  Since2001,
} from '../corpus/since-2001';
import type { Reference } from '../reference';
import { SOURCES_HEADING } from './citation';
import { plain, type ExportBlock, type Inline } from './model';

const LEVEL_WORDS: Record<ExternalFact['confidence'], string | undefined> = {
  high: undefined,
  medium: 'medium confidence',
  'medium-single-source': 'single source',
  low: 'low confidence',
};

/**
 * The export blocks of the reference after 2001. Every statement is labelled
 * with the ids of the web pages it rests on; `end()` then lists where those
 * sources differ and each page once, with publisher, date and URL. One
 * instance per exported document, so that its list covers what it showed.
 */
export class LaterExport {
  /** Facts shown so far, and sources cited by a roster without a fact. */
  private readonly shown = new Set<string>();
  private readonly rosterSources = new Set<string>();

  constructor(private readonly reference: Reference) {}

  get since2001(): Since2001 {
    return this.reference.corpus.since2001;
  }

  /** Whether anything after 2001 was shown. */
  get used(): boolean {
    return this.shown.size > 0 || this.rosterSources.size > 0;
  }

  /** Plain text labelled with its sources: "[C2, O5]", or "[C6; single source]". */
  sourced(text: string, factIds: readonly string[]): Inline {
    const facts = this.reference.provenance.facts(factIds);
    for (const f of facts) this.shown.add(f.id);
    const sources = [...new Set(facts.flatMap((f) => f.sources))];
    const levels = [...new Set(facts.map((f) => LEVEL_WORDS[f.confidence]).filter(Boolean))];
    return plain(text, [sources.join(', '), ...levels].filter(Boolean).join('; ') || undefined);
  }

  /** Facts, each dated where the dataset dates it, with its confidence and its sources. */
  facts(ids: readonly string[]): ExportBlock {
    return {
      kind: 'list',
      ordered: false,
      items: this.reference.provenance.facts(ids).map((f) => {
        this.shown.add(f.id);
        const date = f.date ? `${formatLaterDate(f.date)}: ` : '';
        return {
          content: plain(
            `${date}${f.text} (${confidenceNote(f)})`,
            `${f.id}: ${f.sources.join(', ')}`,
          ),
        };
      }),
    };
  }

  /** "CICA today": one line each, with its sources. */
  today(): ExportBlock[] {
    const later = this.since2001;
    return [
      { kind: 'heading', level: 2, text: `CICA today, as of ${later.asOfLabel}` },
      {
        kind: 'fields',
        rows: later.today.map((line) => ({
          label: line.label,
          content: this.sourced(line.value, line.facts),
        })),
      },
    ];
  }

  /** A body, document or note: what it continues from 2001, then its facts. */
  entity(x: LaterEntity, level: 2 | 3): ExportBlock[] {
    const continued = x.continues && this.nameOf2001(x.continues);
    return [
      { kind: 'heading', level, text: entityTitle(x, this.since2001.asOfLabel) },
      ...(continued
        ? [
            {
              kind: 'paragraph' as const,
              content: plain(`Continues, as the sources tell it, “${continued}” of the 2001 FAQ.`),
            },
          ]
        : []),
      this.facts(x.facts),
    ];
  }

  event(e: LaterEvent, level: 2 | 3): ExportBlock[] {
    return [
      { kind: 'heading', level, text: laterEventTitle(e) },
      ...(e.place ? [{ kind: 'paragraph' as const, content: plain(`Place: ${e.place}.`) }] : []),
      this.facts(e.facts),
    ];
  }

  /** Today's members, each with when it joined: an admission, or the first summit's list. */
  membersToday(level: 2 | 3): ExportBlock[] {
    const later = this.since2001;
    const today = latestRoster(later.members);
    const founding = later.members.find((r) => r !== today);
    if (!today) return [];
    const FIRST = 'first summit';
    return [
      { kind: 'heading', level, text: rosterTitle(later, today, 'members') },
      {
        kind: 'paragraph',
        content: this.sourced(`As listed ${asOfWords(today.asOf)}.`, today.facts),
      },
      ...(founding
        ? [
            {
              kind: 'paragraph' as const,
              content: this.sourced(
                `“${FIRST}”: one of the ${founding.states.length} states that took part as ` +
                  `members in the first summit, ${formatLaterDate(founding.date)}; the others ` +
                  'joined on the date given.',
                founding.facts,
              ),
            },
          ]
        : []),
      {
        kind: 'table',
        columns: [{ label: 'State' }, { label: 'Member since' }, { label: 'Order' }],
        rows: today.states.map((name) => {
          const admission = later.admissions.find((a) => a.state.name === name);
          if (admission) {
            return [
              plain(name),
              this.sourced(formatLaterDate(admission.date), admission.facts),
              plain(memberOrder(admission.order)),
            ];
          }
          const first = founding?.states.some((s) => sameState(s, name));
          return [plain(name), plain(first ? FIRST : ''), plain('')];
        }),
      },
    ];
  }

  /** A list of states (and organizations) at one date, with its note and sources. */
  roster(r: Roster, kind: 'members' | 'observers', level: 2 | 3): ExportBlock[] {
    const later = this.since2001;
    const names = [...r.states, ...(r.organizations ?? [])];
    return [
      { kind: 'heading', level, text: rosterTitle(later, r, kind) },
      {
        kind: 'paragraph',
        content: this.listed(`As listed ${asOfWords(r.asOf)}: ${names.join(', ')}.`, r),
      },
      ...(r.note ? [{ kind: 'paragraph' as const, content: plain(r.note) }] : []),
    ];
  }

  /** A roster's text with its facts' sources, or its own sources when the dataset gives no fact. */
  private listed(text: string, r: Roster): Inline {
    if (r.facts.length > 0) return this.sourced(text, r.facts);
    for (const id of r.sources) this.rosterSources.add(id);
    return plain(text, r.sources.join(', '));
  }

  admissions(level: 2 | 3): ExportBlock[] {
    const later = this.since2001;
    return [
      { kind: 'heading', level, text: `Admissions after 2001 (${later.admissions.length})` },
      {
        kind: 'table',
        columns: [
          { label: 'Order' },
          { label: 'State' },
          { label: 'Date' },
          { label: 'Where' },
          { label: 'Observer before' },
        ],
        rows: later.admissions.map((a) => [
          plain(memberOrder(a.order)),
          plain(`${a.state.name} (${a.state.iso2})`),
          this.sourced(formatLaterDate(a.date), a.facts),
          plain(a.where ?? ''),
          plain(a.previouslyObserver ?? ''),
        ]),
      },
    ];
  }

  observersOverTime(level: 2 | 3): ExportBlock[] {
    return [
      { kind: 'heading', level, text: 'Observers over time, after 2001' },
      {
        kind: 'table',
        columns: [{ label: 'As listed' }, { label: 'States' }, { label: 'Organizations' }],
        rows: this.since2001.observers.map((r) => [
          this.listed(asOfWords(r.asOf), r),
          plain(`${r.states.length}: ${r.states.join(', ')}`),
          plain(r.organizations ? `${r.organizations.length}: ${r.organizations.join(', ')}` : ''),
        ]),
      },
    ];
  }

  chairs(level: 2 | 3): ExportBlock[] {
    const later = this.since2001;
    return [
      { kind: 'heading', level, text: 'Chairmanship' },
      {
        kind: 'table',
        columns: [{ label: 'Chair' }, { label: 'Term' }, { label: 'Note' }],
        rows: later.chairs.map((c) => [
          plain(c.current ? `${c.chair} (current as of ${later.asOfLabel})` : c.chair),
          this.sourced(c.term, c.facts),
          plain(c.note ?? ''),
        ]),
      },
    ];
  }

  heads(level: 2 | 3): ExportBlock[] {
    return [
      { kind: 'heading', level, text: 'Heads of the Secretariat' },
      {
        kind: 'table',
        columns: [
          { label: 'Name' },
          { label: 'Title' },
          { label: 'Nationality' },
          { label: 'Term' },
        ],
        rows: this.since2001.heads.map((h) => [
          plain(h.name),
          plain(h.title),
          plain(h.nationality ?? ''),
          this.sourced(h.term, h.facts),
        ]),
      },
    ];
  }

  /** "Then and now": each side with its sources, the 2001 side with its FAQ paragraphs. */
  comparisons(faqEdition: string, faqSources: (ids: readonly string[]) => string): ExportBlock {
    const later = this.since2001;
    return {
      kind: 'table',
      columns: [
        { label: 'Aspect' },
        { label: `As of ${faqEdition}` },
        { label: `As of ${later.asOfLabel}` },
      ],
      rows: later.comparisons.map((c) => [
        plain(c.aspect),
        plain(c.then, faqSources(c.thenItems) || undefined),
        this.sourced(c.now, c.facts),
      ]),
    };
  }

  /**
   * The export of one item after 2001, titled, or undefined for another id;
   * `faqSources` labels the FAQ paragraphs behind the 2001 side of a comparison.
   */
  item(
    id: string,
    faqSources: (ids: readonly string[]) => string,
  ): { title: string; blocks: ExportBlock[] } | undefined {
    const later = this.since2001;
    const find = <T extends { id: string }>(items: readonly T[]) => items.find((x) => x.id === id);
    const today = find(later.today);
    if (today) {
      return {
        title: `CICA today: ${today.label}, as of ${later.asOfLabel}`,
        blocks: [
          { kind: 'paragraph', content: this.sourced(today.value, today.facts) },
          this.facts(today.facts),
        ],
      };
    }
    const event = find(later.events);
    if (event) return { title: laterEventTitle(event), blocks: this.event(event, 2).slice(1) };
    const admission = find(later.admissions);
    if (admission) {
      return {
        title: admissionTitle(admission),
        blocks: [
          {
            kind: 'fields',
            rows: [
              { label: 'Order', content: plain(memberOrder(admission.order)) },
              { label: 'Date', content: plain(formatLaterDate(admission.date)) },
              ...(admission.where ? [{ label: 'Where', content: plain(admission.where) }] : []),
              ...(admission.previouslyObserver
                ? [{ label: 'Observer before', content: plain(admission.previouslyObserver) }]
                : []),
            ],
          },
          this.facts(admission.facts),
        ],
      };
    }
    const members = find(later.members);
    const observers = find(later.observers);
    const roster = members ?? observers;
    if (roster) {
      const kind = members ? 'members' : 'observers';
      const blocks = this.roster(roster, kind, 2).slice(1);
      return {
        title: rosterTitle(later, roster, kind),
        blocks: roster.facts.length ? [...blocks, this.facts(roster.facts)] : blocks,
      };
    }
    const chair = find(later.chairs);
    if (chair) {
      return {
        title: chairTitle(chair, later.asOfLabel),
        blocks: [
          ...(chair.note ? [{ kind: 'paragraph' as const, content: plain(chair.note) }] : []),
          this.facts(chair.facts),
        ],
      };
    }
    const head = find(later.heads);
    if (head) {
      return {
        title: headTitle(head),
        blocks: [
          ...(head.nationality
            ? [{ kind: 'paragraph' as const, content: plain(`Nationality: ${head.nationality}.`) }]
            : []),
          this.facts(head.facts),
        ],
      };
    }
    const entity = find(later.bodies) ?? find(later.documents) ?? find(later.notes);
    if (entity) {
      return {
        title: entityTitle(entity, later.asOfLabel),
        blocks: this.entity(entity, 2).slice(1),
      };
    }
    const comparison = find(later.comparisons);
    if (comparison) {
      return {
        title: `Then and now: ${comparison.aspect}`,
        blocks: [
          {
            kind: 'fields',
            rows: [
              {
                label: this.reference.data.manifest.sources.faq.asOf.label,
                content: plain(comparison.then, faqSources(comparison.thenItems) || undefined),
              },
              { label: later.asOfLabel, content: this.sourced(comparison.now, comparison.facts) },
            ],
          },
          this.facts(comparison.facts),
        ],
      };
    }
    return undefined;
  }

  /**
   * Where the sources of what was shown disagree (the claims, and the reading
   * used), then each web page cited, once: its id, publisher, date and URL.
   */
  end(): ExportBlock[] {
    if (!this.used) return [];
    const { provenance } = this.reference;
    const facts = provenance.facts([...this.shown]);
    const conflicts = provenance.conflicts(facts);
    const sourceIds = [...new Set([...facts.flatMap((f) => f.sources), ...this.rosterSources])];
    const differ: ExportBlock[] = conflicts.length
      ? [
          { kind: 'heading', level: 2, text: 'Where the sources differ' },
          {
            kind: 'list',
            ordered: false,
            items: conflicts.map((c) => ({
              content: plain(
                `${c.topic}: ${c.claims
                  .map((claim) => {
                    const by = [...claim.sources, ...(claim.faq ? ['the 2001 FAQ'] : [])];
                    return `“${claim.claim}” (${by.join(', ')})`;
                  })
                  .join('; ')}. Reading used: ${c.assessment}`,
                c.id,
              ),
            })),
          },
        ]
      : [];
    return [
      ...differ,
      { kind: 'heading', level: 2, text: SOURCES_HEADING },
      {
        kind: 'paragraph',
        content: plain(
          'Web pages cited by the facts after 2001 (shown as text: the app never opens them).',
        ),
      },
      {
        kind: 'list',
        ordered: false,
        items: provenance.sources(sourceIds).map((s) => ({
          content: {
            segments: [{ text: `${s.id}: ${s.publisher}${s.date ? `, ${s.date}` : ''}, ` }],
            url: s.url,
          },
        })),
      },
    ];
  }

  private nameOf2001(id: string): string | undefined {
    const { corpus } = this.reference;
    return (
      corpus.bodies.find((b) => b.id === id)?.name ??
      corpus.documents.find((d) => d.id === id)?.title
    );
  }
}
