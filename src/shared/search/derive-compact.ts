import { SECTIONS } from '../sections';
import { FIELD_BOOSTS } from './build-index';
import { COMPACT_HEADER, DOC_STRINGS, NumberWriter, utf8Length, zigzag } from './compact-format';
import { sameTextKey, type SearchDoc } from './documents';

export const FIELDS = Object.keys(FIELD_BOOSTS) as (keyof typeof FIELD_BOOSTS)[];

/** What the compact index is derived from: Lunr's serialized index (search-index.json). */
export interface LunrIndexJson {
  fields: readonly string[];
  fieldVectors: readonly (readonly [string, readonly number[]])[];
  invertedIndex: readonly (readonly [string, { _index: number } & Record<string, unknown>])[];
}

/**
 * The compact index (compact-format.ts) of a Lunr index over `docs`: the
 * same words, the same postings in Lunr's order, the same weights, so that
 * the engine over it scores exactly as Lunr does; and each document's
 * section, item, copies, tie-break rank and text. Pure and deterministic.
 * Throws when the Lunr index does not agree with itself or with the
 * documents (a posting without its weight, a weight off the 3-decimal grid).
 */
export function deriveCompactIndex(index: LunrIndexJson, docs: readonly SearchDoc[]): string {
  if (index.fields.join() !== FIELDS.join()) {
    throw new Error(`compact index: Lunr's fields are ${index.fields.join(', ')}, not ${FIELDS}`);
  }
  const ordinal = new Map(docs.map((doc, i) => [doc.id, i]));
  if (ordinal.size !== docs.length) throw new Error('compact index: two documents share an id');
  const vectors = new Map(index.fieldVectors);
  let vectorElements = 0;
  for (const [, elements] of index.fieldVectors) vectorElements += elements.length / 2;

  const terms: string[] = [];
  const numbers = new NumberWriter();
  const counts = new NumberWriter();
  const postingDocs = new NumberWriter();
  const postingWeights = new NumberWriter();
  let postings = 0;
  for (const [term, posting] of index.invertedIndex) {
    if (terms.length > 0 && !(terms.at(-1)! < term)) {
      throw new Error(`compact index: term ${JSON.stringify(term)} is out of order`);
    }
    if (term === '' || term.includes('\n')) {
      throw new Error(`compact index: term ${JSON.stringify(term)} cannot be written`);
    }
    terms.push(term);
    numbers.write(posting._index);
    for (const field of FIELDS) {
      const refs = Object.keys(posting[field] as object);
      counts.write(refs.length);
      let previous = 0;
      for (const ref of refs) {
        const doc = ordinal.get(ref);
        const weight = weightOf(vectors.get(`${field}/${ref}`), posting._index);
        if (doc === undefined || weight === undefined) {
          throw new Error(`compact index: ${term} in ${field} of ${ref} has no document or weight`);
        }
        const thousandths = Math.round(weight * 1000);
        if (thousandths / 1000 !== weight) {
          throw new Error(`compact index: weight ${weight} of ${term} is not in thousandths`);
        }
        postingDocs.write(zigzag(doc - previous));
        postingWeights.write(thousandths);
        previous = doc;
        postings += 1;
      }
    }
  }
  if (postings !== vectorElements) {
    throw new Error(`compact index: ${vectorElements} weights for ${postings} postings`);
  }

  const { perDoc, text, items, copyGroups } = documentBlock(docs);
  const termText = terms.join('\n');
  const header = new NumberWriter();
  for (const n of [
    terms.length,
    docs.length,
    items,
    copyGroups,
    postings,
    utf8Length(termText),
    utf8Length(text),
  ])
    header.write(n);
  return [
    COMPACT_HEADER,
    header.text(),
    `${termText}\n`,
    numbers.text(),
    counts.text(),
    postingDocs.text(),
    postingWeights.text(),
    perDoc,
    text,
  ].join('');
}

/** A term's weight in a field vector ([term number, weight, ...], numbers ascending), by binary search. */
function weightOf(vector: readonly number[] | undefined, term: number): number | undefined {
  if (!vector) return undefined;
  let low = 0;
  let high = vector.length / 2;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if (vector[mid * 2]! < term) low = mid + 1;
    else high = mid;
  }
  return vector[low * 2] === term ? vector[low * 2 + 1] : undefined;
}

/**
 * Per document: section and anchor flag, item (numbered by first
 * appearance), copy group (0 for none), rank among the ids (the order ties
 * are broken in: localeCompare, as the reference search sorts), the lengths
 * of its strings; and the strings.
 */
function documentBlock(docs: readonly SearchDoc[]) {
  const items = new Map<string, number>();
  const copyCount = new Map<string, number>();
  for (const doc of docs)
    copyCount.set(sameTextKey(doc), (copyCount.get(sameTextKey(doc)) ?? 0) + 1);
  const copyGroups = new Map<string, number>();
  const rank = new Array<number>(docs.length);
  docs
    .map((doc, i) => ({ id: doc.id, i }))
    .sort((a, b) => a.id.localeCompare(b.id))
    .forEach(({ i }, position) => (rank[i] = position));

  const meta = new NumberWriter();
  const item = new NumberWriter();
  const copy = new NumberWriter();
  const ranks = new NumberWriter();
  const lengths = new NumberWriter();
  const strings: string[] = [];
  docs.forEach((doc, i) => {
    const section = SECTIONS.findIndex((s) => s.id === doc.section);
    if (section < 0) throw new Error(`compact index: ${doc.id} has no known section`);
    meta.write(section * 2 + (doc.anchor === undefined ? 0 : 1));
    const itemKey = `${doc.section}:${doc.item}`;
    if (!items.has(itemKey)) items.set(itemKey, items.size);
    item.write(items.get(itemKey)!);
    const key = sameTextKey(doc);
    if (copyCount.get(key)! > 1 && !copyGroups.has(key)) copyGroups.set(key, copyGroups.size + 1);
    copy.write(copyGroups.get(key) ?? 0);
    ranks.write(rank[i]!);
    for (const name of DOC_STRINGS) {
      const value = doc[name] ?? '';
      lengths.write(utf8Length(value));
      strings.push(value);
    }
  });
  return {
    perDoc: [meta, item, copy, ranks].map((w) => w.text().slice(0, -1)).join('') + lengths.text(),
    text: strings.join(''),
    items: items.size,
    copyGroups: copyGroups.size,
  };
}
