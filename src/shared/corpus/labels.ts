import { formatDate } from './dates';
import type {
  Body,
  CicaDocument,
  CicaEvent,
  Corpus,
  DocumentRole,
  Fact,
  Figure,
  Participant,
} from './schema';

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
  preparation: 'Preparation',
  name: 'Name',
};

/** The source names two bodies; the rest are meetings and the planned summit. */
export const BODY_KIND_LABELS: Record<Body['kind'], string> = {
  'working body': 'Working body',
  meeting: 'Meeting',
  summit: 'Summit (planned)',
};

/** Headings for the bodies grouped by kind, in exports of the whole section. */
export const BODY_KIND_HEADINGS: Record<Body['kind'], string> = {
  'working body': 'The two bodies working within the CICA',
  meeting: 'Meetings',
  summit: 'The planned summit',
};

export const ROLE_LABELS: Record<DocumentRole['role'], string> = {
  'drafted by': 'Drafted by',
  'considered by': 'Considered by',
  'text completed by': 'Text completed by',
  'adopted by': 'Adopted by',
  'signed by': 'Signed by',
  'to be signed by': 'To be signed by',
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

/** "Member states in September 2001 (16)": a count never travels without its date. */
export function groupTitle(label: string, count: number, edition: string): string {
  return `${label} in ${edition} (${count})`;
}

/** The views' edition note, in the same words for exports: "These figures are as of ...". */
export function editionNote(subject: string, edition: string): string {
  return `${subject} are as of ${edition}, when the source was published; they are not the present state of CICA.`;
}

/** Under the membership lists: the names as published are the source's translation. */
export const PUBLISHED_NAMES_NOTE =
  'Names as published are the source’s own English, and several are not the official ones ' +
  '(“The Arabian Republic Egypt”, “The Chinese People’s Republic”, “The Kirghiz Republic”, ' +
  '“The Turkish Republic”, “The Palestine State”); the short names are the app’s. ' +
  'Only the name that was already out of date in 2001 is marked as a correction.';

/** Under the figures: what the source measures, and how to read its percentages. */
export const FIGURES_NOTE =
  'The source gives these figures for the “CICA participants” and does not say which of them ' +
  'are counted. The percentages are ratios as published: the total area set against the ' +
  'territory of Asia and of Eurasia, the population against the globe’s; the source does not ' +
  'say how much of Asia lies within the CICA.';

/** What the corrections table claims about itself: no more than is true. */
export const ERRATA_NOTE =
  'The source is kept exactly as published; where the app corrects a slip, the correction ' +
  'stands beside the published text. The corrections made so far are listed here; the ' +
  'source has more slips of language than these.';

export const TIMELINE_NOTE =
  'Every dated event in the source, at the precision it gives. Events after September 2001 were still to come when it was written.';

export const STAGES_HEADING = 'The three stages of the CICA process, as of September 2001';

export const STAGES_NOTE =
  'As the source describes them in September 2001: two stages passed, and the third under way, ' +
  'to last until the summit scheduled for autumn 2001.';

/**
 * A figure as published, with its value in the app's notation beside it when
 * they differ: "38,8 million sq. km. (38.8 million km²)", "89%".
 */
export function figureText(figure: Figure): string {
  const value = figure.unit === '%' ? `${figure.value}%` : `${figure.value} ${figure.unit}`;
  return value === figure.published ? figure.published : `${figure.published} (${value})`;
}

/** A document's status, dated only when the source gives it at its own date. */
export function documentStatus(document: CicaDocument, edition: string): string {
  return document.statusAsOfEdition ? `${document.status} (as of ${edition})` : document.status;
}

/** "autumn 2001 (planned): Summit ...": an event's label wherever it is named. */
export function eventLabel(event: CicaEvent): string {
  return `${formatDate(event.date)}${event.planned ? ' (planned)' : ''}: ${event.title}`;
}
