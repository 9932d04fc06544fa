// npm run build:icons [-- <out-dir>]: build/icons/icon.svg -> png/<N>x<N>.png
// electron-builder makes the Windows .ico and macOS .icns from png/1024x1024.png itself.
// The output is committed (electron-builder reads it) and is the same bytes on every run;
// tests/build/icons.test.ts regenerates it into a temporary folder and compares.
import { mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { Resvg } from '@resvg/resvg-js';

/** Sizes of the PNG set (electron-builder's Linux icon folder layout). */
const PNG_SIZES = [16, 24, 32, 48, 64, 128, 256, 512, 1024] as const;

const here = import.meta.dirname;
const out = resolve(process.argv[2] ?? here);

function render(svg: Buffer, size: number): Buffer {
  const image = new Resvg(svg, {
    fitTo: { mode: 'width', value: size },
    // The icon is drawn with shapes only: no system fonts, so no machine-dependent output.
    font: { loadSystemFonts: false },
    shapeRendering: 2, // geometricPrecision (anti-aliased)
  }).render();
  if (image.width !== size || image.height !== size) {
    throw new Error(`rendered ${image.width}x${image.height}, expected ${size}x${size}`);
  }
  return image.asPng();
}

try {
  const svg = readFileSync(join(here, 'icon.svg'));
  const rendered = new Map(PNG_SIZES.map((size) => [size, render(svg, size)]));

  const pngDir = join(out, 'png');
  mkdirSync(pngDir, { recursive: true });
  const names = new Set(PNG_SIZES.map((size) => `${size}x${size}.png`));
  for (const stale of readdirSync(pngDir)) if (!names.has(stale)) rmSync(join(pngDir, stale));
  for (const [size, png] of rendered) writeFileSync(join(pngDir, `${size}x${size}.png`), png);
  console.log(`icons: ${PNG_SIZES.length} PNGs -> ${pngDir}`);
} catch (error) {
  console.error(`icons: ${(error as Error).message}`);
  process.exit(1);
}
