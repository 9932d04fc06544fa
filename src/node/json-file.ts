import { lstatSync, mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { describeRefusal, readRegularFile } from './read-file';

/** What reading found: the parsed JSON, nothing (no file yet), or a damaged file kept aside. */
export type JsonRead =
  | { ok: true; data: unknown }
  | { ok: true; data: undefined }
  | { ok: false; why: string; keptAs?: string };

/**
 * A small JSON file in the user data folder (settings, bookmarks, dossier),
 * read and written with care: read without following a link and capped in
 * size; anything that is not a small regular file of JSON is moved aside
 * under a name of its own (`<name>.corrupt-<time>`), never overwritten nor
 * deleted; written through an exclusively created temporary file renamed
 * over it, so a crash mid-write cannot leave half a file.
 */
export class JsonFile {
  constructor(
    readonly path: string,
    private readonly maxBytes: number,
    /** How messages name it: "settings file". */
    private readonly what: string,
    private readonly warn: (message: string) => void = console.warn,
    private readonly now: () => Date = () => new Date(),
  ) {}

  read(): JsonRead {
    const read = readRegularFile(this.path, this.maxBytes);
    if (!read.ok) {
      if (read.reason === 'missing') return { ok: true, data: undefined };
      return this.setAside(describeRefusal(read, this.maxBytes));
    }
    try {
      // Some editors save UTF-8 with a byte order mark: it is not part of the JSON.
      const text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(read.bytes);
      return { ok: true, data: JSON.parse(text) as unknown };
    } catch (error) {
      return this.setAside(`it cannot be read (${(error as Error).message})`);
    }
  }

  /**
   * Moves the file aside under a name of its own, so a later corruption never
   * overwrites an earlier copy. Renaming moves a link itself, never what it
   * points to.
   */
  setAside(why: string): { ok: false; why: string; keptAs?: string } {
    const stamp = this.now().toISOString().replace(/[:.]/g, '-');
    let aside = `${this.path}.corrupt-${stamp}`;
    for (let n = 2; existsOrLink(aside); n++) aside = `${this.path}.corrupt-${stamp}-${n}`;
    try {
      renameSync(this.path, aside);
      this.warn(`CICA Reference: ${this.what} ${this.path} ignored: ${why}; kept as ${aside}.`);
      return { ok: false, why, keptAs: aside };
    } catch {
      this.warn(`CICA Reference: ${this.what} ${this.path} ignored: ${why}.`);
      return { ok: false, why };
    }
  }

  /** Writes the value; throws when it cannot (the caller decides what the reader is told). */
  write(value: unknown): void {
    const content = JSON.stringify(value, null, 2) + '\n';
    const temporary = `${this.path}.tmp`;
    mkdirSync(dirname(this.path), { recursive: true });
    // An existing file or link at the temporary name is removed, never written through.
    rmSync(temporary, { force: true });
    writeFileSync(temporary, content, { flag: 'wx', mode: 0o600 });
    renameSync(temporary, this.path);
  }
}

/** Whether anything, a dangling link included, has this name. */
function existsOrLink(path: string): boolean {
  try {
    lstatSync(path);
    return true;
  } catch {
    return false;
  }
}
