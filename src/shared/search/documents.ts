import { annotate, errataAt, segmentsText } from '../corpus/errata';
import {
  BODY_KIND_LABELS,
  PARTICIPANT_GROUPS,
  ROLE_LABELS,
  eventLabel,
  figureText,
  groupTitle,
  participantsOf,
} from '../corpus/labels';
import type { Corpus, Quote, SourceRef } from '../corpus/schema';
import type { Block, FaqEntry } from '../faq/types';
import { laterSearchDocuments } from './later-documents';
import type { SearchDoc } from './search-doc';

export type { SearchDoc } from './search-doc';
import { tokenize } from './tokenize';

/**
 * The searchable items of the reference. Text is indexed with its corrections
 * beside it, as the views show it, so a corrected word ("fundamental
 * freedoms") is found and the snippet shows the correction. `edition` dates
 * every count ("Member states in September 2001 (16)").
 */
export function searchDocuments(
  entries: readonly FaqEntry[],
  corpus: Corpus,
  edition: string,
): SearchDoc[] {
  const corrected = (text: string, ref: SourceRef) =>
    segmentsText(annotate(text, errataAt(corpus.errata, ref)));
  const quotes = (items: readonly Quote[]) =>
    items.map((q) => corrected(q.quote, q.source)).join(' ');
  const blockBody = (block: Block, ref: SourceRef) =>
    block.kind === 'paragraph'
      ? corrected(block.text, ref)
      : block.items
          .map((item, n) => {
            const text = corrected(item.text, { ...ref, item: n + 1 });
            return `${item.marker ?? '-'} ${text}`;
          })
          .join('\n');

  const docs: SearchDoc[] = [];
  for (const entry of entries) {
    entry.blocks.forEach((block, index) => {
      const anchor = String(index + 1);
      docs.push({
        id: `${entry.id}/${anchor}`,
        section: 'faq',
        item: entry.id,
        anchor,
        title: entry.question,
        names: '',
        body: blockBody(block, { entry: entry.id, paragraph: index + 1 }),
      });
    });
  }
  for (const group of PARTICIPANT_GROUPS) {
    const members = participantsOf(corpus, group.kind);
    docs.push({
      id: group.id,
      section: 'membership',
      item: group.id,
      title: groupTitle(group.label, members.length, edition),
      names: [
        group.label,
        group.kind === 'organization' ? 'participants' : 'participants; members; countries',
      ].join('; '),
      body: members.map((p) => p.shortName).join(', '),
    });
  }
  for (const c of corpus.counts) {
    docs.push({
      id: c.id,
      section: 'membership',
      item: c.id,
      title:
        `${c.when}: ${c.members} states, ${c.observers} observers, ` +
        `${c.organizations} international organizations`,
      // "How many members?" asks for the source's present: the count at its own date.
      names: c.when.includes(edition)
        ? 'how many; number; count; member states; participants; presently'
        : 'number; count; participants',
      body: quotes(c.statements),
    });
  }
  for (const p of corpus.participants) {
    const group = PARTICIPANT_GROUPS.find((g) => g.kind === p.kind)!.label.replace(/s$/, '');
    docs.push({
      id: p.id,
      section: 'membership',
      item: p.id,
      title: p.shortName,
      names: [p.publishedName, p.abbreviation, p.iso2, ...p.aliases].filter(Boolean).join('; '),
      body: `${group} in ${edition}: ${corrected(p.publishedName, p.source)}`,
    });
  }
  for (const b of corpus.bodies) {
    docs.push({
      id: b.id,
      section: 'bodies',
      item: b.id,
      title: b.name,
      names: [b.abbreviation, ...b.aliases].filter(Boolean).join('; '),
      body: [BODY_KIND_LABELS[b.kind], quotes(b.facts)].join(': '),
    });
  }
  for (const d of corpus.documents) {
    docs.push({
      id: d.id,
      section: 'documents',
      item: d.id,
      title: d.title,
      names: d.aliases.join('; '),
      body: [
        d.status,
        ...d.roles.map((r) => {
          const body = corpus.bodies.find((b) => b.id === r.body);
          return `${ROLE_LABELS[r.role]} ${body?.name ?? r.body}.`;
        }),
        quotes(d.principles ?? []),
        quotes(d.facts),
      ].join(' '),
    });
  }
  for (const e of corpus.events) {
    docs.push({
      id: e.id,
      section: 'timeline',
      item: e.id,
      title: eventLabel(e),
      names: e.place ?? '',
      body: quotes(e.statements),
    });
  }
  for (const s of corpus.stages) {
    docs.push({
      id: s.id,
      section: 'overview',
      item: s.id,
      title: s.title,
      names: '',
      body: quotes(s.statements),
    });
  }
  for (const t of corpus.topics) {
    const around = (q: Quote | undefined) => (q ? [q] : []);
    docs.push({
      id: t.id,
      section: 'overview',
      item: t.id,
      title: t.title,
      names: '',
      body: quotes([...around(t.intro), ...t.points, ...around(t.closing)]),
    });
  }
  for (const f of corpus.figures) {
    docs.push({
      id: f.id,
      section: 'overview',
      item: f.id,
      title: f.label,
      // The source gives its figures for the "CICA participants".
      names: 'CICA participants; CICA countries',
      body: `${figureText(f)}, as of ${edition}`,
    });
  }
  for (const e of corpus.errata) {
    docs.push({
      id: e.id,
      section: 'overview',
      item: e.id,
      title: `Correction: “${e.published}” should read “${e.corrected}”`,
      names: '',
      body: e.note,
    });
  }
  docs.push(...laterSearchDocuments(corpus.since2001, edition));
  return docs.map((doc) => withTermAliases(doc, corpus.termAliases));
}

/** Adds the aliases of every term the document's text contains to its names. */
function withTermAliases(doc: SearchDoc, termAliases: Corpus['termAliases']): SearchDoc {
  const text = `${doc.title}\n${doc.names}\n${doc.body}`.toLowerCase();
  const extra = termAliases
    .filter((alias) => text.includes(alias.term.toLowerCase()))
    .flatMap((alias) => alias.aliases);
  if (extra.length === 0) return doc;
  return { ...doc, names: [doc.names, ...new Set(extra)].filter(Boolean).join('; ') };
}

/**
 * What each other name in the documents' `names` stands for, both as
 * normalized words ("alma ata" -> ["almaty"], "prc" -> ["china"]): a hit
 * found through a name it does not show marks, in its text, what the name
 * stands for. Built from the corpus the names come from, at load time.
 */
export type SearchAliases = ReadonlyMap<string, readonly string[]>;

export function searchAliases(corpus: Corpus): SearchAliases {
  const aliases = new Map<string, string[]>();
  const add = (names: readonly (string | undefined)[], target: string) => {
    const stands = tokenize(target).join(' ');
    for (const name of names) {
      const key = tokenize(name ?? '').join(' ');
      if (!key || key === stands) continue;
      const targets = aliases.get(key) ?? [];
      if (!targets.includes(stands)) aliases.set(key, [...targets, stands]);
    }
  };
  for (const { term, aliases: names } of corpus.termAliases) add(names, term);
  for (const p of corpus.participants)
    add([p.publishedName, p.abbreviation, p.iso2, ...p.aliases], p.shortName);
  for (const b of corpus.bodies) add([b.abbreviation, ...b.aliases], b.name);
  for (const d of corpus.documents) add(d.aliases, d.title);
  const later = corpus.since2001;
  for (const x of [...later.bodies, ...later.documents, ...later.notes]) add(x.aliases, x.name);
  return aliases;
}

/** What documents with the same section, title and text share: they are shown as one hit. */
export function sameTextKey(doc: SearchDoc): string {
  return `${doc.section}\u0000${doc.title}\u0000${doc.body}`;
}
