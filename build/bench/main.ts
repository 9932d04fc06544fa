// npm run bench [-- --json] [-- --sizes 1,10,100,1000] [-- --corpus reused,zipf]
//   [-- --engines ours,lunr,minisearch,flexsearch,naive] [-- --heap MB]
// For JSON alone on stdout, keep npm quiet: npm run -s bench -- --json
//
// Search benchmark: our engine against the Lunr search it replaced,
// MiniSearch, FlexSearch and a naive scan, on the real pack and on synthetic
// packs 10x, 100x and 1000x its size (two corpora above 1x: the real words
// reused, and a vocabulary growing by Zipf's law). At each size the engines
// run in one child process (same node flags, plus --expose-gc for memory),
// taking turns keystroke by keystroke, so that whatever else the machine
// does falls on all of them alike; sizes run one after another, so a crash
// or an out-of-memory at one size is reported, not fatal.
import { execFileSync, fork } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import { join, resolve } from 'node:path';
import { sha256 } from '../../src/node/sha256';
import { ENGINE_IDS, LIMIT, defaultEngines, type EngineId } from './engine';
import { canMeasureMemory, now } from './measure';
import { QUERIES, keystrokes } from './queries';
import { label, printSize, ratiosFor, targets, type SizeReport } from './report';
import { CORPORA, runSize, type CorpusKind, type EngineOutcome } from './run';
import { SEED } from './synthetic';

const ROOT = resolve(import.meta.dirname, '../..');
const REAL_PACK = join(ROOT, 'resources/pack');
/** The code under test: its hash in the report tells runs of different engine versions apart. */
const ENGINE_SOURCES = [
  'src/shared/search/engine.ts',
  'src/shared/search/compact-index.ts',
  'src/shared/search/compact-format.ts',
  'src/shared/search/compact-vocabulary.ts',
  'src/shared/search/derive-compact.ts',
  'src/shared/search/terms.ts',
  'src/shared/search/highlight.ts',
  'src/shared/search/results.ts',
  'src/shared/search/query.ts',
  'src/shared/search/build-index.ts',
  'src/shared/search/tokenize.ts',
  'src/shared/search/snippet.ts',
  'src/shared/search/documents.ts',
  'src/shared/pack/verify.ts',
  'src/shared/pack/search-index.ts',
  'src/node/pack-dir.ts',
];

function engineVersion(): { commit: string; sources: string; changedSinceCommit: boolean } {
  const git = (...args: string[]) => {
    try {
      return execFileSync('git', args, { cwd: ROOT, encoding: 'utf8' }).trim();
    } catch {
      return '';
    }
  };
  const existing = ENGINE_SOURCES.filter((file) => existsSync(join(ROOT, file)));
  const sources = sha256(
    Buffer.concat(existing.map((file) => readFileSync(join(ROOT, file)))),
  ).slice(0, 12);
  const changed = git('status', '--porcelain', '--', ...existing) !== '';
  return {
    commit: git('rev-parse', '--short', 'HEAD') || '?',
    sources,
    changedSinceCommit: changed,
  };
}

const DEFAULT_SIZES = [1, 10, 100, 1000];
/** A size is given up (and reported "not run") after this long. */
const CHILD_TIMEOUT_MS = 30 * 60_000;
/** Heap for the retry when a child runs out of memory with node's default. */
const BIG_HEAP_MB = 8192;

type ChildFailure = { ok: false; reason: string; kind: 'oom' | 'limit' | 'timeout' | 'error' };
type ChildResult = Partial<Record<EngineId, EngineOutcome>>;

interface Args {
  json: boolean;
  sizes: number[];
  corpora: CorpusKind[];
  engines?: EngineId[];
  child?: { factor: number; corpus: CorpusKind; engines: EngineId[] };
  heapMb?: number;
}

function list<T extends string>(value: string, known: readonly T[], option: string): T[] {
  return value.split(',').map((item) => {
    if (!known.includes(item.trim() as T)) throw new Error(`${option}: unknown "${item}"`);
    return item.trim() as T;
  });
}

function parseArgs(argv: string[]): Args {
  const args: Args = { json: false, sizes: DEFAULT_SIZES, corpora: [...CORPORA] };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    const value = () => {
      if (arg.includes('=')) return arg.slice(arg.indexOf('=') + 1);
      const next = argv[++i];
      if (next === undefined) throw new Error(`${arg} needs a value`);
      return next;
    };
    const name = arg.split('=')[0];
    if (arg === '--json') args.json = true;
    else if (name === '--sizes') {
      args.sizes = value()
        .split(',')
        .map((s) => {
          const n = Number(s.trim());
          if (!Number.isInteger(n) || n < 1)
            throw new Error(`--sizes: "${s}" is not a whole factor`);
          return n;
        });
    } else if (name === '--corpus') args.corpora = list(value(), CORPORA, '--corpus');
    else if (name === '--engines') args.engines = list(value(), ENGINE_IDS, '--engines');
    else if (name === '--heap') args.heapMb = Number(value());
    else if (name === '--child') {
      const [factor, corpus, engines] = value().split(':');
      args.child = {
        factor: Number(factor),
        corpus: list(corpus!, CORPORA, '--child')[0]!,
        engines: list(engines!, ENGINE_IDS, '--child'),
      };
    } else {
      throw new Error(
        `unknown argument ${arg} (use --json, --sizes 1,10,100,1000, --corpus reused,zipf, --engines ${ENGINE_IDS.join(',')}, --heap MB)`,
      );
    }
  }
  return args;
}

// ---------------------------------------------------------------- child

async function child({ factor, corpus, engines }: NonNullable<Args['child']>): Promise<void> {
  const name = factor === 1 ? '1x' : `${factor}x ${corpus}`;
  const log = (message: string) => process.stderr.write(`  [${name}] ${message}\n`);
  const result = await runSize(engines, factor, corpus, REAL_PACK, log);
  await new Promise<void>((done, fail) =>
    process.send!({ result }, (error: Error | null) => (error ? fail(error) : done())),
  );
}

// ---------------------------------------------------------------- parent

function runChild(
  child: NonNullable<Args['child']>,
  heapMb: number | undefined,
): Promise<{ ok: true; result: ChildResult } | ChildFailure> {
  const execArgv = process.execArgv.filter((a) => !a.startsWith('--max-old-space-size'));
  if (!execArgv.includes('--expose-gc')) execArgv.push('--expose-gc');
  if (heapMb) execArgv.push(`--max-old-space-size=${heapMb}`);
  const spec = `${child.factor}:${child.corpus}:${child.engines.join(',')}`;
  return new Promise((done) => {
    const proc = fork(import.meta.filename, ['--child', spec], {
      execArgv,
      stdio: ['ignore', 'pipe', 'pipe', 'ipc'],
    });
    let tail = '';
    const keep = (chunk: Buffer) => {
      process.stderr.write(chunk);
      tail = (tail + chunk.toString('utf8')).slice(-4000);
    };
    proc.stdout!.on('data', keep);
    proc.stderr!.on('data', keep);
    let result: ChildResult | undefined;
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      proc.kill('SIGKILL');
    }, CHILD_TIMEOUT_MS);
    proc.on('message', (message: { result?: ChildResult }) => {
      if (message.result) result = message.result;
    });
    proc.on('exit', (code, signal) => {
      clearTimeout(timer);
      if (result && code === 0) return done({ ok: true, result });
      const oom = /heap out of memory|Reached heap limit/i.test(tail);
      // V8's longest string (~512 MB): a bigger heap does not help.
      const limit = /Invalid string length/.test(tail);
      const lastLine =
        tail
          .trim()
          .split('\n')
          .filter((l) => l.trim() && !l.trim().startsWith('at '))
          .slice(-1)[0] ?? '';
      const heapText = heapMb ? `--max-old-space-size=${heapMb}` : "node's default heap";
      const reason = timedOut
        ? `gave up after ${CHILD_TIMEOUT_MS / 60_000} min`
        : oom
          ? `out of memory with ${heapText}`
          : limit
            ? 'a string longer than V8 allows (Invalid string length)'
            : `${signal ? `killed by ${signal}` : `exit code ${code}`}${lastLine ? `: ${lastLine.trim()}` : ''}`;
      const kind = timedOut ? 'timeout' : oom ? 'oom' : limit ? 'limit' : 'error';
      done({ ok: false, reason, kind });
    });
  });
}

/** One size, all its engines in one child; retried with a bigger heap when it runs out of memory. */
async function measure(
  child: NonNullable<Args['child']>,
  heapMb?: number,
): Promise<SizeReport['engines']> {
  const attempts: string[] = [];
  let heap = heapMb;
  for (;;) {
    const start = now();
    const outcome = await runChild(child, heap);
    const took = `${heap ? `--max-old-space-size=${heap}` : 'default heap'}, ${((now() - start) / 1000).toFixed(1)} s`;
    if (outcome.ok) {
      attempts.push(`${took}: ok`);
      const engines: SizeReport['engines'] = {};
      for (const [id, o] of Object.entries(outcome.result) as [EngineId, EngineOutcome][]) {
        engines[id] = o.status === 'ok' ? { ...o, heapMb: heap, attempts } : { ...o, attempts };
      }
      return engines;
    }
    attempts.push(`${took}: ${outcome.reason}`);
    if (outcome.kind === 'oom' && !heap) {
      heap = BIG_HEAP_MB;
      process.stderr.write(`  out of memory: retrying with ${heap} MB\n`);
      continue;
    }
    const status = outcome.kind === 'error' ? 'error' : 'not run';
    return Object.fromEntries(
      child.engines.map((id) => [id, { status, reason: outcome.reason, attempts }]),
    );
  }
}

// ---------------------------------------------------------------- main

const round2 = (value: number) => Math.round(value * 100) / 100;

async function main(): Promise<void> {
  const args = parseArgs(process.argv.slice(2));
  if (args.child) return child(args.child);

  if (!existsSync(join(REAL_PACK, 'manifest.json'))) {
    throw new Error(`no pack in ${REAL_PACK}: run npm run build:pack first`);
  }
  const progress = (message: string) => process.stderr.write(`${message}\n`);
  const started = now();
  const loadBefore = loadavg();
  const version = engineVersion();
  const sizes: SizeReport[] = [];
  for (const factor of args.sizes) {
    for (const corpus of factor === 1 ? [args.corpora[0]!] : args.corpora) {
      const engines = args.engines ?? defaultEngines(factor);
      const size: SizeReport = {
        factor,
        corpus: factor === 1 ? 'real' : corpus,
        engines: {},
        ratios: {},
      };
      progress(`bench: ${label(size)} (${engines.join(', ')})`);
      size.engines = await measure({ factor, corpus, engines }, args.heapMb);
      const first = Object.values(size.engines).find((o) => o?.status === 'ok');
      size.docs = first?.status === 'ok' ? first.result.docs : undefined;
      size.ratios = ratiosFor(size);
      sizes.push(size);
    }
  }
  const wallMs = Math.round(now() - started);
  const targetList = targets(sizes);

  const meta = {
    date: new Date().toISOString(),
    node: process.version,
    cpus: `${cpus().length} x ${cpus()[0]?.model ?? '?'}`,
    memoryGb: Math.round(totalmem() / 2 ** 30),
    engine: version,
    seed: SEED,
    queries: QUERIES.length,
    keystrokes: keystrokes().length,
    limit: LIMIT,
    memoryMeasured: canMeasureMemory || 'children run with --expose-gc',
    /** 1-minute load average when the run started and ended (other work on the machine). */
    loadAverage: { start: round2(loadBefore[0]!), end: round2(loadavg()[0]!) },
    wallMs,
  };
  const errors = sizes.some((size) =>
    Object.values(size.engines).some((o) => o?.status === 'error'),
  );
  if (errors) process.exitCode = 1;
  if (args.json) {
    process.stdout.write(`${JSON.stringify({ meta, sizes, targets: targetList }, null, 2)}\n`);
    return;
  }
  const lines: string[] = [];
  lines.push(
    `CICA Reference search benchmark: ${meta.node}, ${meta.cpus}, ${meta.queries} queries (${meta.keystrokes} keystrokes), limit ${LIMIT}, seed 0x${SEED.toString(16)}`,
  );
  lines.push(
    `engine: commit ${version.commit}, search sources ${version.sources}${version.changedSinceCommit ? ' (changed since the commit)' : ''}`,
  );
  lines.push(
    'p50/p99: wall time of a keystroke searched once; min: the fastest of its repeats; cpu: CPU time of the first search.',
  );
  lines.push(
    '÷: ours divided by that engine (below 1x: ours is faster). mem: growth of the JS heap and ArrayBuffers after load, after GC. cpu%: CPU time / wall time (well below 100: other processes held the CPU).',
  );
  lines.push(
    'dead: keystrokes finding nothing although the word being typed begins an indexed word, of those searched. 0-hit: full queries with no hit.',
  );
  for (const size of sizes) printSize(size, lines);
  lines.push('');
  lines.push('Targets');
  for (const t of targetList) lines.push(`  ${t.status.padEnd(7)} ${t.target}: ${t.detail}`);
  lines.push('');
  lines.push(
    `Run took ${(wallMs / 1000).toFixed(1)} s; load average ${meta.loadAverage.start} at the start, ${meta.loadAverage.end} at the end, on ${cpus().length} CPUs`,
  );
  process.stdout.write(`${lines.join('\n')}\n`);
}

main().catch((error: unknown) => {
  process.stderr.write(
    `bench: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
  );
  process.exit(1);
});
