// Writers for the two icon containers electron-builder wants besides PNGs.
// Both are small, documented formats; writing them here keeps the output
// byte-for-byte deterministic and needs no native tool.

/** One rendered size: the PNG file and its premultiplied RGBA pixels (as resvg gives them). */
export interface RenderedSize {
  size: number;
  png: Buffer;
  rgba: Buffer;
}

/**
 * Windows .ico: ICONDIR (6 bytes), one ICONDIRENTRY (16 bytes) per image, then
 * the images. Images below 256 px are 32-bit DIBs (BITMAPINFOHEADER with
 * doubled height, BGRA rows bottom-up, then a 1-bit AND mask), the form every
 * Windows version and NSIS read; 256 px is stored as PNG, as Windows Vista and
 * later expect for that size (a width/height byte of 0 means 256).
 */
export function icoFile(images: readonly RenderedSize[]): Buffer {
  const bodies = images.map((image) => (image.size >= 256 ? image.png : dib(image)));
  const header = Buffer.alloc(6 + 16 * images.length);
  header.writeUInt16LE(0, 0); // reserved
  header.writeUInt16LE(1, 2); // type: icon
  header.writeUInt16LE(images.length, 4);
  let offset = header.length;
  images.forEach((image, i) => {
    const entry = 6 + 16 * i;
    header.writeUInt8(image.size >= 256 ? 0 : image.size, entry); // width
    header.writeUInt8(image.size >= 256 ? 0 : image.size, entry + 1); // height
    header.writeUInt8(0, entry + 2); // palette size
    header.writeUInt8(0, entry + 3); // reserved
    header.writeUInt16LE(1, entry + 4); // colour planes
    header.writeUInt16LE(32, entry + 6); // bits per pixel
    header.writeUInt32LE(bodies[i]!.length, entry + 8);
    header.writeUInt32LE(offset, entry + 12);
    offset += bodies[i]!.length;
  });
  return Buffer.concat([header, ...bodies]);
}

function dib({ size, rgba }: RenderedSize): Buffer {
  const maskRow = Math.ceil(size / 32) * 4; // 1 bit per pixel, rows padded to 32 bits
  const info = Buffer.alloc(40);
  info.writeUInt32LE(40, 0); // header size
  info.writeInt32LE(size, 4); // width
  info.writeInt32LE(size * 2, 8); // height: colour image + AND mask
  info.writeUInt16LE(1, 12); // planes
  info.writeUInt16LE(32, 14); // bits per pixel
  info.writeUInt32LE(0, 16); // BI_RGB, uncompressed
  info.writeUInt32LE(size * size * 4 + maskRow * size, 20); // image size
  const pixels = Buffer.alloc(size * size * 4);
  const mask = Buffer.alloc(maskRow * size);
  for (let y = 0; y < size; y++) {
    const row = size - 1 - y; // DIB rows run bottom-up
    for (let x = 0; x < size; x++) {
      const from = (y * size + x) * 4;
      const to = (row * size + x) * 4;
      const alpha = rgba[from + 3]!;
      // resvg's pixels are premultiplied; a DIB holds straight alpha.
      const straight = (c: number) =>
        alpha === 0 ? 0 : Math.min(255, Math.round((c * 255) / alpha));
      pixels[to] = straight(rgba[from + 2]!);
      pixels[to + 1] = straight(rgba[from + 1]!);
      pixels[to + 2] = straight(rgba[from]!);
      pixels[to + 3] = alpha;
      if (alpha === 0) mask[row * maskRow + (x >> 3)]! |= 0x80 >> (x & 7);
    }
  }
  return Buffer.concat([info, pixels, mask]);
}

/**
 * The ICNS types that hold PNG data (macOS 10.7+ for ic07-ic10, 10.8+ for
 * ic11-ic14), with the pixel size each one holds.
 */
export const ICNS_TYPES = [
  ['ic11', 32], // 16x16@2x
  ['ic12', 64], // 32x32@2x
  ['ic07', 128], // 128x128
  ['ic13', 256], // 128x128@2x
  ['ic08', 256], // 256x256
  ['ic14', 512], // 256x256@2x
  ['ic09', 512], // 512x512
  ['ic10', 1024], // 512x512@2x
] as const;

/**
 * macOS .icns: the magic `icns` and the total length (big-endian), then one
 * element per image: a four-letter type, its length including these 8 bytes,
 * and the PNG file.
 */
export function icnsFile(pngBySize: ReadonlyMap<number, Buffer>): Buffer {
  const elements = ICNS_TYPES.map(([type, size]) => {
    const png = pngBySize.get(size);
    if (!png) throw new Error(`icns: no ${size}px image for ${type}`);
    const head = Buffer.alloc(8);
    head.write(type, 0, 'latin1');
    head.writeUInt32BE(8 + png.length, 4);
    return Buffer.concat([head, png]);
  });
  const head = Buffer.alloc(8);
  head.write('icns', 0, 'latin1');
  head.writeUInt32BE(8 + elements.reduce((sum, element) => sum + element.length, 0), 4);
  return Buffer.concat([head, ...elements]);
}
