import { formatDate } from './dates';
import type {
  Admission,
  Conflict,
  CuratedSince2001,
  ExternalFact,
  ExternalSource,
  Roster,
  Since2001,
} from './since-2001';

/**
 * Look-ups over the reference after 2001: a fact by id, its sources and the
 * conflicts it is part of. Shared by the views, the exporters and the CLI so
 * that every fact is shown with the same provenance everywhere.
 */
export class Provenance {
  private readonly factById: ReadonlyMap<string, ExternalFact>;
  private readonly sourceById: ReadonlyMap<string, ExternalSource>;
  private readonly conflictById: ReadonlyMap<string, Conflict>;

  private readonly laterIds: ReadonlySet<string>;

  constructor(readonly since2001: Since2001) {
    this.factById = new Map(since2001.facts.map((f) => [f.id, f]));
    this.sourceById = new Map(since2001.sources.map((s) => [s.id, s]));
    this.conflictById = new Map(since2001.conflicts.map((c) => [c.id, c]));
    this.laterIds = new Set(laterItems(since2001).map((item) => item.id));
  }

  /** Whether an item id is one of the items after 2001 (else it is the FAQ's, or unknown). */
  isLater(id: string): boolean {
    return this.laterIds.has(id);
  }

  /** The facts of an item, in its order (the pack's schema guarantees each id resolves). */
  facts(ids: readonly string[]): ExternalFact[] {
    return ids.flatMap((id) => this.factById.get(id) ?? []);
  }

  sources(ids: readonly string[]): ExternalSource[] {
    return ids.flatMap((id) => this.sourceById.get(id) ?? []);
  }

  /** Every source behind these facts, each once, in order of first citation. */
  sourcesOfFacts(facts: readonly ExternalFact[]): ExternalSource[] {
    return this.sources([...new Set(facts.flatMap((f) => f.sources))]);
  }

  /** The recorded disagreements these facts are part of, each once. */
  conflicts(facts: readonly ExternalFact[]): Conflict[] {
    const ids = [...new Set(facts.flatMap((f) => f.conflicts))];
    return ids.flatMap((id) => this.conflictById.get(id) ?? []);
  }
}

/** Every curated item after 2001, of every kind, with the facts it shows. */
export function laterItems(s: CuratedSince2001): readonly { id: string; facts: string[] }[] {
  return [
    ...s.today,
    ...s.events,
    ...s.admissions,
    ...s.members,
    ...s.observers,
    ...s.chairs,
    ...s.heads,
    ...s.bodies,
    ...s.documents,
    ...s.notes,
    ...s.comparisons,
  ];
}

/**
 * How far a fact can be trusted, in a reader's words, from the dataset's
 * confidence scale: a single source, or sources of one family only, says so.
 */
export function confidenceNote(fact: ExternalFact): string {
  const sources = fact.sources.length;
  const support =
    sources === 1
      ? 'one source'
      : fact.independentFamilies === 1
        ? `${sources} sources, all of one family (${fact.families[0] ?? 'unknown'})`
        : `${sources} sources from ${fact.independentFamilies} independent families`;
  const level = {
    high: 'High confidence',
    medium: 'Medium confidence',
    'medium-single-source': 'Single source',
    low: 'Low confidence: inferred from absence or from conflicting reports',
  }[fact.confidence];
  return `${level}; ${support}${fact.caveat ? `. ${fact.caveat}` : ''}`;
}

/** "4 June 2002", "December 2007", "2026", "12–13 October 2022": at the dataset's precision. */
export function formatLaterDate(date: string, end?: string): string {
  return formatDate(end && end !== date ? { start: date, end } : { start: date });
}

/** A source as one line of text: publisher, date where known, URL (shown, never opened). */
export function sourceLine(source: ExternalSource): string {
  return `${source.publisher}${source.date ? `, ${source.date}` : ''}, ${source.url}`;
}

/**
 * The member states at the end of a day ("2014-05-31"): the founding members
 * and every admission dated on or before it. An admission known only to the
 * year or month counts from the end of that year or month, so a date inside it
 * does not claim more than the source.
 */
export function membersAt(
  founding: Roster,
  admissions: readonly Admission[],
  day: string,
): { name: string; admission?: Admission }[] {
  const admitted = admissions.filter((a) => lastDay(a.date) <= day);
  return [
    ...founding.states.map((name) => ({ name })),
    ...admitted.map((admission) => ({ name: admission.state.name, admission })),
  ];
}

/** The last day a partial date can mean: "2011" -> "2011-12-31", "2014-05" -> "2014-05-31". */
export function lastDay(date: string): string {
  const [year, month, day] = date.split('-');
  if (day) return date;
  if (month) {
    const days = new Date(Date.UTC(Number(year), Number(month), 0)).getUTCDate();
    return `${year}-${month}-${String(days).padStart(2, '0')}`;
  }
  return `${year}-12-31`;
}

/** "Turkey (Türkiye)" and "Türkiye" name one state: a name matches any part of the other, in brackets or not. */
export function sameState(a: string, b: string): boolean {
  const parts = (name: string) =>
    name
      .split(/[()]/)
      .map((p) => p.trim())
      .filter(Boolean);
  return parts(a).some((p) => parts(b).includes(p));
}
