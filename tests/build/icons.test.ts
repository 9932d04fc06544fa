// The committed icons (build/icons) are exactly what `npm run build:icons` makes
// from icon.svg, and each container holds the sizes it advertises.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/source';

const ICONS = join(ROOT, 'build/icons');
const PNG_SIZES = [16, 24, 32, 48, 64, 128, 256, 512, 1024];
const ICO_SIZES = [16, 24, 32, 48, 64, 128, 256];
const ICNS_ENTRIES = [
  ['ic11', 32],
  ['ic12', 64],
  ['ic07', 128],
  ['ic13', 256],
  ['ic08', 256],
  ['ic14', 512],
  ['ic09', 512],
  ['ic10', 1024],
] as const;
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
    for (const name of [...names.map((n) => `png/${n}`), 'icon.ico', 'icon.icns']) {
      expect(readFileSync(join(fresh, name)).equals(committed(name)), name).toBe(true);
    }
  });

  it.each(PNG_SIZES)('png/%ix%i.png is that size', (size) => {
    expect(pngSize(committed(`png/${size}x${size}.png`))).toEqual({ width: size, height: size });
  });

  it('icon.ico holds 16 to 256 px, 32-bit, each image the size its entry says', () => {
    const ico = committed('icon.ico');
    expect([ico.readUInt16LE(0), ico.readUInt16LE(2)]).toEqual([0, 1]); // reserved, type icon
    const count = ico.readUInt16LE(4);
    const sizes: number[] = [];
    for (let i = 0; i < count; i++) {
      const entry = 6 + 16 * i;
      const size = ico[entry] || 256; // 0 means 256
      expect(ico[entry + 1] || 256).toBe(size);
      expect(ico.readUInt16LE(entry + 6)).toBe(32);
      const bytes = ico.readUInt32LE(entry + 8);
      const image = ico.subarray(ico.readUInt32LE(entry + 12)).subarray(0, bytes);
      expect(image.length).toBe(bytes);
      if (image.subarray(0, 8).equals(PNG_SIGNATURE)) {
        expect(pngSize(image)).toEqual({ width: size, height: size });
      } else {
        // BITMAPINFOHEADER: width, doubled height (image + mask), 32 bits per pixel
        expect(image.readUInt32LE(0)).toBe(40);
        expect([image.readInt32LE(4), image.readInt32LE(8), image.readUInt16LE(14)]).toEqual([
          size,
          size * 2,
          32,
        ]);
        expect(bytes).toBe(40 + size * size * 4 + Math.ceil(size / 32) * 4 * size);
      }
      sizes.push(size);
    }
    expect(sizes).toEqual(ICO_SIZES);
  });

  it('icon.icns holds PNG images ic07-ic14 at their sizes', () => {
    const icns = committed('icon.icns');
    expect(icns.toString('latin1', 0, 4)).toBe('icns');
    expect(icns.readUInt32BE(4)).toBe(icns.length);
    const entries: [string, number][] = [];
    for (let at = 8; at < icns.length;) {
      const type = icns.toString('latin1', at, at + 4);
      const length = icns.readUInt32BE(at + 4);
      entries.push([type, pngSize(icns.subarray(at + 8, at + length)).width]);
      at += length;
    }
    expect(entries).toEqual(ICNS_ENTRIES);
  });
});
