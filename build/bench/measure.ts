/** Timing and memory helpers. Memory needs node --expose-gc (the bench script passes it). */

export const now = (): number => performance.now();

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** Nearest-rank percentile (p in 0..100). */
export function percentile(values: readonly number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.max(1, Math.ceil((p / 100) * sorted.length));
  return sorted[Math.min(rank, sorted.length) - 1]!;
}

const gc = (globalThis as { gc?: () => void }).gc;

export const canMeasureMemory = typeof gc === 'function';

/**
 * Memory in use after full collections: the JS heap and the ArrayBuffers
 * outside it (where typed arrays keep their data), or undefined without
 * --expose-gc.
 */
export function settledHeap(): number | undefined {
  if (!gc) return undefined;
  gc();
  gc();
  const { heapUsed, arrayBuffers } = process.memoryUsage();
  return heapUsed + arrayBuffers;
}
