import type { Corpus, Fact, Participant } from './schema';

export const ASPECT_LABELS: Record<Fact['aspect'], string> = {
  created: 'Created',
  held: 'Held',
  planned: 'Planned',
  composition: 'Composition',
  aim: 'Aim',
  sessions: 'Sessions',
  results: 'Results',
  status: 'Status',
  content: 'Content',
};

export const PARTICIPANT_GROUPS: readonly {
  kind: Participant['kind'];
  id: string;
  label: string;
}[] = [
  { kind: 'member', id: 'member-states', label: 'Member states' },
  { kind: 'observer', id: 'observer-states', label: 'Observer states' },
  { kind: 'organization', id: 'international-organizations', label: 'International organizations' },
];

/** The participants of one group, in the source's order. */
export function participantsOf(
  corpus: Pick<Corpus, 'participants'>,
  kind: Participant['kind'],
): Participant[] {
  return corpus.participants.filter((p) => p.kind === kind);
}
