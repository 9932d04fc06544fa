import * as v from 'valibot';
import { SECTIONS as SECTION_LIST } from '../../src/shared/sections';
import { laterTables } from '../../src/shared/corpus/since-2001';
import { CorpusSchema, type Corpus, type SourceRef } from '../../src/shared/corpus/schema';
import { blockText } from '../../src/shared/faq/text';
import type { FaqEntry } from '../../src/shared/faq/types';

/** Thrown with a message naming the file, the item and the field. */
export class CorpusError extends Error {}

const SECTIONS: readonly string[] = SECTION_LIST.map((s) => s.id);

/**
 * Validates the hand-written corpus against the schema and against the FAQ:
 * every id unique, every cross-reference resolving, every source reference
 * pointing at an existing paragraph (and list item), and every quote standing
 * verbatim in the paragraph it cites.
 */
export function checkCorpus(raw: unknown, faq: readonly FaqEntry[], file: string): Corpus {
  const parsed = v.safeParse(CorpusSchema, raw);
  if (!parsed.success) {
    const issue = parsed.issues[0]!;
    const path = (issue.path ?? []).map((step) => step.key as string | number);
    throw new CorpusError(`${file}: ${describePath(raw, path)}: ${issue.message}`);
  }
  const corpus = parsed.output;
  const fail = (where: string, message: string): never => {
    throw new CorpusError(`${file}: ${where}: ${message}`);
  };

  const ids = new Map<string, string>();
  const collections = {
    participants: corpus.participants,
    counts: corpus.counts,
    bodies: corpus.bodies,
    documents: corpus.documents,
    events: corpus.events,
    stages: corpus.stages,
    figures: corpus.figures,
    topics: corpus.topics,
    errata: corpus.errata,
  };
  for (const [collection, items] of Object.entries(collections)) {
    for (const item of items) {
      const where = `${collection} "${item.id}"`;
      if (SECTIONS.includes(item.id)) fail(`${where}, field id`, 'is the name of a section');
      const previous = ids.get(item.id);
      if (previous) fail(`${where}, field id`, `duplicate id (also used by ${previous})`);
      ids.set(item.id, where);
    }
  }

  const entries = new Map(faq.map((entry) => [entry.id, entry]));
  const sourceText = (ref: SourceRef, where: string): string => {
    const entry = entries.get(ref.entry) ?? fail(where, `no FAQ entry "${ref.entry}"`);
    const block =
      entry.blocks[ref.paragraph - 1] ??
      fail(where, `FAQ entry "${ref.entry}" has no paragraph ${ref.paragraph}`);
    if (block.kind === 'paragraph') {
      if (ref.item !== undefined)
        fail(where, `paragraph ${ref.paragraph} of "${ref.entry}" is not a list`);
      return block.text;
    }
    if (ref.item === undefined)
      fail(where, `paragraph ${ref.paragraph} of "${ref.entry}" is a list: name its item`);
    const item =
      block.items[ref.item! - 1] ??
      fail(
        where,
        `the list in paragraph ${ref.paragraph} of "${ref.entry}" has no item ${ref.item}`,
      );
    return item.marker ? `${item.marker} ${item.text}` : item.text;
  };
  const quoted = (quote: string, source: SourceRef, where: string): void => {
    if (!sourceText(source, `${where}.source`).includes(quote)) {
      fail(
        `${where}.quote`,
        `"${quote}" is not in FAQ entry "${source.entry}" paragraph ${source.paragraph}${source.item ? ` item ${source.item}` : ''}`,
      );
    }
  };
  const refersTo = (
    id: string,
    collection: 'bodies' | 'documents' | 'events',
    where: string,
  ): void => {
    if (!collections[collection].some((item) => item.id === id)) {
      fail(where, `refers to "${id}", which is not in ${collection}`);
    }
  };
  const related = (
    item: { related: Partial<Record<'bodies' | 'documents' | 'events', string[]>> },
    where: string,
  ) => {
    for (const collection of ['bodies', 'documents', 'events'] as const) {
      for (const id of item.related[collection] ?? [])
        refersTo(id, collection, `${where}, field related.${collection}`);
    }
  };

  for (const p of corpus.participants) {
    const where = `participants "${p.id}"`;
    sourceText(p.source, `${where}, field source`);
    if (p.kind !== 'organization' && !p.iso2)
      fail(`${where}, field iso2`, 'a state needs its ISO 3166 code');
    if (p.kind === 'organization' && p.iso2)
      fail(`${where}, field iso2`, 'an organization has no ISO 3166 code');
    if (!sourceText(p.source, where).includes(p.publishedName)) {
      fail(`${where}, field publishedName`, `"${p.publishedName}" is not the name as published`);
    }
  }
  for (const c of corpus.counts) {
    c.statements.forEach((s, i) =>
      quoted(s.quote, s.source, `counts "${c.id}", field statements[${i}]`),
    );
  }
  for (const [collection, items] of [
    ['bodies', corpus.bodies],
    ['documents', corpus.documents],
  ] as const) {
    for (const item of items) {
      const where = `${collection} "${item.id}"`;
      item.facts.forEach((f, i) => quoted(f.quote, f.source, `${where}, field facts[${i}]`));
      related(item, where);
    }
  }
  for (const d of corpus.documents) {
    d.roles.forEach((r, i) => {
      const where = `documents "${d.id}", field roles[${i}]`;
      refersTo(r.body, 'bodies', `${where}.body`);
      quoted(r.quote, r.source, where);
    });
    d.principles?.forEach((p, i) =>
      quoted(p.quote, p.source, `documents "${d.id}", field principles[${i}]`),
    );
  }
  for (const e of corpus.events) {
    e.statements.forEach((s, i) =>
      quoted(s.quote, s.source, `events "${e.id}", field statements[${i}]`),
    );
    related(e, `events "${e.id}"`);
  }
  for (const s of corpus.stages) {
    s.statements.forEach((q, i) =>
      quoted(q.quote, q.source, `stages "${s.id}", field statements[${i}]`),
    );
    related(s, `stages "${s.id}"`);
  }
  for (const f of corpus.figures) {
    if (!sourceText(f.source, `figures "${f.id}", field source`).includes(f.published)) {
      fail(`figures "${f.id}", field published`, `"${f.published}" is not in the cited paragraph`);
    }
  }
  for (const t of corpus.topics) {
    if (t.intro) quoted(t.intro.quote, t.intro.source, `topics "${t.id}", field intro`);
    t.points.forEach((p, i) => quoted(p.quote, p.source, `topics "${t.id}", field points[${i}]`));
    if (t.closing) quoted(t.closing.quote, t.closing.source, `topics "${t.id}", field closing`);
    if (t.related) related({ related: t.related }, `topics "${t.id}"`);
  }
  for (const e of corpus.errata) {
    if (!sourceText(e.where, `errata "${e.id}", field where`).includes(e.published)) {
      fail(`errata "${e.id}", field published`, `"${e.published}" is not in the cited paragraph`);
    }
  }
  const later = corpus.since2001;
  const laterIds = laterTables(later).flatMap(([, items]) => items.map((item) => item.id));
  for (const id of laterIds) {
    // One namespace for deep links: an id after 2001 must not shadow one of the FAQ's.
    const previous = ids.get(id);
    if (previous) fail(`since2001 "${id}", field id`, `duplicate id (also used by ${previous})`);
    if (SECTIONS.includes(id)) fail(`since2001 "${id}", field id`, 'is the name of a section');
  }
  for (const [table, items] of [
    ['bodies', later.bodies],
    ['documents', later.documents],
  ] as const) {
    for (const item of items) {
      if (item.continues !== undefined)
        refersTo(item.continues, table, `since2001.${table} "${item.id}", field continues`);
    }
  }
  for (const c of later.comparisons) {
    c.thenItems.forEach((id, i) => {
      if (!ids.has(id))
        fail(`since2001.comparisons "${c.id}", field thenItems[${i}]`, `no 2001 item "${id}"`);
    });
  }
  const faqText = faq.map((e) => `${e.question}\n${e.blocks.map(blockText).join('\n')}`).join('\n');
  const laterText = later.facts.map((f) => f.text).join('\n');
  corpus.termAliases.forEach((alias, i) => {
    if (!faqText.includes(alias.term) && !laterText.includes(alias.term)) {
      fail(
        `termAliases[${i}], field term`,
        `"${alias.term}" occurs neither in the FAQ nor in the facts after 2001`,
      );
    }
  });
  return corpus;
}

/** 'bodies "swg", field facts.1.quote' for a schema issue at ['bodies', 0, 'facts', 1, 'quote']. */
function describePath(raw: unknown, path: (string | number)[]): string {
  const [collection, index, ...field] = path;
  if (typeof collection !== 'string') return 'the whole file';
  if (typeof index !== 'number') return `field ${collection}`;
  const item = (raw as Record<string, unknown[]>)[collection]?.[index] as
    { id?: unknown } | undefined;
  const name = typeof item?.id === 'string' ? `"${item.id}"` : `[${index}]`;
  return field.length ? `${collection} ${name}, field ${field.join('.')}` : `${collection} ${name}`;
}
