import { formatDate } from '../corpus/dates';
import { PARTICIPANT_GROUPS, participantsOf } from '../corpus/labels';
import type { Corpus, Quote } from '../corpus/schema';
import type { FaqEntry } from '../faq/types';
import { blockText } from '../faq/text';
import type { SectionId } from '../sections';
import { tokenize } from './tokenize';

/**
 * One searchable item. FAQ answers are indexed paragraph by paragraph, so a
 * result can open the entry on the very paragraph that matched; everything
 * else is one document per item.
 */
export interface SearchDoc {
  /** Unique: the item id, or "<entry-id>/<paragraph>" for a FAQ paragraph. */
  id: string;
  section: SectionId;
  /** The item the result opens (the FAQ entry for a paragraph). */
  item: string;
  /** The paragraph to highlight, for FAQ paragraphs. */
  anchor?: string;
  title: string;
  /** Other names: short names, abbreviations, aliases, ISO codes. */
  names: string;
  body: string;
}

const quotes = (items: readonly Quote[]) => items.map((q) => q.quote).join(' ');

export function searchDocuments(entries: readonly FaqEntry[], corpus: Corpus): SearchDoc[] {
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
        body: blockText(block),
      });
    });
  }
  for (const group of PARTICIPANT_GROUPS) {
    const members = participantsOf(corpus, group.kind);
    docs.push({
      id: group.id,
      section: 'membership',
      item: group.id,
      title: `${group.label} (${members.length})`,
      names: group.kind === 'organization' ? 'participants' : 'participants; members; countries',
      body: members.map((p) => p.shortName).join(', '),
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
      body: `${group}: ${p.publishedName}`,
    });
  }
  for (const b of corpus.bodies) {
    docs.push({
      id: b.id,
      section: 'bodies',
      item: b.id,
      title: b.name,
      names: [b.abbreviation, ...b.aliases].filter(Boolean).join('; '),
      body: b.facts.map((f) => f.quote).join(' '),
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
        ...(d.principles ?? []).map((p) => p.quote),
        ...d.facts.map((f) => f.quote),
      ].join(' '),
    });
  }
  for (const e of corpus.events) {
    docs.push({
      id: e.id,
      section: 'timeline',
      item: e.id,
      title: `${formatDate(e.date)}: ${e.title}`,
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
    const intro = t.intro ? [t.intro] : [];
    docs.push({
      id: t.id,
      section: 'overview',
      item: t.id,
      title: t.title,
      names: '',
      body: quotes([...intro, ...t.points]),
    });
  }
  for (const f of corpus.figures) {
    docs.push({
      id: f.id,
      section: 'overview',
      item: f.id,
      title: f.label,
      names: '',
      body: `${f.published} (${f.value} ${f.unit})`,
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
  return aliases;
}
