import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { SearchDoc } from '../../src/shared/search/documents';
import { indexWords, isDeadKeystroke } from './dead';
import type { EngineId, EngineSpec, Loaded, Prepared } from './engine';
import { canMeasureMemory, median, now, percentile, settledHeap } from './measure';
import { lunr, ours } from './ours';
import { flexsearch, minisearch, naive } from './peers';
import { QUERIES, keystrokes } from './queries';
import { SEED, mulberry32, syntheticDocs, zipfDocs, type Vocabulary } from './synthetic';

const ENGINES: Record<EngineId, EngineSpec> = { ours, lunr, minisearch, flexsearch, naive };

/**
 * The documents searched: the real pack at 1x; above it, synthetic documents
 * with the real pack's words reused (`reused`: its 800-odd words at every
 * size) or with a vocabulary that grows with the corpus (`zipf`).
 */
export type CorpusKind = 'reused' | 'zipf';
export const CORPORA: readonly CorpusKind[] = ['reused', 'zipf'];

/**
 * How much to measure at each size. Load: repetitions, the median is
 * reported. Typing: a warm-up, then timed passes over the keystrokes, each
 * keystroke searched `repeats` times in a row by each engine in turn; both
 * stop, engine by engine, at their time budget, which only the largest
 * sizes reach. Keystrokes run in a fixed shuffled order (no engine here
 * keeps state between searches that changes results), so a pass cut short
 * is still a fair sample of all the queries, and the same one for every
 * engine.
 */
export function plan(factor: number) {
  return {
    loads: factor <= 10 ? 5 : factor <= 100 ? 3 : 1,
    passes: factor === 1 ? 3 : factor <= 100 ? 2 : 1,
    repeats: factor <= 100 ? 5 : 3,
    warmupBudgetMs: 10_000,
    timedBudgetMs: 60_000,
    /** Zero-hit and top-hit checks of the full queries (skipped where one search takes seconds). */
    quality: factor <= 100,
  };
}

export function shuffled<T>(items: readonly T[]): T[] {
  const random = mulberry32(SEED ^ 0x5eed);
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

export interface Latency {
  /** Wall time of each keystroke's first search (as the reader types it once). */
  p50: number;
  p99: number;
  max: number;
  mean: number;
  /**
   * The fastest of the keystroke's repeats: what is left when other
   * processes on the machine are not in the way.
   */
  minOfK: { p50: number; p99: number; max: number };
  repeats: number;
  /**
   * The first searches in process CPU time (all threads, so GC helpers
   * count): unlike wall time, it does not grow while other processes hold
   * the CPU. cpuShare = CPU time / wall time over them; well below 1 means
   * the machine was busy and wall times are inflated.
   */
  cpuP50: number;
  cpuP99: number;
  cpuShare: number;
  samples: number;
  /** Every pass ran over every keystroke (the time budget was not reached). */
  complete: boolean;
  /** Keystrokes timed (in the first pass), of all. */
  keystrokes: number;
  of: number;
  warmup: number;
  slowest: { text: string; ms: number }[];
  /** Every timed sample in order, kept at 1000x or when the time budget cut the pass short. */
  timed?: { text: string; ms: number }[];
}

/** What one engine measured at one size. */
export interface EngineResult {
  engine: EngineId;
  label: string;
  factor: number;
  corpus: CorpusKind | 'real';
  docs: number;
  vocabulary?: Vocabulary;
  buildMs: number | null;
  indexBytes: number | null;
  loadMs: number;
  loadRuns: number[];
  loadPhases?: Record<string, number>;
  memoryBytes: number | null;
  latency: Latency;
  /**
   * Keystrokes that found nothing although the word being typed begins an
   * indexed word, of the keystrokes searched (every one when the first pass
   * was complete), with the first few.
   */
  deadKeystrokes: number;
  deadOf: number;
  deadExamples: string[];
  /** Full queries (not prefixes) with no hit at all; null where not checked. */
  zeroHitQueries: string[] | null;
  /** The first three ids for each full query, to compare what the engines find. */
  topHits: Record<string, string[]> | null;
  notes: string[];
}

export type EngineOutcome =
  { status: 'ok'; result: EngineResult } | { status: 'error'; reason: string };

const round3 = (ms: number) => Math.round(ms * 1000) / 1000;

export function loadDocs(realPackDir: string, factor: number, corpus: CorpusKind) {
  const real = JSON.parse(
    readFileSync(join(realPackDir, 'search-docs.json'), 'utf8'),
  ) as SearchDoc[];
  if (factor === 1) return { docs: real, vocabulary: undefined };
  return corpus === 'zipf' ? zipfDocs(real, factor) : syntheticDocs(real, factor);
}

interface Contender {
  id: EngineId;
  spec: EngineSpec;
  prepared: Prepared;
  loaded: Loaded;
  loadRuns: number[];
  phases: Record<string, number[]>;
  memoryBytes: number | null;
  warmup: number;
  warmupMs: number;
  timedMs: number;
  turns: { text: string; ms: number; minMs: number; cpuMs: number }[];
  dead: string[];
  checked: Set<string>;
}

/**
 * Measures the engines at one size in this process: each is built and
 * loaded in turn (load time and heap growth), then they take turns
 * keystroke by keystroke, so that whatever else the machine does falls on
 * all of them alike.
 */
export async function runSize(
  engineIds: readonly EngineId[],
  factor: number,
  corpus: CorpusKind,
  realPackDir: string,
  log: (message: string) => void,
): Promise<Partial<Record<EngineId, EngineOutcome>>> {
  const { docs, vocabulary } = loadDocs(realPackDir, factor, corpus);
  const { loads, passes, repeats, warmupBudgetMs, timedBudgetMs, quality } = plan(factor);
  const words = indexWords(docs);
  const outcomes: Partial<Record<EngineId, EngineOutcome>> = {};
  const contenders: Contender[] = [];
  for (const id of engineIds) {
    const spec = ENGINES[id];
    try {
      log(`${id}: build (${docs.length} docs)`);
      const prepared = await spec.prepare({ factor, docs, realPackDir, log });
      contenders.push({ id, spec, prepared, ...(await measureLoads(prepared, loads)) });
    } catch (error) {
      outcomes[id] = { status: 'error', reason: String((error as Error).stack ?? error) };
    }
  }
  try {
    const order = shuffled(keystrokes());
    log(
      `warm-up, engines taking turns (${order.length} keystrokes or ${warmupBudgetMs / 1000} s each)`,
    );
    takeTurns(order, contenders, (c, text) => {
      if (c.warmupMs > warmupBudgetMs) return false;
      const start = now();
      c.loaded.searcher.search(text);
      c.warmupMs += now() - start;
      c.warmup += 1;
      return true;
    });
    log(
      `${passes} timed pass${passes > 1 ? 'es' : ''}, each keystroke ${repeats} times (or ${timedBudgetMs / 1000} s each)`,
    );
    for (let pass = 0; pass < passes; pass++) {
      takeTurns(order, contenders, (c, text) => {
        if (c.timedMs > timedBudgetMs) return false;
        const cpuStart = process.cpuUsage();
        const start = now();
        const hits = c.loaded.searcher.search(text).length;
        const ms = now() - start;
        const cpu = process.cpuUsage(cpuStart);
        let minMs = ms;
        for (let r = 1; r < repeats; r++) {
          const again = now();
          c.loaded.searcher.search(text);
          minMs = Math.min(minMs, now() - again);
        }
        c.timedMs += now() - start;
        c.turns.push({ text, ms, minMs, cpuMs: (cpu.user + cpu.system) / 1000 });
        if (!c.checked.has(text)) {
          c.checked.add(text);
          if (isDeadKeystroke(text, words, hits > 0)) c.dead.push(text);
        }
        return true;
      });
    }
    for (const c of contenders) {
      outcomes[c.id] = {
        status: 'ok',
        result: report(c, {
          factor,
          corpus,
          docs: docs.length,
          vocabulary,
          passes,
          repeats,
          quality,
        }),
      };
    }
  } finally {
    for (const c of contenders) c.prepared.cleanup?.();
  }
  return outcomes;
}

/** Each keystroke, every engine in turn (the first to go rotating), while `turn` says it goes on. */
function takeTurns(
  order: readonly string[],
  contenders: Contender[],
  turn: (c: Contender, text: string) => boolean,
): void {
  const active = new Set(contenders);
  order.forEach((text, k) => {
    for (let i = 0; i < contenders.length; i++) {
      const c = contenders[(k + i) % contenders.length]!;
      if (active.has(c) && !turn(c, text)) active.delete(c);
    }
  });
}

async function measureLoads(prepared: Prepared, loads: number) {
  // Before anything is loaded, so it runs in the same state as a load.
  settledHeap();
  const loadRuns: number[] = [];
  const phases: Record<string, number[]> = {};
  let loaded: Loaded | undefined;
  let memoryBytes: number | null = null;
  for (let i = 0; i < loads; i++) {
    const before = settledHeap();
    const start = now();
    loaded = await prepared.load();
    loadRuns.push(now() - start);
    const after = settledHeap();
    // Only the first load starts from nothing loaded; later ones may still see
    // the previous engine in a suspended frame's registers until the next GC.
    if (i === 0 && before !== undefined && after !== undefined) memoryBytes = after - before;
    for (const [phase, ms] of Object.entries(loaded.phases ?? {})) (phases[phase] ??= []).push(ms);
  }
  if (loads > 1 && canMeasureMemory) {
    // Warm figure (no first-time compiled code in it): the growth from one
    // more loaded engine, every engine kept alive across both readings.
    const held: Loaded[] = [await prepared.load()];
    const before = settledHeap()!;
    held.push(await prepared.load());
    memoryBytes = settledHeap()! - before;
    held.length = 0;
  }
  return {
    loaded: loaded!,
    loadRuns,
    phases,
    memoryBytes,
    warmup: 0,
    warmupMs: 0,
    timedMs: 0,
    turns: [],
    dead: [],
    checked: new Set<string>(),
  };
}

function report(
  c: Contender,
  size: {
    factor: number;
    corpus: CorpusKind;
    docs: number;
    vocabulary?: Vocabulary;
    passes: number;
    repeats: number;
    quality: boolean;
  },
): EngineResult {
  const all = keystrokes().length;
  const times = c.turns.map((t) => t.ms);
  const minTimes = c.turns.map((t) => t.minMs);
  const cpuTimes = c.turns.map((t) => t.cpuMs);
  const sum = (values: number[]) => values.reduce((a, b) => a + b, 0);
  const complete = times.length === size.passes * all;
  const latency: Latency = {
    p50: round3(percentile(times, 50)),
    p99: round3(percentile(times, 99)),
    max: round3(Math.max(...times)),
    mean: round3(sum(times) / times.length),
    minOfK: {
      p50: round3(percentile(minTimes, 50)),
      p99: round3(percentile(minTimes, 99)),
      max: round3(Math.max(...minTimes)),
    },
    repeats: size.repeats,
    cpuP50: round3(percentile(cpuTimes, 50)),
    cpuP99: round3(percentile(cpuTimes, 99)),
    cpuShare: Math.round((sum(cpuTimes) / sum(times)) * 100) / 100,
    samples: times.length,
    complete,
    keystrokes: Math.min(times.length, all),
    of: all,
    warmup: c.warmup,
    slowest: [...c.turns]
      .sort((a, b) => b.ms - a.ms)
      .slice(0, 5)
      .map((t) => ({ text: t.text, ms: round3(t.ms) })),
  };
  // Where a pass may be cut short, keep the samples, to compare engines on
  // the keystrokes both timed.
  if (!complete || size.factor >= 1000) {
    latency.timed = c.turns.map((t) => ({ text: t.text, ms: round3(t.ms) }));
  }
  let zeroHitQueries: string[] | null = null;
  let topHits: Record<string, string[]> | null = null;
  if (size.quality) {
    zeroHitQueries = [];
    topHits = {};
    for (const query of QUERIES) {
      const ids = c.loaded.searcher.search(query);
      if (ids.length === 0) zeroHitQueries.push(query);
      topHits[query] = ids.slice(0, 3);
    }
  }
  const phases = Object.entries(c.phases);
  return {
    engine: c.id,
    label: c.spec.label,
    factor: size.factor,
    corpus: size.factor === 1 ? 'real' : size.corpus,
    docs: size.docs,
    vocabulary: size.vocabulary,
    buildMs: c.prepared.buildMs === null ? null : round3(c.prepared.buildMs),
    indexBytes: c.prepared.indexBytes,
    loadMs: round3(median(c.loadRuns)),
    loadRuns: c.loadRuns.map(round3),
    loadPhases:
      phases.length > 0
        ? Object.fromEntries(phases.map(([k, v]) => [k, round3(median(v))]))
        : undefined,
    memoryBytes: c.memoryBytes,
    latency,
    deadKeystrokes: c.dead.length,
    deadOf: c.checked.size,
    deadExamples: c.dead.slice(0, 5),
    zeroHitQueries,
    topHits,
    notes: c.prepared.notes,
  };
}
