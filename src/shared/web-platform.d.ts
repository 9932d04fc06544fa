// The two web-platform globals shared code uses, which every host has
// (browsers, Node, Electron). Declared only for tsconfig.shared.json, which
// has neither the DOM nor Node's types, so any other DOM global fails there.
declare class TextDecoder {
  constructor(label?: string, options?: { fatal?: boolean });
  decode(input?: Uint8Array): string;
}

declare class URLSearchParams {
  constructor(init?: string);
  get(name: string): string | null;
}
