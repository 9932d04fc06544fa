/**
 * Sets the size an entry declares it unpacks to, in the archive's central
 * directory (the record fflate reads sizes from), as a crafted archive would.
 */
export function declareSize(zip: Uint8Array, name: string, size: number): Uint8Array {
  const out = new Uint8Array(zip);
  const view = new DataView(out.buffer);
  const encoded = new TextEncoder().encode(name);
  for (let at = 0; at + 46 < out.length; at++) {
    if (view.getUint32(at, true) !== 0x02014b50) continue;
    const nameLength = view.getUint16(at + 28, true);
    const found = out.subarray(at + 46, at + 46 + nameLength);
    if (nameLength === encoded.length && found.every((b, i) => b === encoded[i])) {
      view.setUint32(at + 24, size, true);
      return out;
    }
  }
  throw new Error(`no central directory entry for ${name}`);
}
