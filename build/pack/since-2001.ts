import * as v from 'valibot';
import {
  CuratedSince2001Schema,
  laterTables,
  Since2001Schema,
  danglingReference,
  type Conflict,
  type CuratedSince2001,
  type ExternalFact,
  type ExternalSource,
} from '../../src/shared/corpus/since-2001';
import { CorpusError } from './check-corpus';

export const DATASET_FILE = 'cica-since-2001.json';
const FAQ_FILE = 'cica-faq-2001.txt';

// The dataset's own shape, as far as the compiler reads it. Loose objects:
// its structured fields (summit numbers, cities...) are restated by the
// curated items, and a field the compiler does not read is not checked here.
const RawFact = v.looseObject({
  id: v.string(),
  statement: v.string(),
  date: v.optional(v.string()),
  source_ids: v.array(v.string()),
  families: v.array(v.string()),
  independent_source_families: v.number(),
  confidence: v.string(),
  independence_caveat: v.optional(v.string()),
  conflict_refs: v.optional(v.array(v.string())),
});
const RawDataset = v.looseObject({
  meta: v.looseObject({ counts: v.looseObject({ facts: v.number(), sources: v.number() }) }),
  sources: v.array(
    v.looseObject({
      id: v.string(),
      url: v.string(),
      publisher: v.string(),
      family: v.string(),
      date: v.nullable(v.string()),
      note: v.nullable(v.string()),
    }),
  ),
  conflicts: v.array(
    v.looseObject({
      id: v.string(),
      topic: v.string(),
      claims: v.array(v.looseObject({ claim: v.string(), sources: v.array(v.string()) })),
      assessment: v.string(),
    }),
  ),
});

/**
 * Joins the curated items after 2001 (from resources/corpus.json) with the
 * dataset's facts, sources and conflicts, checks that every fact of the
 * dataset is either shown or left out with a reason (never both), and returns
 * the checked part of the pack's corpus. Throws naming file, item and field.
 */
export function compileSince2001(curatedRaw: unknown, datasetText: string, corpusFile: string) {
  const datasetFile = `resources/${DATASET_FILE}`;
  const curated = parseCurated(curatedRaw, corpusFile);
  const raw = parseDataset(datasetText, datasetFile);

  const sources: ExternalSource[] = raw.sources.map((s) => ({
    id: s.id,
    url: s.url,
    publisher: s.publisher,
    family: s.family,
    ...(s.date ? { date: s.date } : {}),
    ...(s.note ? { note: s.note } : {}),
  }));
  const byUrl = new Map(raw.sources.map((s) => [s.url, s.id]));
  const conflicts: Conflict[] = raw.conflicts.map((c) => ({
    id: c.id,
    topic: c.topic,
    claims: c.claims.map((claim, i) => {
      const faq = claim.sources.includes(FAQ_FILE);
      const ids = claim.sources
        .filter((url) => url !== FAQ_FILE)
        .map(
          (url) =>
            byUrl.get(url) ??
            fail(datasetFile, `conflicts "${c.id}", field claims.${i}.sources`, `no source ${url}`),
        );
      return { claim: claim.claim, sources: ids, ...(faq ? { faq: true as const } : {}) };
    }),
    assessment: c.assessment,
  }));

  const facts = collectFacts(JSON.parse(datasetText) as unknown, datasetFile);
  if (facts.length !== raw.meta.counts.facts) {
    fail(datasetFile, 'meta.counts.facts', `says ${raw.meta.counts.facts}, found ${facts.length}`);
  }
  checkCoverage(curated, facts, corpusFile);

  const since2001 = { ...curated, sources, facts, conflicts };
  const dangling = danglingReference(since2001);
  if (dangling) {
    // The dataset's own tables are its file's fault; an item's references, the corpus's.
    const inDataset = /^(sources|facts|conflicts)\b/.test(dangling);
    throw new CorpusError(
      inDataset ? `${datasetFile}: ${dangling}` : `${corpusFile}: since2001.${dangling}`,
    );
  }
  const parsed = v.safeParse(Since2001Schema, since2001);
  if (!parsed.success) {
    const issue = parsed.issues[0]!;
    fail(corpusFile, `since2001.${v.getDotPath(issue) ?? ''}`, issue.message);
  }
  return parsed.output!;
}

function parseCurated(raw: unknown, file: string): CuratedSince2001 {
  const parsed = v.safeParse(CuratedSince2001Schema, raw);
  if (parsed.success) return parsed.output;
  const issue = parsed.issues[0]!;
  const path = (issue.path ?? []).map((step) => step.key as string | number);
  const [table, index, ...field] = path;
  const item =
    typeof table === 'string' && typeof index === 'number'
      ? ((raw as Record<string, { id?: unknown }[]>)[table]?.[index]?.id ?? `[${index}]`)
      : undefined;
  const where =
    item === undefined
      ? `field since2001${path.length ? `.${path.join('.')}` : ''}`
      : `since2001.${table} "${String(item)}"${field.length ? `, field ${field.join('.')}` : ''}`;
  return fail(file, where, issue.message);
}

function parseDataset(text: string, file: string) {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    return fail(file, 'the whole file', `is not valid JSON (${(error as Error).message})`);
  }
  const parsed = v.safeParse(RawDataset, json);
  if (!parsed.success) {
    const issue = parsed.issues[0]!;
    return fail(file, v.getDotPath(issue) ?? 'the whole file', issue.message);
  }
  return parsed.output;
}

/** Every object with an id and a statement, wherever the dataset puts it, in document order. */
function collectFacts(json: unknown, file: string): ExternalFact[] {
  const found: ExternalFact[] = [];
  const walk = (node: unknown, path: string): void => {
    if (Array.isArray(node)) return node.forEach((child, i) => walk(child, `${path}.${i}`));
    if (node === null || typeof node !== 'object') return;
    const record = node as Record<string, unknown>;
    if (typeof record.id === 'string' && typeof record.statement === 'string') {
      const parsed = v.safeParse(RawFact, record);
      if (!parsed.success) {
        fail(
          file,
          `${path}, field ${v.getDotPath(parsed.issues[0]!) ?? ''}`,
          parsed.issues[0]!.message,
        );
      }
      const f = parsed.output!;
      found.push({
        id: f.id,
        text: f.statement,
        ...(f.date ? { date: f.date } : {}),
        sources: f.source_ids,
        families: f.families,
        independentFamilies: f.independent_source_families,
        confidence: f.confidence as ExternalFact['confidence'],
        ...(f.independence_caveat ? { caveat: f.independence_caveat } : {}),
        conflicts: f.conflict_refs ?? [],
      });
      return;
    }
    for (const [key, child] of Object.entries(record)) {
      if (key !== 'sources' && key !== 'conflicts' && key !== 'meta') walk(child, `${path}.${key}`);
    }
  };
  walk(json, '');
  return found;
}

/** Each fact of the dataset is shown by some item, or left out with a reason: one, not both. */
function checkCoverage(curated: CuratedSince2001, facts: ExternalFact[], file: string): void {
  const shown = new Set(
    laterTables(curated).flatMap(([, items]) => items.flatMap((item) => item.facts)),
  );
  const known = new Set(facts.map((f) => f.id));
  curated.leftOut.forEach(({ fact }, i) => {
    const where = `since2001.leftOut[${i}], field fact`;
    if (!known.has(fact)) fail(file, where, `no fact "${fact}" in ${DATASET_FILE}`);
    if (shown.has(fact)) fail(file, where, `"${fact}" is shown by an item and also left out`);
  });
  const left = new Set(curated.leftOut.map((l) => l.fact));
  const missing = facts.find((f) => !shown.has(f.id) && !left.has(f.id));
  if (missing) {
    fail(
      file,
      'since2001.leftOut',
      `fact "${missing.id}" of ${DATASET_FILE} is neither shown nor left out with a reason`,
    );
  }
}

function fail(file: string, where: string, message: string): never {
  throw new CorpusError(`${file}: ${where}: ${message}`);
}
