import { weight, type Word } from './words';

/** How a pasted text lines up with one passage: which words of each side differ. */
export interface Alignment {
  /** 0..1: the share of words (common words counting less) the two sides have in common. */
  similarity: number;
  /** 0..1: the share of the pasted text's words (weighted the same way) found in the passage. */
  coverage: number;
  verbatim: boolean;
  /** The same words as the passage's, in another order. */
  reordered: boolean;
  /** The passage's words compared (those facing the pasted text's first and last words included): [first, last + 1). */
  window: [number, number];
  /** Per word of the pasted text: true where it is not in the passage. */
  pastedDiffers: boolean[];
  /** Per word of the passage's window: true where it is not in the pasted text. */
  passageDiffers: boolean[];
}

const MATCH = 2;
const MISMATCH = -1;
const GAP = -1;

/**
 * Compares the pasted words with a passage's: verbatim when they stand there
 * in a row; otherwise the better of a word-by-word alignment (Smith-Waterman,
 * which keeps the order) and a word-overlap over a window of the same length
 * (which forgives a changed order).
 */
export function align(pasted: readonly Word[], passage: readonly Word[]): Alignment {
  const a = pasted.map((w) => w.key);
  const b = passage.map((w) => w.key);
  const at = findRun(a, b);
  if (at >= 0) {
    return {
      similarity: 1,
      coverage: 1,
      verbatim: true,
      reordered: false,
      window: [at, at + a.length],
      pastedDiffers: a.map(() => false),
      passageDiffers: a.map(() => false),
    };
  }
  const ordered = alignInOrder(a, b);
  const overlap = bestOverlap(a, b);
  return overlap.similarity > ordered.similarity ? overlap : ordered;
}

/** Where the words `a` stand in a row in `b`, or -1. */
export function findRun(a: readonly string[], b: readonly string[]): number {
  if (a.length === 0 || a.length > b.length) return -1;
  outer: for (let i = 0; i + a.length <= b.length; i++) {
    for (let j = 0; j < a.length; j++) if (b[i + j] !== a[j]) continue outer;
    return i;
  }
  return -1;
}

function sum(keys: readonly string[]): number {
  return keys.reduce((total, key) => total + weight(key), 0);
}

/** 2 x shared weight / both sides' weight: 1 for the same words, 0 for none in common. */
function dice(shared: number, a: readonly string[], b: readonly string[]): number {
  const total = sum(a) + sum(b);
  return total === 0 ? 0 : Math.min(1, (2 * shared) / total);
}

function share(shared: number, a: readonly string[]): number {
  const total = sum(a);
  return total === 0 ? 0 : Math.min(1, shared / total);
}

function alignInOrder(a: readonly string[], b: readonly string[]): Alignment {
  const rows = a.length + 1;
  const cols = b.length + 1;
  const score = new Int32Array(rows * cols);
  // 0 stop, 1 diagonal, 2 up (a word of the pasted text only), 3 left (of the passage only).
  const from = new Uint8Array(rows * cols);
  let best = 0;
  let bestAt = 0;
  for (let i = 1; i < rows; i++) {
    for (let j = 1; j < cols; j++) {
      const here = i * cols + j;
      const diagonal = score[here - cols - 1]! + (a[i - 1] === b[j - 1] ? MATCH : MISMATCH);
      const up = score[here - cols]! + GAP;
      const left = score[here - 1]! + GAP;
      const value = Math.max(0, diagonal, up, left);
      score[here] = value;
      from[here] = value === 0 ? 0 : value === diagonal ? 1 : value === up ? 2 : 3;
      if (value > best) [best, bestAt] = [value, here];
    }
  }
  const pastedDiffers = a.map(() => true);
  const matchedInB = new Set<number>();
  const lastAligned = Math.floor(bestAt / cols);
  let i = lastAligned;
  let j = bestAt % cols;
  const end = j;
  let shared = 0;
  while (i > 0 && j > 0 && from[i * cols + j] !== 0) {
    const step = from[i * cols + j];
    if (step === 1) {
      if (a[i - 1] === b[j - 1]) {
        pastedDiffers[i - 1] = false;
        matchedInB.add(j - 1);
        shared += weight(a[i - 1]!);
      }
      i--;
      j--;
    } else if (step === 2) i--;
    else j--;
  }
  const aligned: [number, number] = best === 0 ? [0, 0] : [j, end];
  // The alignment ends at matching words, so a changed first or last word of
  // the pasted text falls outside it: the passage's words facing those are
  // marked too (the reader sees both sides of the change), but the measure is
  // still taken over the aligned words only.
  const window: [number, number] =
    best === 0 ? aligned : [Math.max(0, j - i), Math.min(b.length, end + a.length - lastAligned)];
  const passageDiffers = range(window).map((k) => !matchedInB.has(k));
  return {
    similarity: dice(shared, a, b.slice(...aligned)),
    coverage: share(shared, a),
    verbatim: false,
    reordered: false,
    window,
    pastedDiffers,
    passageDiffers,
  };
}

/** The window of the passage, as long as the pasted text, that shares the most words with it. */
function bestOverlap(a: readonly string[], b: readonly string[]): Alignment {
  const length = Math.min(a.length, b.length);
  let best: { shared: number; start: number } = { shared: -1, start: 0 };
  for (let start = 0; start + length <= b.length; start++) {
    const shared = sharedWeight(a, b.slice(start, start + length));
    if (shared > best.shared) best = { shared, start };
  }
  const window: [number, number] = [best.start, best.start + length];
  const inWindow = b.slice(...window);
  const pastedDiffers = unmatched(a, inWindow);
  const passageDiffers = unmatched(inWindow, a);
  return {
    similarity: dice(Math.max(0, best.shared), a, inWindow),
    coverage: share(Math.max(0, best.shared), a),
    verbatim: false,
    reordered: !pastedDiffers.includes(true) && !passageDiffers.includes(true),
    window,
    pastedDiffers,
    passageDiffers,
  };
}

function counts(keys: readonly string[]): Map<string, number> {
  const map = new Map<string, number>();
  for (const key of keys) map.set(key, (map.get(key) ?? 0) + 1);
  return map;
}

function sharedWeight(a: readonly string[], b: readonly string[]): number {
  const available = counts(b);
  let shared = 0;
  for (const key of a) {
    const left = available.get(key) ?? 0;
    if (left > 0) {
      available.set(key, left - 1);
      shared += weight(key);
    }
  }
  return shared;
}

/** Per word of `keys`: true where `other` has no copy of it left to pair with. */
function unmatched(keys: readonly string[], other: readonly string[]): boolean[] {
  const available = counts(other);
  return keys.map((key) => {
    const left = available.get(key) ?? 0;
    if (left === 0) return true;
    available.set(key, left - 1);
    return false;
  });
}

function range([first, last]: [number, number]): number[] {
  return Array.from({ length: last - first }, (_, k) => first + k);
}
