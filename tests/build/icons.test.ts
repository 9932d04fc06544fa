// The committed icons (build/icons) are exactly what `npm run build:icons` makes
// from icon.svg, each PNG the size its name says.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/source';

const ICONS = join(ROOT, 'build/icons');
const PNG_SIZES = [16, 24, 32, 48, 64, 128, 256, 512, 1024];
const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

/** Width and height from a PNG's IHDR chunk (the first chunk, right after the signature). */
function pngSize(png: Buffer): { width: number; height: number } {
  expect(png.subarray(0, 8)).toEqual(PNG_SIGNATURE);
  expect(png.toString('latin1', 12, 16)).toBe('IHDR');
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
}

const committed = (name: string) => readFileSync(join(ICONS, name));

let fresh: string;

beforeAll(() => {
  fresh = mkdtempSync(join(tmpdir(), 'cica-icons-'));
  execFileSync(process.execPath, ['--import', 'tsx', join(ICONS, 'main.ts'), fresh], {
    cwd: ROOT,
    stdio: 'pipe',
  });
}, 60_000);

afterAll(() => rmSync(fresh, { recursive: true, force: true }));

describe('app icons', () => {
  it('regenerate from icon.svg to the committed files, byte for byte', () => {
    const names = PNG_SIZES.map((n) => `${n}x${n}.png`).sort();
    expect(readdirSync(join(fresh, 'png')).sort()).toEqual(names);
    expect(readdirSync(join(ICONS, 'png')).sort()).toEqual(names);
    for (const name of names.map((n) => `png/${n}`)) {
      expect(readFileSync(join(fresh, name)).equals(committed(name)), name).toBe(true);
    }
  });

  it.each(PNG_SIZES)('png/%ix%i.png is that size', (size) => {
    expect(pngSize(committed(`png/${size}x${size}.png`))).toEqual({ width: size, height: size });
  });
});
