import type { ReaderData } from './reader-data';
import { errataAt } from './corpus/errata';
import { Provenance } from './corpus/provenance';
import type { Erratum, SourceRef } from './corpus/schema';
import type { FaqEntry } from './faq/types';
import type { SectionId } from './sections';

/**
 * The loaded reference with its lookups: which section an id lives in, an
 * entry by id, the errata of a paragraph. Used by the renderer and the CLI.
 */
export class Reference {
  readonly entries: ReadonlyMap<string, FaqEntry>;
  /** The facts after 2001 with their sources and conflicts. */
  readonly provenance: Provenance;
  private readonly sectionOf = new Map<string, SectionId>();

  constructor(readonly data: ReaderData) {
    this.entries = new Map(data.faq.entries.map((entry) => [entry.id, entry]));
    const { corpus } = data;
    const place = (section: SectionId, items: readonly { id: string }[]) => {
      for (const item of items) this.sectionOf.set(item.id, section);
    };
    place('faq', data.faq.entries);
    place('overview', [...corpus.stages, ...corpus.figures, ...corpus.topics, ...corpus.errata]);
    place('membership', [...corpus.participants, ...corpus.counts]);
    place('bodies', corpus.bodies);
    place('documents', corpus.documents);
    place('timeline', corpus.events);
    const later = corpus.since2001;
    place('overview', [...later.today, ...later.notes]);
    place('membership', [...later.admissions, ...later.members, ...later.observers]);
    place('bodies', [...later.bodies, ...later.chairs, ...later.heads]);
    place('documents', later.documents);
    place('timeline', later.events);
    place('compare', later.comparisons);
    this.provenance = new Provenance(later);
  }

  get corpus() {
    return this.data.corpus;
  }

  /** The section an item id belongs to, or undefined for an unknown id. */
  sectionOfItem(id: string): SectionId | undefined {
    return this.sectionOf.get(id);
  }

  get itemIds(): string[] {
    return [...this.sectionOf.keys()];
  }

  errataAt(ref: SourceRef): Erratum[] {
    return errataAt(this.data.corpus.errata, ref);
  }

  /** "FAQ 19, paragraph 1" style label for a source reference. */
  describeSource(ref: SourceRef): { short: string; long: string } {
    const entry = this.entries.get(ref.entry);
    const number = entry ? entry.number : '?';
    const item = ref.item ? `, item ${ref.item}` : '';
    return {
      // No-break spaces keep the label on one line when text is wrapped.
      short: `FAQ\u00a0${number}\u00a0¶${ref.paragraph}${ref.item ? `.${ref.item}` : ''}`,
      long: `“${entry?.question ?? ref.entry}”, paragraph ${ref.paragraph}${item}`,
    };
  }
}
