// npm run build:icons [-- <out-dir>]: build/icons/icon.svg -> png/<N>x<N>.png, icon.ico, icon.icns
// The output is committed (electron-builder reads it) and is the same bytes on every run;
// tests/build/icons.test.ts regenerates it into a temporary folder and compares.
import { mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { Resvg } from '@resvg/resvg-js';
import { icnsFile, icoFile, type RenderedSize } from './containers';

/** Sizes of the PNG set (electron-builder's Linux icon folder layout). */
export const PNG_SIZES = [16, 24, 32, 48, 64, 128, 256, 512, 1024] as const;
/** Sizes stored in icon.ico. */
export const ICO_SIZES = [16, 24, 32, 48, 64, 128, 256] as const;

const here = import.meta.dirname;
const out = resolve(process.argv[2] ?? here);

function render(svg: Buffer, size: number): RenderedSize {
  const image = new Resvg(svg, {
    fitTo: { mode: 'width', value: size },
    // The icon is drawn with shapes only: no system fonts, so no machine-dependent output.
    font: { loadSystemFonts: false },
    shapeRendering: 2, // geometricPrecision (anti-aliased)
  }).render();
  if (image.width !== size || image.height !== size) {
    throw new Error(`rendered ${image.width}x${image.height}, expected ${size}x${size}`);
  }
  return { size, png: image.asPng(), rgba: image.pixels };
}

try {
  const svg = readFileSync(join(here, 'icon.svg'));
  const rendered = new Map(PNG_SIZES.map((size) => [size, render(svg, size)]));

  const pngDir = join(out, 'png');
  mkdirSync(pngDir, { recursive: true });
  const names = new Set(PNG_SIZES.map((size) => `${size}x${size}.png`));
  for (const stale of readdirSync(pngDir)) if (!names.has(stale)) rmSync(join(pngDir, stale));
  for (const [size, image] of rendered)
    writeFileSync(join(pngDir, `${size}x${size}.png`), image.png);

  writeFileSync(join(out, 'icon.ico'), icoFile(ICO_SIZES.map((size) => rendered.get(size)!)));
  const pngs = new Map([...rendered].map(([size, image]) => [size as number, image.png]));
  writeFileSync(join(out, 'icon.icns'), icnsFile(pngs));
  console.log(`icons: ${PNG_SIZES.length} PNGs, icon.ico, icon.icns -> ${out}`);
} catch (error) {
  console.error(`icons: ${(error as Error).message}`);
  process.exit(1);
}
