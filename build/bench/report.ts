import { ENGINE_IDS, type EngineId } from './engine';
import { percentile } from './measure';
import { QUERIES, keystrokes } from './queries';
import { plan, type CorpusKind, type EngineResult } from './run';

/** "not run": out of memory or out of time; "error": anything else (the run exits 1). */
export type Outcome =
  | { status: 'ok'; result: EngineResult; heapMb?: number; attempts: string[] }
  | { status: 'not run' | 'error'; reason: string; attempts: string[] };

export interface SizeReport {
  factor: number;
  corpus: CorpusKind | 'real';
  docs?: number;
  engines: Partial<Record<EngineId, Outcome>>;
  /** ours ÷ peer: below 1 means ours is faster. */
  ratios: Partial<Record<EngineId, { p99: number | null; load: number | null }>>;
}

export interface Target {
  target: string;
  status: 'PASS' | 'FAIL' | 'NOT RUN';
  detail: string;
}

function ratio(a: number | undefined, b: number | undefined): number | null {
  if (a === undefined || b === undefined || b <= 0) return null;
  return Math.round((a / b) * 100) / 100;
}

export function ratiosFor(size: SizeReport): SizeReport['ratios'] {
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
  if (!mine.latency.timed || !peer.latency.timed) {
    return { ours: mine.latency.p99, peer: peer.latency.p99, note: '' };
  }
  const count = Math.min(mine.latency.samples, peer.latency.samples);
  const first = (r: EngineResult) => r.latency.timed!.slice(0, count).map((s) => s.ms);
  const a = first(mine);
  const b = first(peer);
  return {
    ours: percentile(a, 99),
    peer: percentile(b, 99),
    note: count < mine.latency.samples ? ` (on the ${count} keystrokes both timed)` : '',
  };
}

export function targets(sizes: SizeReport[]): Target[] {
  const list: Target[] = [];
  const check = (target: string, ok: boolean | undefined, detail: string, missing: string) =>
    list.push(
      ok === undefined
        ? { target, status: 'NOT RUN', detail: missing }
        : { target, status: ok ? 'PASS' : 'FAIL', detail },
    );
  const outcome = (size: SizeReport | undefined, engine: EngineId) => size?.engines[engine];
  const why = (size: SizeReport | undefined, engine: EngineId, what: string) => {
    if (!size) return `${what} not in --sizes`;
    const o = outcome(size, engine);
    if (!o) return `${engine} not in --engines`;
    return o.status !== 'ok' ? `${engine} ${what} ${o.status}: ${o.reason}` : '';
  };
  const at = (factor: number, corpus: SizeReport['corpus']) =>
    sizes.find((s) => s.factor === factor && s.corpus === corpus);
  const result = (size: SizeReport | undefined, engine: EngineId) => {
    const o = outcome(size, engine);
    return o?.status === 'ok' ? o.result : undefined;
  };
  const sizeNames = (factor: number): [SizeReport['corpus'], string][] =>
    factor === 1
      ? [['real', '1x']]
      : [
          ['reused', `${factor}x`],
          ['zipf', `${factor}x zipf`],
        ];

  for (const [factor, limit] of [
    [1, 1],
    [100, 8],
    [1000, 50],
  ] as const) {
    for (const [corpus, name] of sizeNames(factor)) {
      const size = at(factor, corpus);
      const r = result(size, 'ours');
      check(
        `ours per-keystroke p99 <= ${limit} ms at ${name}`,
        r && r.latency.p99 <= limit,
        `p99 ${r?.latency.p99.toFixed(3)} ms (fastest of ${r?.latency.repeats}: ${r?.latency.minOfK.p99.toFixed(3)} ms)`,
        why(size, 'ours', name),
      );
      if (factor === 1) continue;
      const mini = result(size, 'minisearch');
      const versus = r && mini ? compareOnCommon(r, mini) : undefined;
      check(
        `ours per-keystroke p99 below MiniSearch's at ${name}`,
        versus ? versus.ours < versus.peer : undefined,
        versus
          ? `ours ${versus.ours.toFixed(2)} ms vs MiniSearch ${versus.peer.toFixed(2)} ms${versus.note}`
          : '',
        why(size, 'ours', name) || why(size, 'minisearch', name),
      );
    }
  }
  for (const [factor, limit] of [
    [1, 15],
    [1000, 1000],
  ] as const) {
    for (const [corpus, name] of sizeNames(factor)) {
      const size = at(factor, corpus);
      const r = result(size, 'ours');
      check(
        `ours verify + load <= ${limit} ms at ${name}`,
        r && r.loadMs <= limit,
        `${r?.loadMs.toFixed(2)} ms (median of ${r?.loadRuns.length})`,
        why(size, 'ours', name),
      );
    }
  }
  const measured = sizes.flatMap((size) => {
    const r = result(size, 'ours');
    return r ? [{ size, r }] : [];
  });
  check(
    'ours: no dead keystroke at any size',
    measured.length > 0 ? measured.every(({ r }) => r.deadKeystrokes === 0) : undefined,
    measured.map(({ size, r }) => `${label(size)} ${r.deadKeystrokes} of ${r.deadOf}`).join(', '),
    'ours not run',
  );
  return list;
}

// ---------------------------------------------------------------- text

const pad = (text: string, width: number, right = false) =>
  right ? text.padEnd(width) : text.padStart(width);

function fmt(value: number | null | undefined, digits: number, scale = 1): string {
  if (value === null || value === undefined) return '—';
  // A heap reading can dip below zero by noise when the true figure is tiny.
  return (Math.max(0, value) / scale).toFixed(digits);
}

export const ms = (value: number) => (value >= 100 ? value.toFixed(0) : value.toFixed(2));
const times = (value: number | null | undefined) => (value == null ? '—' : `${value}x`);
export const label = (size: SizeReport) =>
  size.corpus === 'zipf' ? `${size.factor}x zipf` : `${size.factor}x`;

export function printSize(size: SizeReport, lines: string[]): void {
  const first = Object.values(size.engines).find((o) => o?.status === 'ok');
  const vocab = first?.status === 'ok' ? first.result.vocabulary : undefined;
  const about =
    size.corpus === 'real'
      ? 'the real pack'
      : size.corpus === 'zipf'
        ? `synthetic, a vocabulary growing with size by Zipf's law (title ${vocab?.title}, names ${vocab?.names}, body ${vocab?.body} distinct words)`
        : `synthetic, the real pack's words reused (title ${vocab?.title}, names ${vocab?.names}, body ${vocab?.body} distinct)`;
  lines.push('');
  lines.push(`== ${label(size)}: ${size.docs?.toLocaleString('en') ?? '?'} documents, ${about}`);
  const { loads, passes, repeats } = plan(size.factor);
  lines.push(
    `   load = median of ${loads}; then the engines take turns, keystroke by keystroke: ${passes} pass${passes > 1 ? 'es' : ''} over the ${keystrokes().length} keystrokes, each searched ${repeats} times in a row (after a warm-up; both cut at a time budget per engine)`,
  );
  const header = [
    pad('engine', 14, true),
    pad('build s', 8),
    pad('load ms', 9),
    pad('index KB', 10),
    pad('mem MB', 8),
    pad('p50', 7),
    pad('p99', 7),
    pad('min p50', 8),
    pad('min p99', 8),
    pad('cpu p99', 8),
    pad('cpu%', 5),
    pad('÷ p99', 6),
    pad('÷ load', 7),
    pad('dead', 8),
    pad('0-hit', 6),
  ];
  lines.push(header.join(' '));
  lines.push('-'.repeat(header.join(' ').length));
  for (const id of ENGINE_IDS) {
    const outcome = size.engines[id];
    if (!outcome) continue;
    if (outcome.status !== 'ok') {
      lines.push(`${pad(id, 14, true)} ${outcome.status}: ${outcome.reason.split('\n')[0]}`);
      continue;
    }
    const r = outcome.result;
    const ratios = size.ratios[id];
    lines.push(
      [
        pad(r.label, 14, true),
        pad(fmt(r.buildMs, 2, 1000), 8),
        pad(ms(r.loadMs), 9),
        pad(fmt(r.indexBytes, 0, 1024), 10),
        pad(fmt(r.memoryBytes, 1, 1024 * 1024), 8),
        pad(ms(r.latency.p50), 7),
        pad(ms(r.latency.p99), 7),
        pad(ms(r.latency.minOfK.p50), 8),
        pad(ms(r.latency.minOfK.p99), 8),
        pad(ms(r.latency.cpuP99), 8),
        pad(`${Math.round(r.latency.cpuShare * 100)}`, 5),
        pad(id === 'ours' ? '' : times(ratios?.p99), 6),
        pad(id === 'ours' ? '' : times(ratios?.load), 7),
        pad(`${r.deadKeystrokes}/${r.deadOf}`, 8),
        pad(r.zeroHitQueries ? `${r.zeroHitQueries.length}/${QUERIES.length}` : '—', 6),
      ].join(' '),
    );
  }
  for (const id of ENGINE_IDS) {
    const outcome = size.engines[id];
    if (outcome?.status !== 'ok') continue;
    const { latency, label: name, deadExamples, zeroHitQueries, loadPhases } = outcome.result;
    if (id === 'ours' && loadPhases?.verify !== undefined) {
      lines.push(`   ${name}: load = loadPackDirectory (run checks) ${ms(loadPhases.verify)} ms`);
    }
    if (!latency.complete || latency.warmup < latency.of) {
      lines.push(
        `   ${name}: time budget reached: warm-up ${latency.warmup} keystrokes, timed ${latency.samples} samples (${latency.keystrokes} of ${latency.of} keystrokes)`,
      );
    }
    const slow = latency.slowest[0];
    if (slow) lines.push(`   ${name} slowest: "${slow.text}" ${ms(slow.ms)} ms`);
    if (deadExamples.length > 0) {
      lines.push(
        `   ${name} dead keystrokes, e.g. ${deadExamples.map((t) => `"${t}"`).join(', ')}`,
      );
    }
    if (zeroHitQueries && zeroHitQueries.length > 0) {
      lines.push(`   ${name} no hits for: ${zeroHitQueries.map((q) => `"${q}"`).join(', ')}`);
    }
  }
  // One process per size: its attempts are every engine's.
  const any = Object.values(size.engines)[0];
  if (any && any.attempts.length > 1) lines.push(`   attempts: ${any.attempts.join(' | ')}`);
  else if (any?.status === 'ok' && any.heapMb) {
    lines.push(`   ran with --max-old-space-size=${any.heapMb}`);
  }
}
