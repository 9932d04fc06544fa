import {
  admissionTitle,
  asOfWords,
  chairTitle,
  comparisonTitle,
  entityTitle,
  headTitle,
  latestRoster,
  laterEventTitle,
  rosterTitle,
  todayTitle,
} from '../corpus/later-labels';
import type { EventKind, Since2001 } from '../corpus/since-2001';
import type { SearchDoc } from './search-doc';

/** Words readers use for a question about the present ("who chairs CICA now"). */
const PRESENT = 'today; now; current; presently';
/** Words of a question about a number ("how many members"). */
const COUNT = 'how many; number';

const KIND_NAMES: Record<EventKind, string> = {
  summit: 'summit; Council of Heads of State; heads of state',
  ministerial: 'ministerial meeting; foreign ministers; Ministerial Council',
  admission: 'admission; accession; joined; new member; member state',
  observer: 'observer status; new observer',
  chairmanship: 'chairmanship; chair',
  body: 'body; institution',
  document: 'document; adopted',
};

/**
 * One search document per item after 2001: its title carries its date (a
 * count or a "today" says as of when), its body is the text of its facts, and
 * its names are the words readers use for it. `faqEdition` dates the 2001
 * side of a comparison.
 */
export function laterSearchDocuments(later: Since2001, faqEdition: string): SearchDoc[] {
  const factText = new Map(later.facts.map((f) => [f.id, f.text]));
  const texts = (ids: readonly string[]) => ids.map((id) => factText.get(id) ?? '').join('\n');
  const join = (...parts: (string | undefined | false)[]) => parts.filter(Boolean).join('; ');
  const sentences = (...parts: (string | undefined | false)[]) => parts.filter(Boolean).join('\n');
  const now = later.asOfLabel;
  const docs: SearchDoc[] = [];
  const add = (doc: Omit<SearchDoc, 'item'>) => docs.push({ ...doc, item: doc.id });

  for (const line of later.today) {
    add({
      id: line.id,
      section: 'overview',
      title: todayTitle(line, now),
      names: join(
        `CICA ${line.label}`,
        `${line.label} today`,
        PRESENT,
        /^\d/.test(line.value) && COUNT,
      ),
      body: texts(line.facts),
    });
  }
  for (const e of later.events) {
    add({
      id: e.id,
      section: 'timeline',
      title: laterEventTitle(e),
      names: join(KIND_NAMES[e.kind], e.planned && 'planned; next; upcoming'),
      body: sentences(e.place && `Place: ${e.place}.`, texts(e.facts)),
    });
  }
  for (const a of later.admissions) {
    add({
      id: a.id,
      section: 'membership',
      title: admissionTitle(a),
      names: join(a.state.iso2, KIND_NAMES.admission),
      body: sentences(
        a.where && `Admitted at: ${a.where}.`,
        a.previouslyObserver && `Observer before: ${a.previouslyObserver}.`,
        texts(a.facts),
      ),
    });
  }
  for (const [kind, rosters] of [
    ['members', later.members],
    ['observers', later.observers],
  ] as const) {
    for (const r of rosters) {
      const latest = latestRoster(rosters) === r;
      add({
        id: r.id,
        section: 'membership',
        title: rosterTitle(later, r, kind),
        // Only the latest list answers "which" or "how many" without a date.
        names: latest
          ? join(
              kind === 'members'
                ? 'members; member states; participants; countries'
                : 'observer states',
              'list',
              COUNT,
              PRESENT,
            )
          : '',
        body: sentences(
          `As listed ${asOfWords(r.asOf)}: ${r.states.join(', ')}.`,
          r.organizations && `Organizations: ${r.organizations.join(', ')}.`,
          r.note,
          texts(r.facts),
        ),
      });
    }
  }
  for (const c of later.chairs) {
    add({
      id: c.id,
      section: 'bodies',
      title: chairTitle(c, now),
      names: join('chair; chairmanship; chairs', c.current && PRESENT),
      body: sentences(c.note, texts(c.facts)),
    });
  }
  for (const h of later.heads) {
    add({
      id: h.id,
      section: 'bodies',
      title: headTitle(h),
      names: join(h.nationality, 'head of the Secretariat; Secretariat'),
      body: texts(h.facts),
    });
  }
  for (const [section, entities] of [
    ['bodies', later.bodies],
    ['documents', later.documents],
    ['overview', later.notes],
  ] as const) {
    for (const x of entities) {
      add({
        id: x.id,
        section,
        title: entityTitle(x, now),
        names: x.aliases.join('; '),
        body: texts(x.facts),
      });
    }
  }
  for (const c of later.comparisons) {
    add({
      id: c.id,
      section: 'compare',
      title: comparisonTitle(c, faqEdition, now),
      names: join('then and now; compare; change; 2001', PRESENT),
      body: sentences(`${faqEdition}: ${c.then}.`, `${now}: ${c.now}.`, texts(c.facts)),
    });
  }
  return docs;
}
