import { buildExport } from '../export/build';
import { citationFor, citationSentence } from '../export/citation';
import type { Reference } from '../reference';
import { sourceHref } from '../route';
import type { SectionId } from '../sections';
import type { SourceRef } from '../corpus/schema';
import { align, findRun } from './align';
import { quotesOf, type CorpusQuote } from './statements';
import { COMMON_WORDS, wordsOf, type Word } from './words';

/** A pasted text longer than this is checked up to here (the longest FAQ paragraph has 1,455). */
const MAX_QUOTE_CHARS = 2000;
/** Fewer words than this could stand almost anywhere. */
const MIN_QUOTE_WORDS = 3;
/**
 * A passage is "close" when the two sides share this much (similarity) and
 * the passage has this share of the pasted text's words (coverage): a
 * sentence half of whose words are not in the source does not say what it says.
 */
const CLOSE_SIMILARITY = 0.6;
const CLOSE_COVERAGE = 0.75;
/** Fewer words than this that are not common ("the", "of") tell nothing apart. */
const MIN_DISTINCT_WORDS = 2;
const MAX_MATCHES = 3;
/** Below this, a passage is not worth showing even as the nearest. */
const NEAREST_SIMILARITY = 0.35;

type Verdict = 'verbatim' | 'close' | 'not found';

/** A stretch of text, marked where it differs from the other side. */
export interface Marked {
  text: string;
  differs?: boolean;
}

/** Something in the corpus (a fact, a statement) that quotes the passage. */
export interface QuotedBy {
  id: string;
  section: SectionId;
  title: string;
}

interface QuoteMatch {
  /** The FAQ entry's id; `anchor` names the paragraph ("2") or list item ("2.5"). */
  id: string;
  anchor: string;
  section: 'faq';
  /** 'not found' only for the nearest passage shown when none is close. */
  verdict: Verdict;
  /** 0..1, two decimals. */
  similarity: number;
  /** "FAQ 5 ¶2.3" and the entry's question. */
  place: string;
  question: string;
  /** The passage as published. */
  passage: string;
  /** The passage, its differing words marked (those missing from the pasted text). */
  passageMarked: Marked[];
  /** The pasted text, its differing words marked (those not in the passage). */
  pastedMarked: Marked[];
  /** The same words in another order. */
  reordered: boolean;
  quotedBy: QuotedBy[];
  /** Where it opens in the app: `#/faq/<entry>/<anchor>`. */
  href: string;
  citation: string;
}

export interface QuoteReport {
  verdict: Verdict;
  /** Best first: up to three close passages, or the nearest one (verdict "not found"), or none. */
  matches: QuoteMatch[];
  /** What the reader should know about the input: too short, cut to length. */
  notice?: string;
  /** The text checked (after any cut). */
  checked: string;
}

interface Passage {
  ref: SourceRef;
  text: string;
  words: Word[];
}

/** Every paragraph and list item of the FAQ, the unit a quotation is found in. */
function passagesOf(reference: Reference): Passage[] {
  return reference.data.faq.entries
    .flatMap((entry) =>
      entry.blocks.flatMap((block, index): Passage[] => {
        const paragraph = index + 1;
        if (block.kind === 'paragraph')
          return [{ ref: { entry: entry.id, paragraph }, text: block.text, words: [] }];
        return block.items.map((item, n) => ({
          ref: { entry: entry.id, paragraph, item: n + 1 },
          text: item.text,
          words: [],
        }));
      }),
    )
    .map((p) => ({ ...p, words: wordsOf(p.text) }));
}

/**
 * Checks a quotation against the reference: which passages of the FAQ say
 * it verbatim, which say nearly the same (the differing words marked both
 * ways), or that none does. Any input is answered, never thrown at.
 */
export class QuoteChecker {
  private readonly passages: Passage[];
  private readonly quotes: CorpusQuote[];

  constructor(
    private readonly reference: Reference,
    private readonly now: () => Date,
  ) {
    this.passages = passagesOf(reference);
    this.quotes = quotesOf(reference);
  }

  check(input: string): QuoteReport {
    const text = typeof input === 'string' ? input : '';
    const { checked, notice: cut } = capLength(text);
    const pasted = wordsOf(checked);
    if (pasted.length < MIN_QUOTE_WORDS) {
      return {
        verdict: 'not found',
        matches: [],
        checked,
        notice: pasted.length
          ? `A quotation of at least ${MIN_QUOTE_WORDS} words is needed to tell where it comes from.`
          : 'Paste or type a sentence to check.',
      };
    }
    if (pasted.filter((w) => !COMMON_WORDS.has(w.key)).length < MIN_DISTINCT_WORDS) {
      return {
        verdict: 'not found',
        matches: [],
        checked,
        notice:
          'Those are common words only ("the", "of"...): paste a sentence with more of its own.',
      };
    }
    const ranked = this.passages
      .map((passage) => ({ passage, alignment: align(pasted, passage.words) }))
      .sort((x, y) => y.alignment.similarity - x.alignment.similarity);
    const close = ranked.filter(
      ({ alignment }) =>
        alignment.similarity >= CLOSE_SIMILARITY && alignment.coverage >= CLOSE_COVERAGE,
    );
    // Nothing close: the nearest passage is still shown, as not saying it, when it is near at all.
    const nearest = ranked.slice(0, 1).filter((r) => r.alignment.similarity >= NEAREST_SIMILARITY);
    const matches = (close.length ? close.slice(0, MAX_MATCHES) : nearest).map(
      ({ passage, alignment }): QuoteMatch => {
        const entry = this.reference.entries.get(passage.ref.entry)!;
        const anchor = `${passage.ref.paragraph}${passage.ref.item ? `.${passage.ref.item}` : ''}`;
        const doc = buildExport(this.reference, entry.id)!;
        return {
          id: entry.id,
          anchor,
          section: 'faq',
          verdict: alignment.verbatim ? 'verbatim' : close.length ? 'close' : 'not found',
          similarity: Math.round(alignment.similarity * 100) / 100,
          place: this.reference.describeSource(passage.ref).short,
          question: entry.question,
          passage: passage.text,
          passageMarked: mark(
            passage.text,
            passage.words.slice(...alignment.window),
            alignment.passageDiffers,
          ),
          pastedMarked: mark(checked, pasted, alignment.pastedDiffers),
          reordered: alignment.reordered,
          quotedBy: this.quotedBy(passage, alignment.window),
          href: sourceHref(passage.ref),
          citation: citationSentence(citationFor(doc, this.reference.data.manifest, this.now())),
        };
      },
    );
    return {
      verdict: matches[0]?.verdict ?? 'not found',
      matches,
      checked,
      ...(cut ? { notice: cut } : {}),
    };
  }

  /** The corpus items whose quotations from this passage overlap the words compared. */
  private quotedBy(passage: Passage, [first, last]: [number, number]): QuotedBy[] {
    const found = new Map<string, QuotedBy>();
    const keys = passage.words.map((w) => w.key);
    for (const quote of this.quotes) {
      const { source } = quote;
      if (source.entry !== passage.ref.entry || source.paragraph !== passage.ref.paragraph)
        continue;
      if ((source.item ?? 0) !== (passage.ref.item ?? 0)) continue;
      const quoted = wordsOf(quote.text).map((w) => w.key);
      const begins = findRun(quoted, keys);
      if (begins >= 0 && begins < last && begins + quoted.length > first && !found.has(quote.id))
        found.set(quote.id, { id: quote.id, section: quote.section, title: quote.title });
    }
    return [...found.values()];
  }
}

/** Cuts a paste to the length checked, without splitting a character, and says so. */
function capLength(text: string): { checked: string; notice?: string } {
  if (text.length <= MAX_QUOTE_CHARS) return { checked: text };
  const characters = Array.from(text);
  if (characters.length <= MAX_QUOTE_CHARS) return { checked: text };
  const checked = characters.slice(0, MAX_QUOTE_CHARS).join('');
  return {
    checked,
    notice:
      `Only the first ${MAX_QUOTE_CHARS.toLocaleString('en-US')} characters were checked ` +
      `(the text has ${characters.length.toLocaleString('en-US')}); a quotation is rarely longer than a paragraph.`,
  };
}

/** The text split into runs, the words flagged in `differs` marked. */
function mark(text: string, words: readonly Word[], differs: readonly boolean[]): Marked[] {
  const runs: Marked[] = [];
  let at = 0;
  const push = (run: Marked) => {
    if (!run.text) return;
    const last = runs[runs.length - 1];
    if (last && Boolean(last.differs) === Boolean(run.differs)) last.text += run.text;
    else runs.push(run);
  };
  words.forEach((word, k) => {
    if (!differs[k]) return;
    // Differing words in a row make one marked run, the spaces between them included.
    const gap = text.slice(at, word.start);
    push({ text: gap, differs: k > 0 && differs[k - 1] && /^\s+$/.test(gap) });
    push({ text: text.slice(word.start, word.end), differs: true });
    at = word.end;
  });
  push({ text: text.slice(at) });
  return runs;
}
