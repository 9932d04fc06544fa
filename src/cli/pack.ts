// cica pack create | verify | info | keygen: making, signing and checking pack files.
import { lstatSync, mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { packArchive } from '../shared/pack/archive';
import { type TrustedKey } from '../shared/pack/keys';
import { TEST_KEY } from '../node/trusted-keys';
import { PACK_FILES, type SourceFile } from '../shared/pack/schema';
import { verifyPackFile, type PackTrust } from '../shared/pack/signed';
import type { Pack, PackResult } from '../shared/pack/verify';
import { newKeyPair, nodeTrust, publicEntry } from '../node/pack-crypto';
import { loadPackFile, loadSignedDirectory, readVerifiedFolder } from '../node/pack-file';
import { signPack, signingKey } from '../node/pack-sign';
import type { Io } from './io';

export const PACK_USAGE = `  pack create <pack-dir> --out <file.cicapack> [--key <private-key.pem>]
      Sign a pack folder that passes every check and write it as one file
      (key: --key, else the PEM in CICA_PACK_SIGNING_KEY).
  pack verify <file.cicapack-or-dir> [--release]
      Check a signed pack: archive, signature, app version, every file.
      --release trusts only resources/trusted-keys.json, as a released app
      does (by default the test key is trusted too, as in development).
  pack info <file.cicapack> [--release]
      What a pack is: edition, dates, key, what's new, files.
  pack keygen --out <dir> [--name <text>]
      Make a signing key pair: the private key (keep it secret) and the
      public entry to add to resources/trusted-keys.json.
`;

export interface PackOptions {
  out?: string;
  key?: string;
  release?: boolean;
  name?: string;
}

export async function packCommand(args: string[], options: PackOptions, io: Io): Promise<number> {
  const [action, target] = args;
  const trust = nodeTrust(options.release ? 'release' : 'development');
  switch (action) {
    case 'create':
      return create(target, options, io);
    case 'verify':
      return verify(target, trust, io);
    case 'info':
      return info(target, trust, io);
    case 'keygen':
      return keygen(options, io);
    default:
      io.err(
        `cica pack: ${action === undefined ? 'no action given' : `unknown action "${action}"`}\n\nUsage:\n${PACK_USAGE}`,
      );
      return 2;
  }
}

async function create(dir: string | undefined, options: PackOptions, io: Io): Promise<number> {
  if (dir === undefined || options.out === undefined) {
    io.err(`cica pack create: give a pack folder and --out <file.cicapack>\n`);
    return 2;
  }
  let key;
  try {
    key = signingKey({ file: options.key }).key;
  } catch (error) {
    io.err(`cica pack create: ${(error as Error).message}\n`);
    return 2;
  }
  const folder = await readVerifiedFolder(resolve(dir));
  if (!folder.ok) {
    io.err(`cica pack create: ${dir}: ${failure(folder.result)}; nothing written\n`);
    return 1;
  }
  const archive = packArchive(signPack(folder.files, key));
  // The file is checked as a reader's app will check it, with this key trusted.
  const signer = publicEntry(key, 'the signing key');
  const check = await verifyPackFile(archive, nodeTrust('release', [signer]));
  if (!check.ok) {
    io.err(`cica pack create: the signed file fails its own check: ${failure(check)}\n`);
    return 1;
  }
  writeFileSync(options.out, archive);
  io.out(
    `cica pack create: ${options.out}: ${describe(check.pack)}, signed by key ${signer.id}, ` +
      `${archive.byteLength} bytes\n`,
  );
  return 0;
}

async function load(target: string, trust: PackTrust): Promise<PackResult> {
  const path = resolve(target);
  let folder = false;
  try {
    folder = lstatSync(path).isDirectory();
  } catch {
    // Missing: loadPackFile says so in the usual words.
  }
  return folder ? loadSignedDirectory(path, trust) : loadPackFile(path, trust);
}

async function verify(target: string | undefined, trust: PackTrust, io: Io): Promise<number> {
  if (target === undefined) {
    io.err(`cica pack verify: give a .cicapack file or a pack folder\n`);
    return 2;
  }
  const result = await load(target, trust);
  if (!result.ok) {
    io.err(`cica pack verify: ${target}: ${failure(result)}\n`);
    return 1;
  }
  const files = [
    PACK_FILES.manifest,
    PACK_FILES.signature,
    ...Object.keys(result.pack.manifest.files),
  ];
  io.out(
    `cica pack verify: ${target}: OK: ${describe(result.pack)}, key ${keyLabel(result.pack, trust)}, ` +
      `${files.length} files (${files.join(', ')})\n`,
  );
  return 0;
}

async function info(target: string | undefined, trust: PackTrust, io: Io): Promise<number> {
  if (target === undefined) {
    io.err(`cica pack info: give a .cicapack file\n`);
    return 2;
  }
  const result = await load(target, trust);
  if (!result.ok) {
    io.err(`cica pack info: ${target}: ${failure(result)}\n`);
    return 1;
  }
  const { manifest } = result.pack;
  const sizes = Object.entries(manifest.files).map(
    ([name, file]) =>
      `  ${name.padEnd(20)} ${String(file.bytes).padStart(9)} bytes  sha256 ${file.sha256}`,
  );
  const total = Object.values(manifest.files).reduce((sum, file) => sum + file.bytes, 0);
  io.out(
    [
      `Pack:         ${manifest.pack.id}, edition ${manifest.pack.edition}`,
      `Published:    ${manifest.pack.published}`,
      `Content:      to ${manifest.edition.label}: ${sourceLine(manifest.sources.faq)}; ${sourceLine(manifest.sources.since2001)}`,
      `Needs:        CICA Reference ${manifest.pack.minAppVersion} or newer`,
      `Signed by:    key ${keyLabel(result.pack, trust)}`,
      `Version:      ${manifest.version} (format ${manifest.format})`,
      `What's new:   ${manifest.pack.whatsNew}`,
      `Files:        ${Object.keys(manifest.files).length} content files, ${total} bytes`,
      ...sizes,
      '',
    ].join('\n'),
  );
  return 0;
}

function keygen(options: PackOptions, io: Io): number {
  if (options.out === undefined) {
    io.err(`cica pack keygen: give --out <dir> for the key files\n`);
    return 2;
  }
  const name = options.name ?? 'CICA Reference pack signing key';
  const { privatePem, entry } = newKeyPair(name);
  const dir = resolve(options.out);
  const privateFile = join(dir, 'cica-pack-key.private.pem');
  const publicFile = join(dir, 'cica-pack-key.public.json');
  try {
    mkdirSync(dir, { recursive: true });
    // Never over an existing key: losing a release key's private half cannot be undone.
    writeFileSync(privateFile, privatePem, { flag: 'wx', mode: 0o600 });
    writeFileSync(publicFile, `${JSON.stringify(entry, null, 2)}\n`, { flag: 'wx' });
  } catch (error) {
    io.err(`cica pack keygen: ${(error as Error).message}; no key written over\n`);
    return 1;
  }
  io.out(
    `cica pack keygen: key ${entry.id}\n` +
      `  private key (keep it secret, never commit it): ${privateFile}\n` +
      `  public entry (add it to "keys" in resources/trusted-keys.json): ${publicFile}\n`,
  );
  return 0;
}

function describe(pack: Pack): string {
  const { manifest } = pack;
  return (
    `pack ${manifest.pack.id} edition ${manifest.pack.edition} (published ${manifest.pack.published}, ` +
    `sources up to ${manifest.edition.label}, version ${manifest.version})`
  );
}

function sourceLine(source: SourceFile): string {
  return `${source.title}, ${source.publisher}, as of ${source.asOf.label}`;
}

function keyLabel(pack: Pack, trust: PackTrust): string {
  const id = pack.manifest.pack.keyId;
  const key: TrustedKey | undefined = trust.keys.find((k) => k.id === id);
  const test = id === TEST_KEY.id ? '; a release build refuses it' : '';
  return key ? `${id} (${key.name}${test})` : id;
}

function failure(result: Extract<PackResult, { ok: false }>): string {
  return `FAILED ${result.problem.check} check: ${result.problem.message}`;
}
