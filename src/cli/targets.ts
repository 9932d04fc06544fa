// What `cica export` can export, listed for --list, and found by id or by a
// participant's name ("thailand", "Arab League", "KZ").
import { buildExport, exportTargets } from '../shared/export/build';
import type { Participant } from '../shared/corpus/schema';
import type { Reference } from '../shared/reference';
import { SECTIONS, type SectionId } from '../shared/sections';
import { tokenize } from '../shared/search/tokenize';

export interface TargetRow {
  id: string;
  section: SectionId;
  title: string;
}

/** Every export target with its section and title, in the order of exportTargets. */
export function targetRows(reference: Reference): TargetRow[] {
  return exportTargets(reference).flatMap((id) => {
    const doc = buildExport(reference, id);
    return doc ? [{ id, section: doc.section, title: doc.title }] : [];
  });
}

/** The rows as aligned columns under a header, for a terminal. */
export function formatTargetRows(rows: readonly TargetRow[]): string {
  const label = (id: SectionId) => SECTIONS.find((s) => s.id === id)!.label;
  const idWidth = Math.max(2, ...rows.map((r) => r.id.length));
  const sectionWidth = Math.max(7, ...rows.map((r) => label(r.section).length));
  const line = (id: string, section: string, title: string) =>
    `${id.padEnd(idWidth)}  ${section.padEnd(sectionWidth)}  ${title}`.trimEnd();
  return [
    line('ID', 'SECTION', 'TITLE'),
    ...rows.map((r) => line(r.id, label(r.section), r.title)),
    '',
  ].join('\n');
}

export type Resolved =
  | { kind: 'found'; target: string }
  | { kind: 'ambiguous'; participants: Participant[] }
  | { kind: 'unknown' };

/**
 * An export target from what the reader typed: an id as it is; otherwise a
 * participant's name, abbreviation, ISO code or alias ("Thailand", "PRC"),
 * in any case; otherwise words found in such names, if they name one
 * participant only ("korea"; "islamic" names three, so it is ambiguous).
 */
export function resolveTarget(reference: Reference, typed: string): Resolved {
  if (exportTargets(reference).includes(typed)) return { kind: 'found', target: typed };
  const words = tokenize(typed);
  if (words.length === 0) return { kind: 'unknown' };
  const wanted = words.join(' ');
  const participants = reference.corpus.participants;
  const namesOf = (p: Participant) =>
    [p.shortName, p.publishedName, p.abbreviation, p.iso2, ...p.aliases]
      .filter((name): name is string => Boolean(name))
      .map((name) => tokenize(name));

  const exact = participants.filter((p) => namesOf(p).some((name) => name.join(' ') === wanted));
  const found = exact.length > 0 ? exact : participants.filter((p) => namesOf(p).some(contains));
  if (found.length === 1) return { kind: 'found', target: found[0]!.id };
  return found.length > 1 ? { kind: 'ambiguous', participants: found } : { kind: 'unknown' };

  /** Whether a name holds the typed words, whole and in order. */
  function contains(name: string[]): boolean {
    for (let i = 0; i + words.length <= name.length; i++) {
      if (words.every((word, j) => name[i + j] === word)) return true;
    }
    return false;
  }
}
