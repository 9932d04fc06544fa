import { PARTICIPANT_GROUPS } from '../corpus/labels';
import type { Reference } from '../reference';
import { toHash } from '../route';
import { isSectionId, type SectionId } from '../sections';

// What a bookmark or a dossier piece points at: a view, an item, or a FAQ
// paragraph, with the title it had when the reader added it, so that a place
// a newer pack no longer has can still be named.

export const MAX_TITLE = 300;

export interface Place {
  target: string;
  anchor?: string;
  title: string;
  added: string;
}

/** One key per place: adding the same place twice is not two entries. */
export function placeKey(place: Pick<Place, 'target' | 'anchor'>): string {
  return place.anchor ? `${place.target}/${place.anchor}` : place.target;
}

/** Where a place is in this pack, or that it is no longer there. */
export type Located = { missing: false; section: SectionId; href: string } | { missing: true };

export function locate(reference: Reference, place: Pick<Place, 'target' | 'anchor'>): Located {
  const { target, anchor } = place;
  if (isSectionId(target) && !anchor)
    return { missing: false, section: target, href: toHash({ tab: target }) };
  const section = reference.sectionOfItem(target) ?? groupSection(target);
  if (!section) return { missing: true };
  if (anchor) {
    const [paragraph = 0, item] = anchor.split('.').map(Number);
    const block = reference.entries.get(target)?.blocks[paragraph - 1];
    const there = block && (item === undefined || (block.kind === 'list' && block.items[item - 1]));
    if (!there) return { missing: true };
  }
  return { missing: false, section, href: toHash({ tab: section, item: target, anchor }) };
}

/** The membership groups are places too (`#/membership/observer-states`). */
function groupSection(target: string): SectionId | undefined {
  return PARTICIPANT_GROUPS.some((group) => group.id === target) ? 'membership' : undefined;
}

/** A place the reader marked, with a note of their own. */
export interface Bookmark extends Place {
  note: string;
}

/** The pieces a reader gathers into one brief, in their order, under a title. */
export interface Dossier {
  title: string;
  pieces: Place[];
}

export const EMPTY_DOSSIER: Dossier = { title: '', pieces: [] };

/** A stored list as loaded or saved, and anything the reader should know about where it is kept. */
export interface Stored<T> {
  value: T;
  notice?: string;
}
