import * as v from 'valibot';
import type { Stored } from './places';

/**
 * Where a collection is kept: a file in the settings folder (desktop) or the
 * browser's storage (web edition). Reading never throws.
 */
export interface CollectionBackend {
  /** The stored JSON; undefined data when nothing is stored yet; or why it could not be read (then kept aside). */
  read(): { ok: true; data: unknown } | { ok: false; why: string; keptAs?: string };
  /** Keeps what is stored aside, unchanged, before it is replaced by what could be read of it. */
  setAside(why: string): { keptAs?: string };
  /** Throws when it cannot write. */
  write(data: unknown): void;
  /** Said when nothing outlives this run (a browser that keeps no data for the page). */
  volatile?: string;
}

/** What a file or a storage entry held, read as far as it could be. */
export interface Salvaged<T> {
  value: T;
  /** Items (or the whole) that could not be read: the caller keeps the original aside. */
  dropped: number;
}

export interface CollectionKind<T> {
  /** How the reader calls it: "bookmarks", "dossier". */
  noun: string;
  /** How one item is called, for "2 bookmarks could not be read". */
  item: [one: string, many: string];
  read(stored: unknown): Salvaged<T>;
  schema: v.GenericSchema<unknown, T>;
  /** The stored form: `{ bookmarks: [...] }`. */
  toStored(value: T): unknown;
}

/**
 * The reader's bookmarks or dossier, the same logic over either backend:
 * loaded once, salvaged item by item (a damaged file is kept aside, and
 * what can be read of it kept), each change checked (it may come over IPC)
 * and written at once. The reader is told in a notice when something was
 * set aside or cannot be kept.
 */
export class Collection<T> {
  private value: T;
  private notice: string | undefined;

  constructor(
    private readonly backend: CollectionBackend,
    private readonly kind: CollectionKind<T>,
  ) {
    const read = backend.read();
    if (!read.ok) {
      this.value = kind.read(undefined).value;
      this.notice = this.damaged(`could not be read (${read.why})`, read.keptAs);
    } else if (read.data === undefined) {
      this.value = kind.read(undefined).value;
    } else {
      const salvaged = kind.read(read.data);
      this.value = salvaged.value;
      if (salvaged.dropped > 0) {
        const { keptAs } = backend.setAside(`${salvaged.dropped} part(s) did not pass the checks`);
        const [one, many] = kind.item;
        this.notice = this.damaged(
          `had ${salvaged.dropped} ${salvaged.dropped === 1 ? one : many} that could not be read, left out`,
          keptAs,
        );
        this.write();
      }
    }
    this.notice ??= backend.volatile;
  }

  load(): Stored<T> {
    return this.stored();
  }

  /** Replaces the whole collection with a checked new value. */
  save(input: unknown): Stored<T> {
    const checked = v.safeParse(this.kind.schema, input);
    if (!checked.success)
      throw new Error(`${this.kind.noun}: invalid change: ${checked.issues[0]!.message}`);
    this.value = checked.output;
    this.notice = this.write() ?? this.backend.volatile;
    return this.stored();
  }

  private stored(): Stored<T> {
    return this.notice ? { value: this.value, notice: this.notice } : { value: this.value };
  }

  /** Writes; says why not when it cannot (the change still holds until the app closes). */
  private write(): string | undefined {
    try {
      this.backend.write(this.kind.toStored(this.value));
      return undefined;
    } catch (error) {
      return `Your ${this.kind.noun} could not be saved (${(error as Error).message}): changes last until the app is closed.`;
    }
  }

  private damaged(what: string, keptAs: string | undefined): string {
    const kept = keptAs ? ` The file as it was is kept as ${keptAs}.` : '';
    return `Your stored ${this.kind.noun} ${what}.${kept}`;
  }
}
