import * as fs from 'node:fs';
import { join } from 'node:path';
import { unpackArchive } from '../shared/pack/archive';
import type { PackTrust } from '../shared/pack/signed';
import type { PackResult } from '../shared/pack/verify';
import type { Shelf, ShelfPack } from '../shared/packs-service';
import { loadPackDirectory } from './pack-dir';
import { loadSignedDirectory } from './pack-file';
import { readRegularFile } from './read-file';

/**
 * The file operations an install makes, one by one, so that tests can make
 * any of them fail (a crash, a full disk) and check what is left.
 */
export interface InstallFs {
  mkdir(path: string): void;
  mkdtemp(prefix: string): string;
  /** Creates the file (never over another, never through a link) and flushes it to the disk. */
  writeNew(path: string, bytes: Uint8Array): void;
  rename(from: string, to: string): void;
  rm(path: string): void;
  readdir(path: string): string[];
}

export const nodeInstallFs: InstallFs = {
  mkdir: (path) => fs.mkdirSync(path, { recursive: true }),
  mkdtemp: (prefix) => fs.mkdtempSync(prefix),
  writeNew: (path, bytes) => {
    const fd = fs.openSync(
      path,
      fs.constants.O_WRONLY | fs.constants.O_CREAT | fs.constants.O_EXCL,
      0o644,
    );
    try {
      fs.writeSync(fd, bytes);
      fs.fsyncSync(fd);
    } finally {
      fs.closeSync(fd);
    }
  },
  rename: (from, to) => fs.renameSync(from, to),
  rm: (path) => fs.rmSync(path, { recursive: true, force: true }),
  readdir: (path) => {
    try {
      return fs.readdirSync(path);
    } catch {
      return [];
    }
  },
};

/** Installed packs are folders named by their edition; work in progress starts with a dot. */
const EDITION_FOLDER = /^[1-9]\d{0,6}$/;
const INCOMING = '.incoming-';
const REMOVING = '.removing-';
const CHOICE_FILE = 'choice.json';

export interface PackLibraryOptions {
  /** The pack that comes with the app (checked by its manifest: it came with the installer). */
  bundledDir: string;
  /** <user data>/packs: installed packs, each in <edition>/. */
  packsDir: string;
  trust: PackTrust;
  fs?: InstallFs;
}

/**
 * The desktop app's packs: the bundled one and those installed in the user
 * data folder. An install unpacks into a hidden temporary folder beside the
 * packs, checks the pack again from the disk, then renames the folder to
 * packs/<edition>/ in one step: until that rename, no new pack is visible,
 * the previous one stays in use at the next start, and whatever an
 * interrupted install left behind is cleared then.
 */
export class PackLibrary implements Shelf {
  private readonly fs: InstallFs;

  constructor(private readonly options: PackLibraryOptions) {
    this.fs = options.fs ?? nodeInstallFs;
  }

  async start(): Promise<{ pack: ShelfPack; notice?: string }> {
    this.clearLeftovers();
    const choice = this.readChoice();
    const passedOver: string[] = [];
    const candidates = this.order(choice);
    for (const id of candidates) {
      const pack = await this.load(id);
      if (pack?.result.ok) {
        const notice = passedOver.length
          ? `${passedOver.join(' ')} Using ${id === 'bundled' ? 'the bundled pack' : `edition ${pack.edition}`} instead.`
          : undefined;
        return { pack, ...(notice ? { notice } : {}) };
      }
      if (pack && !pack.result.ok) {
        const what = id === 'bundled' ? 'The bundled pack' : `Installed edition ${id}`;
        passedOver.push(`${what} was not used: ${pack.result.problem.message}.`);
      }
    }
    // Nothing passes, the bundled pack included: the renderer shows the bundled pack's problem.
    const bundled = (await this.load('bundled'))!;
    return { pack: bundled, ...(passedOver.length ? { notice: passedOver.join(' ') } : {}) };
  }

  async list(): Promise<ShelfPack[]> {
    const packs: ShelfPack[] = [];
    for (const id of this.order('newest')) packs.push((await this.load(id))!);
    return packs;
  }

  async load(id: string): Promise<ShelfPack | undefined> {
    if (id === 'bundled') {
      const result = await loadPackDirectory(this.options.bundledDir, 'run');
      return {
        id,
        source: 'bundled',
        edition: result.ok ? result.pack.manifest.pack.edition : 0,
        result,
      };
    }
    if (!this.installed().includes(Number(id))) return undefined;
    const edition = Number(id);
    return {
      id,
      source: 'installed',
      edition,
      result: await this.checkInstalled(join(this.options.packsDir, id), edition),
    };
  }

  async install(bytes: Uint8Array): Promise<string> {
    const unpacked = unpackArchive(bytes);
    if (!unpacked.ok) throw new Error(unpacked.problem.message);
    const { packsDir } = this.options;
    this.fs.mkdir(packsDir);
    const incoming = this.fs.mkdtemp(join(packsDir, INCOMING));
    try {
      // Only names the archive check allowed, written by the app as new regular files.
      for (const [name, content] of unpacked.files) this.fs.writeNew(join(incoming, name), content);
      const result = await loadSignedDirectory(incoming, this.options.trust);
      if (!result.ok)
        throw new Error(`the unpacked copy fails its check: ${result.problem.message}`);
      const edition = result.pack.manifest.pack.edition;
      const id = String(edition);
      if (this.installed().includes(edition))
        throw new Error(`edition ${edition} is already installed`);
      // The choice first: until the rename below it names a pack that is not
      // there, and start-up passes over it to the newest pack that is.
      await this.choose(id);
      this.fs.rename(incoming, join(packsDir, id));
      return id;
    } catch (error) {
      this.fs.rm(incoming);
      throw error;
    }
  }

  async remove(id: string): Promise<void> {
    if (!EDITION_FOLDER.test(id)) throw new Error(`no installed pack ${id}`);
    const { packsDir } = this.options;
    // Renamed away first: a removal cut short leaves no half pack under packs/<edition>/.
    const away = join(packsDir, `${REMOVING}${id}-${Date.now()}`);
    this.fs.rename(join(packsDir, id), away);
    this.fs.rm(away);
  }

  async choose(id: string): Promise<void> {
    const { packsDir } = this.options;
    this.fs.mkdir(packsDir);
    const temporary = join(packsDir, `${INCOMING}${CHOICE_FILE}-${Date.now()}`);
    this.fs.writeNew(temporary, new TextEncoder().encode(`${JSON.stringify({ use: id })}\n`));
    this.fs.rename(temporary, join(packsDir, CHOICE_FILE));
  }

  /** Installed editions, newest first. */
  private installed(): number[] {
    return this.fs
      .readdir(this.options.packsDir)
      .filter((name) => EDITION_FOLDER.test(name))
      .map(Number)
      .sort((a, b) => b - a);
  }

  /** Pack ids to try, in order: the reader's choice first, then newest edition first. */
  private order(choice: string): string[] {
    const bundledEdition = this.bundledEdition();
    const ids = this.installed()
      .filter((edition) => edition > bundledEdition)
      .map(String);
    const older = this.installed()
      .filter((edition) => edition <= bundledEdition)
      .map(String);
    const all = [...ids, 'bundled', ...older];
    return choice !== 'newest' && all.includes(choice)
      ? [choice, ...all.filter((id) => id !== choice)]
      : all;
  }

  private bundledEdition(): number {
    const manifest = readRegularFile(join(this.options.bundledDir, 'manifest.json'), 64 * 1024);
    if (!manifest.ok) return 0;
    try {
      const edition = (
        JSON.parse(manifest.bytes.toString('utf8')) as { pack?: { edition?: unknown } }
      ).pack?.edition;
      return typeof edition === 'number' ? edition : 0;
    } catch {
      return 0;
    }
  }

  private async checkInstalled(dir: string, edition: number): Promise<PackResult> {
    const result = await loadSignedDirectory(dir, this.options.trust, 'run');
    if (result.ok && result.pack.manifest.pack.edition !== edition) {
      const found = result.pack.manifest.pack.edition;
      return {
        ok: false,
        problem: {
          file: 'manifest.json',
          check: 'schema',
          message: `manifest.json: is edition ${found}, in the folder of edition ${edition}`,
        },
      };
    }
    return result;
  }

  private readChoice(): string {
    const read = readRegularFile(join(this.options.packsDir, CHOICE_FILE), 1024);
    if (!read.ok) return 'newest';
    try {
      const use = (JSON.parse(read.bytes.toString('utf8')) as { use?: unknown }).use;
      return typeof use === 'string' ? use : 'newest';
    } catch {
      return 'newest';
    }
  }

  /** What an interrupted install or removal left: never a pack, always safe to delete. */
  private clearLeftovers(): void {
    for (const name of this.fs.readdir(this.options.packsDir)) {
      if (name.startsWith(INCOMING) || name.startsWith(REMOVING))
        this.fs.rm(join(this.options.packsDir, name));
    }
  }
}
