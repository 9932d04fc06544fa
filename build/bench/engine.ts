import type { SearchDoc } from '../../src/shared/search/documents';

/** Hits asked for per keystroke: the app's result limit (src/renderer/lib/search.svelte.ts). */
export const LIMIT = 50;

/** One loaded engine: searches as the reader types and returns the ids it would show. */
interface Searcher {
  search(text: string): string[];
}

export interface Loaded {
  searcher: Searcher;
  /** Where the load time went, when the engine can tell (ms). */
  phases?: Record<string, number>;
}

/** An engine with its index built and serialized, ready to be loaded as often as measured. */
export interface Prepared {
  /** Building the index and serializing it (ms), or null when there is nothing to build. */
  buildMs: number | null;
  /** Bytes of the serialized index, or null when there is none. */
  indexBytes: number | null;
  load(): Promise<Loaded>;
  notes: string[];
  cleanup?(): void;
}

export interface BenchContext {
  factor: number;
  docs: readonly SearchDoc[];
  realPackDir: string;
  log(message: string): void;
}

export interface EngineSpec {
  id: EngineId;
  label: string;
  prepare(context: BenchContext): Promise<Prepared>;
}

export type EngineId = 'ours' | 'lunr' | 'minisearch' | 'flexsearch' | 'naive';
export const ENGINE_IDS: readonly EngineId[] = [
  'ours',
  'lunr',
  'minisearch',
  'flexsearch',
  'naive',
];

/** The engines run unless --engines says otherwise: the Lunr reference only up to 100x (at 1000x it takes seconds a keystroke). */
export function defaultEngines(factor: number): EngineId[] {
  return ENGINE_IDS.filter((id) => id !== 'lunr' || factor <= 100);
}
