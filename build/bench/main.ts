// npm run bench [-- --json] [-- --sizes 1,10,100,1000] [-- --engines ours,minisearch,flexsearch,naive]
//   [-- --heap MB]   (child heap; by default node's, retried at 8192 MB on out-of-memory)
// For JSON alone on stdout, keep npm quiet: npm run -s bench -- --json
//
// Search benchmark: our Lunr engine against MiniSearch, FlexSearch and a naive
// scan, on the real pack and on synthetic packs 10x, 100x and 1000x its size.
// Each engine at each size runs in its own child process (same node flags,
// plus --expose-gc for memory), one after another, so heaps and JIT state never
// mix and a crash or an out-of-memory at one size is reported, not fatal.
import { execFileSync, fork } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import { join, resolve } from 'node:path';
import { sha256 } from '../../src/node/sha256';
import { ENGINE_IDS, type EngineId } from './engine';
import { canMeasureMemory, now, percentile } from './measure';
import { QUERIES, keystrokes } from './queries';
import { plan, runEngine, type EngineResult } from './run';
import { SEED } from './synthetic';

const ROOT = resolve(import.meta.dirname, '../..');
const REAL_PACK = join(ROOT, 'resources/pack');
/** The code under test: its hash in the report tells runs of different engine versions apart. */
const ENGINE_SOURCES = [
  'src/shared/search/query.ts',
  'src/shared/search/build-index.ts',
  'src/shared/search/tokenize.ts',
  'src/shared/search/snippet.ts',
  'src/shared/search/documents.ts',
  'src/shared/pack/verify.ts',
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
/** A size's engine is given up (and reported "not run") after this long. */
const CHILD_TIMEOUT_MS = 12 * 60_000;
/** Heap for the retry when a child runs out of memory with node's default. */
const BIG_HEAP_MB = 8192;

/** "not run": out of memory or out of time; "error": anything else (the run exits 1). */
type Outcome =
  | { status: 'ok'; result: EngineResult; heapMb?: number; attempts: string[] }
  | { status: 'not run' | 'error'; reason: string; attempts: string[] };

type ChildFailure = { ok: false; reason: string; kind: 'oom' | 'limit' | 'timeout' | 'error' };

interface Args {
  json: boolean;
  sizes: number[];
  engines: EngineId[];
  child?: { engine: EngineId; factor: number };
  heapMb?: number;
}

function parseArgs(argv: string[]): Args {
  const args: Args = { json: false, sizes: DEFAULT_SIZES, engines: [...ENGINE_IDS] };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    const value = () => {
      const next = argv[++i];
      if (next === undefined) throw new Error(`${arg} needs a value`);
      return next;
    };
    if (arg === '--json') args.json = true;
    else if (arg === '--sizes' || arg.startsWith('--sizes=')) {
      const list = arg.includes('=') ? arg.slice(arg.indexOf('=') + 1) : value();
      args.sizes = list.split(',').map((s) => {
        const n = Number(s.trim());
        if (!Number.isInteger(n) || n < 1) throw new Error(`--sizes: "${s}" is not a whole factor`);
        return n;
      });
    } else if (arg === '--engines') {
      args.engines = value()
        .split(',')
        .map((e) => {
          if (!ENGINE_IDS.includes(e as EngineId)) throw new Error(`--engines: unknown "${e}"`);
          return e as EngineId;
        });
    } else if (arg === '--heap') args.heapMb = Number(value());
    else if (arg === '--child') {
      const [engine, factor] = value().split(':');
      if (!ENGINE_IDS.includes(engine as EngineId)) throw new Error(`--child: bad engine`);
      args.child = { engine: engine as EngineId, factor: Number(factor) };
    } else throw new Error(`unknown argument ${arg} (use --json, --sizes 1,10,100,1000)`);
  }
  return args;
}

// ---------------------------------------------------------------- child

async function child(engine: EngineId, factor: number): Promise<void> {
  const log = (message: string) => process.stderr.write(`  [${engine} ${factor}x] ${message}\n`);
  const result = await runEngine(engine, factor, REAL_PACK, log);
  await new Promise<void>((done, fail) =>
    process.send!({ result }, (error: Error | null) => (error ? fail(error) : done())),
  );
}

// ---------------------------------------------------------------- parent

function runChild(
  engine: EngineId,
  factor: number,
  heapMb: number | undefined,
): Promise<{ ok: true; result: EngineResult } | ChildFailure> {
  const execArgv = process.execArgv.filter((a) => !a.startsWith('--max-old-space-size'));
  if (!execArgv.includes('--expose-gc')) execArgv.push('--expose-gc');
  if (heapMb) execArgv.push(`--max-old-space-size=${heapMb}`);
  const script = import.meta.filename;
  return new Promise((done) => {
    const proc = fork(script, ['--child', `${engine}:${factor}`], {
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
    let result: EngineResult | undefined;
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      proc.kill('SIGKILL');
    }, CHILD_TIMEOUT_MS);
    proc.on('message', (message: { result?: EngineResult }) => {
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
            ? 'a serialized index longer than V8 allows in one string (Invalid string length)'
            : `${signal ? `killed by ${signal}` : `exit code ${code}`}${lastLine ? `: ${lastLine.trim()}` : ''}`;
      const kind = timedOut ? 'timeout' : oom ? 'oom' : limit ? 'limit' : 'error';
      done({ ok: false, reason, kind });
    });
  });
}

async function measure(engine: EngineId, factor: number, heapMb?: number): Promise<Outcome> {
  const attempts: string[] = [];
  let heap = heapMb;
  for (;;) {
    const start = now();
    const outcome = await runChild(engine, factor, heap);
    const label = `${heap ? `--max-old-space-size=${heap}` : 'default heap'}, ${((now() - start) / 1000).toFixed(1)} s`;
    if (outcome.ok) {
      attempts.push(`${label}: ok`);
      return { status: 'ok', result: outcome.result, heapMb: heap, attempts };
    }
    attempts.push(`${label}: ${outcome.reason}`);
    if (outcome.kind === 'oom' && !heap) {
      heap = BIG_HEAP_MB;
      process.stderr.write(`  [${engine} ${factor}x] out of memory: retrying with ${heap} MB\n`);
      continue;
    }
    const status = outcome.kind === 'error' ? 'error' : 'not run';
    return { status, reason: outcome.reason, attempts };
  }
}

interface Target {
  target: string;
  status: 'PASS' | 'FAIL' | 'NOT RUN';
  detail: string;
}

interface SizeReport {
  factor: number;
  docs?: number;
  engines: Partial<Record<EngineId, Outcome>>;
  /** ours ÷ peer: below 1 means ours is faster. */
  ratios: Partial<Record<EngineId, { p99: number | null; load: number | null }>>;
}

function ratio(a: number | undefined, b: number | undefined): number | null {
  if (a === undefined || b === undefined || b <= 0) return null;
  return Math.round((a / b) * 100) / 100;
}

function ratiosFor(size: SizeReport): SizeReport['ratios'] {
  const mine = size.engines.ours?.status === 'ok' ? size.engines.ours.result : undefined;
  const ratios: SizeReport['ratios'] = {};
  for (const id of ENGINE_IDS.filter((e) => e !== 'ours')) {
    const peer = size.engines[id]?.status === 'ok' ? size.engines[id].result : undefined;
    if (!peer) continue;
    ratios[id] = {
      p99: ratio(mine?.latency.p99, peer.latency.p99),
      load: ratio(mine?.loadMs, peer.loadMs),
    };
  }
  return ratios;
}

/**
 * p99 of two engines. When a time budget cut either pass short, both are
 * taken over the keystrokes both timed (the same shuffled order, so the
 * shorter pass is a prefix of the longer one).
 */
function compareOnCommon(mine: EngineResult, peer: EngineResult) {
  if (!mine.latency.timed && !peer.latency.timed) {
    return { ours: mine.latency.p99, peer: peer.latency.p99, note: '' };
  }
  const count = Math.min(mine.latency.samples, peer.latency.samples);
  const first = (r: EngineResult) => (r.latency.timed ?? []).slice(0, count).map((s) => s.ms);
  const a = first(mine);
  const b = first(peer);
  if (a.length < count || b.length < count) {
    return { ours: mine.latency.p99, peer: peer.latency.p99, note: ' (unequal samples)' };
  }
  return {
    ours: percentile(a, 99),
    peer: percentile(b, 99),
    note: ` (on the ${count} keystrokes both timed before their time budgets ran out; median ${percentile(a, 50).toFixed(1)} vs ${percentile(b, 50).toFixed(1)} ms)`,
  };
}

function targets(sizes: SizeReport[]): Target[] {
  const at = (factor: number) => sizes.find((s) => s.factor === factor);
  const result = (factor: number, engine: EngineId) => {
    const outcome = at(factor)?.engines[engine];
    return outcome?.status === 'ok' ? outcome.result : undefined;
  };
  const why = (factor: number, engine: EngineId) => {
    const size = at(factor);
    if (!size) return `size ${factor}x not in --sizes`;
    const outcome = size.engines[engine];
    if (!outcome) return `${engine} not in --engines`;
    return outcome.status !== 'ok'
      ? `${engine} ${factor}x ${outcome.status}: ${outcome.reason}`
      : '';
  };
  const check = (target: string, ok: boolean | undefined, detail: string, missing: string) =>
    ok === undefined
      ? { target, status: 'NOT RUN' as const, detail: missing }
      : { target, status: ok ? ('PASS' as const) : ('FAIL' as const), detail };
  const list: Target[] = [];
  for (const [factor, limit] of [
    [1, 1],
    [100, 8],
    [1000, 50],
  ] as const) {
    const r = result(factor, 'ours');
    list.push(
      check(
        `ours per-keystroke p99 <= ${limit} ms at ${factor}x`,
        r && r.latency.p99 <= limit,
        `p99 ${r?.latency.p99.toFixed(3)} ms`,
        why(factor, 'ours'),
      ),
    );
  }
  const big = result(1000, 'ours');
  const mini = result(1000, 'minisearch');
  const versus = big && mini ? compareOnCommon(big, mini) : undefined;
  list.push(
    check(
      'ours per-keystroke p99 below MiniSearch at 1000x',
      versus ? versus.ours < versus.peer : undefined,
      versus
        ? `ours ${versus.ours.toFixed(1)} ms vs MiniSearch ${versus.peer.toFixed(1)} ms${versus.note}`
        : '',
      why(1000, 'ours') || why(1000, 'minisearch'),
    ),
  );
  const small = result(1, 'ours');
  list.push(
    check(
      'ours verify + load <= 15 ms at 1x',
      small && small.loadMs <= 15,
      `${small?.loadMs.toFixed(2)} ms (median of ${small?.loadRuns.length})`,
      why(1, 'ours'),
    ),
  );
  return list;
}

// ---------------------------------------------------------------- text output

const pad = (text: string, width: number, right = false) =>
  right ? text.padEnd(width) : text.padStart(width);

function fmt(value: number | null | undefined, digits: number, scale = 1): string {
  if (value === null || value === undefined) return '—';
  // A heap reading can dip below zero by noise when the true figure is tiny.
  return (Math.max(0, value) / scale).toFixed(digits);
}

const round2 = (value: number) => Math.round(value * 100) / 100;
const ms = (value: number) => (value >= 100 ? value.toFixed(0) : value.toFixed(2));
const times = (value: number | null | undefined) => (value == null ? '—' : `${value}x`);

function printSize(size: SizeReport, lines: string[]): void {
  const first = Object.values(size.engines).find((o) => o?.status === 'ok');
  const docs = first?.status === 'ok' ? first.result.docs : undefined;
  const mine = size.engines.ours?.status === 'ok' ? size.engines.ours.result : undefined;
  const docsInfo = mine
    ? `, search docs ${fmt(mine.docsJsonBytes, 1, 1024 * 1024)} MB JSON, ${fmt(mine.docsHeapBytes, 1, 1024 * 1024)} MB heap`
    : '';
  const vocab = first?.status === 'ok' ? first.result.vocabulary : undefined;
  const vocabInfo =
    size.factor === 1
      ? ' (the real pack)'
      : vocab
        ? `; synthetic words from the real vocabulary (title ${vocab.title}, names ${vocab.names}, body ${vocab.body} distinct)`
        : ' (synthetic)';
  lines.push('');
  lines.push(
    `== ${size.factor}x: ${docs?.toLocaleString('en') ?? '?'} documents${vocabInfo}${docsInfo}`,
  );
  const { loads, passes } = plan(size.factor);
  lines.push(
    `   load = median of ${loads}; latency = ${passes} timed pass${passes > 1 ? 'es' : ''} over the ${keystrokes().length} keystrokes after a warm-up (both cut at a time budget)`,
  );
  const header = [
    pad('engine', 13, true),
    pad('build s', 8),
    pad('load ms', 9),
    pad('index KB', 10),
    pad('heap MB', 8),
    pad('p50 ms', 8),
    pad('p99 ms', 8),
    pad('max ms', 8),
    pad('cpu%', 5),
    pad('ours÷it p99', 12),
    pad('ours÷it load', 13),
    pad('0-hit', 6),
  ];
  lines.push(header.join(' '));
  lines.push('-'.repeat(header.join(' ').length));
  for (const id of ENGINE_IDS) {
    const outcome = size.engines[id];
    if (!outcome) continue;
    if (outcome.status !== 'ok') {
      lines.push(`${pad(id, 13, true)} ${outcome.status}: ${outcome.reason}`);
      continue;
    }
    const r = outcome.result;
    const ratios = size.ratios[id];
    lines.push(
      [
        pad(r.label, 13, true),
        pad(fmt(r.buildMs, 2, 1000), 8),
        pad(ms(r.loadMs), 9),
        pad(fmt(r.indexBytes, 0, 1024), 10),
        pad(fmt(r.memoryBytes, 1, 1024 * 1024), 8),
        pad(ms(r.latency.p50), 8),
        pad(ms(r.latency.p99), 8),
        pad(ms(r.latency.max), 8),
        pad(`${Math.round(r.latency.cpuShare * 100)}`, 5),
        pad(id === 'ours' ? '' : times(ratios?.p99), 12),
        pad(id === 'ours' ? '' : times(ratios?.load), 13),
        pad(r.zeroHitQueries ? `${r.zeroHitQueries.length}/${QUERIES.length}` : '—', 6),
      ].join(' '),
    );
  }
  if (mine) {
    const phases = mine.loadPhases ?? {};
    const parts = (mine.extra as { verifyParts?: Record<string, number> } | undefined)?.verifyParts;
    const partText = parts
      ? ` (one more read of the files: read ${ms(parts.read!)}, sha256 ${ms(parts.sha256!)}, JSON.parse index ${ms(parts.parseIndex!)}, docs ${ms(parts.parseDocs!)}, faq+corpus ${ms(parts.parseOther!)}; the rest is the schema checks, Lunr's Index.load and a probe search)`
      : '';
    lines.push(
      `   ours verify+load ${ms(mine.loadMs)} ms = loadPackDirectory ${ms(phases.verify ?? 0)}${partText}`,
    );
    if (mine.profile) {
      const share = Math.round(mine.profile.innerShare * 100);
      lines.push(
        `   ours keystroke time: ${share}% inside Lunr index.query, ${100 - share}% in query.ts around it (terms, coverage, ranking, highlights, snippets)`,
      );
      lines.push(
        `   ours slowest: ${mine.profile.slowest
          .slice(0, 4)
          .map(
            (s) =>
              `"${s.text}" ${ms(s.totalMs)} ms (Lunr ${ms(s.lunrMs)} + ours ${ms(s.oursMs)}, ${s.matches} matches)`,
          )
          .join('; ')}`,
      );
    }
  }
  for (const id of ENGINE_IDS) {
    const outcome = size.engines[id];
    if (outcome?.status !== 'ok') continue;
    const { latency, zeroHitQueries, label } = outcome.result;
    if (!latency.complete || latency.warmup < latency.of) {
      lines.push(
        `   ${label}: time budget reached: warm-up ${latency.warmup} keystrokes, timed ${latency.samples} samples (${latency.keystrokes} of ${latency.of} keystrokes)`,
      );
    }
    if (zeroHitQueries && zeroHitQueries.length > 0) {
      lines.push(`   ${label} no hits for: ${zeroHitQueries.map((q) => `"${q}"`).join(', ')}`);
    }
  }
  for (const id of ENGINE_IDS.filter((e) => e !== 'ours')) {
    const outcome = size.engines[id];
    if (outcome?.status !== 'ok') continue;
    const slow = outcome.result.latency.slowest[0];
    if (slow) lines.push(`   ${outcome.result.label} slowest: "${slow.text}" ${ms(slow.ms)} ms`);
  }
  for (const id of ENGINE_IDS) {
    const outcome = size.engines[id];
    if (outcome && outcome.attempts.length > 1)
      lines.push(`   ${id} attempts: ${outcome.attempts.join(' | ')}`);
    else if (outcome?.status === 'ok' && outcome.heapMb)
      lines.push(`   ${id} ran with --max-old-space-size=${outcome.heapMb}`);
  }
}

// ---------------------------------------------------------------- main

async function main(): Promise<void> {
  const args = parseArgs(process.argv.slice(2));
  if (args.child) return child(args.child.engine, args.child.factor);

  if (!existsSync(join(REAL_PACK, 'manifest.json'))) {
    throw new Error(`no pack in ${REAL_PACK}: run npm run build:pack first`);
  }
  const progress = (message: string) => process.stderr.write(`${message}\n`);
  const started = now();
  const loadBefore = loadavg();
  const version = engineVersion();
  const sizes: SizeReport[] = [];
  for (const factor of args.sizes) {
    const size: SizeReport = { factor, engines: {}, ratios: {} };
    sizes.push(size);
    for (const engine of args.engines) {
      progress(`bench: ${factor}x ${engine}`);
      size.engines[engine] = await measure(engine, factor, args.heapMb);
    }
    const first = Object.values(size.engines).find((o) => o?.status === 'ok');
    size.docs = first?.status === 'ok' ? first.result.docs : undefined;
    size.ratios = ratiosFor(size);
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
    limit: 20,
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
    `CICA Reference search benchmark: ${meta.node}, ${meta.cpus}, ${meta.queries} queries (${meta.keystrokes} keystrokes), limit 20, seed 0x${SEED.toString(16)}`,
  );
  lines.push(
    `engine: commit ${version.commit}, search sources ${version.sources}${version.changedSinceCommit ? ' (changed since the commit)' : ''}`,
  );
  lines.push(
    'ours÷it: ours divided by that engine (below 1x: ours is faster). heap: heap growth after load, after GC.',
  );
  lines.push(
    'cpu%: CPU time / wall time while timing (well below 100: other processes held the CPU, wall times are inflated). 0-hit: full queries with no hit.',
  );
  for (const size of sizes) printSize(size, lines);
  lines.push('');
  lines.push('Targets');
  for (const t of targetList) lines.push(`  ${t.status.padEnd(7)} ${t.target}: ${t.detail}`);
  lines.push('');
  lines.push(
    `Run took ${(wallMs / 1000).toFixed(1)} s; load average ${meta.loadAverage.start} at the start, ${meta.loadAverage.end} at the end, on ${cpus().length} CPUs`,
  );
  for (const size of sizes) {
    const each = ENGINE_IDS.map((id) => {
      const o = size.engines[id];
      return o?.status === 'ok' ? `${id} ${(o.result.wallMs / 1000).toFixed(1)} s` : `${id} —`;
    });
    lines.push(`  ${size.factor}x: ${each.join(', ')}`);
  }
  process.stdout.write(`${lines.join('\n')}\n`);
}

main().catch((error: unknown) => {
  process.stderr.write(
    `bench: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
  );
  process.exit(1);
});
