import { execFileSync } from 'node:child_process';
import { mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readRegularFile } from '../../src/node/read-file';

const folder = () => mkdtempSync(join(tmpdir(), 'cica-read-'));

describe('readRegularFile', () => {
  it('reads a regular file within its cap', () => {
    const file = join(folder(), 'a.json');
    writeFileSync(file, '{"a":1}');
    const read = readRegularFile(file, 7);
    expect(read.ok && read.bytes.toString()).toBe('{"a":1}');
  });

  it('refuses a file past its cap by its size, unread', () => {
    const file = join(folder(), 'a.json');
    writeFileSync(file, '12345678');
    expect(readRegularFile(file, 7)).toEqual({ ok: false, reason: 'too-large', size: 8 });
  });

  it('tells a missing file from the rest', () => {
    expect(readRegularFile(join(folder(), 'none.json'), 10)).toEqual({
      ok: false,
      reason: 'missing',
    });
  });

  it('refuses links, FIFOs, devices and folders', () => {
    const dir = folder();
    symlinkSync('/dev/zero', join(dir, 'link'));
    execFileSync('mkfifo', [join(dir, 'fifo')]);
    expect(readRegularFile(join(dir, 'link'), 10)).toEqual({
      ok: false,
      reason: 'not-regular',
      kind: 'a symbolic link',
    });
    expect(readRegularFile(join(dir, 'fifo'), 10)).toEqual({
      ok: false,
      reason: 'not-regular',
      kind: 'a FIFO (named pipe)',
    });
    expect(readRegularFile('/dev/null', 10)).toEqual({
      ok: false,
      reason: 'not-regular',
      kind: 'a device',
    });
    expect(readRegularFile(dir, 10)).toEqual({
      ok: false,
      reason: 'not-regular',
      kind: 'a folder',
    });
  });
});
