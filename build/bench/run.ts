import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { SearchDoc } from '../../src/shared/search/documents';
import { ENGINE_IDS, type EngineId, type EngineSpec, type Loaded } from './engine';
import { canMeasureMemory, median, now, percentile, settledHeap } from './measure';
import { ours } from './ours';
import { flexsearch, minisearch, naive } from './peers';
import { QUERIES, keystrokes } from './queries';
import { SEED, mulberry32, syntheticDocs, type Vocabulary } from './synthetic';

const ENGINES: Record<EngineId, EngineSpec> = { ours, minisearch, flexsearch, naive };

/**
 * How much to measure at each size. Load: repetitions, the median is
 * reported. Typing: a warm-up over the keystrokes, then timed passes; both
 * stop at their time budget, which only the largest sizes reach (a slow
 * engine at 1000x would otherwise take many minutes per pass). Keystrokes run
 * in a fixed shuffled order (every engine here keeps no state between
 * searches), so a pass cut short is still a fair sample of all the queries.
 */
export function plan(factor: number) {
  return {
    loads: factor <= 10 ? 5 : factor <= 100 ? 3 : 1,
    passes: factor === 1 ? 5 : factor <= 10 ? 3 : 1,
    warmupBudgetMs: 10_000,
    timedBudgetMs: factor >= 1000 ? 30_000 : 40_000,
    /** Zero-hit and top-hit checks of the full queries (skipped where one search takes seconds). */
    quality: factor <= 100,
  };
}

function shuffled<T>(items: readonly T[]): T[] {
  const random = mulberry32(SEED ^ 0x5eed);
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

interface Sample {
  text: string;
  ms: number;
  cpuMs: number;
  innerMs?: number;
  matches?: number;
}

interface Latency {
  p50: number;
  p99: number;
  max: number;
  mean: number;
  /**
   * The same keystrokes in process CPU time (all threads, so GC helpers
   * count): unlike wall time, it does not grow while other processes hold
   * the CPU. cpuShare = CPU time / wall time over the timed pass; well below
   * 1 means the machine was busy and wall times are inflated.
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

/** For ours: how each keystroke's time splits between Lunr's index.query and query.ts around it. */
interface Profile {
  innerShare: number;
  slowest: { text: string; totalMs: number; lunrMs: number; oursMs: number; matches: number }[];
}

/** What one engine measured at one size (one child process). */
export interface EngineResult {
  engine: EngineId;
  label: string;
  factor: number;
  docs: number;
  vocabulary?: Vocabulary;
  buildMs: number | null;
  indexBytes: number | null;
  loadMs: number;
  loadRuns: number[];
  loadPhases?: Record<string, number>;
  memoryBytes: number | null;
  /** Heap taken by the parsed documents alone (measured with ours, for scale). */
  docsHeapBytes?: number | null;
  docsJsonBytes?: number;
  latency: Latency;
  profile?: Profile;
  /** Full queries (not prefixes) with no hit at all; null where not checked. */
  zeroHitQueries: string[] | null;
  /** The first three ids for each full query, to compare what the engines find. */
  topHits: Record<string, string[]> | null;
  notes: string[];
  extra?: unknown;
  wallMs: number;
}

const round3 = (ms: number) => Math.round(ms * 1000) / 1000;

function loadDocs(realPackDir: string, factor: number) {
  const real = JSON.parse(
    readFileSync(join(realPackDir, 'search-docs.json'), 'utf8'),
  ) as SearchDoc[];
  if (factor === 1) return { docs: real, vocabulary: undefined };
  return syntheticDocs(real, factor);
}

/** Measures one engine at one size. Runs in its own process, so heaps never mix. */
export async function runEngine(
  engineId: EngineId,
  factor: number,
  realPackDir: string,
  log: (message: string) => void,
): Promise<EngineResult> {
  const wallStart = now();
  const spec = ENGINES[engineId];
  if (!spec) throw new Error(`unknown engine ${engineId} (known: ${ENGINE_IDS.join(', ')})`);
  const { docs, vocabulary } = loadDocs(realPackDir, factor);
  const { loads, passes, warmupBudgetMs, timedBudgetMs, quality } = plan(factor);

  let docsHeapBytes: number | null | undefined;
  let docsJsonBytes: number | undefined;
  if (engineId === 'ours') {
    const json = JSON.stringify(docs);
    docsJsonBytes = Buffer.byteLength(json);
    const before = settledHeap();
    const parsed: unknown = JSON.parse(json);
    const after = settledHeap();
    docsHeapBytes = before === undefined || after === undefined ? null : after - before;
    if (!Array.isArray(parsed)) throw new Error('search docs did not round-trip');
  }

  log(`build (${docs.length} docs)`);
  const prepared = await spec.prepare({ factor, docs, realPackDir, log });
  try {
    // Before anything is loaded, so it runs in the same state as a load.
    settledHeap();
    const extra = prepared.extra?.();
    const loadRuns: number[] = [];
    const phases: Record<string, number[]> = {};
    let loaded: Loaded | undefined;
    let memoryBytes: number | null = null;
    for (let i = 0; i < loads; i++) {
      loaded = undefined;
      const before = settledHeap();
      const start = now();
      loaded = await prepared.load();
      loadRuns.push(now() - start);
      const after = settledHeap();
      // Only the first load starts from nothing loaded; later ones may still see
      // the previous engine in a suspended frame's registers until the next GC.
      if (i === 0 && before !== undefined && after !== undefined) memoryBytes = after - before;
      for (const [phase, ms] of Object.entries(loaded.phases ?? {})) {
        (phases[phase] ??= []).push(ms);
      }
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
    const searcher = loaded!.searcher;

    const all = keystrokes();
    const order = shuffled(all);
    let warmup = 0;
    const warmupStart = now();
    log(`warm-up (${all.length} keystrokes or ${warmupBudgetMs / 1000} s)`);
    for (const text of order) {
      searcher.search(text);
      warmup += 1;
      if (now() - warmupStart > warmupBudgetMs) break;
    }
    log(`${passes} timed pass${passes > 1 ? 'es' : ''} (or ${timedBudgetMs / 1000} s)`);
    const samples: Sample[] = [];
    const timedStart = now();
    timing: for (let pass = 0; pass < passes; pass++) {
      for (const text of order) {
        const cpuStart = process.cpuUsage();
        const start = now();
        searcher.search(text);
        const ms = now() - start;
        const cpu = process.cpuUsage(cpuStart);
        const cpuMs = (cpu.user + cpu.system) / 1000;
        samples.push({ text, ms, cpuMs, ...searcher.lastBreakdown?.() });
        if (now() - timedStart > timedBudgetMs) break timing;
      }
    }
    const times = samples.map((s) => s.ms);
    const cpuTimes = samples.map((s) => s.cpuMs);
    const sum = (values: number[]) => values.reduce((a, b) => a + b, 0);
    const latency: Latency = {
      p50: round3(percentile(times, 50)),
      p99: round3(percentile(times, 99)),
      max: round3(Math.max(...times)),
      mean: round3(sum(times) / times.length),
      cpuP50: round3(percentile(cpuTimes, 50)),
      cpuP99: round3(percentile(cpuTimes, 99)),
      cpuShare: Math.round((sum(cpuTimes) / sum(times)) * 100) / 100,
      samples: times.length,
      complete: times.length === passes * all.length,
      keystrokes: Math.min(times.length, all.length),
      of: all.length,
      warmup,
      slowest: [...samples]
        .sort((a, b) => b.ms - a.ms)
        .slice(0, 5)
        .map((s) => ({ text: s.text, ms: round3(s.ms) })),
    };
    // Where a pass may be cut short, keep the samples, to compare engines on
    // the keystrokes both timed.
    if (!latency.complete || factor >= 1000) {
      latency.timed = samples.map((s) => ({ text: s.text, ms: round3(s.ms) }));
    }
    let profile: Profile | undefined;
    if (samples.some((s) => s.innerMs !== undefined)) {
      const total = times.reduce((a, b) => a + b, 0);
      const inner = samples.reduce((a, s) => a + (s.innerMs ?? 0), 0);
      profile = {
        innerShare: total > 0 ? Math.round((inner / total) * 1000) / 1000 : 0,
        slowest: [...samples]
          .sort((a, b) => b.ms - a.ms)
          .slice(0, 8)
          .map((s) => ({
            text: s.text,
            totalMs: round3(s.ms),
            lunrMs: round3(s.innerMs ?? 0),
            oursMs: round3(s.ms - (s.innerMs ?? 0)),
            matches: s.matches ?? 0,
          })),
      };
    }

    let zeroHitQueries: string[] | null = null;
    let topHits: Record<string, string[]> | null = null;
    if (quality) {
      zeroHitQueries = [];
      topHits = {};
      for (const query of QUERIES) {
        const ids = searcher.search(query);
        if (ids.length === 0) zeroHitQueries.push(query);
        topHits[query] = ids.slice(0, 3);
      }
    }

    return {
      engine: engineId,
      label: spec.label,
      factor,
      docs: docs.length,
      vocabulary,
      buildMs: prepared.buildMs === null ? null : round3(prepared.buildMs),
      indexBytes: prepared.indexBytes,
      loadMs: round3(median(loadRuns)),
      loadRuns: loadRuns.map(round3),
      loadPhases:
        Object.keys(phases).length > 0
          ? Object.fromEntries(Object.entries(phases).map(([k, v]) => [k, round3(median(v))]))
          : undefined,
      memoryBytes,
      docsHeapBytes,
      docsJsonBytes,
      latency,
      profile,
      zeroHitQueries,
      topHits,
      notes: prepared.notes,
      extra,
      wallMs: Math.round(now() - wallStart),
    };
  } finally {
    prepared.cleanup?.();
  }
}
