import {
  closeSync,
  constants,
  fstatSync,
  lstatSync,
  openSync,
  readSync,
  type Stats,
} from 'node:fs';

export type CappedRead =
  | { ok: true; bytes: Buffer }
  | { ok: false; reason: 'missing' }
  | { ok: false; reason: 'not-regular'; kind: string }
  | { ok: false; reason: 'too-large'; size: number }
  | { ok: false; reason: 'error'; code: string };

// Not defined on Windows, which has neither FIFOs nor links followed by open.
const NO_FOLLOW = constants.O_NOFOLLOW ?? 0;
const NO_BLOCK = constants.O_NONBLOCK ?? 0;

/**
 * Reads a file that must be a plain regular file of at most `maxBytes`,
 * without following a link to it: a symbolic link to /dev/zero, a FIFO or a
 * huge file is refused before anything is read, so a read can neither hang
 * nor exhaust memory. Never throws.
 */
export function readRegularFile(path: string, maxBytes: number): CappedRead {
  let fd: number | undefined;
  try {
    const before = lstatSync(path);
    if (!before.isFile()) return { ok: false, reason: 'not-regular', kind: kindOf(before) };
    if (before.size > maxBytes) return { ok: false, reason: 'too-large', size: before.size };
    // O_NOFOLLOW and the identity check refuse a file swapped for a link or a
    // FIFO between lstat and open; O_NONBLOCK keeps open itself from waiting.
    fd = openSync(path, constants.O_RDONLY | NO_FOLLOW | NO_BLOCK);
    const opened = fstatSync(fd);
    if (!opened.isFile() || opened.ino !== before.ino || opened.dev !== before.dev) {
      return { ok: false, reason: 'error', code: 'replaced while being opened' };
    }
    if (opened.size > maxBytes) return { ok: false, reason: 'too-large', size: opened.size };
    return readExactly(fd, opened.size);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? String(error);
    return code === 'ENOENT'
      ? { ok: false, reason: 'missing' }
      : { ok: false, reason: 'error', code };
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

/** Reads the file's `size` bytes, refusing it if it grows meanwhile (one byte more is read to know). */
function readExactly(fd: number, size: number): CappedRead {
  const buffer = Buffer.alloc(size + 1);
  let length = 0;
  while (length < buffer.length) {
    const read = readSync(fd, buffer, length, buffer.length - length, null);
    if (read === 0) break;
    length += read;
  }
  if (length > size) return { ok: false, reason: 'error', code: 'it grew while being read' };
  return { ok: true, bytes: buffer.subarray(0, length) };
}

function kindOf(stats: Stats): string {
  if (stats.isSymbolicLink()) return 'a symbolic link';
  if (stats.isDirectory()) return 'a folder';
  if (stats.isFIFO()) return 'a FIFO (named pipe)';
  if (stats.isCharacterDevice() || stats.isBlockDevice()) return 'a device';
  if (stats.isSocket()) return 'a socket';
  return 'not a file';
}

/** How a refused read is worded in messages: "is a symbolic link, not a regular file". */
export function describeRefusal(read: Exclude<CappedRead, { ok: true }>, maxBytes: number): string {
  switch (read.reason) {
    case 'missing':
      return 'file is missing';
    case 'not-regular':
      return `is ${read.kind}, not a regular file`;
    case 'too-large':
      return `is ${read.size} bytes, more than the ${maxBytes} it may have`;
    case 'error':
      return `cannot be read (${read.code})`;
  }
}
