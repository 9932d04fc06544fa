import type { SearchDoc } from '../../src/shared/search/documents';

export const LIMIT = 20;

/** One loaded engine: searches as the reader types and returns the ids it would show. */
interface Searcher {
  search(text: string): string[];
  /** Where the last search's time went (ms), when the engine can tell. */
  lastBreakdown?(): { innerMs: number; matches: number };
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
  /** Engine-specific measurements, run once after the latency passes. */
  extra?(): unknown;
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

export type EngineId = 'ours' | 'minisearch' | 'flexsearch' | 'naive';
export const ENGINE_IDS: readonly EngineId[] = ['ours', 'minisearch', 'flexsearch', 'naive'];
